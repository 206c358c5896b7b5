import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../api/src/config.js';
import { forTenant, type TenantData } from '../../api/src/data/tenantData.js';
import { buildServer } from '../../api/src/server.js';
import { type FakeEntra, startFakeEntra, TENANT_A } from '../../api/src/testing/fakeEntra.js';
import { analyzeTables, openTestDatabase } from '../../api/src/testing/testDatabase.js';

export interface BenchTaiwa {
  app: FastifyInstance;
  url: string;
  entra: FakeEntra;
  data: TenantData;
  /**
   * Gathers planner statistics, as autovacuum does within a minute or so on a real database; a
   * benchmark that starts measuring right after filling fresh tables would otherwise time plans
   * chosen blind.
   */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

export interface BenchPair {
  sessionId: string;
  memberToken: string;
  managerToken: string;
}

/**
 * Taiwa as production runs it, for the benchmarks: PostgreSQL (DATABASE_URL, the local test database
 * by default, in a schema of its own), Entra-shaped tokens checked against a loopback JWKS, with
 * the per-person rate limits lifted (a load test is the runaway client they exist for), listening
 * on loopback.
 */
export async function startBenchTaiwa(): Promise<BenchTaiwa> {
  process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
  const entra = await startFakeEntra();
  const database = await openTestDatabase();
  const config = loadConfig({
    ...entra.env(TENANT_A),
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  const unlimited = { burst: 1_000_000, perSecond: 1_000_000 };
  const app = await buildServer({ config, database, writeRateLimit: unlimited, readRateLimit: unlimited });
  await app.listen({ port: 0, host: '127.0.0.1' });
  await database.db.insertInto('tenants').values({ id: TENANT_A }).execute();
  return {
    app,
    url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
    entra,
    data: forTenant(database.db, TENANT_A),
    async analyze() {
      await analyzeTables(database);
    },
    async close() {
      await app.close();
      await entra.close();
    },
  };
}

/** A manager and a member with a 1on1 starting at `start`, prepared by the member with `items` items. */
export async function createBenchPair(
  taiwa: BenchTaiwa,
  index: number,
  start: Date,
  items: number,
): Promise<BenchPair> {
  const manager = randomUUID();
  const member = randomUUID();
  for (const [id, name] of [
    [manager, `Manager ${index}`],
    [member, `Member ${index}`],
  ] as const) {
    await taiwa.data.users.upsert({
      id,
      displayName: name,
      email: `${id}@example.com`,
      locale: 'ja',
      isAdmin: false,
    });
  }
  const pairId = randomUUID();
  await taiwa.data.pairs.create(pairId, manager, member);
  const session = await taiwa.data.sessions.create(randomUUID(), pairId, {
    scheduledStart: start,
    scheduledEnd: new Date(start.getTime() + 1_800_000),
  });
  for (let position = 0; position < items; position++) {
    await taiwa.data.agenda.create({
      id: randomUUID(),
      sessionId: session.id,
      authorId: member,
      authorRole: 'member',
      position,
      content: {
        themeId: 'career',
        themeText: null,
        expectedResponseId: 'listen',
        detail: '来期の希望について相談したい',
      },
    });
  }
  return {
    sessionId: session.id,
    memberToken: await taiwa.entra.mint({ tenantId: TENANT_A, userId: member, name: `Member ${index}` }),
    managerToken: await taiwa.entra.mint({ tenantId: TENANT_A, userId: manager, name: `Manager ${index}` }),
  };
}
