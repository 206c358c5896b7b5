import { type TalkTimeShare, talkTimeShare } from './feedbackTalkTime.js';
import type { TranscriptCue } from './webvtt.js';

/**
 * Who spoke how much about each agenda item, read from the transcript and the moments the pair
 * marked items discussed. An item's part of the meeting runs from the previous mark (or the start of
 * the transcript) up to its own mark: the pair walks the agenda, talks about an item, then ticks it.
 * Items never marked discussed have no part. Two items ticked at the same moment: the second one's
 * part is empty (nothing was said about it alone). A cue that crosses a boundary counts only for the
 * milliseconds inside the part.
 */

export interface DiscussedMark {
  agendaItemId: string;
  /** Milliseconds from the start of the transcript when the item was marked discussed. */
  atMs: number;
}

export interface ItemWindow {
  agendaItemId: string;
  startMs: number;
  endMs: number;
}

export interface ItemTalkShare {
  agendaItemId: string;
  window: ItemWindow;
  share: TalkTimeShare;
}

/** The parts of the meeting, in the order the items were ticked. */
export function itemWindows(marks: readonly DiscussedMark[]): ItemWindow[] {
  const ordered = [...marks]
    .filter((mark) => Number.isFinite(mark.atMs))
    .sort((a, b) => a.atMs - b.atMs || a.agendaItemId.localeCompare(b.agendaItemId));
  let previous = 0;
  return ordered.map((mark) => {
    const endMs = Math.max(0, mark.atMs);
    const window = { agendaItemId: mark.agendaItemId, startMs: Math.min(previous, endMs), endMs };
    previous = endMs;
    return window;
  });
}

/** The cues cut to a window: what was said inside it, nothing of what was said outside it. */
export function cuesInWindow(
  cues: readonly TranscriptCue[],
  window: { startMs: number; endMs: number },
): TranscriptCue[] {
  const inside: TranscriptCue[] = [];
  for (const cue of cues) {
    const startMs = Math.max(cue.startMs, window.startMs);
    const endMs = Math.min(cue.endMs, window.endMs);
    if (endMs > startMs) inside.push({ ...cue, startMs, endMs });
  }
  return inside;
}

/** Each ticked item's talk shares between the given people (the pair's manager and member). */
export function talkSharePerItem(
  cues: readonly TranscriptCue[],
  marks: readonly DiscussedMark[],
  speakerToPerson: ReadonlyMap<string, string>,
  personIds: readonly string[],
): ItemTalkShare[] {
  return itemWindows(marks).map((window) => ({
    agendaItemId: window.agendaItemId,
    window,
    share: talkTimeShare(
      cuesInWindow(cues, window).map((cue) => ({
        speaker: cue.speaker ?? '',
        startMs: cue.startMs,
        endMs: cue.endMs,
      })),
      speakerToPerson,
      personIds,
    ),
  }));
}
