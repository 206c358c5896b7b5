import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  assertItemNoteVersion,
  assertMayWriteItemNote,
  ITEM_NOTE_MAX,
  isItemNoteVisibleTo,
  validateItemNoteBody,
} from './itemNote.js';

describe('item notes', () => {
  it('are trimmed, may be emptied, and hold at most the memo limit in code points', () => {
    expect(validateItemNoteBody('  決めたこと \n')).toBe('決めたこと');
    expect(validateItemNoteBody('   ')).toBe('');
    expect(validateItemNoteBody('𠮷'.repeat(ITEM_NOTE_MAX))).toHaveLength(ITEM_NOTE_MAX * 2);
    expect(() => validateItemNoteBody('a'.repeat(ITEM_NOTE_MAX + 1))).toThrow(/at most/);
  });

  it('keep the private note for the manager: the member may not write it nor see it', () => {
    expect(() => assertMayWriteItemNote('private', 'member')).toThrow(DomainError);
    expect(() => assertMayWriteItemNote('private', 'manager')).not.toThrow();
    expect(() => assertMayWriteItemNote('shared', 'member')).not.toThrow();
    const privateNote = { kind: 'private' as const, authorId: 'mgr' };
    expect(isItemNoteVisibleTo(privateNote, { id: 'mgr', role: 'manager' })).toBe(true);
    expect(isItemNoteVisibleTo(privateNote, { id: 'mem', role: 'member' })).toBe(false);
    expect(isItemNoteVisibleTo({ kind: 'shared', authorId: 'mgr' }, { id: 'mem', role: 'member' })).toBe(
      true,
    );
  });

  it('refuse a write based on another version, handing back the current note', () => {
    expect(() => assertItemNoteVersion(2, 2, {})).not.toThrow();
    try {
      assertItemNoteVersion(3, 2, { body: 'theirs' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ kind: 'conflict', current: { body: 'theirs' } });
    }
  });
});
