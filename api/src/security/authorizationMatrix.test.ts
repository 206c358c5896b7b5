import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { DatabaseHandle } from '../data/database.js';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from '../dev/demoTenant.js';
import { seedDemoTenant } from '../dev/seedDemoTenant.js';
import { buildServer } from '../server.js';
import { type FakeEntra, startFakeEntra, TENANT_B } from '../testing/fakeEntra.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { documentedOperations, fillPath, type Operation } from './openApiOperations.js';
import { arbitraryFor } from './schemaArbitrary.js';

/**
 * Who may call what, for every operation in the OpenAPI document. A route missing from ACCESS
 * fails the test, so a new route cannot ship without saying who it is for.
 *
 *  - public:        anyone, signed in or not
 *  - signedIn:      anyone signed in, about their own data
 *  - participant:   the two people of the pair (ownership rules may still answer 403); anyone
 *                   else, even an admin or someone of another tenant, gets 404
 *  - pairManager:   the pair's manager; everyone else 404
 *  - pairMember:    the pair's member; the manager 403 or 404, everyone else 404
 *  - pairOrAdmin:   the two people of the pair or an admin of its tenant; everyone else 404
 *  - admin:         admins of the tenant; everyone else 403
 *  - botFramework:  authenticated by the Bot Connector's own tokens (tested in the bot suites)
 */
type Access =
  | 'public'
  | 'signedIn'
  | 'participant'
  | 'pairManager'
  | 'pairMember'
  | 'pairOrAdmin'
  | 'admin'
  | 'botFramework';

const ACCESS: Record<string, Access> = {
  'POST /api/messages': 'botFramework',
  'GET /api/v1/client-config': 'public',
  'GET /api/v1/me': 'signedIn',
  'GET /api/v1/catalog': 'signedIn',
  'GET /api/v1/admin/catalog': 'admin',
  'PUT /api/v1/admin/catalog': 'admin',
  'GET /api/v1/pairs': 'signedIn',
  'POST /api/v1/pairs': 'signedIn',
  'POST /api/v1/pairs/{pairId}/confirm': 'pairMember',
  'POST /api/v1/pairs/{pairId}/end': 'pairOrAdmin',
  'GET /api/v1/pairs/{pairId}/sessions': 'participant',
  'POST /api/v1/pairs/{pairId}/sessions': 'participant',
  'GET /api/v1/pairs/{pairId}/cadence': 'participant',
  'PUT /api/v1/pairs/{pairId}/cadence': 'participant',
  'DELETE /api/v1/pairs/{pairId}/cadence': 'participant',
  'GET /api/v1/sessions/{sessionId}': 'participant',
  'POST /api/v1/sessions/{sessionId}/agenda': 'participant',
  'PATCH /api/v1/sessions/{sessionId}/agenda/{itemId}': 'participant',
  'DELETE /api/v1/sessions/{sessionId}/agenda/{itemId}': 'participant',
  'POST /api/v1/sessions/{sessionId}/memos': 'participant',
  'PATCH /api/v1/sessions/{sessionId}/memos/{memoId}': 'participant',
  'DELETE /api/v1/sessions/{sessionId}/memos/{memoId}': 'participant',
  'GET /api/v1/sessions/{sessionId}/item-notes': 'participant',
  'GET /api/v1/sessions/{sessionId}/carried-notes': 'participant',
  'PUT /api/v1/sessions/{sessionId}/agenda/{itemId}/notes/shared': 'participant',
  // The manager's private note: the member is a participant answered 403, everyone else 404.
  'PUT /api/v1/sessions/{sessionId}/agenda/{itemId}/notes/private': 'participant',
  'GET /api/v1/sessions/{sessionId}/action-items': 'participant',
  'POST /api/v1/sessions/{sessionId}/action-items': 'participant',
  'PATCH /api/v1/sessions/{sessionId}/action-items/{actionItemId}': 'participant',
  'DELETE /api/v1/sessions/{sessionId}/action-items/{actionItemId}': 'participant',
  'POST /api/v1/sessions/{sessionId}/dice': 'participant',
  'GET /api/v1/sessions/{sessionId}/events': 'participant',
  'POST /api/v1/sessions/{sessionId}/status': 'participant',
  'GET /api/v1/meetings/resolve': 'signedIn',
  'POST /api/v1/meetings/link': 'signedIn',
  'GET /api/v1/sessions/{sessionId}/next/proposals': 'participant',
  'POST /api/v1/sessions/{sessionId}/next': 'participant',
  'GET /api/v1/sessions/{sessionId}/calendar.ics': 'participant',
  'GET /api/v1/sessions/{sessionId}/transcript': 'participant',
  'PATCH /api/v1/sessions/{sessionId}/transcript': 'participant',
  'PUT /api/v1/sessions/{sessionId}/transcript': 'participant',
  'GET /api/v1/admin/settings': 'admin',
  'PUT /api/v1/admin/settings': 'admin',
  'GET /api/v1/pairs/{pairId}/history': 'participant',
  'GET /api/v1/insights/me': 'signedIn',
  'GET /api/v1/pairs/{pairId}/insights': 'pairManager',
  'GET /api/v1/pairs/{pairId}/checkins': 'participant',
  'POST /api/v1/pairs/{pairId}/checkins': 'pairMember',
  'GET /api/v1/admin/analytics': 'admin',
  'GET /api/v1/people': 'signedIn',
  'GET /api/v1/sessions/{sessionId}/rating': 'pairMember',
  'POST /api/v1/sessions/{sessionId}/rating': 'pairMember',
  'GET /api/v1/admin/jobs/dead': 'admin',
  'GET /api/v1/sessions/{sessionId}/summary': 'participant',
  // The manager's private fit hint: the member, like everyone else, is answered 404.
  'GET /api/v1/sessions/{sessionId}/summary/fit': 'pairManager',
  'POST /api/v1/sessions/{sessionId}/summary/draft': 'participant',
  'PUT /api/v1/sessions/{sessionId}/summary': 'participant',
  'DELETE /api/v1/sessions/{sessionId}/summary': 'participant',
  'PUT /api/v1/pairs/{pairId}/summary-consent': 'participant',
  'GET /api/v1/admin/summary-settings': 'admin',
  'PUT /api/v1/admin/summary-settings': 'admin',
};

type Caller =
  | 'member'
  | 'manager'
  | 'sameTenantOther'
  | 'otherTenant'
  | 'otherTenantAdmin'
  | 'admin'
  | 'anonymous';
const CALLERS: Caller[] = [
  'member',
  'manager',
  'sameTenantOther',
  'otherTenant',
  'otherTenantAdmin',
  'admin',
  'anonymous',
];
// What must never appear in an answer to someone of another tenant.
const DEMO_MARKERS = [
  DEMO_TENANT_ID,
  DEMO_PEOPLE.kenta.id,
  DEMO_PEOPLE.kenta.displayName,
  DEMO_PEOPLE.misaki.displayName,
];

const PAIR = DEMO_PAIRS[0]?.id ?? '';
const SESSION = 'de000000-0000-4000-8000-000000000303';
const QUERY: Record<string, string> = {
  '/api/v1/meetings/resolve': '?chatId=19%3Ameeting_matrix%40thread.v2',
  '/api/v1/people': '?q=a',
};

let entra: FakeEntra;
let database: DatabaseHandle;
let app: FastifyInstance;
let baseUrl: string;
let operations: Operation[];
const tokens = {} as Record<Exclude<Caller, 'anonymous'>, string>;
const ids: Record<string, string> = { sessionId: SESSION, pairId: PAIR };

beforeAll(async () => {
  entra = await startFakeEntra();
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  app = await buildServer({
    config: loadConfig({ ...entra.env('*'), DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }),
    database,
    writeRateLimit: { burst: 1_000_000, perSecond: 1_000_000 },
    readRateLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const demo = (person: (typeof DEMO_PEOPLE)[keyof typeof DEMO_PEOPLE], roles: string[] = []) =>
    entra.mint({ tenantId: DEMO_TENANT_ID, userId: person.id, name: person.displayName, roles });
  tokens.member = await demo(DEMO_PEOPLE.kenta);
  tokens.manager = await demo(DEMO_PEOPLE.misaki);
  tokens.sameTenantOther = await demo(DEMO_PEOPLE.hanako);
  tokens.admin = await demo(DEMO_PEOPLE.sho, ['Taiwa.Admin']);
  tokens.otherTenant = await entra.mint({
    tenantId: TENANT_B,
    userId: '00000000-0000-4000-8000-00000000b0b0',
  });
  tokens.otherTenantAdmin = await entra.mint({
    tenantId: TENANT_B,
    userId: '00000000-0000-4000-8000-00000000b0ad',
    roles: ['Taiwa.Admin'],
  });
  operations = await documentedOperations(app);
});

/**
 * A fresh session with an item and a memo for every call, so one caller's successful DELETE (or
 * "end 1on1") does not decide the next caller's answer.
 */
let fixtures = 0;
async function freshFixtures(): Promise<void> {
  // One caller's successful "end pair" must not decide the next caller's answer either.
  await database.db
    .updateTable('pairs')
    .set({ status: 'established', ended_at: null, ended_by: null })
    .where('id', '=', PAIR)
    .execute();
  const call = (path: string, body: object) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.member}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  // Each fixture's 1on1 gets its own hour: a pair's 1on1s may not overlap.
  fixtures += 1;
  const start = new Date(Date.now() + 7 * 86_400_000 + fixtures * 3_600_000);
  const session = await call(`/api/v1/pairs/${PAIR}/sessions`, {
    scheduledStart: start.toISOString(),
    scheduledEnd: new Date(start.getTime() + 1_800_000).toISOString(),
  });
  ids.sessionId = ((await session.json()) as { id: string }).id;
  // The admin's calls may have replaced the catalog: use whatever it offers now.
  const catalog = (await (
    await fetch(`${baseUrl}/api/v1/catalog`, { headers: { authorization: `Bearer ${tokens.member}` } })
  ).json()) as Record<'themes' | 'expectedResponses', Array<{ id: string; retired: boolean }>>;
  const active = (entries: Array<{ id: string; retired: boolean }>) =>
    entries.find((entry) => !entry.retired)?.id;
  const item = await call(`/api/v1/sessions/${ids.sessionId}/agenda`, {
    themeId: active(catalog.themes.filter((theme) => theme.id !== 'other')) ?? 'other',
    themeText: 'matrix',
    expectedResponseId: active(catalog.expectedResponses),
  });
  if (item.status !== 201) throw new Error(`fixture item: ${item.status} ${await item.text()}`);
  ids.itemId = ((await item.json()) as { id: string }).id;
  const memo = await call(`/api/v1/sessions/${ids.sessionId}/memos`, { kind: 'shared', body: 'matrix' });
  ids.memoId = ((await memo.json()) as { id: string }).id;
  const action = await call(`/api/v1/sessions/${ids.sessionId}/action-items`, {
    text: 'matrix',
    ownerRole: 'member',
  });
  if (action.status !== 201) throw new Error(`fixture action item: ${action.status} ${await action.text()}`);
  ids.actionItemId = ((await action.json()) as { id: string }).id;
}

afterAll(async () => {
  await app?.close();
  await entra?.close();
});

/** A body that satisfies the operation's schema, so validation cannot answer before authorisation does. */
function sampleBody(operation: Operation): string | undefined {
  if (!operation.hasJsonBody) return undefined;
  const candidates = fc
    .sample(arbitraryFor(operation.bodySchema ?? {}), { numRuns: 50, seed: 7 })
    .map((body) => JSON.stringify(body));
  return candidates.find((body) => !body.includes('\\u0000') && body !== '{}') ?? candidates[0];
}

async function answerFor(operation: Operation, caller: Caller): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { 'if-match': '"1"', accept: 'application/json' };
  if (caller !== 'anonymous') headers.authorization = `Bearer ${tokens[caller]}`;
  const body = sampleBody(operation);
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (operation.path.endsWith('/transcript') && operation.method === 'PUT')
    headers['content-type'] = 'text/vtt';
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}${fillPath(operation.path, ids)}${QUERY[operation.path] ?? ''}`, {
    method: operation.method,
    headers,
    ...(operation.method === 'PUT' && operation.path.endsWith('/transcript')
      ? { body: 'WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>hi\n' }
      : body === undefined
        ? {}
        : { body }),
    signal: controller.signal,
  });
  // The event stream never ends by itself: its status is all this test needs.
  const text = operation.path.endsWith('/events') ? '' : await response.text();
  controller.abort();
  return { status: response.status, body: text };
}

function expectation(access: Access, caller: Caller, status: number, body: string): string | null {
  if (
    (caller === 'otherTenant' || caller === 'otherTenantAdmin') &&
    DEMO_MARKERS.some((marker) => body.includes(marker))
  ) {
    return 'another tenant’s data leaked';
  }
  if (caller === 'otherTenantAdmin') {
    // An admin of tenant B is an outsider to tenant A's pairs, and an admin of their own tenant.
    if (access === 'admin' || access === 'signedIn')
      return [401, 403].includes(status) ? 'refused in their own tenant' : null;
    return expectation(access, 'otherTenant', status, body);
  }
  if (access === 'public')
    return status < 400 || (status !== 401 && status !== 403 && status !== 404)
      ? null
      : 'public route refused';
  if (caller === 'anonymous') return status === 401 ? null : 'anonymous callers must get 401';
  switch (access) {
    case 'signedIn':
      // 403 may still come from a rule about the request (pairing two other people, say).
      return status === 401 ? 'a signed-in caller was refused' : null;
    case 'admin':
      if (caller === 'admin') return [401, 403, 404].includes(status) ? 'the admin was refused' : null;
      return status === 403 ? null : 'non-admins must get 403';
    case 'participant':
      if (caller === 'member' || caller === 'manager')
        return status === 401 || status === 404 ? 'a participant could not reach it' : null;
      return status === 404 ? null : 'people outside the pair must get 404';
    case 'pairManager':
      if (caller === 'manager')
        return status === 401 || status === 403 || status === 404 ? 'the manager was refused' : null;
      return status === 404 ? null : 'everyone but the manager must get 404';
    case 'pairOrAdmin':
      if (caller === 'member' || caller === 'manager' || caller === 'admin')
        return status === 401 || status === 403 || status === 404
          ? 'the pair or the admin was refused'
          : null;
      return status === 404 ? null : 'everyone else must get 404';
    case 'pairMember':
      if (caller === 'member')
        return status === 401 || status === 403 || status === 404 ? 'the member was refused' : null;
      if (caller === 'manager')
        return status === 403 || status === 404 ? null : 'the manager must be refused';
      return status === 404 ? null : 'people outside the pair must get 404';
    default:
      return null;
  }
}

describe('authorization matrix', () => {
  it('classifies every documented operation', () => {
    const unclassified = operations
      .map((op) => `${op.method} ${op.path}`)
      .filter((key) => !(key in ACCESS) && !key.includes('/dev/'));
    expect(unclassified).toEqual([]);
  });

  it('gives each caller exactly the access its class allows', async () => {
    const violations: string[] = [];
    for (const operation of operations) {
      const access = ACCESS[`${operation.method} ${operation.path}`];
      if (access === undefined || access === 'botFramework') continue;
      for (const caller of CALLERS) {
        await freshFixtures();
        const { status, body } = await answerFor(operation, caller);
        const problem = expectation(access, caller, status, body);
        if (problem !== null)
          violations.push(`${operation.method} ${operation.path} as ${caller} → ${status}: ${problem}`);
      }
    }
    expect(violations).toEqual([]);
    // Every operation for seven callers, each with fresh fixtures: minutes on a busy machine.
  }, 240_000);
});
