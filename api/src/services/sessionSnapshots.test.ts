import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../data/database.js';
import { forTenant, type TenantData } from '../data/tenantData.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from '../dev/demoTenant.js';
import { seedDemoTenant } from '../dev/seedDemoTenant.js';
import { createInProcessNotifier } from '../realtime/notifier.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { SessionSnapshots } from './sessionSnapshots.js';

const SESSION = 'de000000-0000-4000-8000-000000000303';
let database: DatabaseHandle;
let data: TenantData;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  data = forTenant(database.db, DEMO_TENANT_ID);
});
afterAll(async () => {
  await database.close();
});

const memo = (id: string, body: string) =>
  data.memos.create({ id, sessionId: SESSION, authorId: DEMO_PEOPLE.kenta.id, kind: 'shared', body });

describe('session snapshots', () => {
  it('serve from memory until the session changes, then read again', async () => {
    const notifier = createInProcessNotifier();
    const snapshots = new SessionSnapshots(notifier);
    await memo('snap-1', 'first');
    expect((await snapshots.get(data, SESSION))?.memos.map((m) => m.body)).toEqual(['first']);

    await memo('snap-2', 'written without telling anyone');
    expect((await snapshots.get(data, SESSION))?.memos).toHaveLength(1);

    notifier.sessionChanged(DEMO_TENANT_ID, SESSION);
    expect((await snapshots.get(data, SESSION))?.memos).toHaveLength(2);
  });

  it('share one read between callers who miss together, but not with callers after a change', async () => {
    const notifier = createInProcessNotifier();
    const snapshots = new SessionSnapshots(notifier);
    let reads = 0;
    const counting = {
      ...data,
      catalog: {
        load: async () => {
          reads++;
          return data.catalog.load();
        },
      },
    } as TenantData;
    const [first, second] = await Promise.all([
      snapshots.get(counting, SESSION),
      snapshots.get(counting, SESSION),
    ]);
    expect(first).toBe(second);
    expect(reads).toBe(1);

    notifier.sessionChanged(DEMO_TENANT_ID, SESSION);
    const before = snapshots.get(counting, SESSION);
    notifier.sessionChanged(DEMO_TENANT_ID, SESSION);
    const after = snapshots.get(counting, SESSION);
    expect(await after).not.toBe(await before);
    expect(reads).toBe(3);
  });

  it('do not keep a read that raced a change', async () => {
    const notifier = createInProcessNotifier();
    const snapshots = new SessionSnapshots(notifier);
    // The change notice arrives while the snapshot is being read.
    const racing = {
      ...data,
      catalog: {
        load: async () => {
          notifier.sessionChanged(DEMO_TENANT_ID, SESSION);
          return data.catalog.load();
        },
      },
    } as TenantData;
    await snapshots.get(racing, SESSION);
    await memo('snap-3', 'after the race');
    expect((await snapshots.get(data, SESSION))?.memos.map((m) => m.id)).toContain('snap-3');
  });

  it('expire after their time to live, even if a notice was lost', async () => {
    const clock = { now: 0 };
    const snapshots = new SessionSnapshots(createInProcessNotifier(), { ttlMs: 1000, now: () => clock.now });
    await snapshots.get(data, SESSION);
    await memo('snap-4', 'lost notice');
    clock.now = 799;
    expect((await snapshots.get(data, SESSION))?.memos.map((m) => m.id)).not.toContain('snap-4');
    clock.now = 1000;
    expect((await snapshots.get(data, SESSION))?.memos.map((m) => m.id)).toContain('snap-4');
  });

  it('are redone after the tenant’s catalog changed', async () => {
    const snapshots = new SessionSnapshots(createInProcessNotifier());
    const first = await snapshots.get(data, SESSION);
    expect(await snapshots.get(data, SESSION)).toBe(first);
    snapshots.catalogChanged(DEMO_TENANT_ID);
    expect(await snapshots.get(data, SESSION)).not.toBe(first);
  });

  it('know no session that does not exist', async () => {
    expect(await new SessionSnapshots(createInProcessNotifier()).get(data, 'nope')).toBeNull();
  });
});
