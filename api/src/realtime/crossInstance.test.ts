import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../data/database.js';
import { buildServer } from '../server.js';
import { type FakeEntra, startFakeEntra, TENANT_A } from '../testing/fakeEntra.js';
import { readJson } from '../testing/json.js';
import { startServerProcess } from '../testing/serverProcess.js';
import { openSse, type SseConnection } from '../testing/sseClient.js';
import { openTestDatabase } from '../testing/testDatabase.js';

const BUILT_SERVER = path.resolve(import.meta.dirname, '../../dist/main.js');

const databaseUrl = process.env.DATABASE_URL?.trim() || null;
const MANAGER = '00000000-0000-4000-8000-00000000c001';
const MEMBER = '00000000-0000-4000-8000-00000000c002';

// LISTEN/NOTIFY connects server processes through a PostgreSQL server. PGlite is one database
// inside one process, so there is no second instance to reach: this suite needs DATABASE_URL.
describe.skipIf(databaseUrl === null)(
  'two server instances on one PostgreSQL (skipped on PGlite: needs DATABASE_URL)',
  () => {
    let entra: FakeEntra;
    let first: DatabaseHandle;
    let second: DatabaseHandle;
    const servers: Array<{ app: FastifyInstance; url: string }> = [];
    const streams: SseConnection[] = [];
    let sessionId: string;

    async function token(userId: string) {
      return entra.mint({ tenantId: TENANT_A, userId, name: userId === MANAGER ? 'Manager' : 'Member' });
    }
    async function call(server: number, userId: string, method: string, path: string, body?: unknown) {
      const response = await fetch(`${servers[server]?.url}/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await token(userId)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return readJson(response);
    }
    async function listen(server: number, userId: string) {
      const view = await call(server, userId, 'GET', `/sessions/${sessionId}`);
      const stream = await openSse(
        `${servers[server]?.url}/api/v1/sessions/${sessionId}/events`,
        await token(userId),
        view.lastEventId,
      );
      streams.push(stream);
      return stream;
    }
    const memoWith = (body: string) => (e: { event: string; data: unknown }) =>
      e.event === 'memo.changed' && (e.data as { memo: { body: string } }).memo.body === body;

    beforeAll(async () => {
      entra = await startFakeEntra();
      first = await openTestDatabase();
      second = await openDatabase({ databaseUrl, dataDir: 'memory://', schema: first.schema });
      const config = loadConfig({
        PORT: '0',
        DATA_DIR: 'memory://',
        LOG_LEVEL: 'silent',
        DATABASE_URL: databaseUrl ?? '',
        ...entra.env(),
      });
      for (const database of [first, second]) {
        const app = await buildServer({ config, database });
        await app.listen({ port: 0, host: '127.0.0.1' });
        const address = app.server.address();
        if (address === null || typeof address === 'string') throw new Error('not listening');
        servers.push({ app, url: `http://127.0.0.1:${address.port}` });
      }
      await call(0, MEMBER, 'GET', '/me');
      await call(0, MANAGER, 'GET', '/me');
      // The member names their manager: a pair that needs no one's confirmation.
      const pair = await call(0, MEMBER, 'POST', '/pairs', { managerId: MANAGER, memberId: MEMBER });
      sessionId = (await call(1, MEMBER, 'GET', `/meetings/resolve?pairId=${pair.id}`)).session.id;
    });

    afterAll(async () => {
      for (const stream of streams) stream.close();
      // The second server's database handle shares the first one's schema, which the first drops on close.
      for (const server of [...servers].reverse()) await server.app.close();
      await entra.close();
    });

    it("delivers each instance's changes to streams held by the other, within a second", async () => {
      const onSecond = await listen(1, MEMBER);
      const onFirst = await listen(0, MANAGER);
      await call(0, MANAGER, 'POST', `/sessions/${sessionId}/memos`, {
        kind: 'shared',
        body: 'written on instance one',
      });
      await onSecond.waitFor(memoWith('written on instance one'), 1_000);
      await call(1, MEMBER, 'POST', `/sessions/${sessionId}/memos`, {
        kind: 'shared',
        body: 'written on instance two',
      });
      await onFirst.waitFor(memoWith('written on instance two'), 1_000);
    });

    it('delivers between separate server processes, as instances behind a load balancer run', async (context) => {
      if (!existsSync(BUILT_SERVER)) context.skip();
      // The built server (`npm start`'s) in its own OS process, on the same schema of the same database.
      const child = await startServerProcess(
        {
          ...entra.env(),
          DATABASE_URL: `${databaseUrl}${databaseUrl?.includes('?') ? '&' : '?'}options=-c%20search_path%3D${first.schema}`,
        },
        39_000 + Math.floor(Math.random() * 900),
      );
      try {
        const viewed = await call(0, MEMBER, 'GET', `/sessions/${sessionId}`);
        const onChild = await openSse(
          `${child.url}/api/v1/sessions/${sessionId}/events`,
          await token(MEMBER),
          viewed.lastEventId,
        );
        streams.push(onChild);
        await call(0, MANAGER, 'POST', `/sessions/${sessionId}/memos`, {
          kind: 'shared',
          body: 'from this process',
        });
        await onChild.waitFor(memoWith('from this process'), 1_000);

        const onHere = await listen(0, MANAGER);
        const response = await fetch(`${child.url}/api/v1/sessions/${sessionId}/memos`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await token(MEMBER)}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'shared', body: 'from the other process' }),
        });
        expect(response.status).toBe(201);
        await onHere.waitFor(memoWith('from the other process'), 1_000);
      } finally {
        await child.stop();
      }
    });

    it('keeps delivering after the listening connections are cut', async () => {
      const onSecond = await listen(1, MEMBER);
      const cut = await sql<{ n: number }>`
      select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
      where query = ${`listen taiwa_events_${first.schema}`} and pid <> pg_backend_pid()`.execute(first.db);
      expect(cut.rows[0]?.n).toBeGreaterThanOrEqual(2);
      await call(0, MANAGER, 'POST', `/sessions/${sessionId}/memos`, {
        kind: 'shared',
        body: 'written during the outage',
      });
      // Heartbeats are 15 s apart, so this arrives through the reconnected listener's catch-up.
      await onSecond.waitFor(memoWith('written during the outage'), 5_000);
      await call(0, MANAGER, 'POST', `/sessions/${sessionId}/memos`, {
        kind: 'shared',
        body: 'after the reconnect',
      });
      await onSecond.waitFor(memoWith('after the reconnect'), 1_000);
    });
  },
);
