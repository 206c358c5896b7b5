import type { Kysely } from 'kysely';

// What running in a customer's tenant needs of a session:
// - the Teams meeting's own id (channelData.meeting.id, teams-js `meeting.id`), so the bot can ask
//   Teams for the meeting's details (join URL, Graph onlineMeeting id, organizer) of 1on1s that
//   Taiwa did not book;
// - how the background watch of a booked Outlook event fares: consecutive refusals by Microsoft 365,
//   when to try again, and when it gave up (the pair is told once).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('teams_meeting_id', 'text')
    .addColumn('calendar_watch_refusals', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('calendar_watch_next_at', 'timestamptz')
    .addColumn('calendar_watch_stopped_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .dropColumn('calendar_watch_stopped_at')
    .dropColumn('calendar_watch_next_at')
    .dropColumn('calendar_watch_refusals')
    .dropColumn('teams_meeting_id')
    .execute();
}
