import { describe, expect, it } from 'vitest';
import {
  afterConflict,
  afterRefusal,
  afterSaved,
  changedMeanwhile,
  editBody,
  reconcileEdits,
  sendVersion,
  startEdit,
  unchanged,
} from './actionItemEdit';
import type { ActionItemView } from './actionItemsApi';

const item = (overrides: Partial<ActionItemView> = {}): ActionItemView => ({
  id: 'a1',
  ownerRole: 'member',
  text: '資料をまとめる',
  dueDate: null,
  done: false,
  doneAt: null,
  overdue: false,
  carried: false,
  originSessionId: 's1',
  agendaItemId: null,
  version: 1,
  ...overrides,
});

describe('editing an action item', () => {
  it('starts from the item and sends the three fields, an empty date as none', () => {
    const edit = startEdit(item({ dueDate: '2026-12-24' }));
    expect(unchanged(edit, item({ dueDate: '2026-12-24' }))).toBe(true);
    const typed = { ...edit, text: '資料をまとめて送る ', dueDate: '' };
    expect(unchanged(typed, item({ dueDate: '2026-12-24' }))).toBe(false);
    expect(editBody(typed)).toEqual({ text: '資料をまとめて送る ', ownerRole: 'member', dueDate: null });
  });

  it('keeps the typed text on a refusal and on a conflict, with theirs beside and their version to save on', () => {
    const typed = { ...startEdit(item()), text: '私の文' };
    const refused = afterRefusal(typed, 'Invalid input');
    expect(refused).toMatchObject({ text: '私の文', refusal: 'Invalid input' });
    const theirs = item({ text: '相手の文', version: 3 });
    const conflicted = afterConflict(refused, theirs);
    expect(conflicted).toMatchObject({ text: '私の文', baseVersion: 3, conflict: theirs });
    expect(conflicted.refusal).toBeUndefined();
    expect(changedMeanwhile(conflicted, theirs)).toBe(theirs);
    // Changed again after the conflict: the newest of theirs is shown.
    const newer = item({ text: '相手の新しい文', version: 4 });
    expect(changedMeanwhile(conflicted, newer)).toBe(newer);
  });

  it('notices a change made meanwhile before saving, and saves over the version it began from', () => {
    const edit = { ...startEdit(item()), text: '私の文' };
    expect(changedMeanwhile(edit, item())).toBeNull();
    const theirs = item({ version: 2, text: '相手' });
    expect(changedMeanwhile(edit, theirs)?.text).toBe('相手');
    expect(sendVersion(edit, theirs)).toBe(1);
  });

  it('treats a check-off meanwhile as no change to what is edited: no notice, no conflict', () => {
    const edit = { ...startEdit(item()), text: '私の文' };
    const checked = item({ version: 2, done: true });
    expect(changedMeanwhile(edit, checked)).toBeNull();
    expect(sendVersion(edit, checked)).toBe(2);
  });

  it('closes once saved, unless the person typed on meanwhile', () => {
    const sent = { ...startEdit(item()), text: '送った文' };
    const saved = item({ text: '送った文', version: 2 });
    expect(afterSaved(sent, sent, saved)).toBeNull();
    expect(afterSaved(undefined, sent, saved)).toBeNull();
    expect(afterSaved({ ...sent, text: '送った文、続き' }, sent, saved)).toMatchObject({
      text: '送った文、続き',
      baseVersion: 2,
      base: { text: '送った文' },
    });
  });

  it('marks an edit whose item the other person deleted as gone, keeping its text', () => {
    const edits = { a1: { ...startEdit(item()), text: '消さないで' } };
    const after = reconcileEdits(edits, []);
    expect(after.a1).toMatchObject({ text: '消さないで', gone: true });
    expect(reconcileEdits(after, [item()]).a1?.gone).toBe(false);
    expect(reconcileEdits(edits, [item()]).a1).toBe(edits.a1);
  });
});
