import { en } from './messages.en';
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

export const catalogs: Record<Locale, Messages> = { en, ja };

export type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;
