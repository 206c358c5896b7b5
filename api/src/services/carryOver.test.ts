import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../data/database.js';
import { forTenant, type TenantData } from '../data/tenantData.js';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from '../dev/demoTenant.js';
import { seedDemoTenant } from '../dev/seedDemoTenant.js';
import { createInProcessNotifier } from '../realtime/notifier.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { carryOver } from './carryOver.js';
import { createSessionLifecycle } from './sessionLifecycle.js';

const PAIR = DEMO_PAIRS[0]?.id ?? '';
const CURRENT = 'de000000-0000-4000-8000-000000000303';
const member = DEMO_PEOPLE.kenta.id;
const manager = DEMO_PEOPLE.misaki.id;

let database: DatabaseHandle;
let data: TenantData;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date('2026-11-25T00:00:00Z'));
  data = forTenant(database.db, DEMO_TENANT_ID);
});
afterAll(async () => {
  await database.close();
});

async function addItem(id: string, authorRole: 'member' | 'manager', position: number, themeId: string) {
  await data.agenda.create({
    id,
    sessionId: CURRENT,
    authorId: authorRole === 'member' ? member : manager,
    authorRole,
    position,
    content: { themeId, themeText: null, expectedResponseId: 'listen', detail: null },
  });
}

describe('carry-over when a 1on1 ends', () => {
  it('waits for a next session, then moves open items and next topics there, once', async () => {
    const lifecycle = createSessionLifecycle(createInProcessNotifier());
    await addItem('it-m1', 'member', 0, 'career');
    await addItem('it-m2', 'member', 1, 'growth');
    await addItem('it-g1', 'manager', 0, 'direction');
    const discussed = await data.agenda.findById('it-m1');
    await data.agenda.update('it-m1', discussed?.version ?? 0, { status: 'discussed' });
    await data.memos.create({
      id: 'memo-next',
      sessionId: CURRENT,
      authorId: manager,
      kind: 'next_topics',
      body: '目標設定の振り返り\n\n来期の異動希望',
    });

    const ended = await lifecycle.end(data, CURRENT, new Date('2026-11-27T01:30:00Z'));
    expect(ended?.status).toBe('ended');
    expect(await lifecycle.end(data, CURRENT, new Date())).toBeNull();
    expect(await carryOver(data, CURRENT)).toEqual({ status: 'no_next_session' });

    const next = await data.sessions.create('next-1', PAIR, {
      scheduledStart: new Date('2026-12-11T01:00:00Z'),
      scheduledEnd: new Date('2026-12-11T01:30:00Z'),
    });
    const first = await data.transaction((trx) => carryOver(trx, CURRENT));
    expect(first).toEqual({ status: 'carried', targetSessionId: next.id, added: 4 });
    const again = await data.transaction((trx) => carryOver(trx, CURRENT));
    expect(again).toEqual({ status: 'carried', targetSessionId: next.id, added: 0 });

    const carried = await data.agenda.listForSession(next.id);
    expect(
      carried
        .sort((a, b) =>
          a.authorRole === b.authorRole ? a.position - b.position : a.authorRole === 'member' ? -1 : 1,
        )
        .map((item) => [
          item.authorRole,
          item.themeId,
          item.themeText,
          item.carriedFromItemId ?? item.carriedFromMemoId,
        ]),
    ).toEqual([
      ['member', 'growth', null, 'it-m2'],
      // The manager started the next-topics memo: each line is an item on the manager's side.
      ['manager', 'direction', null, 'it-g1'],
      ['manager', 'other', '目標設定の振り返り', 'memo-next'],
      ['manager', 'other', '来期の異動希望', 'memo-next'],
    ]);
    const originals = await data.agenda.listForSession(CURRENT);
    expect(Object.fromEntries(originals.map((item) => [item.id, item.status]))).toEqual({
      'it-m1': 'discussed',
      'it-m2': 'carried_over',
      'it-g1': 'carried_over',
    });
  });
});
