import { describe, expect, it } from 'vitest';
import type { Memo } from '../../api/types';
import {
  afterConflict,
  afterRefusal,
  afterSaved,
  boxForConflict,
  boxOf,
  combineTexts,
  entryFor,
  type MemoDraft,
} from './memoDrafts';
import type { TextEntry } from './memoOutbox';

const theirs = (body: string, version: number): Memo => ({
  id: 'next',
  sessionId: 's1',
  kind: 'next_topics',
  author: { id: 'manager', displayName: '佐藤 美咲' },
  body,
  version,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('memo drafts', () => {
  it('name the box each edit was typed in', () => {
    expect(boxOf({ op: 'create', localId: 'l', kind: 'shared', body: 'x' })).toBe('shared.new');
    expect(boxOf({ op: 'update', memoId: 'm', kind: 'shared', baseVersion: 1, body: 'x' })).toBe('shared.m');
    expect(boxOf({ op: 'update', memoId: 'm', kind: 'next_topics', baseVersion: 1, body: 'x' })).toBe(
      'next_topics',
    );
  });

  it('send a draft against the version it started from', () => {
    const draft: MemoDraft = { text: 'Career\nTraining', memoId: 'next', baseVersion: 1 };
    expect(entryFor('next_topics', draft, 'new-id')).toEqual({
      op: 'update',
      memoId: 'next',
      kind: 'next_topics',
      baseVersion: 1,
      body: 'Career\nTraining',
    });
    expect(entryFor('shared.new', { text: 'hi', memoId: null, baseVersion: 0 }, 'id-1')).toEqual({
      op: 'create',
      localId: 'id-1',
      kind: 'shared',
      body: 'hi',
    });
  });

  it('put refused text back in its box with the reason, beside anything typed since', () => {
    const refused: TextEntry = { op: 'create', localId: 'l', kind: 'shared', body: 'a'.repeat(4100) };
    expect(afterRefusal(null, refused, 'Please check what you entered')).toEqual({
      text: 'a'.repeat(4100),
      memoId: null,
      baseVersion: 0,
      refusal: 'Please check what you entered',
    });
    const typedSince: MemoDraft = { text: 'another thought', memoId: null, baseVersion: 0 };
    expect(afterRefusal(typedSince, refused, null).text).toBe(`${'a'.repeat(4100)}\nanother thought`);
  });

  it('keep both versions of a simultaneous edit and start the combined text from both', () => {
    const mine: TextEntry = {
      op: 'update',
      memoId: 'next',
      kind: 'next_topics',
      baseVersion: 1,
      body: 'Career plan\nTraining budget',
    };
    const draft = afterConflict(null, mine, theirs('Career plan\nTeam offsite', 2));
    expect(draft).toEqual({
      text: 'Career plan\nTeam offsite\nTraining budget',
      memoId: 'next',
      baseVersion: 2,
      conflict: { mine: 'Career plan\nTraining budget', theirs: theirs('Career plan\nTeam offsite', 2) },
    });
    // A memo deleted meanwhile: the text is kept, to become a new memo.
    const shared: TextEntry = {
      op: 'update',
      memoId: 'gone',
      kind: 'shared',
      baseVersion: 3,
      body: 'keep me',
    };
    expect(boxForConflict(shared, null)).toBe('shared.new');
    expect(afterConflict(null, shared, null)).toMatchObject({ text: 'keep me', memoId: null });
  });

  it('rebase a draft typed on top of our own edit once that edit is stored', () => {
    const sent: TextEntry = { op: 'update', memoId: 'next', kind: 'next_topics', baseVersion: 1, body: 'A' };
    const typedOnTop: MemoDraft = { text: 'A and B', memoId: 'next', baseVersion: 1 };
    expect(afterSaved(typedOnTop, sent, theirs('A', 2))).toEqual({ ...typedOnTop, baseVersion: 2 });
    // A draft that started from someone else's later version is left alone.
    const other: MemoDraft = { text: 'x', memoId: 'next', baseVersion: 5 };
    expect(afterSaved(other, sent, theirs('A', 2))).toBe(other);
    expect(afterSaved(null, sent, theirs('A', 2))).toBeNull();
  });

  it('combine texts without repeating one that holds the other', () => {
    expect(combineTexts('a\nb', 'b')).toBe('a\nb');
    expect(combineTexts('a', 'a\nb')).toBe('a\nb');
    expect(combineTexts('a', 'c')).toBe('a\nc');
    // Two edits of the same list: each one's new lines, once.
    expect(combineTexts('研修の予算\nQ3 goals\nTeam offsite', '研修の予算\nQ3 goals\n1on1の頻度')).toBe(
      '研修の予算\nQ3 goals\nTeam offsite\n1on1の頻度',
    );
  });
});
