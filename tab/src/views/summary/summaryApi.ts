import type { ApiRequest } from '../../api/client';
import type { RequestBodyOf, ResponseOf } from '../../api/contract';
import { TEXT_LIMITS } from '../../api/limits';

/** A 1on1's summary per agenda item; `fit` (the manager's private hint) is null for the member. */
export type SummaryView = ResponseOf<'/api/v1/sessions/{sessionId}/summary'>;
export type SummaryState = SummaryView['state'];
export type SummaryItem = SummaryView['items'][number];
export type SummaryItemText = RequestBodyOf<'/api/v1/sessions/{sessionId}/summary', 'put'>['items'][number];
export type FitKind = NonNullable<SummaryItem['fit']>['kind'];
/** The manager's private fit hints straight from the transcript, without a draft (manager only). */
export type TalkFitView = ResponseOf<'/api/v1/sessions/{sessionId}/summary/fit'>;
export type SummaryConsent = ResponseOf<'/api/v1/pairs/{pairId}/summary-consent', 'put'>;
export type AdminSummarySettings = ResponseOf<'/api/v1/admin/summary-settings'>;

/** The server's limit per text. */
export const SUMMARY_TEXT_LIMIT = TEXT_LIMITS.summaryText;

const path = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/summary`;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** The summary calls, on the signed-in user's client (`useEndpoints(summaryEndpoints)`). */
export function summaryEndpoints(request: ApiRequest) {
  return {
    summary: (sessionId: string) => request<SummaryView>(path(sessionId)),
    fit: (sessionId: string) => request<TalkFitView>(`${path(sessionId)}/fit`),
    draft: (sessionId: string) => request<SummaryView>(`${path(sessionId)}/draft`, { method: 'POST' }),
    accept: (sessionId: string, version: number, items: SummaryItemText[]) =>
      request<SummaryView>(path(sessionId), { method: 'PUT', headers: ifMatch(version), body: { items } }),
    discard: (sessionId: string, version: number) =>
      request<SummaryView>(path(sessionId), { method: 'DELETE', headers: ifMatch(version) }),
    setConsent: (pairId: string, allowed: boolean) =>
      request<SummaryConsent>(`/pairs/${encodeURIComponent(pairId)}/summary-consent`, {
        method: 'PUT',
        body: { allowed },
      }),
    adminSettings: () => request<AdminSummarySettings>('/admin/summary-settings'),
    saveAdminSettings: (aiEnabled: boolean) =>
      request<AdminSummarySettings>('/admin/summary-settings', { method: 'PUT', body: { aiEnabled } }),
  };
}
