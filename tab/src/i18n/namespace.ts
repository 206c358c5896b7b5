import { interpolate } from './interpolate';
import type { Locale } from './locale';

/**
 * The tab's one way to hold text: a namespace is one part of the app's messages (the shell's in
 * messages.ts, each view's in `i18n/<view>/`), Japanese and English with the same keys and the same
 * `{placeholder}`s, checked when it is defined. Japanese ships with the code that defines the
 * namespace (the shell, or a view's lazy chunk); English loads the first time it is needed.
 */

/** One language's messages, as literal types (`as const`): key → text with `{name}` placeholders. */
export type Catalog = { readonly [key: string]: string };

/** The `{name}` placeholders of a message literal, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * What the Japanese catalog must be to agree with the English one: the same keys, each with the same
 * placeholders. A translation that drops or renames one would show "{name}" to users; it fails to
 * compile where the namespace is defined, naming the key.
 */
export type AgreeingWith<En extends Catalog, Ja extends Catalog> = {
  readonly [K in keyof En | keyof Ja]: K extends keyof En
    ? K extends keyof Ja
      ? SameNames<Placeholders<En[K]>, Placeholders<Ja[K]>> extends true
        ? string
        : `has other {placeholders} than in English: ${En[K]}`
      : string
    : 'is not in the English catalog';
};

/** The texts of one language, keyed like `M`. */
export type Texts<M extends Catalog> = { readonly [K in keyof M]: string };

/** `t('pair.with', { name })`: the params argument is required exactly when the message has placeholders. */
export type Translator<M extends Catalog> = <K extends keyof M & string>(
  key: K,
  ...params: [Placeholders<M[K]>] extends [never]
    ? []
    : [Readonly<Record<Placeholders<M[K]>, string | number>>]
) => string;

export interface Namespace<M extends Catalog> {
  /** Fetches the catalogs of `locales` that are not in yet; rejects when one cannot be fetched. */
  load(locales: readonly Locale[]): Promise<void>;
  isLoaded(locale: Locale): boolean;
  /** A translator over the catalog of `locale` if it is in, else over the Japanese one (always in). */
  translator(locale: Locale): Translator<M>;
  /** Settles once `locale` was tried; never rejects (a failed language shows in Japanese). */
  whenTried(locale: Locale): Promise<void>;
}

/** The translator type of a namespace, for helpers that take a `t` as an argument. */
export type TranslatorOf<N> = N extends Namespace<infer M> ? Translator<M> : never;

function translatorOver<M extends Catalog>(texts: Texts<M>): Translator<M> {
  return (key, ...params) => interpolate(texts[key], params[0] ?? {});
}

/** A translator over one catalog of literal texts (namespaces make theirs with `translator(locale)`). */
export function translator<M extends Catalog>(catalog: M): Translator<M> {
  return translatorOver<M>(catalog);
}

const namespaces: Array<Pick<Namespace<Catalog>, 'load'>> = [];
/** The languages the app has asked for so far; a namespace defined later loads them at once. */
const requested = new Set<Locale>(['ja']);

const warnNotLoaded = (locale: Locale) => (error: unknown) =>
  console.warn(`Taiwa: could not load ${locale}`, error);

/** A promise carrying the `status` React's use() reads, so a settled one is read without suspending. */
type TrackedPromise = Promise<void> & { status?: 'pending' | 'fulfilled'; value?: undefined };

/**
 * Marks `promise` (which never rejects) the way React tracks thenables: fulfilled at once when the
 * work is already done, else pending until it settles. useNamespace can then call use() on every
 * render, not only while loading: calling use() conditionally is a misuse React recovers from with
 * an error (#520) when a render is replayed.
 */
function tracked(promise: Promise<void>, done: boolean): Promise<void> {
  const marked = promise as TrackedPromise;
  marked.status = done ? 'fulfilled' : 'pending';
  marked.value = undefined;
  if (!done)
    promise.then(() => {
      marked.status = 'fulfilled';
    });
  return promise;
}

/**
 * Loads `locale` for every namespace defined so far, and makes every namespace defined later (a
 * view's chunk arriving) load it too. Never rejects: a namespace that failed shows in Japanese.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  requested.add(locale);
  await Promise.all(namespaces.map((namespace) => namespace.load([locale]).catch(warnNotLoaded(locale))));
}

/**
 * A namespace: `ja` ships with the module that calls this, `loadEnglish` is a dynamic import.
 * The English catalog is the source of the keys and placeholders; `ja` must agree with it.
 */
export function defineNamespace<En extends Catalog, Ja extends AgreeingWith<En, Ja>>(
  ja: Ja,
  loadEnglish: () => Promise<En>,
): Namespace<En> {
  const japanese: Texts<En> = ja;
  const loaded: Partial<Record<Locale, Texts<En>>> = { ja: japanese };
  const loaders: Record<Locale, () => Promise<Texts<En>>> = { ja: async () => japanese, en: loadEnglish };
  const loading: Partial<Record<Locale, Promise<void>>> = {};
  const tried: Partial<Record<Locale, Promise<void>>> = {};

  const loadOne = (locale: Locale): Promise<void> => {
    if (loaded[locale]) return Promise.resolve();
    loading[locale] ??= loaders[locale]().then(
      (texts) => {
        loaded[locale] = texts;
      },
      (error: unknown) => {
        delete loading[locale]; // a later need tries again
        throw error;
      },
    );
    return loading[locale];
  };

  const namespace: Namespace<En> = {
    load: async (locales) => {
      await Promise.all(locales.map(loadOne));
    },
    isLoaded: (locale) => loaded[locale] !== undefined,
    translator: (locale) => translatorOver<En>(loaded[locale] ?? japanese),
    // One promise per language, so React's use() sees the same one on every render until it settles.
    whenTried: (locale) => {
      const settled = tried[locale];
      // A namespace whose language arrived another way (loadLocale) is read without suspending.
      if (
        settled !== undefined &&
        (loaded[locale] === undefined || (settled as TrackedPromise).status === 'fulfilled')
      )
        return settled;
      tried[locale] = tracked(loadOne(locale).catch(warnNotLoaded(locale)), loaded[locale] !== undefined);
      return tried[locale];
    },
  };
  namespaces.push(namespace);
  for (const locale of requested) void namespace.load([locale]).catch(warnNotLoaded(locale));
  return namespace;
}
