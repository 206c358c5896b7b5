import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../data/database.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { DEMO_TENANT_ID } from './demoTenant.js';
import { seedDemoHistory } from './seedDemoHistory.js';
import { seedDemoTenant } from './seedDemoTenant.js';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date('2026-11-25T00:00:00Z'));
});
afterAll(async () => {
  await database.close();
});

async function counts() {
  const result = await sql<{ items: number; memos: number; ratings: number; fits: number }>`
    select (select count(*)::int from agenda_items where tenant_id = ${DEMO_TENANT_ID}) as items,
           (select count(*)::int from memos where tenant_id = ${DEMO_TENANT_ID}) as memos,
           (select count(*)::int from ratings where tenant_id = ${DEMO_TENANT_ID}) as ratings,
           (select count(*)::int from rating_item_fits where tenant_id = ${DEMO_TENANT_ID}) as fits`.execute(
    database.db,
  );
  return result.rows[0];
}

describe('the demo history', () => {
  it('gives every past demo 1on1 an agenda, a memo and a rating, once', async () => {
    await seedDemoHistory(database.db);
    expect(await counts()).toEqual({ items: 12, memos: 9, ratings: 9, fits: 12 });
    await seedDemoHistory(database.db);
    expect(await counts()).toEqual({ items: 12, memos: 9, ratings: 9, fits: 12 });
  });

  it('rates only 1on1s that have ended', async () => {
    const open = await sql<{ n: number }>`
      select count(*)::int as n from ratings r join sessions s on s.tenant_id = r.tenant_id and s.id = r.session_id
      where s.status <> 'ended'`.execute(database.db);
    expect(open.rows[0]?.n).toBe(0);
  });
});
