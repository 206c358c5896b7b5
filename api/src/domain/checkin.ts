import { conflict, forbidden, invalid } from './errors.js';
import type { PairRole } from './pair.js';
import { ANSWER_MAX, ANSWER_MIN, STATEMENT_COUNT, type StageResult, scoreStage } from './stage.js';

/** A relationship check-in: the member's answers to the 16 statements, and the stage they give. */
export interface Checkin {
  id: string;
  pairId: string;
  memberId: string;
  answers: number[];
  stage: number;
  sharedWithManager: boolean;
  answeredAt: Date;
}

/** Only the member answers: the check-in is about how they experience their manager. */
export function assertMayCheckIn(role: PairRole): void {
  if (role !== 'member') throw forbidden('only the member of the pair answers the relationship check-in');
}

export function validateAnswers(answers: readonly number[]): number[] {
  if (answers.length !== STATEMENT_COUNT) {
    throw invalid('answers', `must hold exactly ${STATEMENT_COUNT} answers, one per statement`);
  }
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < ANSWER_MIN || answer > ANSWER_MAX) {
      throw invalid(`answers.${index}`, `must be a whole number from ${ANSWER_MIN} to ${ANSWER_MAX}`);
    }
  });
  return [...answers];
}

/**
 * A pair checks in at most once a month: the next check-in opens on the same day of the next
 * calendar month (UTC), or that month's last day when it is shorter (31 Jan → 28/29 Feb).
 */
export function nextCheckinAllowedAt(lastAnsweredAt: Date): Date {
  const next = new Date(lastAnsweredAt.getTime());
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));
  return next;
}

export function assertCheckinDue(last: Pick<Checkin, 'answeredAt'> | null, now: Date): void {
  if (last === null) return;
  const allowedAt = nextCheckinAllowedAt(last.answeredAt);
  if (now < allowedAt) {
    throw conflict('the pair already checked in within the last month', {
      lastAnsweredAt: last.answeredAt.toISOString(),
      nextAllowedAt: allowedAt.toISOString(),
    });
  }
}

export function scoreCheckin(answers: readonly number[]): StageResult {
  return scoreStage(validateAnswers(answers));
}

/**
 * What each person may see of a check-in. The member sees everything. The manager sees a check-in's
 * stage, answers and the statements they refer to only when the member chose to share it; of an
 * unshared one they see only that it exists and when it was answered — never its stage, because the
 * stage is computed from the answers and would give them away (and so would a trend built on it).
 */
export function checkinContentVisibleTo(
  checkin: Pick<Checkin, 'sharedWithManager'>,
  role: PairRole,
): boolean {
  return role === 'member' || checkin.sharedWithManager;
}

export type StageTrend = 'up' | 'down' | 'steady' | 'unknown';

/** Compares the two latest check-ins (newest first in `stages`). */
export function stageTrend(stagesNewestFirst: readonly number[]): StageTrend {
  const [latest, previous] = stagesNewestFirst;
  if (latest === undefined || previous === undefined) return 'unknown';
  if (latest > previous) return 'up';
  if (latest < previous) return 'down';
  return 'steady';
}
