import type { SummaryItemText, SummaryView } from './summaryApi';

export type Texts = Record<string, SummaryItemText>;

/** The person typed something the shown summary does not hold yet. */
export function hasEdits(view: SummaryView, texts: Texts): boolean {
  return view.items.some((item) => {
    const text = texts[item.agendaItemId];
    return (
      text !== undefined &&
      (text.said !== item.said || text.decisions !== item.decisions || text.actions !== item.actions)
    );
  });
}

/**
 * What an open summary does when the summary changed elsewhere (`fresh`, read back after the
 * event). Unsaved edits are never replaced: with edits, a new version is shown beside them
 * (`beside`, saved over knowingly as after a 409) and a discarded one leaves them on screen
 * (`keep`); without edits the new version simply shows.
 */
export function afterLiveChange(
  shown: SummaryView,
  typed: Texts,
  fresh: SummaryView,
): 'same' | 'show' | 'beside' | 'keep' {
  if (fresh.version === shown.version && fresh.state === shown.state) return 'same';
  if (!hasEdits(shown, typed)) return 'show';
  return fresh.state === 'draft' || fresh.state === 'accepted' ? 'beside' : 'keep';
}
