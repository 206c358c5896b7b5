/**
 * The manager's private hint after a 1on1: how the talk in an item's part went against the response
 * the member asked for. Only the manager sees it; it is a mirror, not a grade, so it speaks only
 * when the talk clearly went the other way and there was enough talk to say anything.
 */

export type TalkFitKind = 'spokeTooMuch' | 'spokeTooLittle' | 'fits';

export interface TalkFitHint {
  kind: TalkFitKind;
  expectedResponseId: string;
  /** The manager's share of the attributed talk in the item's part, 0–1. */
  managerShare: number;
}

/** Under half a minute of attributed talk says nothing about how a conversation went. */
export const MIN_TALK_MS_FOR_HINT = 30_000;

/**
 * Per expected response (the built-in catalog codes), the manager's share that stops fitting.
 * Asked to listen or to take in a report, a manager who spoke more than half did not listen; asked
 * to think together, more than 70 % is a lecture; asked for advice, an opinion or a decision, less
 * than 20 % is silence. A tenant's own responses have no rule, hence no hint.
 */
const RULES: Readonly<Record<string, { atMost?: number; atLeast?: number }>> = {
  listen: { atMost: 0.5 },
  report: { atMost: 0.5 },
  think_together: { atMost: 0.7 },
  advice: { atLeast: 0.2 },
  opinion: { atLeast: 0.2 },
  decision: { atLeast: 0.2 },
};

export function talkFitHint(
  expectedResponseId: string | null,
  managerShare: number,
  attributedMs: number,
): TalkFitHint | null {
  if (expectedResponseId === null || attributedMs < MIN_TALK_MS_FOR_HINT) return null;
  const rule = RULES[expectedResponseId];
  if (rule === undefined) return null;
  const kind: TalkFitKind =
    rule.atMost !== undefined && managerShare > rule.atMost
      ? 'spokeTooMuch'
      : rule.atLeast !== undefined && managerShare < rule.atLeast
        ? 'spokeTooLittle'
        : 'fits';
  return { kind, expectedResponseId, managerShare };
}
