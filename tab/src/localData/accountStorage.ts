/**
 * What this browser keeps for one signed-in person — drafts and memo edits not yet sent — lives
 * under keys that name the person, so the next person to sign in on the same browser never sees
 * or sends it, and signing out deletes it.
 */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const ACCOUNT_PREFIX = 'taiwa.user.';
// Before keys named the person, the unsent memo queue was kept per 1on1 only: whoever signed in
// next would have sent it as their own. Nobody can tell whose it was, so it is deleted.
const UNATTRIBUTED_PREFIXES = ['taiwa.memoOutbox.'];

/** The key of one thing kept for `account`: `taiwa.user.<account>.<name>`. */
export function accountItemKey(account: string, name: string): string {
  return `${ACCOUNT_PREFIX}${account}.${name}`;
}

/** localStorage, or null where the browser blocks it (text then lives only while the page is open). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function keysWith(storage: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** The keys of everything kept for `account`, optionally only those whose name starts with `name`. */
export function accountKeys(storage: KeyValueStorage, account: string, name = ''): string[] {
  return keysWith(storage, accountItemKey(account, name));
}

/** Deletes everything kept for `account` (on sign-out). */
export function clearAccountData(storage: KeyValueStorage | null, account: string): void {
  if (storage === null) return;
  try {
    for (const key of accountKeys(storage, account)) storage.removeItem(key);
  } catch {
    // Blocked storage holds nothing to delete.
  }
}

/** Deletes data kept before it was keyed per person (see UNATTRIBUTED_PREFIXES). */
export function removeUnattributedData(storage: KeyValueStorage | null): void {
  if (storage === null) return;
  try {
    for (const prefix of UNATTRIBUTED_PREFIXES)
      for (const key of keysWith(storage, prefix)) storage.removeItem(key);
  } catch {
    // Nothing to do without storage.
  }
}
