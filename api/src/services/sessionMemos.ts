import { randomUUID } from 'node:crypto';
import type { TenantData } from '../data/tenantData.js';
import { assertVersion } from '../domain/agenda.js';
import { notFound } from '../domain/errors.js';
import {
  assertMayChangeMemo,
  assertMayCreateMemo,
  assertRepeatedCreation,
  isMemoVisibleTo,
  type Memo,
  type MemoKind,
  memoEventAudience,
  nextTopicsAlreadyExists,
  validateMemoBody,
} from '../domain/memo.js';
import type { Pair } from '../domain/pair.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { memoView } from './memoView.js';
import { loadParticipantSession } from './participantSession.js';
import { changeSession } from './sessionChanges.js';

type MemoView = ReturnType<typeof memoView>;

/**
 * The memo its author changes or deletes, at the version they saw; one they may not see is not
 * found, one of somebody else's refused.
 */
async function memoToChange(
  trx: TenantData,
  sessionId: string,
  actorId: string,
  target: { memoId: string; version: number },
): Promise<{ memo: Memo; pair: Pair }> {
  const { session, pair } = await loadParticipantSession(trx, sessionId, actorId);
  const memo = await trx.memos.findById(target.memoId);
  if (memo === null || memo.sessionId !== session.id || !isMemoVisibleTo(memo, actorId))
    throw notFound('memo');
  assertMayChangeMemo(memo, actorId);
  assertVersion(memoView(memo, pair), target.version);
  return { memo, pair };
}

/**
 * One of the pair writes a memo (shared, the manager's private one, or the next-topics memo). Sending
 * the same creation again (same id) answers the memo already there, `repeated`.
 */
export async function writeMemo(
  data: TenantData,
  notifier: SessionChangeNotifier,
  sessionId: string,
  actorId: string,
  input: { kind: MemoKind; body: string; id?: string },
): Promise<{ memo: MemoView; repeated: boolean }> {
  return changeSession(data, notifier, sessionId, async (trx, record) => {
    const { session, pair, role } = await loadParticipantSession(trx, sessionId, actorId);
    assertMayCreateMemo(input.kind, role);
    const body = validateMemoBody(input.kind, input.body);
    const wanted = { sessionId: session.id, authorId: actorId, kind: input.kind };
    const repeatOf = async (id: string) => {
      const stored = await trx.memos.findById(id);
      if (stored === null) return null;
      assertRepeatedCreation(stored, wanted);
      return { memo: memoView(stored, pair), repeated: true };
    };
    if (input.id !== undefined) {
      const repeat = await repeatOf(input.id);
      if (repeat !== null) return repeat;
    }
    if (input.kind === 'next_topics') {
      const existing = await trx.memos.findNextTopics(session.id);
      const current = existing === null ? null : await trx.memos.findById(existing.id);
      if (current !== null) nextTopicsAlreadyExists(memoView(current, pair));
    }
    const id = input.id ?? randomUUID();
    const memo = await trx.memos.create({ id, ...wanted, body });
    if (memo === null) {
      // The same creation arrived twice at once and the other one stored it.
      const repeat = await repeatOf(id);
      if (repeat !== null) return repeat;
      throw new Error('a memo id collided but no memo has it');
    }
    const presented = memoView(memo, pair);
    await record('memo.changed', { change: 'added', memo: presented, ...memoEventAudience(memo) });
    return { memo: presented, repeated: false };
  });
}

/** The author changes their memo at the version they saw; others' private memos do not exist for them. */
export async function changeMemo(
  data: TenantData,
  notifier: SessionChangeNotifier,
  sessionId: string,
  actorId: string,
  change: { memoId: string; version: number; body: string },
): Promise<MemoView> {
  return changeSession(data, notifier, sessionId, async (trx, record) => {
    const { memo, pair } = await memoToChange(trx, sessionId, actorId, change);
    const updated = await trx.memos.updateBody(
      memo.id,
      change.version,
      validateMemoBody(memo.kind, change.body),
    );
    if (updated === null) throw notFound('memo');
    const presented = memoView(updated, pair);
    await record('memo.changed', { change: 'updated', memo: presented, ...memoEventAudience(updated) });
    return presented;
  });
}

/** The author deletes their memo at the version they saw. */
export async function deleteMemo(
  data: TenantData,
  notifier: SessionChangeNotifier,
  sessionId: string,
  actorId: string,
  target: { memoId: string; version: number },
): Promise<void> {
  await changeSession(data, notifier, sessionId, async (trx, record) => {
    const { memo } = await memoToChange(trx, sessionId, actorId, target);
    if (!(await trx.memos.delete(memo.id, target.version))) throw notFound('memo');
    await record('memo.deleted', { memoId: memo.id, kind: memo.kind, ...memoEventAudience(memo) });
  });
}
