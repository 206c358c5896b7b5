import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../data/database.js';
import { buildServer } from '../../server.js';
import { type FakeEntra, startFakeEntra, TENANT_A } from '../../testing/fakeEntra.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

/**
 * The differencing attack on the admin analytics: the organisation's figures minus the shown units'
 * must never give back a unit hidden for being small. Sales (6 people) and Support (5) are shown on
 * their own; the team of one member under "秘密 マネージャー" is hidden, so Support must be hidden
 * with it, everywhere (JSON, every month, CSV), and the team is listed without its manager's name.
 */

const ADMIN = '00000000-0000-4000-8000-00000000d001';
const SECRET_MANAGER = '00000000-0000-4000-8000-00000000d002';
const SECRET_NAME = '秘密 マネージャー';
const MONTHS = ['2026-01', '2026-02', '2026-03'];
const SOLO_CLARITY = 0;
const SOLO_STAGE = 2;

let entra: FakeEntra;
let app: FastifyInstance;
let database: DatabaseHandle;
const clock = new Date('2026-03-20T03:00:00Z');

async function asAdmin() {
  const token = await entra.mint({
    tenantId: TENANT_A,
    userId: ADMIN,
    name: '山本 翔',
    roles: ['Taiwa.Admin'],
  });
  return { authorization: `Bearer ${token}` };
}

let seq = 0;
async function member(department: string | null, managerId: string, clarity: number, stage: number) {
  seq += 1;
  const memberId = `member-${seq}`;
  const pairId = `pair-${seq}`;
  const db = database.db;
  await db
    .insertInto('users')
    .values({
      tenant_id: TENANT_A,
      id: memberId,
      display_name: `Member ${seq}`,
      department,
      is_admin: false,
      email: null,
      locale: null,
    })
    .execute();
  await db
    .insertInto('pairs')
    .values({
      tenant_id: TENANT_A,
      id: pairId,
      manager_id: managerId,
      member_id: memberId,
      created_at: new Date('2025-12-01T00:00:00Z'),
    })
    .execute();
  for (const month of MONTHS) {
    const id = `${pairId}-${month}`;
    const start = new Date(`${month}-10T01:00:00Z`);
    const end = new Date(start.getTime() + 30 * 60_000);
    await db
      .insertInto('sessions')
      .values({
        tenant_id: TENANT_A,
        id,
        pair_id: pairId,
        scheduled_start: start,
        scheduled_end: end,
        status: 'ended',
        started_at: start,
        ended_at: end,
      })
      .execute();
    await db
      .insertInto('ratings')
      .values({
        tenant_id: TENANT_A,
        session_id: id,
        member_id: memberId,
        manager_id: managerId,
        clarity,
        share_impressions: false,
      })
      .execute();
    await db
      .insertInto('checkins')
      .values({
        tenant_id: TENANT_A,
        id: `${id}-checkin`,
        pair_id: pairId,
        member_id: memberId,
        answers: JSON.stringify(Array.from({ length: 16 }, () => 3)),
        stage,
        shared_with_manager: false,
        answered_at: new Date(start.getTime() + 60 * 60_000),
      })
      .execute();
  }
}

beforeAll(async () => {
  entra = await startFakeEntra();
  database = await openTestDatabase();
  const config = loadConfig({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', ...entra.env() });
  app = await buildServer({ config, database, now: () => clock });
  expect((await app.inject({ url: '/api/v1/me', headers: await asAdmin() })).statusCode).toBe(200);
  await database.db
    .insertInto('users')
    .values(
      ['mgr-sales', 'mgr-support', SECRET_MANAGER].map((id) => ({
        tenant_id: TENANT_A,
        id,
        display_name: id === SECRET_MANAGER ? SECRET_NAME : id,
        department: null,
        is_admin: false,
        email: null,
        locale: null,
      })),
    )
    .execute();
  for (let i = 0; i < 6; i++) await member('Sales', 'mgr-sales', 4, 6);
  for (let i = 0; i < 5; i++) await member('Support', 'mgr-support', 3, 5);
  await member(null, SECRET_MANAGER, SOLO_CLARITY, SOLO_STAGE);
});

afterAll(async () => {
  await app.close();
  await entra.close();
});

interface Row {
  period: string;
  people: number | null;
  suppressed: boolean;
  dueSessions: number | null;
  averageClarity: { value: number | null };
  stageDistribution: { counts: number[]; suppressed: boolean } | null;
}
interface Unit {
  unit: { key: string; name: string; label: { ja: string; en: string } };
  total: Row;
  months: Row[];
}

const rowOf = (unit: Unit, period: string) =>
  period === 'total' ? unit.total : unit.months.find((row) => row.period === period);

describe('GET /admin/analytics cannot be differenced', () => {
  it('hides the next-smallest unit with a unit of one, in the window total and every month', async () => {
    const headers = await asAdmin();
    const body = (await app.inject({ url: '/api/v1/admin/analytics', headers })).json();
    const units: Unit[] = [];
    for (const { unit } of body.units as Unit[]) {
      const one = (
        await app.inject({ url: `/api/v1/admin/analytics?unit=${encodeURIComponent(unit.key)}`, headers })
      ).json();
      units.push(one.units.find((u: Unit) => u.unit.key === unit.key));
    }
    expect(units).toHaveLength(3);
    for (const period of ['total', ...MONTHS]) {
      const tenant = rowOf(body.tenant, period) as Row;
      expect(tenant.suppressed).toBe(false);
      const shown = units.map((unit) => rowOf(unit, period) as Row).filter((row) => !row.suppressed);
      // Only Sales is shown: what is left over is Support and the team of one pooled, never the one alone.
      expect(shown).toHaveLength(1);
      const leftDue = (tenant.dueSessions ?? 0) - shown.reduce((sum, row) => sum + (row.dueSessions ?? 0), 0);
      const perMonth = period === 'total' ? MONTHS.length : 1;
      expect(leftDue).toBe(6 * perMonth);
      expect(leftDue).not.toBe(perMonth);
      const leftPeople = (tenant.people ?? 0) - shown.reduce((sum, row) => sum + (row.people ?? 0), 0);
      expect(leftPeople).toBe(6);
      const leftStages = (tenant.stageDistribution?.counts ?? []).map(
        (count, stage) =>
          count - shown.reduce((sum, row) => sum + (row.stageDistribution?.counts[stage] ?? 0), 0),
      );
      expect(leftStages[SOLO_STAGE]).toBe(period === 'total' ? 1 : 1);
      expect(leftStages.reduce((a, b) => a + b, 0)).toBe(6);
      // The pooled すっきり度 of the hidden units is over 6 people, not the lone member's score.
      const tenantSum = (tenant.averageClarity.value ?? 0) * 12;
      const shownSum = shown.reduce((sum, row) => sum + (row.averageClarity.value ?? 0) * 6, 0);
      expect(Math.round(((tenantSum - shownSum) / 6) * 100) / 100).not.toBe(SOLO_CLARITY);
    }
    const text = JSON.stringify(body);
    expect(text).not.toContain(SECRET_NAME);
    expect(text).not.toContain(SECRET_MANAGER);
    expect(text).not.toContain('Support');
    const hidden = body.units.filter((u: Unit) => u.total.suppressed).map((u: Unit) => u.unit);
    expect(hidden).toEqual([
      {
        key: 'suppressed:department:1',
        kind: 'department',
        name: '',
        label: { ja: '非表示の部署 1', en: 'Suppressed department 1' },
      },
      {
        key: 'suppressed:team:1',
        kind: 'team',
        name: '',
        label: { ja: '非表示のチーム 1', en: 'Suppressed team 1' },
      },
    ]);
  });

  it('keeps the same pattern in the CSV export', async () => {
    const response = await app.inject({
      url: '/api/v1/admin/analytics?format=csv',
      headers: { ...(await asAdmin()), 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    const csv = response.body;
    expect(csv).not.toContain(SECRET_NAME);
    expect(csv).not.toContain('Support');
    const rows = csv
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '')
      .slice(1)
      .map((line) => line.split(','));
    for (const period of ['Whole window', ...MONTHS]) {
      const inPeriod = rows.filter((row) => row[2] === period);
      const [organisation, ...units] = inPeriod;
      expect(organisation?.[0]).toBe('Organisation');
      const shown = units.filter((row) => !row[4]?.startsWith('suppressed'));
      const leftDue = Number(organisation?.[4]) - shown.reduce((sum, row) => sum + Number(row[4]), 0);
      const perMonth = period === 'Whole window' ? MONTHS.length : 1;
      expect(leftDue).toBe(6 * perMonth);
      expect(units.filter((row) => row[4]?.startsWith('suppressed'))).toHaveLength(2);
    }
  });
});
