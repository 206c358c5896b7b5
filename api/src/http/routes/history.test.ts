import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../data/database.js';
import { forTenant } from '../../data/tenantData.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from '../../dev/demoTenant.js';
import { seedDemoTenant } from '../../dev/seedDemoTenant.js';
import { TEXT_LIMITS } from '../../domain/textLimits.js';
import { buildServer } from '../../server.js';
import { type DemoName, demoHeaders } from '../../testing/demoTokens.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

const PAIR = 'de000000-0000-4000-8000-000000000201';
const OLD = 'de000000-0000-4000-8000-000000000300';
const RECENT = 'de000000-0000-4000-8000-000000000302';

let app: FastifyInstance;
let database: DatabaseHandle;
const headers = {} as Record<DemoName, Record<string, string>>;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  app = await buildServer({ config: loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }), database });
  for (const who of ['kenta', 'misaki', 'emily'] as const) headers[who] = await demoHeaders(app, who);

  // History is written by earlier 1on1s; put some in place directly.
  const data = forTenant(database.db, DEMO_TENANT_ID);
  const item = (
    id: string,
    sessionId: string,
    themeId: string,
    themeText: string | null,
    detail: string | null,
  ) =>
    data.agenda.create({
      id,
      sessionId,
      authorId: DEMO_PEOPLE.kenta.id,
      authorRole: 'member',
      position: 0,
      content: { themeId, themeText, expectedResponseId: 'advice', detail },
    });
  await item('h1', OLD, 'growth', null, 'TypeScriptの型を深く学びたい');
  await item('h2', RECENT, 'other', 'チームの朝会', null);
  await data.memos.create({
    id: 'hm1',
    sessionId: RECENT,
    authorId: DEMO_PEOPLE.misaki.id,
    kind: 'shared',
    body: 'Ｑ３の目標を一緒に見直す',
  });
  await data.memos.create({
    id: 'hm2',
    sessionId: RECENT,
    authorId: DEMO_PEOPLE.misaki.id,
    kind: 'private',
    body: '本人は少し疲れ気味',
  });
  await database.db
    .insertInto('ratings')
    .values({
      tenant_id: DEMO_TENANT_ID,
      session_id: RECENT,
      member_id: DEMO_PEOPLE.kenta.id,
      manager_id: DEMO_PEOPLE.misaki.id,
      clarity: 4,
      impressions: '話せてすっきりした',
      share_impressions: false,
    })
    .execute();
});
afterAll(async () => {
  await app.close();
});

async function history(who: DemoName, q?: string) {
  const url = `/api/v1/pairs/${PAIR}/history${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`;
  return app.inject({ url, headers: headers[who] });
}

describe('history', () => {
  it('lists every past 1on1 newest first, with agenda, memos and rating state', async () => {
    const response = await history('kenta');
    expect(response.statusCode).toBe(200);
    const sessions = response.json().sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions[0]).toMatchObject({
      id: RECENT,
      agenda: [{ theme: { text: 'チームの朝会' } }],
      memos: [{ kind: 'shared', body: 'Ｑ３の目標を一緒に見直す' }],
      rating: { state: 'rated', clarity: 4, impressions: '話せてすっきりした', impressionsShared: false },
    });
    expect(sessions[2]).toMatchObject({ id: OLD, rating: { state: 'not_rated' } });
  });

  it("shows the manager their private memo but not the member's score or unshared impressions", async () => {
    const recent = (await history('misaki')).json().sessions[0];
    expect(recent.memos.map((memo: { kind: string }) => memo.kind).sort()).toEqual(['private', 'shared']);
    expect(recent.rating).toEqual({
      state: 'rated',
      clarity: null,
      impressions: null,
      impressionsShared: false,
    });
  });

  it('never shows the member the manager’s private memo', async () => {
    expect(JSON.stringify((await history('kenta')).json())).not.toContain('疲れ気味');
  });

  it('searches agenda, memos and catalog labels in either language and width', async () => {
    expect((await history('kenta', 'typescript')).json().sessions.map((s: { id: string }) => s.id)).toEqual([
      OLD,
    ]);
    expect((await history('kenta', 'q3 目標')).json().sessions.map((s: { id: string }) => s.id)).toEqual([
      RECENT,
    ]);
    expect((await history('kenta', 'Skills')).json().sessions.map((s: { id: string }) => s.id)).toEqual([
      OLD,
    ]);
    expect((await history('kenta', '存在しない話題')).json().sessions).toEqual([]);
  });

  it('searches for up to the shared limit of characters, counted in code points, and names the field past it', async () => {
    // The tab's search box stops at the same limit (tab/src/api/limits.ts).
    const longest = '😀'.repeat(TEXT_LIMITS.historySearch);
    const fits = await history('kenta', longest);
    expect(fits.statusCode).toBe(200);
    expect(fits.json().sessions).toEqual([]);
    const tooLong = await history('kenta', `${longest}a`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.headers['content-type']).toContain('application/problem+json');
    expect(tooLong.json().errors[0].field).toBe('query.q');
  });

  it('is the pair’s own', async () => {
    expect((await history('emily')).statusCode).toBe(404);
  });
});
