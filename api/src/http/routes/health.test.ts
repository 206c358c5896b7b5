import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../data/database.js';
import { knownMigrationNames } from '../../data/migrator.js';
import { seedDemoTenant } from '../../dev/seedDemoTenant.js';
import { buildServer } from '../../server.js';
import { bearer, devToken, MEMBER } from '../../testing/demoPeople.js';
import { openTestDatabase, whileHoldingSchemaChangeLock } from '../../testing/testDatabase.js';

let database: DatabaseHandle;
let app: FastifyInstance;

// One database for the file; each test undoes its damage, and the schema is dropped last.
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  app = await buildServer({
    config: loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }),
    database,
    jobs: { autoStart: false },
  });
});

afterAll(async () => {
  await app.close();
});

describe('/readyz', () => {
  it('is ready when every migration is applied and the core tables answer', async () => {
    const response = await app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 naming a migration this build knows but the database has not applied', async () => {
    const known = await knownMigrationNames();
    const last = known.at(-1) ?? '';
    await sql`delete from ${sql.table(`${database.schema}.kysely_migration`)} where name = ${last}`.execute(
      database.db,
    );
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().detail).toBe(`1 of this build's migrations are not applied: ${last}`);
    await sql`insert into ${sql.table(`${database.schema}.kysely_migration`)} (name, timestamp) values (${last}, ${new Date().toISOString()})`.execute(
      database.db,
    );
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('stays ready when a newer instance has applied a migration this build does not know yet', async () => {
    await sql`insert into ${sql.table(`${database.schema}.kysely_migration`)} (name, timestamp) values ('9999_from_the_future', ${new Date().toISOString()})`.execute(
      database.db,
    );
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    await sql`delete from ${sql.table(`${database.schema}.kysely_migration`)} where name = '9999_from_the_future'`.execute(
      database.db,
    );
  });

  it('answers 503 when a core table is gone', async () => {
    await whileHoldingSchemaChangeLock('exclusive', () => sql`drop table memos cascade`.execute(database.db));
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().detail).toMatch(/a core table cannot be read: .*memos/);
  });

  // Last: it takes the whole schema away.
  it('answers 503 when the schema is missing, and so does the API instead of 500', async () => {
    const token = await devToken(app, MEMBER.id);
    await whileHoldingSchemaChangeLock('exclusive', async () => {
      await sql.raw(`drop schema ${database.schema} cascade`).execute(database.db);
      await sql.raw(`create schema ${database.schema}`).execute(database.db);
    });
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.json().detail).toContain('the database schema is missing');
    const api = await app.inject({ url: '/api/v1/pairs', headers: bearer(token) });
    expect(api.statusCode).toBe(503);
    expect(api.json().type).toBe('urn:taiwa:problem:unavailable');
    expect(api.headers['retry-after']).toBeDefined();
  });
});
