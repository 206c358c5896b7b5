import { describe, expect, it } from 'vitest';
import { talkFitHint } from './talkFit.js';
import { cuesInWindow, itemWindows, talkSharePerItem } from './talkShare.js';
import type { TranscriptCue } from './webvtt.js';

const speakers = new Map([
  ['Misaki', 'manager'],
  ['Kenta', 'member'],
]);
const PEOPLE = ['manager', 'member'];
const cue = (speaker: string | null, startS: number, endS: number, text = 'x'): TranscriptCue => ({
  id: null,
  speaker,
  startMs: startS * 1000,
  endMs: endS * 1000,
  text,
});

describe('the talk-share per item rule', () => {
  it("splits the talk at the moments items were ticked and gives each person's share per item", () => {
    const cues = [
      cue('Kenta', 0, 60), // item a: member 60 s
      cue('Misaki', 60, 80), // item a: manager 20 s
      cue('Misaki', 80, 150), // item b: manager 70 s
      cue('Kenta', 150, 180), // item b: member 30 s
    ];
    const shares = talkSharePerItem(
      cues,
      [
        { agendaItemId: 'b', atMs: 180_000 },
        { agendaItemId: 'a', atMs: 80_000 },
      ],
      speakers,
      PEOPLE,
    );
    expect(shares.map((s) => [s.agendaItemId, s.window.startMs, s.window.endMs])).toEqual([
      ['a', 0, 80_000],
      ['b', 80_000, 180_000],
    ]);
    expect(shares[0]?.share.people).toEqual([
      { personId: 'manager', ms: 20_000, share: 0.25 },
      { personId: 'member', ms: 60_000, share: 0.75 },
    ]);
    expect(shares[1]?.share.people).toEqual([
      { personId: 'manager', ms: 70_000, share: 0.7 },
      { personId: 'member', ms: 30_000, share: 0.3 },
    ]);
  });

  it('counts a cue crossing a tick only for the part inside each item', () => {
    const shares = talkSharePerItem(
      [cue('Misaki', 50, 70)],
      [
        { agendaItemId: 'a', atMs: 60_000 },
        { agendaItemId: 'b', atMs: 120_000 },
      ],
      speakers,
      PEOPLE,
    );
    expect(shares.map((s) => s.share.people[0]?.ms)).toEqual([10_000, 10_000]);
  });

  it('gives no talk to an item ticked at the same moment as the one before (overlapping windows)', () => {
    const shares = talkSharePerItem(
      [cue('Kenta', 0, 30)],
      [
        { agendaItemId: 'a', atMs: 30_000 },
        { agendaItemId: 'b', atMs: 30_000 },
      ],
      speakers,
      PEOPLE,
    );
    expect(shares.map((s) => s.share.attributedMs)).toEqual([30_000, 0]);
    expect(shares[1]?.share.people.every((p) => p.share === 0)).toBe(true);
  });

  it('has zero shares, not NaN, without cues and nothing for items never ticked', () => {
    expect(talkSharePerItem([], [{ agendaItemId: 'a', atMs: 10_000 }], speakers, PEOPLE)).toEqual([
      {
        agendaItemId: 'a',
        window: { agendaItemId: 'a', startMs: 0, endMs: 10_000 },
        share: {
          people: [
            { personId: 'manager', ms: 0, share: 0 },
            { personId: 'member', ms: 0, share: 0 },
          ],
          attributedMs: 0,
          unattributedMs: 0,
        },
      },
    ]);
    expect(talkSharePerItem([cue('Kenta', 0, 10)], [], speakers, PEOPLE)).toEqual([]);
  });

  it('gives the one speaker all of it, and leaves speakers who are neither of the pair out', () => {
    const [only] = talkSharePerItem(
      [cue('Kenta', 0, 40), cue('Someone else', 40, 50), cue(null, 50, 55)],
      [{ agendaItemId: 'a', atMs: 60_000 }],
      speakers,
      PEOPLE,
    );
    expect(only?.share.people.map((p) => p.share)).toEqual([0, 1]);
    expect(only?.share.unattributedMs).toBe(15_000);
  });

  it('treats a tick before the transcript started as an empty part at its start', () => {
    expect(itemWindows([{ agendaItemId: 'a', atMs: -5_000 }])).toEqual([
      { agendaItemId: 'a', startMs: 0, endMs: 0 },
    ]);
    expect(cuesInWindow([cue('Kenta', 0, 10)], { startMs: 0, endMs: 0 })).toEqual([]);
  });
});

describe('the talk fit hint for the manager', () => {
  it('tells a manager asked to just listen that they spoke 70 %', () => {
    expect(talkFitHint('listen', 0.7, 120_000)).toEqual({
      kind: 'spokeTooMuch',
      expectedResponseId: 'listen',
      managerShare: 0.7,
    });
    expect(talkFitHint('listen', 0.5, 120_000)?.kind).toBe('fits');
  });

  it('tells a manager asked for advice that they hardly spoke', () => {
    expect(talkFitHint('advice', 0.1, 120_000)?.kind).toBe('spokeTooLittle');
    expect(talkFitHint('advice', 0.6, 120_000)?.kind).toBe('fits');
    expect(talkFitHint('think_together', 0.75, 120_000)?.kind).toBe('spokeTooMuch');
  });

  it('says nothing for too little talk, no expected response or a response of the tenant’s own', () => {
    expect(talkFitHint('listen', 0.9, 29_999)).toBeNull();
    expect(talkFitHint(null, 0.9, 120_000)).toBeNull();
    expect(talkFitHint('custom_code', 0.9, 120_000)).toBeNull();
  });
});
