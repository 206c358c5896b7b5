import type { ApiRequest, DownloadedFile } from '../../api/client';
import type { AdminAnalytics, CheckinList, CheckinView, MyInsights } from './types';

const seg = encodeURIComponent;

/** The insights endpoints, spread into the app's API client (api/endpoints.ts). */
export function insightsEndpoints(request: ApiRequest) {
  return {
    myInsights: (signal?: AbortSignal) => request<MyInsights>('/insights/me', { signal }),
    pairCheckins: (pairId: string, signal?: AbortSignal) =>
      request<CheckinList>(`/pairs/${seg(pairId)}/checkins`, { signal }),
    submitCheckin: (pairId: string, body: { answers: number[]; shareWithManager: boolean }) =>
      request<CheckinView>(`/pairs/${seg(pairId)}/checkins`, { method: 'POST', body }),
    adminAnalytics: (signal?: AbortSignal) => request<AdminAnalytics>('/admin/analytics', { signal }),
    adminAnalyticsCsv: () => request<DownloadedFile>('/admin/analytics?format=csv', { file: 'text/csv' }),
  };
}
