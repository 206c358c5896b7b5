import type { en } from './messages.en';
import { ja } from './messages.ja';

export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export type MessageKey = keyof typeof en;
/** Every locale provides every key, and no other keys (object-literal excess checks). */
export type Messages = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders of a message literal, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** Keys whose placeholders differ between two locales; `never` when they all agree. */
type MismatchedPlaceholders<A extends Messages, B extends Messages> = {
  [K in MessageKey]: [Placeholders<A[K]>] extends [Placeholders<B[K]>]
    ? [Placeholders<B[K]>] extends [Placeholders<A[K]>]
      ? never
      : K
    : K;
}[MessageKey];

// A translation that drops or renames a placeholder would silently show "{name}" to users;
// this line fails to compile and names the offending key instead.
const placeholdersAgree: [MismatchedPlaceholders<typeof en, typeof ja>] extends [never]
  ? true
  : MismatchedPlaceholders<typeof en, typeof ja> = true;
void placeholdersAgree;

// Japanese ships in the first download (Taiwa's users are mostly in Japan); English loads when it is
// first needed (main.tsx awaits it before an English first paint), keeping the side panel small.
const loaded: Partial<Record<Locale, Messages>> = { ja };
const loaders: Record<Locale, () => Promise<Messages>> = {
  ja: async () => ja,
  en: () => import('./messages.en').then((m) => m.en),
};

/** The catalog of `locale`, fetching it the first time. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const messages = loaded[locale] ?? (await loaders[locale]());
  loaded[locale] = messages;
  return messages;
}

/** The catalog of `locale` if it is loaded (see loadMessages), else null. */
export function loadedMessages(locale: Locale): Messages | null {
  return loaded[locale] ?? null;
}

export type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;
