import { describe, expect, it } from 'vitest';
import type { ItemNote } from '../../../api/types';
import {
  afterAccepted,
  afterConflict,
  afterNoAnswer,
  afterRefusal,
  newerNote,
  sendBase,
  unchanged,
} from './itemNoteDraft';

const note = (body: string, version: number): ItemNote => ({
  itemId: 'i1',
  sessionId: 's1',
  kind: 'shared',
  body,
  version,
  author: { id: 'u', displayName: 'U' },
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('item note drafts', () => {
  it('go away once the server took exactly their text, and keep what was typed meanwhile', () => {
    expect(afterAccepted({ text: 'a', baseVersion: 0 }, 'a', note('a', 1))).toBeNull();
    expect(afterAccepted({ text: 'a and more', baseVersion: 0 }, 'a', note('a', 1))).toEqual({
      text: 'a and more',
      baseVersion: 1,
    });
  });

  it('show both versions on a conflict, combined without losing a line, based on the newer version', () => {
    const theirs = note('決めたこと\n相手の追記', 3);
    const draft = afterConflict(
      { text: '決めたこと\n自分の追記', baseVersion: 2 },
      '決めたこと\n自分の追記',
      theirs,
    );
    expect(draft).toEqual({
      text: '決めたこと\n相手の追記\n自分の追記',
      baseVersion: 3,
      conflict: { mine: '決めたこと\n自分の追記', theirs },
    });
    // The same text stored by another window of the same person: nothing to combine.
    expect(afterConflict(null, 'same', note('same', 4))).toBeNull();
  });

  it('keep a refused text with the reason, and an unanswered one waiting to be sent again', () => {
    expect(afterRefusal(null, 'long', 'too long')).toEqual({
      text: 'long',
      baseVersion: 0,
      refusal: 'too long',
      waiting: false,
    });
    expect(afterNoAnswer({ text: 'offline', baseVersion: 2 }, 'offline', 2)).toEqual({
      text: 'offline',
      baseVersion: 2,
      waiting: true,
    });
  });

  it('send against the newest version seen after a conflict, and not at all when nothing changed', () => {
    const conflict = { mine: 'x', theirs: note('y', 3) };
    expect(sendBase({ text: 'xy', baseVersion: 3, conflict }, note('y z', 4))).toBe(4);
    expect(sendBase({ text: 'x', baseVersion: 2 }, note('y', 4))).toBe(2);
    expect(unchanged({ text: ' y ', baseVersion: 4 }, note('y', 4))).toBe(true);
    expect(unchanged({ text: 'y', baseVersion: 3 }, note('y', 4))).toBe(false);
  });

  it('keep the newer copy of a note whichever arrives last', () => {
    expect(newerNote(note('new', 3), note('old', 2)).body).toBe('new');
    expect(newerNote(note('old', 2), note('new', 3)).body).toBe('new');
    expect(newerNote(undefined, note('first', 1)).body).toBe('first');
  });
});
