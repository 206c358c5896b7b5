import type { Db } from '../data/database.js';
import type { TenantData } from '../data/tenantData.js';
import type { Logger } from '../logging.js';

export interface JobContext {
  tenantId: string;
  /** The job's tenant's data. */
  data: TenantData;
  /** Across tenants, for infrastructure such as send slots. */
  db: Db;
  /** 1 on the first try. */
  attempt: number;
  idempotencyKey: string;
  now: () => Date;
  log: Logger;
}

/**
 * One kind of durable work. Each kind lives in its own file under jobs/kinds and is registered in
 * the job system; `run` must tolerate being run again after a crash (the runner guarantees at
 * least once, the kind makes it harmless).
 */
export interface JobKind<Payload = unknown> {
  name: string;
  maxAttempts: number;
  /** Checks the stored payload; throw to dead-letter a payload that can never run. */
  parse(payload: unknown): Payload;
  run(payload: Payload, context: JobContext): Promise<void>;
}

export class JobRegistry {
  readonly #kinds = new Map<string, JobKind>();

  register<P>(kind: JobKind<P>): this {
    if (this.#kinds.has(kind.name)) throw new Error(`job kind "${kind.name}" is registered twice`);
    this.#kinds.set(kind.name, kind as JobKind);
    return this;
  }

  get(name: string): JobKind | undefined {
    return this.#kinds.get(name);
  }

  names(): string[] {
    return [...this.#kinds.keys()];
  }
}

/** Reads one string field of a stored payload. */
export function payloadString(payload: unknown, key: string): string {
  const value =
    typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string' || value === '') throw new Error(`job payload lacks "${key}"`);
  return value;
}

/** The payload of a card to one of a session's pair: which 1on1, and which of the two it is for. */
export interface SessionRecipientPayload {
  sessionId: string;
  recipientId: string;
}

export function sessionRecipientPayload(payload: unknown): SessionRecipientPayload {
  return {
    sessionId: payloadString(payload, 'sessionId'),
    recipientId: payloadString(payload, 'recipientId'),
  };
}
