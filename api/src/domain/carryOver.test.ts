import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './agenda.js';
import { NEXT_TOPICS_MAX_ITEMS, nextTopicLines, planCarryOver } from './carryOver.js';

const item = (id: string, overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  sessionId: 'ended',
  authorId: 'member-1',
  authorRole: 'member',
  themeId: 'work',
  themeText: null,
  expectedResponseId: 'listen',
  detail: null,
  position: 0,
  status: 'open',
  carriedFromItemId: null,
  carriedFromMemoId: null,
  carriedFromMemoLine: null,
  version: 1,
  ...overrides,
});

describe('planCarryOver', () => {
  const ended = {
    memberId: 'member-1',
    nextTopics: { id: 'memo-1', authorId: 'manager-1', body: '評価面談の準備\n資料は前日までに' },
    items: [
      item('m2', { position: 1 }),
      item('g1', { authorId: 'manager-1', authorRole: 'manager', position: 0, themeId: 'direction' }),
      item('m1', { position: 0, status: 'discussed' }),
      item('m3', { position: 2, themeId: 'other', themeText: 'チームの雰囲気', detail: '最近静か' }),
    ],
  };

  it('carries what was not discussed, member first, in agenda order, then the next-topics lines', () => {
    const drafts = planCarryOver(ended, { items: [] });
    expect(drafts.map((draft) => draft.carriedFromItemId ?? draft.carriedFromMemoId)).toEqual([
      'm2',
      'm3',
      'g1',
      'memo-1',
      'memo-1',
    ]);
    expect(drafts[1]).toMatchObject({
      themeId: 'other',
      themeText: 'チームの雰囲気',
      detail: '最近静か',
      authorRole: 'member',
    });
    expect(drafts[2]).toMatchObject({ authorId: 'manager-1', authorRole: 'manager' });
  });

  it('makes each line of the next-topics memo an item credited to the memo’s author', () => {
    const lines = planCarryOver(ended, { items: [] }).filter((draft) => draft.carriedFromMemoId !== null);
    expect(lines).toEqual([
      expect.objectContaining({
        authorId: 'manager-1',
        authorRole: 'manager',
        themeId: 'other',
        themeText: '評価面談の準備',
        detail: null,
        expectedResponseId: null,
        carriedFromMemoLine: 0,
      }),
      expect.objectContaining({
        authorId: 'manager-1',
        authorRole: 'manager',
        themeText: '資料は前日までに',
        carriedFromMemoLine: 1,
      }),
    ]);
    const byMember = planCarryOver(
      {
        ...ended,
        items: [],
        nextTopics: { id: 'memo-2', authorId: 'member-1', body: '異動の希望\r\n\n  研修 ' },
      },
      { items: [] },
    );
    expect(byMember.map((draft) => [draft.authorId, draft.authorRole, draft.themeText])).toEqual([
      ['member-1', 'member', '異動の希望'],
      ['member-1', 'member', '研修'],
    ]);
  });

  it('keeps a long line whole in the detail and never drops lines past the item limit', () => {
    const long = 'あ'.repeat(250);
    const [draft] = planCarryOver(
      { ...ended, items: [], nextTopics: { id: 'm', authorId: 'member-1', body: long } },
      { items: [] },
    );
    expect(draft?.themeText).toHaveLength(200);
    expect(draft?.detail).toBe(long);
    const many = Array.from({ length: NEXT_TOPICS_MAX_ITEMS + 5 }, (_, index) => `topic ${index}`);
    const lines = nextTopicLines(many.join('\n'));
    expect(lines).toHaveLength(NEXT_TOPICS_MAX_ITEMS);
    expect(lines.join('\n')).toBe(many.join('\n'));
  });

  it('carries only the lines not carried yet', () => {
    const all = planCarryOver(ended, { items: [] });
    const firstLineOnly = all.filter((draft) => draft.carriedFromMemoLine !== 1);
    const rest = planCarryOver(ended, { items: firstLineOnly });
    expect(rest.map((draft) => draft.carriedFromMemoLine)).toEqual([1]);
  });

  it('adds nothing the second time', () => {
    const first = planCarryOver(ended, { items: [] });
    expect(planCarryOver(ended, { items: first })).toEqual([]);
  });

  it('skips an empty next-topics memo', () => {
    expect(
      planCarryOver(
        { ...ended, items: [], nextTopics: { id: 'x', authorId: 'a', body: '  \n ' } },
        { items: [] },
      ),
    ).toEqual([]);
  });

  it('is idempotent and keeps order for any agenda (property)', () => {
    const agenda = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        role: fc.constantFrom('member' as const, 'manager' as const),
        position: fc.nat(20),
        discussed: fc.boolean(),
      }),
      { selector: (entry) => entry.id, maxLength: 15 },
    );
    fc.assert(
      fc.property(agenda, fc.nat(15), (entries, alreadyCarried) => {
        const items = entries.map((entry) =>
          item(entry.id, {
            authorRole: entry.role,
            position: entry.position,
            status: entry.discussed ? 'discussed' : 'open',
          }),
        );
        const all = planCarryOver({ items, nextTopics: null, memberId: 'member-1' }, { items: [] });
        // Exactly the open items, members' before managers'.
        expect(all.length).toBe(entries.filter((entry) => !entry.discussed).length);
        const roles = all.map((draft) => draft.authorRole);
        expect(roles).toEqual([...roles].sort((a, b) => (a === b ? 0 : a === 'member' ? -1 : 1)));
        // Whatever part was already carried, the rest completes it and a further run adds nothing.
        const done = all.slice(0, Math.min(alreadyCarried, all.length));
        const rest = planCarryOver({ items, nextTopics: null, memberId: 'member-1' }, { items: done });
        expect([...done, ...rest].map((draft) => draft.carriedFromItemId)).toEqual(
          all.map((draft) => draft.carriedFromItemId),
        );
        expect(
          planCarryOver({ items, nextTopics: null, memberId: 'member-1' }, { items: [...done, ...rest] }),
        ).toEqual([]);
      }),
    );
  });
});
