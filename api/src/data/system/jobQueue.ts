import { sql } from 'kysely';
import type { Db } from '../database.js';

/*
 * Deliberately cross-tenant: the job table is one queue for the whole installation, and a worker
 * claims whatever is due whichever tenant it belongs to. Each claimed job carries its tenant, and the
 * job itself then runs on that tenant's data only (`forTenant`). Enqueueing is tenant-scoped
 * (TenantData.jobs).
 */

export interface ClaimedJob {
  tenantId: string;
  id: string;
  kind: string;
  idempotencyKey: string;
  payload: unknown;
  /** Including this one. */
  attempts: number;
  maxAttempts: number;
}

export interface JobStore {
  /** Leases up to `limit` due jobs, including ones whose previous worker died holding them. */
  claimDue(workerId: string, limit: number, leaseMs: number, now: Date): Promise<ClaimedJob[]>;
  complete(job: ClaimedJob, workerId: string, now: Date): Promise<void>;
  /** Back to pending; `giveBackAttempt` when the attempt was never really made (a rate-limit wait). */
  retry(
    job: ClaimedJob,
    workerId: string,
    runAt: Date,
    now: Date,
    options: { error: string | null; giveBackAttempt: boolean },
  ): Promise<void>;
  bury(job: ClaimedJob, workerId: string, error: string, now: Date): Promise<void>;
}

interface ClaimedRow {
  tenant_id: string;
  id: string;
  kind: string;
  idempotency_key: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/**
 * The job table as a queue shared by every worker of every instance. Claims use FOR UPDATE SKIP
 * LOCKED so two workers never lease the same job; every later write names the lease holder, so a
 * worker that lost its lease (it stalled past it and another took over) changes nothing.
 */
export function createJobStore(db: Db): JobStore {
  return {
    async claimDue(workerId, limit, leaseMs, now) {
      const leaseUntil = new Date(now.getTime() + leaseMs);
      const result = await sql<ClaimedRow>`
        update jobs set
          state = 'running',
          locked_by = ${workerId},
          locked_until = ${leaseUntil},
          attempts = attempts + 1,
          updated_at = ${now}
        where (tenant_id, id) in (
          select tenant_id, id from jobs
          where (state = 'pending' and run_at <= ${now})
             or (state = 'running' and locked_until < ${now})
          order by run_at
          limit ${limit}
          for update skip locked
        )
        returning tenant_id, id, kind, idempotency_key, payload, attempts, max_attempts`.execute(db);
      return result.rows.map((row) => ({
        tenantId: row.tenant_id,
        id: row.id,
        kind: row.kind,
        idempotencyKey: row.idempotency_key,
        payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
        attempts: row.attempts,
        maxAttempts: row.max_attempts,
      }));
    },

    async complete(job, workerId, now) {
      await db
        .updateTable('jobs')
        .set({ state: 'done', locked_by: null, locked_until: null, updated_at: now, finished_at: now })
        .where('tenant_id', '=', job.tenantId)
        .where('id', '=', job.id)
        .where('state', '=', 'running')
        .where('locked_by', '=', workerId)
        .execute();
    },

    async retry(job, workerId, runAt, now, options) {
      await db
        .updateTable('jobs')
        .set((eb) => ({
          state: 'pending',
          run_at: runAt,
          locked_by: null,
          locked_until: null,
          updated_at: now,
          ...(options.error !== null && { last_error: options.error }),
          ...(options.giveBackAttempt && { attempts: eb('attempts', '-', 1) }),
        }))
        .where('tenant_id', '=', job.tenantId)
        .where('id', '=', job.id)
        .where('state', '=', 'running')
        .where('locked_by', '=', workerId)
        .execute();
    },

    async bury(job, workerId, error, now) {
      await db
        .updateTable('jobs')
        .set({
          state: 'dead',
          last_error: error,
          locked_by: null,
          locked_until: null,
          updated_at: now,
          finished_at: now,
        })
        .where('tenant_id', '=', job.tenantId)
        .where('id', '=', job.id)
        .where('state', '=', 'running')
        .where('locked_by', '=', workerId)
        .execute();
    },
  };
}
