import type { Kysely } from 'kysely';
import type { DiceRoll } from '../../domain/dice.js';
import type { Database } from '../schema.js';

export class DiceRollRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async latest(sessionId: string): Promise<DiceRoll | null> {
    const row = await this.db
      .selectFrom('dice_rolls')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined
      ? null
      : { seq: row.seq, faceId: row.face_id, rolledBy: row.rolled_by, rolledAt: row.rolled_at };
  }

  async count(sessionId: string): Promise<number> {
    const row = await this.db
      .selectFrom('dice_rolls')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listForSession(sessionId: string): Promise<DiceRoll[]> {
    const rows = await this.db
      .selectFrom('dice_rolls')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => ({
      seq: row.seq,
      faceId: row.face_id,
      rolledBy: row.rolled_by,
      rolledAt: row.rolled_at,
    }));
  }

  /** Call inside the session's change transaction: the seq was chosen under its lock, so it is free. */
  async append(sessionId: string, roll: Omit<DiceRoll, 'rolledAt'>, at: Date): Promise<DiceRoll> {
    const row = await this.db
      .insertInto('dice_rolls')
      .values({
        tenant_id: this.tenantId,
        session_id: sessionId,
        seq: roll.seq,
        face_id: roll.faceId,
        rolled_by: roll.rolledBy,
        rolled_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { seq: row.seq, faceId: row.face_id, rolledBy: row.rolled_by, rolledAt: row.rolled_at };
  }
}
