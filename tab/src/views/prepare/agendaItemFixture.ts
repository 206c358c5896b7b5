import type { AgendaItem } from '../../api/types';

/**
 * For tests of the agenda's state (the prepare page's and the meeting's): an open item of session
 * `s1` on the work theme, whose author hopes to be listened to.
 */
export function agendaItemFixture(
  id: string,
  authorRole: AgendaItem['authorRole'],
  position: number,
  version = 1,
): AgendaItem {
  return {
    id,
    sessionId: 's1',
    author: { id: authorRole, displayName: authorRole },
    authorRole,
    theme: { id: 'work', text: null, label: { ja: '業務', en: 'Work' } },
    expectedResponse: { id: 'listen', label: { ja: '聞いて', en: 'Listen' }, hint: null },
    detail: null,
    position,
    status: 'open',
    carriedOver: false,
    version,
  };
}
