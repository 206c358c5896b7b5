import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ActionItem,
  actionItemsForSession,
  assertMayDeleteActionItem,
  doneChange,
  isOverdue,
  localToday,
  openActionItems,
  validateActionText,
  validateDueDate,
} from './actionItems.js';
import { DomainError } from './errors.js';

const day = (iso: string) => new Date(`${iso}T01:00:00Z`);
const s1 = { id: 's1', start: day('2026-11-02') };
const s2 = { id: 's2', start: day('2026-11-16') };
const s3 = { id: 's3', start: day('2026-11-30') };
const sessions = [s1, s2, s3];

const action = (id: string, overrides: Partial<ActionItem> = {}): ActionItem => ({
  id,
  pairId: 'pair',
  originSessionId: 's1',
  originStart: day('2026-11-02'),
  agendaItemId: null,
  ownerRole: 'member',
  text: '資料をまとめる',
  dueDate: null,
  doneAt: null,
  doneBy: null,
  createdBy: 'member-1',
  createdAt: new Date('2026-11-02T01:10:00Z'),
  version: 1,
  ...overrides,
});

describe('action item text and due date', () => {
  it('trims the text and refuses blank or over-long text, naming the field', () => {
    expect(validateActionText('  見積もりを送る ')).toBe('見積もりを送る');
    expect(() => validateActionText('  ')).toThrow(DomainError);
    expect(validateActionText('あ'.repeat(300))).toHaveLength(300);
    try {
      validateActionText('あ'.repeat(301));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ kind: 'invalid', field: 'text' });
    }
  });

  it('takes real calendar days only', () => {
    expect(validateDueDate('2026-12-24')).toBe('2026-12-24');
    expect(validateDueDate(null)).toBeNull();
    expect(validateDueDate('')).toBeNull();
    for (const wrong of ['2026-02-30', '2026-13-01', '26-12-01', '2026/12/01', '2026-12-1']) {
      expect(() => validateDueDate(wrong)).toThrow(/YYYY-MM-DD/);
    }
  });
});

describe('overdue', () => {
  it('is an open item whose due day has passed in the pair’s time zone', () => {
    // 2026-12-01 20:00 UTC is already 12-02 in Tokyo.
    const today = localToday(new Date('2026-12-01T20:00:00Z'), 'Asia/Tokyo');
    expect(today).toBe('2026-12-02');
    expect(localToday(new Date('2026-12-01T20:00:00Z'), 'Europe/London')).toBe('2026-12-01');
    expect(isOverdue(action('a', { dueDate: '2026-12-01' }), today)).toBe(true);
    expect(isOverdue(action('a', { dueDate: '2026-12-02' }), today)).toBe(false);
    expect(isOverdue(action('a', { dueDate: null }), today)).toBe(false);
    expect(isOverdue(action('a', { dueDate: '2026-11-01', doneAt: new Date(), doneBy: 'x' }), today)).toBe(
      false,
    );
  });
});

describe('carry-over of action items', () => {
  const open = action('open');
  const doneInS2 = action('done-in-s2', {
    createdAt: new Date('2026-11-02T01:20:00Z'),
    doneAt: new Date('2026-11-16T01:20:00Z'),
    doneBy: 'manager-1',
  });
  const fromS2 = action('from-s2', { originSessionId: 's2', originStart: day('2026-11-16') });

  it('shows an open item in every later 1on1 until it is done, and a done one in the 1on1 it was done in', () => {
    const items = [open, doneInS2, fromS2];
    const ids = (session: typeof s1) => actionItemsForSession(items, session).map((item) => item.id);
    expect(ids(s1)).toEqual(['open', 'done-in-s2']);
    expect(ids(s2)).toEqual(['open', 'done-in-s2', 'from-s2']);
    expect(ids(s3)).toEqual(['open', 'from-s2']);
  });

  it('keeps an item agreed in a 1on1 in that 1on1 even once done', () => {
    const checked = action('checked', { doneAt: new Date('2026-11-02T01:15:00Z'), doneBy: 'member-1' });
    expect(actionItemsForSession([checked], s1).map((item) => item.id)).toEqual(['checked']);
    expect(actionItemsForSession([checked], s2)).toEqual([]);
  });

  it('is idempotent: asking again, or for any later 1on1, never duplicates an item (property)', () => {
    const itemArb = fc.record({
      origin: fc.integer({ min: 0, max: 2 }),
      doneAfterDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 12 }), (specs) => {
        const items = specs.map((spec, index) => {
          const origin = sessions[spec.origin] ?? s1;
          return action(`a${index}`, {
            originSessionId: origin.id,
            originStart: origin.start,
            createdAt: new Date(origin.start.getTime() + index * 1000),
            doneAt:
              spec.doneAfterDays === null
                ? null
                : new Date(origin.start.getTime() + spec.doneAfterDays * 86_400_000),
            doneBy: spec.doneAfterDays === null ? null : 'x',
          });
        });
        for (const session of sessions) {
          const once = actionItemsForSession(items, session);
          expect(actionItemsForSession(items, session)).toEqual(once);
          expect(new Set(once.map((item) => item.id)).size).toBe(once.length);
          // Every open item agreed by then is there.
          for (const item of items) {
            if (item.doneAt === null && item.originStart <= session.start) expect(once).toContain(item);
          }
        }
        expect(openActionItems(items).every((item) => item.doneAt === null)).toBe(true);
      }),
    );
  });
});

describe('checking an item', () => {
  const now = new Date('2026-11-16T01:00:00Z');
  it('records who checked it and when; the same state again changes nothing', () => {
    expect(doneChange(action('a'), true, 'manager-1', now)).toEqual({ doneAt: now, doneBy: 'manager-1' });
    expect(doneChange(action('a', { doneAt: now, doneBy: 'x' }), true, 'y', now)).toBeNull();
    expect(doneChange(action('a', { doneAt: now, doneBy: 'x' }), false, 'y', now)).toEqual({
      doneAt: null,
      doneBy: null,
    });
    expect(doneChange(action('a'), false, 'y', now)).toBeNull();
  });
});

describe('deleting an action item', () => {
  const open = { status: 'established' as const };

  it('may be deleted from its own 1on1, and from a later one while it is carried there', () => {
    expect(() => assertMayDeleteActionItem(action('a'), s1, open)).not.toThrow();
    expect(() => assertMayDeleteActionItem(action('a'), s3, open)).not.toThrow();
    // Finished during the later 1on1: it still shows there, checked, so it may still go.
    const doneInS2 = action('b', { doneAt: new Date(s2.start.getTime() + 60_000) });
    expect(() => assertMayDeleteActionItem(doneInS2, s2, open)).not.toThrow();
    expect(() => assertMayDeleteActionItem(doneInS2, s1, open)).not.toThrow();
  });

  it('is refused from a 1on1 that no longer shows it (finished earlier), or before it was agreed', () => {
    const doneInS2 = action('b', { doneAt: new Date(s2.start.getTime() + 60_000) });
    expect(() => assertMayDeleteActionItem(doneInS2, s3, open)).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
    const agreedInS2 = action('c', { originSessionId: 's2', originStart: s2.start });
    expect(() => assertMayDeleteActionItem(agreedInS2, s1, open)).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });

  it('is refused once the pair has ended: its history is read-only', () => {
    expect(() => assertMayDeleteActionItem(action('a'), s1, { status: 'ended' })).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });
});
