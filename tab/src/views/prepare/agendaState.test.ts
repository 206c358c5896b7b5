import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../api/types';
import { agendaItemFixture } from './agendaItemFixture';
import {
  type AgendaState,
  agendaReducer,
  emptyAgenda,
  isPending,
  movePatches,
  provisionalItem,
  visibleAgenda,
} from './agendaState';

const item = agendaItemFixture;

const ids = (state: AgendaState) => visibleAgenda(state).map((i) => i.id);

describe('agenda with optimistic writes', () => {
  const loaded = agendaReducer(emptyAgenda, {
    type: 'loaded',
    items: [item('boss', 'manager', 0), item('m1', 'member', 0), item('m2', 'member', 1)],
  });

  it("shows the member's items first, then the manager's", () => {
    expect(ids(loaded)).toEqual(['m1', 'm2', 'boss']);
  });

  it('shows an added item at once and swaps in the saved one on success', () => {
    const temp = item('pending-1', 'member', 2, 0);
    const adding = agendaReducer(loaded, { type: 'started', change: { id: 'c1', kind: 'add', item: temp } });
    expect(ids(adding)).toEqual(['m1', 'm2', 'pending-1', 'boss']);
    expect(isPending(adding, 'pending-1')).toBe(true);
    const saved = agendaReducer(adding, {
      type: 'succeeded',
      changeId: 'c1',
      saved: [item('m3', 'member', 2)],
    });
    expect(ids(saved)).toEqual(['m1', 'm2', 'm3', 'boss']);
    expect(saved.pending).toEqual([]);
  });

  it('rolls back only the failed change, keeping one still in flight', () => {
    const editing = agendaReducer(loaded, {
      type: 'started',
      change: { id: 'edit', kind: 'update', patches: [{ itemId: 'm1', patch: { detail: 'new' } }] },
    });
    const both = agendaReducer(editing, {
      type: 'started',
      change: { id: 'del', kind: 'remove', itemId: 'm2' },
    });
    expect(ids(both)).toEqual(['m1', 'boss']);
    expect(visibleAgenda(both)[0]?.detail).toBe('new');

    const editFailed = agendaReducer(both, { type: 'failed', changeId: 'edit' });
    expect(visibleAgenda(editFailed)[0]?.detail).toBeNull();
    expect(ids(editFailed)).toEqual(['m1', 'boss']);

    const deleteFailed = agendaReducer(editFailed, { type: 'failed', changeId: 'del' });
    expect(deleteFailed).toEqual(loaded);
  });

  it('confirms a delete by dropping the item from what the server holds', () => {
    const removing = agendaReducer(loaded, {
      type: 'started',
      change: { id: 'd', kind: 'remove', itemId: 'm1' },
    });
    const done = agendaReducer(removing, { type: 'succeeded', changeId: 'd', saved: [] });
    expect(done.confirmed.map((i) => i.id)).toEqual(['boss', 'm2']);
    expect(done.pending).toEqual([]);
  });

  it('keeps pending changes over a refetch, and ignores unknown completions', () => {
    const editing = agendaReducer(loaded, {
      type: 'started',
      change: { id: 'e', kind: 'update', patches: [{ itemId: 'm2', patch: { detail: 'mine' } }] },
    });
    const refetched = agendaReducer(editing, { type: 'loaded', items: [item('m2', 'member', 0, 5)] });
    expect(visibleAgenda(refetched)).toMatchObject([{ id: 'm2', detail: 'mine', version: 5 }]);
    expect(agendaReducer(refetched, { type: 'succeeded', changeId: 'nope', saved: [] })).toBe(refetched);
  });
});

describe('movePatches', () => {
  const items = [
    item('a', 'member', 0),
    item('b', 'member', 1),
    item('c', 'member', 5),
    item('x', 'manager', 0),
  ];

  it('renumbers my own items and sends only the positions that change', () => {
    expect(movePatches(items, 'c', -1)).toEqual([
      { itemId: 'c', patch: { position: 1 } },
      { itemId: 'b', patch: { position: 2 } },
    ]);
    expect(movePatches(items, 'a', 1)).toEqual([
      { itemId: 'b', patch: { position: 0 } },
      { itemId: 'a', patch: { position: 1 } },
      { itemId: 'c', patch: { position: 2 } },
    ]);
  });

  it('does nothing at either end or for an unknown item', () => {
    expect(movePatches(items, 'a', -1)).toEqual([]);
    expect(movePatches(items, 'c', 1)).toEqual([]);
    expect(movePatches(items, 'x', 1)).toEqual([]);
    expect(movePatches(items, 'zz', 1)).toEqual([]);
  });
});

describe('provisionalItem', () => {
  const catalog: Catalog = {
    themes: [
      { id: 'career', label: { ja: 'キャリア', en: 'Career' }, description: null, retired: false },
      { id: 'other', label: { ja: 'その他', en: 'Other' }, description: null, retired: false },
    ],
    expectedResponses: [
      {
        id: 'listen',
        label: { ja: 'まずは聞いてほしい', en: 'Just listen' },
        description: { ja: '最後まで聞く', en: 'Hear it out' },
        retired: false,
      },
    ],
    diceFaces: [],
  };
  const base = {
    id: 'pending-1',
    sessionId: 's',
    author: { id: 'k', displayName: '田中 健太' },
    authorRole: 'member' as const,
    catalog,
    items: [item('m1', 'member', 3), item('x', 'manager', 9)],
  };

  it('labels a catalog theme and the expected response from the catalog, after my last item', () => {
    const draft = provisionalItem({
      ...base,
      content: { themeId: 'career', themeText: null, expectedResponseId: 'listen', detail: '  ' },
    });
    expect(draft).toMatchObject({
      theme: { id: 'career', text: null, label: { ja: 'キャリア' } },
      expectedResponse: { id: 'listen', label: { en: 'Just listen' }, hint: { ja: '最後まで聞く' } },
      detail: null,
      position: 4,
      status: 'open',
    });
  });

  it('shows a written-own theme as its text', () => {
    const draft = provisionalItem({
      ...base,
      content: { themeId: null, themeText: ' 勉強会 ', expectedResponseId: 'listen', detail: null },
    });
    expect(draft.theme).toEqual({ id: 'other', text: '勉強会', label: { ja: '勉強会', en: '勉強会' } });
  });
});
