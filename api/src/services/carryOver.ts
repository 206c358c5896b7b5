import { randomUUID } from 'node:crypto';
import type { TenantData } from '../data/tenantData.js';
import { nextPosition } from '../domain/agenda.js';
import { planCarryOver } from '../domain/carryOver.js';

export type CarryOverOutcome =
  | { status: 'carried'; targetSessionId: string; added: number }
  | { status: 'no_next_session' };

/**
 * Moves what an ended 1on1 left open into the pair's next one. Safe to run any number of times
 * (on meeting end, on "end 1on1", when the next session is booked): it only adds what is missing.
 * Call inside a transaction.
 */
export async function carryOver(data: TenantData, endedSessionId: string): Promise<CarryOverOutcome> {
  const ended = await data.sessions.findById(endedSessionId);
  if (ended === null || ended.status !== 'ended') return { status: 'no_next_session' };
  const targetId =
    ended.nextSessionId ?? (await data.sessions.findNextPlanned(ended.pairId, ended.scheduledStart))?.id;
  if (targetId === undefined) return { status: 'no_next_session' };
  const pair = await data.pairs.findById(ended.pairId);
  if (pair === null) return { status: 'no_next_session' };

  const [items, targetItems, nextTopics] = await Promise.all([
    data.agenda.listForSession(ended.id),
    data.agenda.listForSession(targetId),
    data.memos.findNextTopics(ended.id),
  ]);
  const drafts = planCarryOver({ items, nextTopics, memberId: pair.member.id }, { items: targetItems });
  // Carried items follow what each person already put on the next agenda, in their original order.
  const following = {
    member: nextPosition(targetItems, 'member'),
    manager: nextPosition(targetItems, 'manager'),
  };
  const positioned = drafts.map((draft) => ({
    ...draft,
    id: randomUUID(),
    position: following[draft.authorRole]++,
  }));
  const added = await data.agenda.insertCarried(targetId, positioned);
  await data.agenda.markCarriedOver(
    drafts.flatMap((draft) => (draft.carriedFromItemId === null ? [] : [draft.carriedFromItemId])),
  );
  return { status: 'carried', targetSessionId: targetId, added };
}
