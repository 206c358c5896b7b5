import type { ApiRequest } from './client';
import type {
  Catalog,
  ClientConfig,
  DevToken,
  DevUser,
  Me,
  NewSession,
  Pair,
  SessionDetail,
  SessionSummary,
} from './types';

const seg = encodeURIComponent;

/** One typed function per endpoint, so views never build URLs or guess response shapes. */
export function createApi(request: ApiRequest) {
  return {
    clientConfig: (signal?: AbortSignal) =>
      request<ClientConfig>('/client-config', { anonymous: true, signal }),
    devUsers: (signal?: AbortSignal) =>
      request<{ users: DevUser[] }>('/dev/users', { anonymous: true, signal }),
    devToken: (userId: string) =>
      request<DevToken>('/dev/token', { method: 'POST', body: { userId }, anonymous: true }),
    me: (signal?: AbortSignal) => request<Me>('/me', { signal }),
    pairs: (signal?: AbortSignal) => request<{ pairs: Pair[] }>('/pairs', { signal }),
    pairSessions: (pairId: string, signal?: AbortSignal) =>
      request<{ sessions: SessionSummary[] }>(`/pairs/${seg(pairId)}/sessions`, { signal }),
    createSession: (pairId: string, body: NewSession) =>
      request<SessionSummary>(`/pairs/${seg(pairId)}/sessions`, { method: 'POST', body }),
    session: (sessionId: string, signal?: AbortSignal) =>
      request<SessionDetail>(`/sessions/${seg(sessionId)}`, { signal }),
    catalog: (signal?: AbortSignal) => request<Catalog>('/catalog', { signal }),
  };
}

export type Api = ReturnType<typeof createApi>;
