import type { ActionItemView } from './actionItemsApi';

/**
 * One action item being corrected, and not accepted by the server yet. It lives beside the list
 * rather than in the row, so a reload of the list (the other window's change) never drops what
 * was typed: a refusal keeps it with the reason, a newer version keeps it beside theirs, and an
 * item the other person deleted keeps it, to be added again or discarded.
 */
export interface ActionItemEdit {
  itemId: string;
  /** The item's version when the person started editing (or last saw theirs, after a conflict). */
  baseVersion: number;
  /** The edited fields as they were at `baseVersion`: a later check-off alone changes none of them. */
  base: EditedFields;
  text: string;
  ownerRole: ActionItemView['ownerRole'];
  /** YYYY-MM-DD, or '' for no due date (the date box's empty value). */
  dueDate: string;
  /** The server refused the last save, with this reason (null: it gave none). */
  refusal?: string | null;
  /** The other person's version, which got there first. */
  conflict?: ActionItemView;
  /** The other person deleted the item meanwhile. */
  gone?: boolean;
}

type EditedFields = Pick<ActionItemView, 'text' | 'ownerRole' | 'dueDate'>;

const fieldsOf = (item: ActionItemView): EditedFields => ({
  text: item.text,
  ownerRole: item.ownerRole,
  dueDate: item.dueDate,
});

const sameFields = (a: EditedFields, b: EditedFields) =>
  a.text === b.text && a.ownerRole === b.ownerRole && a.dueDate === b.dueDate;

export function startEdit(item: ActionItemView): ActionItemEdit {
  return {
    itemId: item.id,
    baseVersion: item.version,
    base: fieldsOf(item),
    text: item.text,
    ownerRole: item.ownerRole,
    dueDate: item.dueDate ?? '',
  };
}

/** What a save sends: the three fields the person edits. */
export function editBody(edit: ActionItemEdit) {
  return {
    text: edit.text,
    ownerRole: edit.ownerRole,
    dueDate: edit.dueDate === '' ? null : edit.dueDate,
  };
}

/** The typed fields are exactly the item's: nothing to send. */
export function unchanged(edit: ActionItemEdit, item: ActionItemView): boolean {
  return (
    edit.text.trim() === item.text &&
    edit.ownerRole === item.ownerRole &&
    (edit.dueDate || null) === item.dueDate
  );
}

/**
 * `sent` was saved as `saved`. The edit closes if it still holds just that; if the person typed on
 * meanwhile, what they typed stays, now based on the saved version.
 */
export function afterSaved(
  current: ActionItemEdit | undefined,
  sent: ActionItemEdit,
  saved: ActionItemView,
): ActionItemEdit | null {
  if (
    current === undefined ||
    (current.text === sent.text && current.ownerRole === sent.ownerRole && current.dueDate === sent.dueDate)
  )
    return null;
  const { refusal: _, conflict: __, ...rest } = current;
  return { ...rest, baseVersion: saved.version, base: fieldsOf(saved) };
}

/**
 * A newer version got there first: the typed fields stay as they are, theirs is shown beside, and
 * saving again (now on their version) replaces theirs knowingly.
 */
export function afterConflict(edit: ActionItemEdit, theirs: ActionItemView): ActionItemEdit {
  const { refusal: _, ...rest } = edit;
  return { ...rest, baseVersion: theirs.version, base: fieldsOf(theirs), conflict: theirs };
}

/** The server refused the save for a reason: the typed fields stay with it until the person decides. */
export function afterRefusal(edit: ActionItemEdit, reason: string | null): ActionItemEdit {
  return { ...edit, refusal: reason };
}

/**
 * After the list was read again: an edit whose item is no longer there was deleted by the other
 * person (its text stays, marked gone); one whose item came back (a stale read) is an edit again.
 */
export function reconcileEdits(
  edits: Readonly<Record<string, ActionItemEdit>>,
  items: readonly ActionItemView[],
): Record<string, ActionItemEdit> {
  const ids = new Set(items.map((item) => item.id));
  const next: Record<string, ActionItemEdit> = {};
  for (const [id, edit] of Object.entries(edits)) {
    const gone = !ids.has(id);
    next[id] = gone === (edit.gone === true) ? edit : { ...edit, gone };
  }
  return next;
}

/**
 * The item as the other person changed it since this edit began (null: unchanged meanwhile). A
 * check-off or uncheck alone is no change to what is being edited.
 */
export function changedMeanwhile(
  edit: ActionItemEdit,
  item: ActionItemView | undefined,
): ActionItemView | null {
  if (edit.conflict !== undefined)
    return item !== undefined && item.version > edit.conflict.version ? item : edit.conflict;
  return item !== undefined && item.version > edit.baseVersion && !sameFields(fieldsOf(item), edit.base)
    ? item
    : null;
}

/**
 * The version a save names: the one the edit began from, unless the item changed since only by a
 * check-off (its edited fields as they were), which the save may go over without a conflict.
 */
export function sendVersion(edit: ActionItemEdit, item: ActionItemView): number {
  return item.version > edit.baseVersion && !sameFields(fieldsOf(item), edit.base)
    ? edit.baseVersion
    : Math.max(item.version, edit.baseVersion);
}
