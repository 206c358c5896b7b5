import type { ApiRequest } from '../../api/client';
import type { RequestBodyOf, ResponseOf } from '../../api/contract';

/** An action item as the API presents it (api/src/services/actionItems.ts). */
export type ActionItemView = ResponseOf<'/api/v1/sessions/{sessionId}/action-items'>['items'][number];
export type NewActionItem = RequestBodyOf<'/api/v1/sessions/{sessionId}/action-items', 'post'>;
export type ActionItemChanges = RequestBodyOf<
  '/api/v1/sessions/{sessionId}/action-items/{actionItemId}',
  'patch'
>;

const seg = encodeURIComponent;

/** The action-item calls, on the signed-in user's client (`useEndpoints(actionItemsEndpoints)`). */
export function actionItemsEndpoints(request: ApiRequest) {
  return {
    list: async (sessionId: string, signal?: AbortSignal): Promise<ActionItemView[]> =>
      (
        await request<ResponseOf<'/api/v1/sessions/{sessionId}/action-items'>>(
          `/sessions/${seg(sessionId)}/action-items`,
          { signal },
        )
      ).items,
    add: (sessionId: string, item: NewActionItem) =>
      request<ActionItemView>(`/sessions/${seg(sessionId)}/action-items`, { method: 'POST', body: item }),
    setDone: (sessionId: string, item: Pick<ActionItemView, 'id' | 'version'>, done: boolean) =>
      request<ActionItemView>(`/sessions/${seg(sessionId)}/action-items/${seg(item.id)}`, {
        method: 'PATCH',
        headers: { 'If-Match': `"${item.version}"` },
        body: { done },
      }),
    /** Corrects text, owner or due date over the version the person saw (409 with theirs otherwise). */
    edit: (sessionId: string, item: Pick<ActionItemView, 'id' | 'version'>, changes: ActionItemChanges) =>
      request<ActionItemView>(`/sessions/${seg(sessionId)}/action-items/${seg(item.id)}`, {
        method: 'PATCH',
        headers: { 'If-Match': `"${item.version}"` },
        body: changes,
      }),
    remove: (sessionId: string, item: Pick<ActionItemView, 'id' | 'version'>) =>
      request<void>(`/sessions/${seg(sessionId)}/action-items/${seg(item.id)}`, {
        method: 'DELETE',
        headers: { 'If-Match': `"${item.version}"` },
      }),
  };
}
