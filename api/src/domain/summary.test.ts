import { describe, expect, it } from 'vitest';
import {
  aiFallback,
  assertMayAccept,
  assertMayDraft,
  assertMayReplace,
  EXCERPT_LINE_CHARS,
  EXCERPT_LINES,
  extractiveDraft,
  SUMMARY_TEXT_LIMIT,
  validateSummaryItems,
} from './summary.js';
import type { TranscriptCue } from './webvtt.js';

const cue = (speaker: string, startS: number, endS: number, text: string): TranscriptCue => ({
  id: null,
  speaker,
  startMs: startS * 1000,
  endMs: endS * 1000,
  text,
});

describe('extractive summary', () => {
  it("quotes each ticked item's closing lines and leaves an unticked item empty", () => {
    const cues = [
      cue('Kenta', 0, 10, 'early, long before the tick'),
      cue('Kenta', 200, 210, 'I want to lead the next release'),
      cue('Misaki', 210, 220, 'Let us plan it together'),
      cue('Misaki', 230, 240, 'next item talk'),
    ];
    const draft = extractiveDraft(cues, [{ agendaItemId: 'a', startMs: 0, endMs: 225_000 }], ['a', 'b']);
    expect(draft).toEqual([
      {
        agendaItemId: 'a',
        said: 'Kenta: I want to lead the next release\nMisaki: Let us plan it together',
        decisions: '',
        actions: '',
      },
      { agendaItemId: 'b', said: '', decisions: '', actions: '' },
    ]);
  });

  it('bounds the quote: a few lines, each clipped', () => {
    const cues = Array.from({ length: 20 }, (_, i) => cue('Kenta', i * 5, i * 5 + 5, 'あ'.repeat(1000)));
    const [item] = extractiveDraft(cues, [{ agendaItemId: 'a', startMs: 0, endMs: 100_000 }], ['a']);
    const lines = item?.said.split('\n') ?? [];
    expect(lines).toHaveLength(EXCERPT_LINES);
    expect(lines.every((line) => line.length <= EXCERPT_LINE_CHARS && line.endsWith('…'))).toBe(true);
  });
});

describe('summary rules', () => {
  it('asks Azure OpenAI only when configured, enabled by the admin and allowed by both', () => {
    const all = { configured: true, enabledByAdmin: true, managerAllowed: true, memberAllowed: true };
    expect(aiFallback(all)).toBeNull();
    expect(aiFallback({ ...all, configured: false })).toBe('not_configured');
    expect(aiFallback({ ...all, enabledByAdmin: false })).toBe('not_enabled');
    expect(aiFallback({ ...all, memberAllowed: false })).toBe('not_allowed');
    expect(aiFallback({ ...all, managerAllowed: false })).toBe('not_allowed');
  });

  it('drafts only after the meeting from a visible transcript and never over an accepted summary', () => {
    expect(() => assertMayDraft('live', true)).toThrow(/after the 1on1/);
    expect(() => assertMayDraft('ended', false)).toThrow(/transcript/);
    expect(() => assertMayDraft('ended', true)).not.toThrow();
    expect(() => assertMayReplace('accepted')).toThrow(/discard it first/);
    expect(() => assertMayReplace('draft')).not.toThrow();
    expect(() => assertMayAccept(null)).toThrow();
    expect(() => assertMayAccept('discarded')).toThrow();
  });

  it('names the field of an edit that is too long, unknown or repeated', () => {
    const ids = new Set(['a', 'b']);
    const ok = { agendaItemId: 'a', said: 's', decisions: 'd', actions: 'x' };
    expect(validateSummaryItems([ok], ids)).toEqual([ok]);
    expect(() => validateSummaryItems([{ ...ok, agendaItemId: 'z' }], ids)).toThrow(
      expect.objectContaining({ field: 'items/0/agendaItemId' }),
    );
    expect(() => validateSummaryItems([ok, ok], ids)).toThrow(
      expect.objectContaining({ field: 'items/1/agendaItemId' }),
    );
    expect(() =>
      validateSummaryItems([{ ...ok, decisions: 'x'.repeat(SUMMARY_TEXT_LIMIT + 1) }], ids),
    ).toThrow(expect.objectContaining({ field: 'items/0/decisions' }));
  });
});
