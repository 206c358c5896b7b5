import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../api/contract';
import type { ItemNote } from '../../api/types';
import { useSession } from '../../session/useSession';

type CarriedNotesAnswer = ResponseOf<'/api/v1/sessions/{sessionId}/carried-notes'>;

/** Carried item id → the shared note written under it in the 1on1 it came from. */
export type CarriedNotes = ReadonlyMap<string, ItemNote>;

const NONE: CarriedNotes = new Map();

/**
 * "Last time we noted…" for the preparation: what the pair wrote under each item that was carried
 * over from their last 1on1. Extra context only: without it (still loading, or it failed) the
 * items stand alone. Its own endpoint, so the app-wide API (and the side panel) do not carry it.
 */
export function useCarriedNotes(sessionId: string): CarriedNotes {
  const { request } = useSession();
  const [notes, setNotes] = useState<CarriedNotes>(NONE);
  useEffect(() => {
    const controller = new AbortController();
    request<CarriedNotesAnswer>(`/sessions/${encodeURIComponent(sessionId)}/carried-notes`, {
      signal: controller.signal,
    }).then(
      (answer) => {
        if (!controller.signal.aborted)
          setNotes(new Map(answer.notes.map((entry) => [entry.itemId, entry.note])));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [request, sessionId]);
  return notes;
}
