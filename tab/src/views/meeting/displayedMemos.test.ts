import { describe, expect, it } from 'vitest';
import type { Memo } from '../../api/types';
import { displayedMemos } from './displayedMemos';

const me = { id: 'me', displayName: '佐藤 美咲' };
const memo = (id: string, version: number, body: string): Memo => ({
  id,
  sessionId: 's1',
  kind: 'next_topics',
  author: me,
  body,
  version,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('displayed memos', () => {
  it('show an unsent edit over the server’s text, and build further edits on the version it started from', () => {
    // The other person's change (v3) arrived while our edit based on v2 waits to be sent.
    const [shown] = displayedMemos(
      [memo('n', 3, 'theirs')],
      [{ op: 'update', memoId: 'n', kind: 'next_topics', baseVersion: 2, body: 'mine' }],
      'next_topics',
      me,
      's1',
    );
    expect(shown).toMatchObject({ body: 'mine', pending: true, version: 3, editBase: 2 });
  });

  it('show a new memo not sent yet once, also when the server already stored it', () => {
    const create = { op: 'create' as const, localId: 'l1', kind: 'next_topics' as const, body: 'new' };
    expect(displayedMemos([], [create], 'next_topics', me, 's1')).toMatchObject([
      { id: 'l1', body: 'new', pending: true, editBase: 0 },
    ]);
    expect(displayedMemos([memo('l1', 1, 'new')], [create], 'next_topics', me, 's1')).toHaveLength(1);
    expect(
      displayedMemos(
        [memo('n', 1, 'x')],
        [{ op: 'delete', memoId: 'n', baseVersion: 1 }],
        'next_topics',
        me,
        's1',
      ),
    ).toEqual([]);
  });
});
