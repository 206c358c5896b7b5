import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../data/database.js';
import { forTenant } from '../../data/tenantData.js';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from '../../dev/demoTenant.js';
import { type FakeConnector, startFakeConnector } from '../../testing/fakeConnector.js';
import { personalChatId, personalInstall, type TeamsUser } from '../../testing/teamsActivities.js';
import { buildDemoAppWithoutJobs, listenOnLoopback } from '../../testing/testServer.js';
import { PLAYGROUND_MEETING_CHAT } from './dev.js';

/** `npm run playground`'s demo step: end a demo pair's 1on1 and the member's rating card arrives. */

const kenta: TeamsUser = { aadObjectId: DEMO_PEOPLE.kenta.id, name: DEMO_PEOPLE.kenta.displayName };
let connector: FakeConnector;
let database: DatabaseHandle;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  ({ app, database } = await buildDemoAppWithoutJobs());
  url = await listenOnLoopback(app);
});

afterAll(async () => {
  await app.close();
  await connector.close();
});

describe('POST /api/v1/dev/demo/end-1on1', () => {
  it("ends the demo pair's 1on1 in the playground's meeting chat and delivers the rating card to the member", async () => {
    // The playground's personal chat with Taiwa, as installing the app (or saying "help") creates it.
    const installed = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalInstall(connector.serviceUrl, DEMO_TENANT_ID, kenta)),
    });
    expect(installed.status).toBe(200);

    const response = await fetch(`${url}/api/v1/dev/demo/end-1on1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    const ended = (await response.json()) as { sessionId: string; pairId: string; memberId: string };
    expect(ended).toMatchObject({ pairId: DEMO_PAIRS[0]?.id, memberId: DEMO_PEOPLE.kenta.id });
    const session = await forTenant(database.db, DEMO_TENANT_ID).sessions.findById(ended.sessionId);
    expect(session).toMatchObject({ status: 'ended', teamsChatId: PLAYGROUND_MEETING_CHAT });
    // The seeded 1on1 days ahead is not the one a meeting now would hold: it stays planned.
    expect(
      (await forTenant(database.db, DEMO_TENANT_ID).sessions.findById('de000000-0000-4000-8000-000000000303'))
        ?.status,
    ).toBe('planned');

    await app.jobs.runner.drain();
    const cards = connector.delivered.filter(
      (request) =>
        request.conversationId === personalChatId(kenta) && Array.isArray(request.activity.attachments),
    );
    expect(JSON.stringify(cards.at(-1)?.activity)).toContain('すっきり度');
  });

  it('knows only the demo pairs', async () => {
    const response = await fetch(`${url}/api/v1/dev/demo/end-1on1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pairId: '00000000-0000-4000-8000-000000000999' }),
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
