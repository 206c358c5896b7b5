import type { ResponseOf } from '../../api/contract';
import type { ItemNote, Memo, Role, SessionDetail } from '../../api/types';

/** The meeting's shapes (api/src/http/routes/{meetings,dice,memos,events}.ts), from the contract. */
export type Resolution = ResponseOf<'/api/v1/meetings/resolve'>;

/** `meetingId`: teams-js `meeting.id`, so Taiwa can find the transcript of a meeting it did not book. */
export type LinkRequest = { chatId: string; meetingId?: string } & (
  | { pairId: string }
  | { otherUserId: string; myRole: Role }
);

export type DiceRoll = ResponseOf<'/api/v1/sessions/{sessionId}/dice', 'post', 201>;

/** The session with its memos and die; open the event stream with `lastEventId` as Last-Event-ID. */
export type MeetingSession = ResponseOf<'/api/v1/sessions/{sessionId}'>;

/** What the session's event stream sends (`event:` and the JSON in `data:`). */
export type SessionEvent =
  | { type: 'memo.changed'; data: { change: 'added' | 'updated'; memo: Memo } }
  | { type: 'memo.deleted'; data: { memoId: string } }
  | { type: 'item-note.changed'; data: { note: ItemNote } }
  | { type: 'dice.rolled'; data: { roll: DiceRoll } }
  | { type: 'session.status'; data: { status: SessionDetail['status'] } }
  | { type: 'agenda.changed'; data: unknown }
  | { type: 'session.next'; data: unknown }
  | { type: 'action.changed'; data: unknown }
  | { type: 'summary.changed'; data: unknown };
