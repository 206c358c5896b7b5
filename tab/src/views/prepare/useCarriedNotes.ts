import { useEffect, useMemo, useRef, useState } from 'react';
import { createRequest } from '../../api/client';
import type { ItemNote } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';

/** Carried item id → the shared note written under it in the 1on1 it came from. */
export type CarriedNotes = ReadonlyMap<string, ItemNote>;

const NONE: CarriedNotes = new Map();

/**
 * "Last time we noted…" for the preparation: what the pair wrote under each item that was carried
 * over from their last 1on1. Extra context only: without it (still loading, or it failed) the
 * items stand alone. Its own request, so the app-wide API (and the side panel) do not carry it.
 */
export function useCarriedNotes(sessionId: string): CarriedNotes {
  const session = useSession();
  const { locale } = useT();
  const token = session.state.status === 'signedIn' ? session.state.token.accessToken : null;
  const latest = useRef({ token, locale, signOut: session.signOut });
  latest.current = { token, locale, signOut: session.signOut };
  const request = useMemo(
    () =>
      createRequest({
        getToken: () => latest.current.token,
        getLocale: () => latest.current.locale,
        onUnauthorized: () => latest.current.signOut(),
      }),
    [],
  );
  const [notes, setNotes] = useState<CarriedNotes>(NONE);
  useEffect(() => {
    const controller = new AbortController();
    request<{ notes: Array<{ itemId: string; note: ItemNote }> }>(
      `/sessions/${encodeURIComponent(sessionId)}/carried-notes`,
      { signal: controller.signal },
    ).then(
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
