import { useCallback, useEffect, useMemo, useState } from 'react';
import { createRequest } from '../../../api/client';
import type { ItemNote } from '../../../api/types';
import { useSession } from '../../../session/useSession';
import type { MeetingApi } from '../meetingApi';
import type { SessionEvent } from '../types';
import { newerNote } from './itemNoteDraft';

export interface ItemNotesHost {
  sessionId: string;
  api: Pick<MeetingApi, 'token' | 'locale'>;
  /** The meeting's event stream (useMeeting): shared notes arrive there live. */
  subscribe(listener: (event: SessionEvent) => void): () => void;
}

const seg = encodeURIComponent;

/** The item-note calls, with the signed-in person's token, like the meeting's own (meetingApi.ts). */
export function useItemNotesApi(host: ItemNotesHost) {
  const { signOut } = useSession();
  const { api, sessionId } = host;
  return useMemo(() => {
    const request = createRequest({ getToken: api.token, getLocale: api.locale, onUnauthorized: signOut });
    return {
      list: (signal?: AbortSignal) =>
        request<{ notes: ItemNote[] }>(`/sessions/${seg(sessionId)}/item-notes`, { signal }),
      write: (itemId: string, kind: ItemNote['kind'], version: number, body: string) =>
        request<ItemNote>(`/sessions/${seg(sessionId)}/agenda/${seg(itemId)}/notes/${kind}`, {
          method: 'PUT',
          body: { body },
          headers: { 'If-Match': `"${version}"` },
        }),
    };
  }, [api, sessionId, signOut]);
}

export type ItemNotesApi = ReturnType<typeof useItemNotesApi>;

const blank = (sessionId: string, itemId: string, kind: ItemNote['kind']): ItemNote => ({
  itemId,
  sessionId,
  kind,
  body: '',
  version: 0,
  author: null,
  updatedAt: null,
});

/**
 * One item's notes as the server has them: read once, then kept current by the session's event
 * stream (shared note) and by our own saves. Listening starts before the read, and every merge
 * keeps the newer version, so nothing said between the two is missed or undone.
 */
export function useItemNotes(host: ItemNotesHost, itemId: string, notesApi: ItemNotesApi) {
  const [notes, setNotes] = useState<Partial<Record<ItemNote['kind'], ItemNote>> | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { subscribe, sessionId } = host;

  const merge = useCallback(
    (note: ItemNote) => {
      if (note.itemId !== itemId) return;
      setNotes((known) => ({ ...known, [note.kind]: newerNote(known?.[note.kind], note) }));
    },
    [itemId],
  );

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    const unsubscribe = subscribe((event) => {
      if (event.type === 'item-note.changed') merge(event.data.note);
    });
    setFailed(false);
    notesApi.list(controller.signal).then(
      ({ notes: loaded }) => {
        setNotes((known) => known ?? {});
        for (const note of loaded) merge(note);
      },
      () => {
        if (!controller.signal.aborted) setFailed(true);
      },
    );
    return () => {
      controller.abort();
      unsubscribe();
    };
  }, [subscribe, notesApi, merge, attempt]);

  return {
    loaded: notes !== null,
    failed,
    retry: () => setAttempt((n) => n + 1),
    note: (kind: ItemNote['kind']) => notes?.[kind] ?? blank(sessionId, itemId, kind),
    merge,
  };
}
