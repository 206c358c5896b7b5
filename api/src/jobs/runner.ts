import { randomUUID } from 'node:crypto';
import type { Db } from '../data/database.js';
import type { ClaimedJob, JobStore } from '../data/system/jobQueue.js';
import { forTenant } from '../data/tenantData.js';
import type { Logger } from '../logging.js';
import { PermanentFailure, RetryLater, retryDelayMs, WaitForSendSlot } from './failures.js';
import type { JobRegistry } from './jobKind.js';

export interface RunnerOptions {
  db: Db;
  store: JobStore;
  registry: JobRegistry;
  log: Logger;
  now?: () => Date;
  /** How often to look for due work when nobody wakes the runner. */
  pollMs?: number;
  /** How long a claimed job is the worker's alone; longer than any one attempt takes. */
  leaseMs?: number;
  /** Jobs run at once. */
  concurrency?: number;
  random?: () => number;
}

export interface PeriodicTask {
  name: string;
  everyMs: number;
  run(now: Date): Promise<void>;
}

export interface JobRunner {
  readonly workerId: string;
  start(): void;
  /** Stops claiming; resolves when the jobs in hand are settled. */
  stop(): Promise<void>;
  /** Look for due work now (after enqueueing something that should go at once). */
  wake(): void;
  /** Work that is not a job: a pass every `everyMs` (planning reminders, fetching transcripts). */
  every(task: PeriodicTask): void;
  /** Runs claim passes until nothing is due; for tests and one-shot use. */
  drain(): Promise<number>;
}

const ERROR_TEXT_MAX = 500;

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, ERROR_TEXT_MAX);
}

/**
 * Runs due jobs from the job table. Every attempt ends in exactly one write: done, pending again
 * (with backoff, or after the rate-limit wait), or dead after its last attempt. A worker that dies
 * mid-attempt leaves the job leased; when the lease runs out another worker takes it over.
 */
export function createJobRunner(options: RunnerOptions): JobRunner {
  const workerId = `worker-${randomUUID()}`;
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 1_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrency ?? 8;
  const random = options.random ?? Math.random;
  const { store, registry, log } = options;
  const tasks: Array<PeriodicTask & { nextAt: number }> = [];

  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let loop: Promise<void> = Promise.resolve();
  let wakeRequested = false;

  async function settle(job: ClaimedJob): Promise<void> {
    const kind = registry.get(job.kind);
    if (kind === undefined) {
      await store.bury(job, workerId, `no job kind "${job.kind}" is registered`, now());
      return;
    }
    if (job.attempts > job.maxAttempts) {
      // Its workers kept dying mid-attempt: the lease ran out once too often.
      await store.bury(job, workerId, 'gave up: every attempt was interrupted', now());
      return;
    }
    try {
      const payload = kind.parse(job.payload);
      await kind.run(payload, {
        tenantId: job.tenantId,
        data: forTenant(options.db, job.tenantId),
        db: options.db,
        attempt: job.attempts,
        idempotencyKey: job.idempotencyKey,
        now,
        log,
      });
      await store.complete(job, workerId, now());
    } catch (error) {
      const at = now();
      if (error instanceof WaitForSendSlot) {
        await store.retry(job, workerId, error.until, at, { error: null, giveBackAttempt: true });
        return;
      }
      const permanent = error instanceof PermanentFailure;
      if (permanent || job.attempts >= job.maxAttempts) {
        log.warn(
          { jobId: job.id, kind: job.kind, attempts: job.attempts, reason: describe(error) },
          'job dead-lettered',
        );
        await store.bury(job, workerId, describe(error), at);
        return;
      }
      if (!(error instanceof RetryLater))
        log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
      const retryAfter = error instanceof RetryLater ? error.retryAfterMs : null;
      const runAt = new Date(at.getTime() + retryDelayMs(job.attempts, retryAfter, random));
      await store.retry(job, workerId, runAt, at, { error: describe(error), giveBackAttempt: false });
    }
  }

  async function pass(): Promise<number> {
    const jobs = await store.claimDue(workerId, concurrency, leaseMs, now());
    await Promise.all(
      jobs.map((job) =>
        settle(job).catch((error: unknown) => {
          // Settling failed (the database went away): the lease will expire and another attempt follows.
          log.error({ err: error, jobId: job.id }, 'could not record a job outcome');
        }),
      ),
    );
    return jobs.length;
  }

  async function runTasks(): Promise<void> {
    const at = now();
    for (const task of tasks) {
      if (at.getTime() < task.nextAt) continue;
      task.nextAt = at.getTime() + task.everyMs;
      await task
        .run(at)
        .catch((error: unknown) => log.error({ err: error, task: task.name }, 'periodic task failed'));
    }
  }

  async function cycle(): Promise<void> {
    try {
      await runTasks();
      // Keep going while there is work, so a burst drains at the speed the rate limits allow.
      while (running && (await pass()) > 0) {}
    } catch (error) {
      log.error({ err: error }, 'job runner pass failed');
    }
  }

  function schedule(delay: number): void {
    if (!running) return;
    timer = setTimeout(() => {
      timer = null;
      wakeRequested = false;
      loop = cycle().then(() => schedule(wakeRequested ? 0 : pollMs));
    }, delay);
    timer.unref();
  }

  return {
    workerId,
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await loop;
    },
    wake() {
      wakeRequested = true;
      if (running && timer !== null) {
        clearTimeout(timer);
        schedule(0);
      }
    },
    every(task) {
      tasks.push({ ...task, nextAt: 0 });
    },
    async drain() {
      let total = 0;
      for (let claimed = await pass(); claimed > 0; claimed = await pass()) total += claimed;
      return total;
    },
  };
}
