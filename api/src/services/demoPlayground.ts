import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { impromptuSchedule, pickMeetingSession } from '../domain/meeting.js';
import { scheduleSessionIn } from './scheduleSession.js';
import type { SessionLifecycle } from './sessionLifecycle.js';

/**
 * Dev mode only: end the demo pair's current 1on1 as its Teams meeting ending would. The 1on1 is the
 * one the playground's meeting chat holds now (the one a meeting would open, or an ad-hoc one),
 * linked to that chat so a meetingEnd sent from the playground finds it too.
 */
export async function endPlaygroundMeeting(
  data: TenantData,
  pairId: string,
  chatId: string,
  lifecycle: SessionLifecycle,
  now: Date,
): Promise<SessionRecord> {
  const session = await data.transaction(async (trx) => {
    await trx.meetingLinks.lockPair(pairId);
    const sessions = await trx.sessions.listForPairs([pairId]);
    const open = pickMeetingSession(sessions, chatId, now);
    const chosen =
      open !== null && open.status !== 'ended'
        ? open
        : await scheduleSessionIn(trx, pairId, impromptuSchedule(now));
    if (chosen.teamsChatId === null) await trx.meetingLinks.link(chosen.id, chatId);
    return chosen;
  });
  await lifecycle.end(data, session.id, now);
  return session;
}
