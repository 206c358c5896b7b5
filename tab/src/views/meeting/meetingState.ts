import type { AgendaItem, Memo, SessionStatus } from '../../api/types';
import type { DiceRoll, MeetingSession, SessionEvent } from './types';

export type MeetingAction =
  | { type: 'loaded'; session: MeetingSession }
  | { type: 'event'; event: SessionEvent }
  | { type: 'memoSaved'; memo: Memo }
  | { type: 'memoRemoved'; memoId: string }
  | { type: 'rolled'; roll: DiceRoll }
  | { type: 'status'; status: SessionStatus }
  | { type: 'agenda'; agenda: AgendaItem[] };

/**
 * The 1on1 as this tab knows it. Changes arrive twice — as the answer to our own write and as the
 * event the stream sends to both people — and in any order, so every merge keeps the newer of the
 * two (memo versions, dice sequence numbers), making applying anything twice harmless.
 */
export function meetingReducer(state: MeetingSession | null, action: MeetingAction): MeetingSession | null {
  if (action.type === 'loaded') return action.session;
  if (state === null) return state;
  switch (action.type) {
    case 'memoSaved':
      return { ...state, memos: upsertMemo(state.memos, action.memo) };
    case 'memoRemoved':
      return { ...state, memos: state.memos.filter((memo) => memo.id !== action.memoId) };
    case 'rolled':
      return { ...state, dice: mergeRoll(state.dice, action.roll) };
    case 'status':
      return state.status === 'ended' ? state : { ...state, status: action.status };
    case 'agenda':
      return { ...state, agenda: action.agenda };
    case 'event':
      return applyEvent(state, action.event);
  }
}

function applyEvent(state: MeetingSession, event: SessionEvent): MeetingSession {
  switch (event.type) {
    case 'memo.changed':
      return { ...state, memos: upsertMemo(state.memos, event.data.memo) };
    case 'memo.deleted':
      return { ...state, memos: state.memos.filter((memo) => memo.id !== event.data.memoId) };
    case 'dice.rolled':
      return { ...state, dice: mergeRoll(state.dice, event.data.roll) };
    case 'session.status':
      return meetingReducer(state, { type: 'status', status: event.data.status }) ?? state;
    default:
      // Agenda changes carry only what changed; the caller refetches the agenda.
      return state;
  }
}

export function upsertMemo(memos: readonly Memo[], incoming: Memo): Memo[] {
  const index = memos.findIndex((memo) => memo.id === incoming.id);
  if (index < 0)
    return [...memos, incoming].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
  const existing = memos[index];
  if (existing !== undefined && existing.version > incoming.version) return [...memos];
  return memos.map((memo, i) => (i === index ? incoming : memo));
}

export function mergeRoll(dice: MeetingSession['dice'], roll: DiceRoll): MeetingSession['dice'] {
  const latest = dice.latest === null || roll.seq > dice.latest.seq ? roll : dice.latest;
  return { latest, count: Math.max(dice.count, roll.seq) };
}

/** The agenda in walking order: the member's items first, then the manager's, each by position. */
export function walkingOrder(items: readonly AgendaItem[]): AgendaItem[] {
  const rank = (item: AgendaItem) => (item.authorRole === 'member' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.position - b.position || a.id.localeCompare(b.id));
}
