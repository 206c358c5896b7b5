import { describe, expect, it } from 'vitest';
import type { SummaryView } from './summaryApi';
import { afterLiveChange, hasEdits } from './summaryLive';

const view = (overrides: Partial<SummaryView> = {}): SummaryView => ({
  state: 'draft',
  source: 'extractive',
  fallback: null,
  version: 1,
  transcriptAvailable: true,
  consent: { mine: false, theirs: false, configured: false, enabledByAdmin: false, aiWillDraft: false },
  items: [
    {
      agendaItemId: 'a',
      said: '来期の話',
      decisions: '',
      actions: '',
      title: { ja: 'キャリア', en: 'Career' },
      expectedResponseId: null,
      expectedResponse: null,
      talk: null,
      fit: null,
    },
  ],
  ...overrides,
});
const typed = (said: string) => ({ a: { agendaItemId: 'a', said, decisions: '', actions: '' } });

describe('a summary changed in the other window', () => {
  it('shows the new version when nothing is typed, and ignores its own version coming back', () => {
    expect(hasEdits(view(), typed('来期の話'))).toBe(false);
    expect(afterLiveChange(view(), typed('来期の話'), view())).toBe('same');
    expect(afterLiveChange(view(), {}, view({ version: 2, state: 'accepted' }))).toBe('show');
  });

  it('keeps what is typed: a new version goes beside it, a discard leaves it on screen', () => {
    const mine = typed('来期はリードしたい');
    expect(hasEdits(view(), mine)).toBe(true);
    expect(afterLiveChange(view(), mine, view({ version: 2 }))).toBe('beside');
    expect(afterLiveChange(view(), mine, view({ version: 2, state: 'accepted' }))).toBe('beside');
    expect(afterLiveChange(view(), mine, view({ version: 2, state: 'discarded', items: [] }))).toBe('keep');
  });
});
