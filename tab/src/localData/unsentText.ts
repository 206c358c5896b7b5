import { accountKeys, browserStorage, clearAccountData } from './accountStorage';
import { drafts } from './useDraft';

/** How many things this browser keeps for `account` that were never sent: drafts and queued memo edits. */
export function unsentCount(account: string): number {
  const storage = browserStorage();
  try {
    return storage === null ? 0 : accountKeys(storage, account).length;
  } catch {
    return 0;
  }
}

/** Deletes everything this browser keeps for `account`: on sign-out, before the next person signs in. */
export function forgetAccount(account: string): void {
  clearAccountData(browserStorage(), account);
  drafts.forget(account);
}
