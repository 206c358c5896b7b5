import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface JobRequest {
  kind: string;
  /** Enqueueing a key that exists already does nothing: the job happens once. */
  idempotencyKey: string;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
}

export interface DeadJob {
  id: string;
  kind: string;
  idempotencyKey: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
}

/** A tenant's side of the job table: enqueue inside the transaction that makes a job necessary. */
export class JobRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** True when the job was added, false when its key was already there. */
  async enqueue(request: JobRequest): Promise<boolean> {
    const result = await this.db
      .insertInto('jobs')
      .values({
        tenant_id: this.tenantId,
        id: randomUUID(),
        kind: request.kind,
        idempotency_key: request.idempotencyKey,
        payload: JSON.stringify(request.payload),
        max_attempts: request.maxAttempts,
        run_at: request.runAt,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async listDead(limit: number): Promise<DeadJob[]> {
    const rows = await this.db
      .selectFrom('jobs')
      .select(['id', 'kind', 'idempotency_key', 'attempts', 'last_error', 'created_at', 'updated_at'])
      .where('tenant_id', '=', this.tenantId)
      .where('state', '=', 'dead')
      .orderBy('updated_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      idempotencyKey: row.idempotency_key,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      failedAt: row.updated_at,
    }));
  }
}
