import type { Kysely } from 'kysely';
import { ActionItemRepository } from './repositories/actionItems.js';
import { AgendaRepository } from './repositories/agenda.js';
import { AgendaItemNoteRepository } from './repositories/agendaItemNotes.js';
import { AnalyticsRepository } from './repositories/analytics.js';
import { BookingRepository } from './repositories/bookings.js';
import { CatalogRepository } from './repositories/catalog.js';
import { CheckinRepository } from './repositories/checkins.js';
import { ConversationRepository } from './repositories/conversations.js';
import { DiceRollRepository } from './repositories/diceRolls.js';
import { InsightsRepository } from './repositories/insights.js';
import { JobRepository } from './repositories/jobs.js';
import { MeetingLinkRepository } from './repositories/meetingLinks.js';
import { MemoRepository } from './repositories/memos.js';
import { PairCadenceRepository } from './repositories/pairCadences.js';
import { PairRepository } from './repositories/pairs.js';
import { RatingStateRepository } from './repositories/ratingStates.js';
import { RatingRepository } from './repositories/ratings.js';
import { SessionEventRepository } from './repositories/sessionEvents.js';
import { SessionRepository } from './repositories/sessions.js';
import { SummaryRepository } from './repositories/summaries.js';
import { TenantSettingsRepository } from './repositories/tenantSettings.js';
import { TranscriptRepository } from './repositories/transcripts.js';
import { UserRepository } from './repositories/users.js';
import type { Database } from './schema.js';

/**
 * The only way into tenant-owned data: every repository is built for one tenant and filters on it,
 * so no query can forget the tenant.
 */
export interface TenantData {
  readonly tenantId: string;
  readonly users: UserRepository;
  readonly pairs: PairRepository;
  readonly cadences: PairCadenceRepository;
  readonly sessions: SessionRepository;
  readonly catalog: CatalogRepository;
  readonly agenda: AgendaRepository;
  readonly memos: MemoRepository;
  readonly itemNotes: AgendaItemNoteRepository;
  readonly actionItems: ActionItemRepository;
  readonly events: SessionEventRepository;
  readonly dice: DiceRollRepository;
  readonly meetingLinks: MeetingLinkRepository;
  readonly ratingStates: RatingStateRepository;
  readonly bookings: BookingRepository;
  readonly transcripts: TranscriptRepository;
  readonly settings: TenantSettingsRepository;
  readonly checkins: CheckinRepository;
  readonly insights: InsightsRepository;
  readonly analytics: AnalyticsRepository;
  readonly conversations: ConversationRepository;
  readonly jobs: JobRepository;
  readonly ratings: RatingRepository;
  readonly summaries: SummaryRepository;
  /** Runs `work` in one transaction; a failure leaves nothing half-written. */
  transaction<T>(work: (data: TenantData) => Promise<T>): Promise<T>;
}

export function forTenant(db: Kysely<Database>, tenantId: string): TenantData {
  if (tenantId.length === 0) throw new Error('a tenant id is required');
  return {
    tenantId,
    users: new UserRepository(db, tenantId),
    pairs: new PairRepository(db, tenantId),
    cadences: new PairCadenceRepository(db, tenantId),
    sessions: new SessionRepository(db, tenantId),
    catalog: new CatalogRepository(db, tenantId),
    agenda: new AgendaRepository(db, tenantId),
    memos: new MemoRepository(db, tenantId),
    itemNotes: new AgendaItemNoteRepository(db, tenantId),
    actionItems: new ActionItemRepository(db, tenantId),
    events: new SessionEventRepository(db, tenantId),
    dice: new DiceRollRepository(db, tenantId),
    meetingLinks: new MeetingLinkRepository(db, tenantId),
    ratingStates: new RatingStateRepository(db, tenantId),
    bookings: new BookingRepository(db, tenantId),
    transcripts: new TranscriptRepository(db, tenantId),
    settings: new TenantSettingsRepository(db, tenantId),
    checkins: new CheckinRepository(db, tenantId),
    insights: new InsightsRepository(db, tenantId),
    analytics: new AnalyticsRepository(db, tenantId),
    conversations: new ConversationRepository(db, tenantId),
    jobs: new JobRepository(db, tenantId),
    ratings: new RatingRepository(db, tenantId),
    summaries: new SummaryRepository(db, tenantId),
    transaction: (work) => db.transaction().execute((trx) => work(forTenant(trx, tenantId))),
  };
}

/** Tenants are created on the first request that carries their id. */
export async function ensureTenant(db: Kysely<Database>, tenantId: string): Promise<void> {
  await db
    .insertInto('tenants')
    .values({ id: tenantId })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
