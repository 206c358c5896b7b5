import type { SessionRecord } from '../data/repositories/sessions.js';
import type { Pair, PairRole } from '../domain/pair.js';
import { nextAndLast } from '../domain/session.js';
import { sessionBrief } from '../services/sessionBrief.js';
import type { PairViewDto, SessionSummaryDto } from './schemas.js';

export function sessionSummary(session: SessionRecord): SessionSummaryDto {
  return sessionBrief(session);
}

export function pairView(
  pair: Pair,
  myRole: PairRole,
  sessions: readonly SessionRecord[],
  now: Date,
  ratedSessionIds: ReadonlySet<string> = new Set(),
): PairViewDto {
  const { next, last } = nextAndLast(sessions, now);
  return {
    id: pair.id,
    myRole,
    status: pair.status,
    manager: pair.manager,
    member: pair.member,
    nextSession: next === null ? null : sessionSummary(next),
    lastSession: last === null ? null : sessionSummary(last),
    rateLastSession: myRole === 'member' && last !== null && !ratedSessionIds.has(last.id),
  };
}
