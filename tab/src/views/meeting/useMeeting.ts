import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { AgendaItem, Memo } from '../../api/types';
import { browserStorage } from '../../localData/accountStorage';
import { useAccountDrafts } from '../../localData/useDraft';
import { useAccountKey } from '../../session/useAccountKey';
import { useSession } from '../../session/useSession';
import type { DisplayedMemo } from './displayedMemos';
import type { MeetingApi } from './meetingApi';
import { meetingReducer } from './meetingState';
import {
  afterConflict,
  afterRefusal,
  afterSaved,
  boxForConflict,
  boxOf,
  draftField,
  entryFor,
  hasText,
  type MemoBox,
  type MemoDraft,
} from './memoDrafts';
import {
  enqueue,
  type OutboxEntry,
  type OutboxStorage,
  outboxKey,
  pendingEntry,
  readOutbox,
  settleSent,
  takeBack,
  writeOutbox,
} from './memoOutbox';
import { sendFailureOf } from './sendFailure';
import type { DiceRoll, MeetingSession, SessionEvent } from './types';
import { type Connection, useSessionEvents } from './useSessionEvents';
import { reasonOf } from './writeOutcome';

export interface Meeting {
  session: MeetingSession | null;
  loadError: unknown;
  connection: Connection;
  outbox: OutboxEntry[];
  /** Deletions the server refused, by memo id, with its reason (null: it gave none). */
  refusedDeletes: ReadonlyMap<string, string | null>;
  /** Moves on every action-item event, so the action items' section reloads. */
  reload(): void;
  roll(): Promise<DiceRoll>;
  /**
   * Sends what is typed in `box` (its draft). The draft is cleared only once the edit is safely in
   * the outbox; a refusal or a conflict brings the text back into the box.
   */
  send(box: MemoBox): void;
  deleteMemo(memo: DisplayedMemo): void;
  updateAgenda(
    item: AgendaItem,
    changes: { status?: 'open' | 'discussed'; position?: number },
  ): Promise<void>;
  setStatus(status: 'live' | 'ended'): Promise<void>;
  /** Hears every event of the session's stream from now on (item notes follow it this way); returns the unsubscribe. */
  subscribe(listener: (event: SessionEvent) => void): () => void;
}

// Without storage (blocked), the queue lives in memory while the page is open.
function pageStorage(): OutboxStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * One 1on1, live: loads it, follows its event stream, and sends memo edits through a durable
 * outbox so that nothing typed is lost to a dropped connection, a refusal or a simultaneous edit.
 */
export function useMeeting(
  api: MeetingApi,
  sessionId: string,
  initial: MeetingSession | null = null,
): Meeting {
  const { signOut } = useSession();
  const drafts = useAccountDrafts();
  const signedIn = useAccountKey();
  // A token that names nobody keeps its queue in memory only, never under a shared key.
  const [storage] = useState<OutboxStorage>(() =>
    signedIn === null ? pageStorage() : (browserStorage() ?? pageStorage()),
  );
  // A resolved meeting brings the session's view with it: the first paint needs no second request.
  const [session, dispatch] = useReducer(meetingReducer, initial?.id === sessionId ? initial : null);
  const startedWith = useRef(session);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const { account } = drafts;
  const readQueue = useCallback(() => readOutbox(storage, account, sessionId), [storage, account, sessionId]);
  const [outbox, setOutbox] = useState<OutboxEntry[]>(readQueue);
  const [refusedDeletes, setRefusedDeletes] = useState<ReadonlyMap<string, string | null>>(new Map());
  const flushing = useRef(false);
  // After sign-out nothing may write this person's text back into the browser.
  const disposed = useRef(false);
  useEffect(() => {
    disposed.current = false;
    return () => {
      disposed.current = true;
    };
  }, []);

  // Storage is the queue's one truth: another window of the same person may have changed it.
  const changeOutbox = useCallback(
    (change: (entries: OutboxEntry[]) => OutboxEntry[]) => {
      if (disposed.current || drafts.store.isClosed(account)) return;
      const next = change(readQueue());
      writeOutbox(storage, account, sessionId, next);
      setOutbox(next);
    },
    [readQueue, storage, account, sessionId, drafts],
  );

  const changeDraft = useCallback(
    (box: MemoBox, change: (draft: MemoDraft | null) => MemoDraft | null) => {
      if (disposed.current) return;
      const field = draftField(box);
      drafts.write(sessionId, field, change(drafts.read<MemoDraft>(sessionId, field)));
    },
    [drafts, sessionId],
  );

  useEffect(() => {
    setLoadError(null);
    // The view it started with is as fresh as this request would be; a retry or another session loads.
    if (attempt === 0 && startedWith.current?.id === sessionId) return;
    startedWith.current = null;
    const controller = new AbortController();
    api.session(sessionId, controller.signal).then(
      (loaded) => dispatch({ type: 'loaded', session: loaded }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoadError(error);
      },
    );
    return () => controller.abort();
  }, [api, sessionId, attempt]);

  const refreshAgenda = useCallback(async () => {
    try {
      const fresh = await api.session(sessionId);
      dispatch({ type: 'agenda', agenda: fresh.agenda });
    } catch {
      // The next agenda event or reconnect tries again.
    }
  }, [api, sessionId]);

  /** The server did not take `sent`: its latest text goes back to its box, or the deletion is undone. */
  const handBack = useCallback(
    (sent: OutboxEntry, error: ApiError) => {
      const { latest: text } = takeBack(readQueue(), sent);
      changeOutbox((entries) => takeBack(entries, sent).entries);
      const current = error.isConflict ? ((error.problem?.current as Memo | undefined) ?? null) : null;
      if (current !== null) dispatch({ type: 'memoSaved', memo: current });
      if (!hasText(text)) {
        const { memoId } = text;
        if (error.status === 404) dispatch({ type: 'memoRemoved', memoId });
        else setRefusedDeletes((map) => new Map(map).set(memoId, reasonOf(error)));
        return;
      }
      if (current !== null && current.body === text.body) return; // stored already (a repeat)
      if (sendFailureOf(error) === 'conflict')
        changeDraft(boxForConflict(text, current), (draft) => afterConflict(draft, text, current));
      else changeDraft(boxOf(text), (draft) => afterRefusal(draft, text, reasonOf(error)));
      console.warn('Taiwa: a memo edit was not accepted', error.status);
    },
    [readQueue, changeOutbox, changeDraft],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        if (disposed.current) return;
        const entry = readQueue()[0];
        if (entry === undefined) return;
        let saved: Memo | null = null;
        try {
          if (entry.op === 'create')
            saved = await api.createMemo(sessionId, entry.kind, entry.body, entry.localId);
          else if (entry.op === 'update')
            saved = await api.updateMemo(sessionId, entry.memoId, entry.baseVersion, entry.body);
          else await api.deleteMemo(sessionId, entry.memoId, entry.baseVersion);
        } catch (error) {
          if (sendFailureOf(error) === 'keep' || !(error instanceof ApiError)) return; // kept for later
          handBack(entry, error);
          continue;
        }
        if (!hasText(entry)) dispatch({ type: 'memoRemoved', memoId: entry.memoId });
        else if (saved !== null) {
          const memo = saved;
          dispatch({ type: 'memoSaved', memo });
          changeDraft(boxOf(entry), (draft) => afterSaved(draft, entry, memo));
        }
        changeOutbox((entries) => settleSent(entries, entry, saved));
      }
    } finally {
      flushing.current = false;
    }
  }, [api, sessionId, readQueue, handBack, changeDraft, changeOutbox]);

  const listeners = useRef(new Set<(event: SessionEvent) => void>());
  // Stable, so a listener's effect does not restart on every render.
  const subscribe = useCallback((listener: (event: SessionEvent) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const onEvent = useCallback(
    (event: SessionEvent) => {
      dispatch({ type: 'event', event });
      for (const listener of listeners.current) listener(event);
      if (event.type === 'agenda.changed') void refreshAgenda();
      // Action items load in their own section; it reloads when this moves.
    },
    [refreshAgenda],
  );

  const connection = useSessionEvents({
    sessionId,
    startAfter: session === null ? undefined : session.lastEventId,
    token: api.token,
    refreshToken: api.refreshToken,
    locale: api.locale,
    onEvent,
    onOpen: () => void flush(),
    onUnauthorized: signOut,
  });

  // Edits typed offline go out as soon as the browser is back online, and retry while pending.
  useEffect(() => {
    const retry = () => void flush();
    const key = outboxKey(account, sessionId);
    const otherWindow = (event: StorageEvent) => {
      if (event.key === key) setOutbox(readQueue());
    };
    window.addEventListener('online', retry);
    window.addEventListener('storage', otherWindow);
    const timer = outbox.length > 0 ? setInterval(retry, 5_000) : undefined;
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('storage', otherWindow);
      clearInterval(timer);
    };
  }, [flush, outbox.length, account, sessionId, readQueue]);

  const queue = useCallback(
    (entry: OutboxEntry) => {
      changeOutbox((entries) => enqueue(entries, entry));
      void flush();
    },
    [changeOutbox, flush],
  );

  return {
    session,
    loadError,
    connection,
    outbox,
    refusedDeletes,
    reload: () => setAttempt((n) => n + 1),
    roll: async () => {
      const roll = await api.roll(sessionId);
      dispatch({ type: 'rolled', roll });
      return roll;
    },
    send: (box) => {
      const field = draftField(box);
      const draft = drafts.read<MemoDraft>(sessionId, field);
      if (draft === null) return;
      const server = sessionRef.current?.memos.find((memo) => memo.id === draft.memoId);
      // Combining after a conflict: against the version the person sees now, which may be newer still.
      const base =
        draft.conflict !== undefined && server !== undefined
          ? Math.max(server.version, draft.baseVersion)
          : draft.baseVersion;
      // Typed back to what the server has, with nothing else on its way: nothing to send.
      const unchanged =
        server !== undefined &&
        server.version === base &&
        server.body === draft.text &&
        pendingEntry(readQueue(), server.id) === undefined;
      if (!unchanged && !(draft.memoId === null && draft.text.trim() === '')) {
        queue(entryFor(box, { ...draft, baseVersion: base }, crypto.randomUUID()));
      }
      drafts.write(sessionId, field, null);
    },
    deleteMemo: (memo) => {
      setRefusedDeletes((map) => {
        const next = new Map(map);
        next.delete(memo.id);
        return next;
      });
      queue({ op: 'delete', memoId: memo.id, baseVersion: memo.editBase });
    },
    updateAgenda: async (item, changes) => {
      try {
        await api.updateAgenda(item, changes);
      } finally {
        await refreshAgenda();
      }
    },
    setStatus: async (status) => {
      const updated = await api.setStatus(sessionId, status);
      dispatch({ type: 'status', status: updated.status });
    },
    subscribe,
  };
}
