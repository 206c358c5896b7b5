import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useAccountKey } from '../session/useAccountKey';
import { browserStorage } from './accountStorage';
import { createDraftStore, type DraftStore } from './draftStore';

/** The browser's drafts, for every view of this page. */
export const drafts = createDraftStore(browserStorage());
// For a token that names nobody (it should not happen): drafts that live only while the page is open.
const pageDrafts = createDraftStore(null);

/** One person's drafts, for code outside React's render (an outbox putting refused text back). */
export interface AccountDrafts {
  store: DraftStore;
  account: string;
  read<T>(scope: string, field: string): T | null;
  write<T>(scope: string, field: string, value: T | null): void;
}

export function accountDrafts(accountKey: string | null): AccountDrafts {
  const store = accountKey === null ? pageDrafts : drafts;
  const account = accountKey ?? 'nobody';
  return {
    store,
    account,
    read: (scope, field) => store.read(account, scope, field),
    write: (scope, field, value) => store.write(account, scope, field, value),
  };
}

/** The signed-in person's drafts. */
export function useAccountDrafts(): AccountDrafts {
  const accountKey = useAccountKey();
  return useMemo(() => accountDrafts(accountKey), [accountKey]);
}

/**
 * A draft that survives a reload: what the signed-in person typed into one field of one 1on1 (or
 * other `scope`) and has not sent yet. Set it as they type; set it to null once it was sent (or
 * when they discard it).
 *
 * For example a rating form: `const [draft, setDraft] = useDraft<RatingDraft>(sessionId, 'rating')`,
 * the fields start from `draft ?? savedRating`, every change calls `setDraft`, and a successful
 * submission calls `setDraft(null)`.
 */
export function useDraft<T>(scope: string, field: string): [T | null, (value: T | null) => void] {
  const own = useAccountDrafts();
  const value = useSyncExternalStore(own.store.subscribe, () => own.read<T>(scope, field));
  const set = useCallback((next: T | null) => own.write(scope, field, next), [own, scope, field]);
  return [value, set];
}
