import { insightsEndpoints } from '../views/insights/endpoints';
import { ratingEndpoints } from '../views/rating/endpoints';
import type { ApiRequest } from './client';
import type {
  AgendaChanges,
  AgendaContent,
  AgendaItem,
  Cadence,
  CadenceView,
  Catalog,
  CatalogUpdate,
  ClientConfig,
  DevToken,
  DevUser,
  HistoryEntry,
  Me,
  NewPair,
  NewSession,
  Pair,
  PairInsights,
  Person,
  SessionDetail,
  SessionSummary,
} from './types';

const seg = encodeURIComponent;

/** The If-Match header for a write based on the version we last saw. */
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

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
    people: (query: string, signal?: AbortSignal) =>
      request<{ people: Person[] }>(`/people?q=${seg(query)}`, { signal }),
    pairs: (signal?: AbortSignal) => request<{ pairs: Pair[] }>('/pairs', { signal }),
    createPair: (body: NewPair) => request<Pair>('/pairs', { method: 'POST', body }),
    confirmPair: (pairId: string) => request<Pair>(`/pairs/${seg(pairId)}/confirm`, { method: 'POST' }),
    endPair: (pairId: string) => request<null>(`/pairs/${seg(pairId)}/end`, { method: 'POST' }),
    pairSessions: (pairId: string, signal?: AbortSignal) =>
      request<{ sessions: SessionSummary[] }>(`/pairs/${seg(pairId)}/sessions`, { signal }),
    cadence: (pairId: string, signal?: AbortSignal) =>
      request<CadenceView>(`/pairs/${seg(pairId)}/cadence`, { signal }),
    setCadence: (pairId: string, body: Cadence) =>
      request<CadenceView>(`/pairs/${seg(pairId)}/cadence`, { method: 'PUT', body }),
    clearCadence: (pairId: string) => request<void>(`/pairs/${seg(pairId)}/cadence`, { method: 'DELETE' }),
    createSession: (pairId: string, body: NewSession) =>
      request<SessionSummary>(`/pairs/${seg(pairId)}/sessions`, { method: 'POST', body }),
    history: (pairId: string, query: string, signal?: AbortSignal) =>
      request<{ sessions: HistoryEntry[] }>(
        `/pairs/${seg(pairId)}/history${query.trim() === '' ? '' : `?q=${seg(query.trim())}`}`,
        { signal },
      ),
    pairInsights: (pairId: string, signal?: AbortSignal) =>
      request<PairInsights>(`/pairs/${seg(pairId)}/insights`, { signal }),
    session: (sessionId: string, signal?: AbortSignal) =>
      request<SessionDetail>(`/sessions/${seg(sessionId)}`, { signal }),
    addAgendaItem: (sessionId: string, body: AgendaContent) =>
      request<AgendaItem>(`/sessions/${seg(sessionId)}/agenda`, { method: 'POST', body }),
    updateAgendaItem: (item: Pick<AgendaItem, 'id' | 'sessionId' | 'version'>, body: AgendaChanges) =>
      request<AgendaItem>(`/sessions/${seg(item.sessionId)}/agenda/${seg(item.id)}`, {
        method: 'PATCH',
        body,
        headers: ifMatch(item.version),
      }),
    deleteAgendaItem: (item: Pick<AgendaItem, 'id' | 'sessionId' | 'version'>) =>
      request<void>(`/sessions/${seg(item.sessionId)}/agenda/${seg(item.id)}`, {
        method: 'DELETE',
        headers: ifMatch(item.version),
      }),
    catalog: (signal?: AbortSignal) => request<Catalog>('/catalog', { signal }),
    adminCatalog: (signal?: AbortSignal) => request<Catalog>('/admin/catalog', { signal }),
    replaceCatalog: (body: CatalogUpdate) => request<Catalog>('/admin/catalog', { method: 'PUT', body }),
    ...insightsEndpoints(request),
    ...ratingEndpoints(request),
  };
}

export type Api = ReturnType<typeof createApi>;
