import { conflict, invalid } from './errors.js';
import type { ItemWindow } from './talkShare.js';
import { countCharacters, firstCharacters, TEXT_LIMITS } from './textLimits.js';
import type { TranscriptCue } from './webvtt.js';

/**
 * A 1on1's summary per agenda item: what was said, what was decided, what each will do next. The
 * pair controls it: a draft (written by the tenant's own Azure OpenAI deployment, or picked from the
 * transcript's lines when that is not allowed) is accepted as is or edited, or discarded.
 */

export type SummaryState = 'draft' | 'accepted' | 'discarded';
export type SummarySource = 'azure_openai' | 'extractive';
/** Why a draft was picked from the transcript instead of written by Azure OpenAI. */
export type SummaryFallback =
  | 'not_configured'
  | 'not_enabled'
  | 'not_allowed'
  | 'failed'
  | 'timeout'
  | 'invalid_response';

export interface SummaryItemText {
  agendaItemId: string;
  said: string;
  decisions: string;
  actions: string;
}

export const SUMMARY_TEXT_LIMIT = TEXT_LIMITS.summaryText;
export const SUMMARY_ITEM_LIMIT = 50;

/** Lines of the transcript quoted per item in an extractive draft, and at most how long each. */
export const EXCERPT_LINES = 6;
export const EXCERPT_LINE_CHARS = 280;
/** The quote is taken from this long before the item was ticked (the talk that closed it). */
export const EXCERPT_BEFORE_MS = 2 * 60_000;

/** Summaries are generated only by the pair, after the meeting, from a transcript they can see. */
export function assertMayDraft(sessionStatus: string, transcriptVisible: boolean): void {
  if (sessionStatus !== 'ended') throw conflict('a summary is drafted after the 1on1 has ended');
  if (!transcriptVisible) throw conflict('there is no visible transcript to summarise');
}

/** A new draft replaces a draft or a discarded one, never what the pair accepted. */
export function assertMayReplace(state: SummaryState | null): void {
  if (state === 'accepted') throw conflict('the pair accepted this summary; discard it first to redraft');
}

export function assertMayAccept(state: SummaryState | null): void {
  if (state === null || state === 'discarded') throw conflict('there is no summary draft to accept');
}

export function assertMayDiscard(state: SummaryState | null): void {
  if (state === null || state === 'discarded') throw conflict('there is no summary to discard');
}

/** Azure OpenAI is asked only when the server has it, the admin turned it on and both of the pair allowed it. */
export function aiFallback(options: {
  configured: boolean;
  enabledByAdmin: boolean;
  managerAllowed: boolean;
  memberAllowed: boolean;
}): SummaryFallback | null {
  if (!options.configured) return 'not_configured';
  if (!options.enabledByAdmin) return 'not_enabled';
  if (!options.managerAllowed || !options.memberAllowed) return 'not_allowed';
  return null;
}

/** An edit names only the session's agenda items, each once, within the text limits. */
export function validateSummaryItems(
  items: readonly SummaryItemText[],
  agendaItemIds: ReadonlySet<string>,
): SummaryItemText[] {
  if (items.length > SUMMARY_ITEM_LIMIT) throw invalid('items', `at most ${SUMMARY_ITEM_LIMIT} items`);
  const seen = new Set<string>();
  return items.map((item, index) => {
    if (!agendaItemIds.has(item.agendaItemId)) {
      throw invalid(`items/${index}/agendaItemId`, 'is not an agenda item of this 1on1');
    }
    if (seen.has(item.agendaItemId)) throw invalid(`items/${index}/agendaItemId`, 'appears twice');
    seen.add(item.agendaItemId);
    for (const field of ['said', 'decisions', 'actions'] as const) {
      if (countCharacters(item[field]) > SUMMARY_TEXT_LIMIT) {
        throw invalid(`items/${index}/${field}`, `must be at most ${SUMMARY_TEXT_LIMIT} characters`);
      }
    }
    return {
      agendaItemId: item.agendaItemId,
      said: item.said,
      decisions: item.decisions,
      actions: item.actions,
    };
  });
}

/** Cuts text that would pass a limit, marking the cut, so nothing over a limit is ever stored. */
export function clip(text: string, limit: number): string {
  const trimmed = text.trim();
  return countCharacters(trimmed) <= limit ? trimmed : `${firstCharacters(trimmed, limit - 1)}…`;
}

/**
 * The transcript lines that closed an item: the last few cues of its part that began at most two
 * minutes before it was ticked, each clipped, as "Speaker: text".
 */
export function excerptFor(cues: readonly TranscriptCue[], window: ItemWindow): string[] {
  const from = Math.max(window.startMs, window.endMs - EXCERPT_BEFORE_MS);
  const closing = cues.filter(
    (cue) => cue.endMs > from && cue.startMs < window.endMs && cue.text.trim() !== '',
  );
  return closing
    .slice(-EXCERPT_LINES)
    .map((cue) => clip(`${cue.speaker ?? '?'}: ${cue.text.replace(/\s+/g, ' ')}`, EXCERPT_LINE_CHARS));
}

/** The draft written without Azure OpenAI: each ticked item's closing lines; decisions and actions left to the pair. */
export function extractiveDraft(
  cues: readonly TranscriptCue[],
  windows: readonly ItemWindow[],
  agendaItemIds: readonly string[],
): SummaryItemText[] {
  const byItem = new Map(windows.map((window) => [window.agendaItemId, window]));
  return agendaItemIds.map((agendaItemId) => {
    const window = byItem.get(agendaItemId);
    const lines = window === undefined ? [] : excerptFor(cues, window);
    return { agendaItemId, said: clip(lines.join('\n'), SUMMARY_TEXT_LIMIT), decisions: '', actions: '' };
  });
}
