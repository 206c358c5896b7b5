import type { LocalizedText, Memo, Person, Role, SessionDetail, SessionSummary } from '../../api/types';

/** Mirror of the server's meeting contract (api/src/http/routes/{meetings,dice,memos,events}.ts). */
export type Resolution =
  | { state: 'resolved'; session: SessionSummary; myRole: Role }
  | { state: 'needs_pair'; candidates: Array<{ pairId: string; myRole: Role; other: Person }> }
  | { state: 'not_one_on_one' };

/** `meetingId`: teams-js `meeting.id`, so Taiwa can find the transcript of a meeting it did not book. */
export type LinkRequest = { chatId: string; meetingId?: string } & (
  | { pairId: string }
  | { otherUserId: string; myRole: Role }
);

export interface DiceRoll {
  seq: number;
  face: { id: string; label: LocalizedText };
  rolledBy: { id: string; displayName: string };
  rolledAt: string;
}

export interface MeetingSession extends SessionDetail {
  memos: Memo[];
  dice: { latest: DiceRoll | null; count: number };
  /** Open the event stream with this as Last-Event-ID. */
  lastEventId: string | null;
}

/** What the session's event stream sends (`event:` and the JSON in `data:`). */
export type SessionEvent =
  | { type: 'memo.changed'; data: { change: 'added' | 'updated'; memo: Memo } }
  | { type: 'memo.deleted'; data: { memoId: string } }
  | { type: 'dice.rolled'; data: { roll: DiceRoll } }
  | { type: 'session.status'; data: { status: SessionDetail['status'] } }
  | { type: 'agenda.changed'; data: unknown }
  | { type: 'session.next'; data: unknown }
  | { type: 'action.changed'; data: unknown };
