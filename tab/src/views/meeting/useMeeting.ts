import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { AgendaItem, Memo, MemoKind } from '../../api/types';
import { useSession } from '../../session/useSession';
import type { MeetingApi } from './meetingApi';
import { meetingReducer } from './meetingState';
import { enqueue, type OutboxEntry, readOutbox, removeEntry, writeOutbox } from './memoOutbox';
import type { DiceRoll, MeetingSession, SessionEvent } from './types';
import { type Connection, useSessionEvents } from './useSessionEvents';

/** An edit the server refused because the memo changed meanwhile: both texts, for the user to merge. */
export interface MemoConflict {
  key: string;
  kind: MemoKind;
  mine: string;
  /** The memo as it is now; null when the other person deleted it. */
  theirs: Memo | null;
}

export interface Meeting {
  session: MeetingSession | null;
  loadError: unknown;
  connection: Connection;
  outbox: OutboxEntry[];
  conflicts: MemoConflict[];
  reload(): void;
  roll(): Promise<DiceRoll>;
  writeMemo(kind: MemoKind, body: string): void;
  editMemo(memo: Memo, body: string): void;
  deleteMemo(memo: Memo): void;
  resolveConflict(conflict: MemoConflict, body: string | null): void;
  updateAgenda(
    item: AgendaItem,
    changes: { status?: 'open' | 'discussed'; position?: number },
  ): Promise<void>;
  setStatus(status: 'live' | 'ended'): Promise<void>;
}

const storage = () => window.localStorage;

/**
 * One 1on1, live: loads it, follows its event stream, and sends memo edits through a durable
 * outbox so that nothing typed is lost to a dropped connection or a simultaneous edit.
 */
export function useMeeting(api: MeetingApi, sessionId: string): Meeting {
  const { signOut } = useSession();
  const [session, dispatch] = useReducer(meetingReducer, null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [outbox, setOutbox] = useState<OutboxEntry[]>(() => readOutbox(storage(), sessionId));
  const [conflicts, setConflicts] = useState<MemoConflict[]>([]);
  const outboxRef = useRef(outbox);
  const flushing = useRef(false);

  const saveOutbox = useCallback(
    (next: OutboxEntry[]) => {
      outboxRef.current = next;
      writeOutbox(storage(), sessionId, next);
      setOutbox(next);
    },
    [sessionId],
  );

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    setLoadError(null);
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

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        const entry = outboxRef.current[0];
        if (entry === undefined) return;
        try {
          if (entry.op === 'create')
            dispatch({ type: 'memoSaved', memo: await api.createMemo(sessionId, entry.kind, entry.body) });
          else if (entry.op === 'update')
            dispatch({
              type: 'memoSaved',
              memo: await api.updateMemo(sessionId, entry.memoId, entry.baseVersion, entry.body),
            });
          else {
            await api.deleteMemo(sessionId, entry.memoId, entry.baseVersion);
            dispatch({ type: 'memoRemoved', memoId: entry.memoId });
          }
        } catch (error) {
          if (!(error instanceof ApiError) || error.isNetworkError || error.status >= 500) return; // keep it for later
          if (entry.op !== 'delete' && (error.status === 409 || error.status === 404)) {
            const current =
              error.status === 409 ? ((error.problem?.current as Memo | undefined) ?? null) : null;
            if (current !== null) dispatch({ type: 'memoSaved', memo: current });
            const key = entry.op === 'create' ? entry.localId : entry.memoId;
            setConflicts((list) => [
              ...list.filter((c) => c.key !== key),
              { key, kind: entry.kind, mine: entry.body, theirs: current },
            ]);
          } else if (error.status === 409 && entry.op === 'delete') {
            const current = error.problem?.current as Memo | undefined;
            if (current !== undefined) dispatch({ type: 'memoSaved', memo: current });
          }
          console.warn('Taiwa: a memo edit was refused', error.status);
        }
        saveOutbox(removeEntry(outboxRef.current, entry));
      }
    } finally {
      flushing.current = false;
    }
  }, [api, sessionId, saveOutbox]);

  const onEvent = useCallback(
    (event: SessionEvent) => {
      dispatch({ type: 'event', event });
      if (event.type === 'agenda.changed') void refreshAgenda();
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
    window.addEventListener('online', retry);
    const timer = outbox.length > 0 ? setInterval(retry, 5_000) : undefined;
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [flush, outbox.length]);

  const queue = useCallback(
    (entry: OutboxEntry) => {
      saveOutbox(enqueue(outboxRef.current, entry));
      void flush();
    },
    [saveOutbox, flush],
  );

  return {
    session,
    loadError,
    connection,
    outbox,
    conflicts,
    reload: () => setAttempt((n) => n + 1),
    roll: async () => {
      const roll = await api.roll(sessionId);
      dispatch({ type: 'rolled', roll });
      return roll;
    },
    writeMemo: (kind, body) => queue({ op: 'create', localId: `local-${crypto.randomUUID()}`, kind, body }),
    editMemo: (memo, body) => {
      // A memo still in the outbox as a creation carries its local id; enqueue folds the edit into it.
      queue({ op: 'update', memoId: memo.id, kind: memo.kind, baseVersion: memo.version, body });
    },
    deleteMemo: (memo) => queue({ op: 'delete', memoId: memo.id, baseVersion: memo.version }),
    resolveConflict: (conflict, body) => {
      setConflicts((list) => list.filter((c) => c.key !== conflict.key));
      if (body === null) return;
      if (conflict.theirs === null)
        queue({ op: 'create', localId: `local-${crypto.randomUUID()}`, kind: conflict.kind, body });
      else
        queue({
          op: 'update',
          memoId: conflict.theirs.id,
          kind: conflict.kind,
          baseVersion: conflict.theirs.version,
          body,
        });
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
  };
}
