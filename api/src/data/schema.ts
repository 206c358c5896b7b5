import type { ColumnType, Generated } from 'kysely';

/** Timestamps are written as Date or ISO string and always read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in on insert (`now()`), which updates may still set. */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface TenantTable {
  id: string;
  display_name: string | null;
  created_at: GeneratedTimestamp;
}

export interface UserTable {
  tenant_id: string;
  /** The Entra object id (`oid`), unique within a tenant. */
  id: string;
  display_name: string;
  email: string | null;
  locale: string | null;
  department: string | null;
  is_admin: boolean;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export type PairStatusColumn = 'pending' | 'established' | 'ended';

export interface PairTable {
  tenant_id: string;
  id: string;
  manager_id: string;
  member_id: string;
  created_at: GeneratedTimestamp;
  /** `pending` until the member confirms a pair the directory or an admin did not vouch for (0010). */
  status: ColumnType<PairStatusColumn, PairStatusColumn | undefined, PairStatusColumn>;
  /** Who asked for a pending pair (0010). */
  proposed_by: string | null;
  confirmed_at: Date | null;
  /** An ended pair keeps its history, read-only (0010). */
  ended_at: Date | null;
  ended_by: string | null;
}

export interface PairCadenceTable {
  tenant_id: string;
  pair_id: string;
  rhythm: 'weekly' | 'biweekly' | 'monthly';
  weekday: number;
  minute_of_day: number;
  duration_minutes: number;
  time_zone: string;
  week_of_month: number | null;
  updated_by: string;
  updated_at: Date;
}

export type SessionStatusColumn = 'planned' | 'live' | 'ended';

export interface SessionTable {
  tenant_id: string;
  id: string;
  pair_id: string;
  scheduled_start: Timestamp;
  scheduled_end: Timestamp;
  status: SessionStatusColumn;
  teams_chat_id: string | null;
  join_url: string | null;
  graph_event_id: string | null;
  graph_online_meeting_id: string | null;
  /** Whose mailbox holds the booked event (0005). */
  graph_organizer_id: ColumnType<string | null, string | null | undefined, string | null>;
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  calendar_checked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The Teams meeting id (channelData.meeting.id / teams-js `meeting.id`) of the meeting held for it (0009). */
  teams_meeting_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Consecutive times Microsoft 365 refused to let the background watch read the booked event (0009). */
  calendar_watch_refusals: Generated<number>;
  calendar_watch_next_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the watch gave up after repeated refusals; the pair has been told (0009). */
  calendar_watch_stopped_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  next_session_id: string | null;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CatalogEntryTable {
  tenant_id: string;
  kind: 'themes' | 'expectedResponses' | 'diceFaces';
  id: string;
  label_ja: string;
  label_en: string;
  description_ja: string | null;
  description_en: string | null;
  position: number;
  retired: boolean;
}

type AgendaStatusColumn = 'open' | 'discussed' | 'carried_over';

export interface AgendaItemTable {
  tenant_id: string;
  id: string;
  session_id: string;
  author_id: string;
  author_role: 'member' | 'manager';
  theme_id: string | null;
  theme_text: string | null;
  expected_response_id: string | null;
  detail: string | null;
  position: number;
  status: ColumnType<AgendaStatusColumn, AgendaStatusColumn | undefined, AgendaStatusColumn>;
  carried_from_item_id: string | null;
  carried_from_memo_id: string | null;
  /** Which line of the next-topics memo this item carries (0-based); null when not from a memo. */
  carried_from_memo_line: ColumnType<number | null, number | null | undefined, number | null>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ActionItemTable {
  tenant_id: string;
  id: string;
  pair_id: string;
  origin_session_id: string;
  agenda_item_id: string | null;
  owner_role: 'member' | 'manager';
  text: string;
  /** YYYY-MM-DD, a day in the pair's calendar. */
  due_date: string | null;
  done_at: Date | null;
  done_by: string | null;
  created_by: string;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface MemoTable {
  tenant_id: string;
  id: string;
  session_id: string;
  author_id: string;
  kind: 'shared' | 'private' | 'next_topics';
  body: string;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** Notes per agenda item (0015): one shared note and one manager's private note per item at most. */
export interface AgendaItemNoteTable {
  tenant_id: string;
  item_id: string;
  kind: 'shared' | 'private';
  session_id: string;
  author_id: string;
  body: string;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DiceRollTable {
  tenant_id: string;
  session_id: string;
  seq: number;
  face_id: string;
  rolled_by: string;
  rolled_at: GeneratedTimestamp;
}

export interface SessionEventTable {
  /** bigserial: read back as a string by the drivers, to keep 64-bit precision. */
  id: ColumnType<string, never, never>;
  tenant_id: string;
  session_id: string;
  type: string;
  payload: ColumnType<unknown, string, string>;
  created_at: GeneratedTimestamp;
}

export interface RatingTable {
  tenant_id: string;
  session_id: string;
  member_id: string;
  manager_id: string;
  /** すっきり度, 0 to 5. */
  clarity: number;
  impressions: string | null;
  share_impressions: boolean;
  submitted_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface RatingItemFitTable {
  tenant_id: string;
  session_id: string;
  agenda_item_id: string;
  expected_response_id: string;
  fit: 'yes' | 'partly' | 'no';
}

export interface CheckinTable {
  tenant_id: string;
  id: string;
  pair_id: string;
  member_id: string;
  answers: ColumnType<number[], string, string>;
  stage: number;
  shared_with_manager: boolean;
  answered_at: GeneratedTimestamp;
}

export interface TenantSettingsTable {
  tenant_id: string;
  transcript_retention_days: Generated<number>;
  reminder_lead_minutes: Generated<number>;
  updated_at: GeneratedTimestamp;
}

export interface TranscriptTable {
  tenant_id: string;
  session_id: string;
  state: 'waiting' | 'none' | 'fetched' | 'not_permitted' | 'hidden' | 'deleted';
  source: 'graph' | 'upload';
  /** The parsed cues (domain/webvtt TranscriptCue[]); null until fetched and after deletion. */
  cues: ColumnType<unknown, string | null, string | null>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  meeting_ended_at: Timestamp;
  fetched_at: Timestamp | null;
  hidden_at: Timestamp | null;
  deleted_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface GraphTokenCacheTable {
  tenant_id: string;
  user_id: string;
  ciphertext: string;
  updated_at: GeneratedTimestamp;
}

/** Insights rollup (0006): when a tenant's analytics were last recomputed, and over which window. */
export interface InsightRollupStateTable {
  tenant_id: string;
  window_start: Timestamp;
  refreshed_at: Timestamp;
  refresh_ms: number;
}

/** Members whose analytics a write may have changed since the last refresh (0012, set by triggers). */
export interface InsightDirtyMemberTable {
  tenant_id: string;
  member_id: string;
}
/** The unit each member was counted in at the last refresh (0012). */
export interface InsightMemberUnitTable {
  tenant_id: string;
  member_id: string;
  unit_key: string;
}
export interface InsightUnitTable {
  tenant_id: string;
  unit_key: string;
  kind: 'department' | 'team';
  name: string;
}

export interface InsightUnitPeriodTable {
  tenant_id: string;
  unit_key: string;
  period: string;
  members: number;
  due: number;
  held: number;
  held_members: number;
  prepared: number;
  gap_days_sum: number;
  gaps: number;
  gap_members: number;
  rated: number;
  clarity_sum: number;
  raters: number;
  checkin_members: number;
  /** Per expected response id: [yes, partly, no, people]. */
  fits: ColumnType<Record<string, [number, number, number, number]>, string | undefined, string>;
  /** Pairs per stage index, keyed "0"–"9". */
  stages: ColumnType<Record<string, number>, string | undefined, string>;
}

export interface ConversationReferenceTable {
  tenant_id: string;
  conversation_id: string;
  scope: 'personal' | 'groupChat' | 'channel';
  user_id: string | null;
  teams_user_id: string | null;
  locale: string | null;
  reference: ColumnType<unknown, string, string>;
  updated_at: GeneratedTimestamp;
}

export type JobState = 'pending' | 'running' | 'done' | 'dead';

export interface JobTable {
  tenant_id: string;
  id: string;
  kind: string;
  idempotency_key: string;
  payload: ColumnType<unknown, string, string>;
  state: ColumnType<JobState, JobState | undefined, JobState>;
  attempts: Generated<number>;
  max_attempts: number;
  run_at: Timestamp;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  finished_at: Timestamp | null;
}

export interface SendSlotTable {
  tenant_id: string;
  id: ColumnType<string, never, never>;
  conversation_id: string;
  taken_at: Timestamp;
}

/** A session's summary the pair controls (0016); `items` holds domain/summary SummaryItemText[]. */
export interface SessionSummaryTable {
  tenant_id: string;
  session_id: string;
  state: 'draft' | 'accepted' | 'discarded';
  source: 'azure_openai' | 'extractive';
  fallback: string | null;
  items: ColumnType<unknown, string, string>;
  version: Generated<number>;
  updated_by: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** Each person's allowance, per pair, for Azure OpenAI drafting their summaries (0016). */
export interface SummaryConsentTable {
  tenant_id: string;
  pair_id: string;
  user_id: string;
  allowed: boolean;
  updated_at: Timestamp;
}

/** The admin's switch for Azure OpenAI summaries (0016); off when there is no row. */
export interface SummarySettingsTable {
  tenant_id: string;
  ai_enabled: boolean;
  updated_at: Timestamp;
}

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  pairs: PairTable;
  pair_cadences: PairCadenceTable;
  sessions: SessionTable;
  catalog_entries: CatalogEntryTable;
  agenda_items: AgendaItemTable;
  memos: MemoTable;
  agenda_item_notes: AgendaItemNoteTable;
  action_items: ActionItemTable;
  dice_rolls: DiceRollTable;
  session_events: SessionEventTable;
  ratings: RatingTable;
  rating_item_fits: RatingItemFitTable;
  checkins: CheckinTable;
  tenant_settings: TenantSettingsTable;
  conversation_references: ConversationReferenceTable;
  jobs: JobTable;
  send_slots: SendSlotTable;
  transcripts: TranscriptTable;
  graph_token_caches: GraphTokenCacheTable;
  insight_rollup_state: InsightRollupStateTable;
  insight_units: InsightUnitTable;
  insight_dirty_members: InsightDirtyMemberTable;
  insight_member_units: InsightMemberUnitTable;
  insight_unit_periods: InsightUnitPeriodTable;
  session_summaries: SessionSummaryTable;
  summary_consents: SummaryConsentTable;
  summary_settings: SummarySettingsTable;
}
