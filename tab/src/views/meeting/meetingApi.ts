import { useMemo, useRef } from 'react';
import { createRequest } from '../../api/client';
import type { AgendaChanges, AgendaItem, Memo, MemoKind, SessionSummary } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import type { DiceRoll, LinkRequest, MeetingSession, Resolution } from './types';

const seg = encodeURIComponent;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/**
 * The meeting's calls. They go through the app's request helper with the signed-in user's token;
 * the token is also what the event stream needs, so both read it from one place.
 */
export function useMeetingApi() {
  const session = useSession();
  const { locale } = useT();
  const token = session.state.status === 'signedIn' ? session.state.token.accessToken : null;
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const signOutRef = useRef(session.signOut);
  signOutRef.current = session.signOut;
  const refreshRef = useRef(session.refreshToken);
  refreshRef.current = session.refreshToken;

  return useMemo(() => {
    const request = createRequest({
      getToken: () => tokenRef.current,
      getLocale: () => localeRef.current,
      onUnauthorized: () => signOutRef.current(),
    });
    return {
      token: () => tokenRef.current,
      refreshToken: async () => {
        const fresh = await refreshRef.current();
        if (fresh !== null) tokenRef.current = fresh;
        return fresh;
      },
      locale: () => localeRef.current,
      resolve: (query: { chatId?: string; meetingId?: string; pairId?: string }, signal?: AbortSignal) => {
        const params = new URLSearchParams();
        if (query.chatId) params.set('chatId', query.chatId);
        if (query.meetingId) params.set('meetingId', query.meetingId);
        if (query.pairId) params.set('pairId', query.pairId);
        return request<Resolution>(`/meetings/resolve?${params.toString()}`, { signal });
      },
      link: (body: LinkRequest) => request<Resolution>('/meetings/link', { method: 'POST', body }),
      session: (sessionId: string, signal?: AbortSignal) =>
        request<MeetingSession>(`/sessions/${seg(sessionId)}`, { signal }),
      roll: (sessionId: string) => request<DiceRoll>(`/sessions/${seg(sessionId)}/dice`, { method: 'POST' }),
      setStatus: (sessionId: string, status: 'live' | 'ended') =>
        request<SessionSummary>(`/sessions/${seg(sessionId)}/status`, { method: 'POST', body: { status } }),
      /** `id` makes a repeated creation (a retry, a second window) store one memo. */
      createMemo: (sessionId: string, kind: MemoKind, body: string, id: string) =>
        request<Memo>(`/sessions/${seg(sessionId)}/memos`, { method: 'POST', body: { kind, body, id } }),
      updateMemo: (sessionId: string, memoId: string, version: number, body: string) =>
        request<Memo>(`/sessions/${seg(sessionId)}/memos/${seg(memoId)}`, {
          method: 'PATCH',
          body: { body },
          headers: ifMatch(version),
        }),
      deleteMemo: (sessionId: string, memoId: string, version: number) =>
        request<void>(`/sessions/${seg(sessionId)}/memos/${seg(memoId)}`, {
          method: 'DELETE',
          headers: ifMatch(version),
        }),
      updateAgenda: (item: Pick<AgendaItem, 'id' | 'sessionId' | 'version'>, changes: AgendaChanges) =>
        request<AgendaItem>(`/sessions/${seg(item.sessionId)}/agenda/${seg(item.id)}`, {
          method: 'PATCH',
          body: changes,
          headers: ifMatch(item.version),
        }),
    };
  }, []);
}

export type MeetingApi = ReturnType<typeof useMeetingApi>;
