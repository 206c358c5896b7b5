import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import type { AgendaItem } from '../domain/agenda.js';
import type { Catalog } from '../domain/catalog.js';
import type { DiceRoll } from '../domain/dice.js';
import type { Memo } from '../domain/memo.js';
import type { Pair } from '../domain/pair.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';

/** Everything of one session that its participants' views are made of, private memos included. */
export interface SessionSnapshot {
  session: SessionRecord;
  pair: Pair;
  items: AgendaItem[];
  memos: Memo[];
  latestRoll: DiceRoll | null;
  rolls: number;
  catalog: Catalog;
  /** The last event before this state was read: a stream opened from it misses nothing. */
  lastEventId: string | null;
}

interface Entry {
  snapshot: SessionSnapshot;
  /** Spread over the last fifth of the time to live, so snapshots read together do not expire together. */
  expiresAt: number;
  catalogVersion: number;
  unsubscribe: () => void;
}

export interface SessionSnapshotOptions {
  /** The longest a snapshot is trusted without hearing of a change (a notice lost with a connection). */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * The session view is read on every open of the side panel, by both people, many times a meeting;
 * it changes only through the session's event log. Snapshots are kept until the notifier says the
 * log grew (at once in this process, through LISTEN/NOTIFY from others), or until they are a few
 * seconds old, whichever comes first. Reads are therefore one lookup instead of eight queries.
 */
export class SessionSnapshots {
  readonly #entries = new Map<string, Entry>();
  /** One read per session at a time: everyone who misses together waits for the same load. */
  readonly #loading = new Map<string, Promise<SessionSnapshot | null>>();
  readonly #catalogVersions = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(
    private readonly notifier: SessionChangeNotifier,
    options: SessionSnapshotOptions = {},
  ) {
    this.#ttlMs = options.ttlMs ?? 30_000;
    this.#maxEntries = options.maxEntries ?? 5_000;
    this.#now = options.now ?? Date.now;
  }

  /** Labels live in the catalog: after an admin edits it, this process's snapshots of that tenant are redone. */
  catalogChanged(tenantId: string): void {
    this.#catalogVersions.set(tenantId, (this.#catalogVersions.get(tenantId) ?? 0) + 1);
  }

  async get(data: TenantData, sessionId: string): Promise<SessionSnapshot | null> {
    const key = `${data.tenantId}/${sessionId}`;
    const catalogVersion = this.#catalogVersions.get(data.tenantId) ?? 0;
    const cached = this.#entries.get(key);
    if (cached !== undefined) {
      if (this.#now() < cached.expiresAt && cached.catalogVersion === catalogVersion) {
        return cached.snapshot;
      }
      this.#forget(key);
    }

    const pending = this.#loading.get(key);
    if (pending !== undefined) return pending;
    const loading = this.#load(data, sessionId, key, catalogVersion);
    this.#loading.set(key, loading);
    const done = () => {
      if (this.#loading.get(key) === loading) this.#loading.delete(key);
    };
    loading.then(done, done);
    return loading;
  }

  async #load(
    data: TenantData,
    sessionId: string,
    key: string,
    catalogVersion: number,
  ): Promise<SessionSnapshot | null> {
    // Listen before reading, so a change that lands during the read marks this load as stale.
    let stale = false;
    const unsubscribe = this.notifier.subscribe(data.tenantId, sessionId, () => {
      stale = true;
      this.#forget(key);
      // Whoever asks after a change must not be handed a read that began before it.
      this.#loading.delete(key);
    });
    let snapshot: SessionSnapshot | null;
    try {
      snapshot = await load(data, sessionId);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    if (snapshot === null || stale || this.#entries.has(key)) {
      unsubscribe();
      return snapshot;
    }
    if (this.#entries.size >= this.#maxEntries) this.#forget(this.#entries.keys().next().value as string);
    const lifetime = this.#ttlMs * (0.8 + 0.2 * Math.random());
    this.#entries.set(key, { snapshot, expiresAt: this.#now() + lifetime, catalogVersion, unsubscribe });
    return snapshot;
  }

  clear(): void {
    for (const key of [...this.#entries.keys()]) this.#forget(key);
  }

  #forget(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    entry.unsubscribe();
  }
}

async function load(data: TenantData, sessionId: string): Promise<SessionSnapshot | null> {
  const session = await data.sessions.findById(sessionId);
  if (session === null) return null;
  // Read before the state: an event after this id is then replayed, never lost between the two.
  const lastEventId = await data.events.latestId(session.id);
  const [pair, items, memos, latestRoll, rolls, catalog] = await Promise.all([
    data.pairs.findById(session.pairId),
    data.agenda.listForSession(session.id),
    data.memos.listAllForSession(session.id),
    data.dice.latest(session.id),
    data.dice.count(session.id),
    data.catalog.load(),
  ]);
  if (pair === null) return null;
  return { session, pair, items, memos, latestRoll, rolls, catalog, lastEventId };
}
