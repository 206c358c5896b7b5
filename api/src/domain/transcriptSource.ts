/**
 * Where transcripts come from (Microsoft Graph in a tenant, an uploaded file in dev mode). The
 * background job only knows this port.
 */

export interface MeetingReference {
  tenantId: string;
  /** The Entra object id of the meeting's organizer: transcripts live in their mailbox. */
  organizerId: string;
  /** Graph onlineMeeting id when known (the bot's `msGraphResourceId`). */
  onlineMeetingId: string | null;
  joinUrl: string | null;
}

export type TranscriptLookup =
  /** The WebVTT text of every transcript of the meeting, oldest first. */
  | { kind: 'found'; onlineMeetingId: string; webVtt: string[] }
  /** Nothing published yet; ask again later (no sooner than `retryAfterMs`, if given). */
  | { kind: 'not_yet'; onlineMeetingId: string | null; retryAfterMs: number }
  /** The meeting cannot be found any more (deleted or expired). */
  | { kind: 'gone' }
  /** Microsoft 365 refused: admin consent or the meeting's RSC grant is missing. */
  | { kind: 'not_permitted'; reason: string };

export interface TranscriptSourcePort {
  /** False when transcripts only arrive by upload, so there is nothing to fetch. */
  readonly fetches: boolean;
  lookup(meeting: MeetingReference): Promise<TranscriptLookup>;
}

/** What a Teams meeting says about itself: enough for Graph to find its transcripts. */
export interface MeetingDetails {
  joinUrl: string | null;
  /** Graph's onlineMeeting id. */
  onlineMeetingId: string | null;
  /** Entra object id of the organizer. */
  organizerId: string | null;
}

/**
 * Asks Teams about a meeting a 1on1 was held in (the bot's meeting details API), for 1on1s whose
 * meeting Taiwa did not book and whose start and end events it did not see (ad hoc meetings).
 */
export interface MeetingDirectoryPort {
  /** Null when Teams cannot be asked (the bot was never reachable in this tenant). */
  details(tenantId: string, chatId: string | null, teamsMeetingId: string): Promise<MeetingDetails | null>;
}
