import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  assertMayChangeMemo,
  assertMayCreateMemo,
  isMemoVisibleTo,
  MEMO_BODY_MAX,
  memoEventAudience,
  validateMemoBody,
} from './memo.js';

const MANAGER = 'manager-1';
const MEMBER = 'member-1';

function kindOf(error: unknown): string | undefined {
  return error instanceof DomainError ? error.kind : undefined;
}
function thrown(work: () => void): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('memo rules', () => {
  it('trims bodies, refuses blank shared and private memos, lets next topics be emptied', () => {
    expect(validateMemoBody('shared', '  agreed to pair on the release  ')).toBe(
      'agreed to pair on the release',
    );
    expect((thrown(() => validateMemoBody('shared', '   ')) as DomainError).field).toBe('body');
    expect(kindOf(thrown(() => validateMemoBody('private', '')))).toBe('invalid');
    expect(validateMemoBody('next_topics', '  ')).toBe('');
    expect(kindOf(thrown(() => validateMemoBody('shared', 'x'.repeat(MEMO_BODY_MAX + 1))))).toBe('invalid');
  });

  it('shows a private memo to its author only, and addresses its events to them', () => {
    const privateMemo = { kind: 'private' as const, authorId: MANAGER };
    expect(isMemoVisibleTo(privateMemo, MANAGER)).toBe(true);
    expect(isMemoVisibleTo(privateMemo, MEMBER)).toBe(false);
    expect(memoEventAudience(privateMemo)).toEqual({ visibleTo: MANAGER });
    expect(memoEventAudience({ kind: 'shared', authorId: MANAGER })).toEqual({});
    expect(memoEventAudience({ kind: 'next_topics', authorId: MEMBER })).toEqual({});
  });

  it('keeps the private memo for the manager', () => {
    expect(() => assertMayCreateMemo('private', 'manager')).not.toThrow();
    expect(kindOf(thrown(() => assertMayCreateMemo('private', 'member')))).toBe('forbidden');
    expect(() => assertMayCreateMemo('shared', 'member')).not.toThrow();
    expect(() => assertMayCreateMemo('next_topics', 'member')).not.toThrow();
  });

  it('lets authors change their own memos, both change next topics, and hides private memos from others', () => {
    expect(() => assertMayChangeMemo({ kind: 'shared', authorId: MEMBER }, MEMBER)).not.toThrow();
    expect(kindOf(thrown(() => assertMayChangeMemo({ kind: 'shared', authorId: MEMBER }, MANAGER)))).toBe(
      'forbidden',
    );
    expect(() => assertMayChangeMemo({ kind: 'next_topics', authorId: MEMBER }, MANAGER)).not.toThrow();
    expect(kindOf(thrown(() => assertMayChangeMemo({ kind: 'private', authorId: MANAGER }, MEMBER)))).toBe(
      'not_found',
    );
  });
});
