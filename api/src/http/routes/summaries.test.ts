import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../../dev/demoTenant.js';
import { devSignIn } from '../../testing/demoPeople.js';
import { type FakeAzureOpenAi, startFakeAzureOpenAi } from '../../testing/fakeAzureOpenAi.js';
import { buildTestApp } from '../../testing/testServer.js';

// Misaki (manager) × Kenta (member): their upcoming 1on1 is held, its items ticked at known times,
// and a transcript is attached; then the summary is drafted, by the stand-in or from the transcript.
const NOW = new Date('2026-11-30T00:00:00Z');
const SESSION = 'de000000-0000-4000-8000-000000000303';
const PAIR = DEMO_PAIRS[0]?.id ?? '';
const SECRET_LINE = 'my sister is ill and I worry';

let stand: FakeAzureOpenAi;
let app: FastifyInstance;
let clock = NOW;
let log = '';
const itemIds: string[] = [];

const headers = devSignIn(() => app);

const vttTime = (s: number) =>
  `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
const cue = (from: number, to: number, who: string, text: string) =>
  `${vttTime(from)} --> ${vttTime(to)}\n<v ${who}>${text}</v>\n`;

async function draft(person = DEMO_PEOPLE.kenta) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${SESSION}/summary/draft`,
    headers: await headers(person, { 'accept-language': 'en' }),
  });
}

async function summaryAs(person: { id: string }) {
  return app.inject({ url: `/api/v1/sessions/${SESSION}/summary`, headers: await headers(person) });
}

async function discard(version: number) {
  return app.inject({
    method: 'DELETE',
    url: `/api/v1/sessions/${SESSION}/summary`,
    headers: await headers(DEMO_PEOPLE.misaki, { 'if-match': `"${version}"` }),
  });
}

async function allow(person: { id: string }, allowed: boolean) {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/pairs/${PAIR}/summary-consent`,
    headers: await headers(person),
    payload: { allowed },
  });
}

async function setAdminSwitch(aiEnabled: boolean) {
  return app.inject({
    method: 'PUT',
    url: '/api/v1/admin/summary-settings',
    headers: await headers(DEMO_PEOPLE.sho),
    payload: { aiEnabled },
  });
}

beforeAll(async () => {
  stand = await startFakeAzureOpenAi();
  app = await buildTestApp(
    {
      LOG_LEVEL: 'info',
      AZURE_OPENAI_ENDPOINT: stand.endpoint,
      AZURE_OPENAI_DEPLOYMENT: stand.deployment,
      AZURE_OPENAI_API_KEY: stand.apiKey,
    },
    () => clock,
    {
      logStream: new Writable({
        write(chunk, _encoding, done) {
          log += String(chunk);
          done();
        },
      }),
    },
  );
  const kenta = await headers(DEMO_PEOPLE.kenta);
  for (const body of [
    { themeId: 'career', expectedResponseId: 'listen' },
    { themeText: 'Home office days', expectedResponseId: 'listen' },
  ]) {
    const item = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${SESSION}/agenda`,
      headers: kenta,
      payload: body,
    });
    expect(item.statusCode).toBe(201);
    itemIds.push(item.json().id);
  }
  const session = (await app.inject({ url: `/api/v1/sessions/${SESSION}`, headers: kenta })).json();
  const start = new Date(session.scheduledStart).getTime();
  clock = new Date(start);
  const live = await app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${SESSION}/status`,
    headers: kenta,
    payload: { status: 'live' },
  });
  expect(live.statusCode).toBe(200);
  // Item 1 is ticked two minutes in, item 2 five minutes in.
  for (const [index, atS] of [
    [0, 120],
    [1, 300],
  ] as const) {
    clock = new Date(start + atS * 1000);
    const ticked = await app.inject({
      method: 'PATCH',
      url: `/api/v1/sessions/${SESSION}/agenda/${itemIds[index]}`,
      headers: { ...kenta, 'if-match': '"1"' },
      payload: { status: 'discussed' },
    });
    expect(ticked.statusCode).toBe(200);
  }
  clock = new Date(start + 330_000);
  await app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${SESSION}/status`,
    headers: kenta,
    payload: { status: 'ended' },
  });
  const kentaName = DEMO_PEOPLE.kenta.displayName;
  const misakiName = DEMO_PEOPLE.misaki.displayName;
  const vtt = [
    'WEBVTT\n',
    cue(0, 100, kentaName, `I would like to lead a project next term; ${SECRET_LINE}`),
    cue(100, 120, misakiName, 'I hear you, tell me more next time'),
    cue(120, 290, misakiName, 'Here is what I think you should do about the office days'),
    cue(290, 300, kentaName, 'Okay'),
  ].join('\n');
  const upload = await app.inject({
    method: 'PUT',
    url: `/api/v1/sessions/${SESSION}/transcript`,
    headers: { ...kenta, 'content-type': 'text/vtt' },
    payload: vtt,
  });
  expect(upload.statusCode).toBe(200);
});

afterAll(async () => {
  await app?.close();
  await stand?.close();
});

describe('session summary', () => {
  it('with the feature off sends nothing out and drafts from the transcript', async () => {
    const response = await draft();
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({ state: 'draft', source: 'extractive', fallback: 'not_enabled', version: 1 });
    expect(view.items[0].said).toContain('I would like to lead a project');
    expect(view.items[0].talk).toEqual({ managerShare: 0.167, memberShare: 0.833, attributedMs: 120_000 });
    expect(stand.requests).toHaveLength(0);

    // The admin turns it on, only the manager allows it: still nothing goes out.
    expect((await setAdminSwitch(true)).json()).toEqual({ aiEnabled: true, configured: true });
    expect((await allow(DEMO_PEOPLE.misaki, true)).json()).toMatchObject({
      mine: true,
      theirs: false,
      aiWillDraft: false,
    });
    expect((await discard(1)).json()).toMatchObject({ state: 'discarded', items: [] });
    const again = await draft();
    expect(again.json()).toMatchObject({ source: 'extractive', fallback: 'not_allowed' });
    expect(stand.requests).toHaveLength(0);
    expect((await discard(again.json().version)).statusCode).toBe(200);
  });

  it('shows the manager, and only the manager, how the talk fitted what was asked', async () => {
    const manager = (await summaryAs(DEMO_PEOPLE.misaki)).json();
    expect(manager.items.map((item: { fit: unknown }) => item.fit)).toEqual([]);
    // Draft again so there are items to show; the fit hint is computed from the transcript.
    const drafted = (await draft()).json();
    expect(drafted.items).toHaveLength(2);
    const managerView = (await summaryAs(DEMO_PEOPLE.misaki)).json();
    expect(managerView.items[0].fit).toEqual({
      kind: 'fits',
      expectedResponseId: 'listen',
      managerShare: 0.167,
    });
    expect(managerView.items[1].fit).toEqual({
      kind: 'spokeTooMuch',
      expectedResponseId: 'listen',
      managerShare: 0.944,
    });
    const memberView = (await summaryAs(DEMO_PEOPLE.kenta)).json();
    expect(memberView.items.map((item: { fit: unknown }) => item.fit)).toEqual([null, null]);
    expect(memberView.items[1].talk.memberShare).toBe(0.056);
    expect((await summaryAs(DEMO_PEOPLE.emily)).statusCode).toBe(404);
    expect((await discard(drafted.version)).statusCode).toBe(200);
  });

  it('gives the manager the fit hint from the transcript without any draft; the member never gets it', async () => {
    const fitAs = async (person: { id: string }) =>
      app.inject({ url: `/api/v1/sessions/${SESSION}/summary/fit`, headers: await headers(person) });
    expect((await summaryAs(DEMO_PEOPLE.misaki)).json()).toMatchObject({ state: 'discarded', items: [] });
    const response = await fitAs(DEMO_PEOPLE.misaki);
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view.transcriptAvailable).toBe(true);
    expect(view.items.map((item: { fit: unknown }) => item.fit)).toEqual([
      { kind: 'fits', expectedResponseId: 'listen', managerShare: 0.167 },
      { kind: 'spokeTooMuch', expectedResponseId: 'listen', managerShare: 0.944 },
    ]);
    expect(view.items[1]).toMatchObject({ title: { en: 'Home office days' }, talk: { memberShare: 0.056 } });
    // Asking for it drafts and stores nothing.
    expect((await summaryAs(DEMO_PEOPLE.kenta)).json()).toMatchObject({ state: 'discarded', items: [] });
    const member = await fitAs(DEMO_PEOPLE.kenta);
    expect(member.statusCode).toBe(404);
    expect(member.body).not.toContain('spokeTooMuch');
    expect((await fitAs(DEMO_PEOPLE.emily)).statusCode).toBe(404);
    expect(stand.requests).toHaveLength(0);
  });

  it('drafts with the stand-in once both allowed it, and the pair accepts it edited', async () => {
    expect((await allow(DEMO_PEOPLE.kenta, true)).json()).toMatchObject({
      mine: true,
      theirs: true,
      aiWillDraft: true,
    });
    const response = await draft();
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({ state: 'draft', source: 'azure_openai', fallback: null });
    expect(view.items[0]).toMatchObject({
      agendaItemId: itemIds[0],
      said: 'Talked about Career (2 lines).',
      decisions: 'Try the new approach for two weeks',
      actions: 'Member drafts the plan by Friday',
    });
    expect(stand.requests).toHaveLength(1);
    const [sent] = stand.requests;
    expect(sent?.path).toBe(`/openai/deployments/${stand.deployment}/chat/completions`);
    expect(sent?.apiVersion).toBe('2024-10-21');
    expect(sent?.apiKey).toBe(stand.apiKey);
    expect(sent?.body.response_format).toEqual({ type: 'json_object' });
    const user = JSON.parse(sent?.body.messages.find((m) => m.role === 'user')?.content ?? '{}');
    expect(user.items.map((item: { agendaItemId: string }) => item.agendaItemId)).toEqual(itemIds);
    expect(user.items[1].lines[0].text).toContain('office days');

    const edited = view.items.map(
      (item: { agendaItemId: string; said: string; decisions: string; actions: string }) => ({
        agendaItemId: item.agendaItemId,
        said: item.said,
        decisions: item.decisions,
        actions: item.actions,
      }),
    );
    edited[0].said = 'Kenta wants to lead a project next term.';
    const accepted = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${SESSION}/summary`,
      headers: await headers(DEMO_PEOPLE.kenta, { 'if-match': `"${view.version}"` }),
      payload: { items: edited },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'accepted', version: view.version + 1 });
    const seenByManager = (await summaryAs(DEMO_PEOPLE.misaki)).json();
    expect(seenByManager.items[0].said).toBe('Kenta wants to lead a project next term.');

    // An edit made on the version before loses nothing: the conflict carries the text now saved.
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${SESSION}/summary`,
      headers: await headers(DEMO_PEOPLE.misaki, { 'if-match': `"${view.version}"` }),
      payload: { items: edited },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.items[0].said).toBe('Kenta wants to lead a project next term.');
    // An accepted summary is not replaced by a new draft.
    expect((await draft()).statusCode).toBe(409);
    expect(stand.requests).toHaveLength(1);
  });

  // As for memos: the schema leaves room for surrounding whitespace, the rule counts the text.
  it('refuses an edit over the limit with 422, naming the field', async () => {
    const current = (await summaryAs(DEMO_PEOPLE.kenta)).json();
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${SESSION}/summary`,
      headers: await headers(DEMO_PEOPLE.kenta, { 'if-match': `"${current.version}"` }),
      payload: { items: [{ agendaItemId: itemIds[0], said: 'x'.repeat(2001), decisions: '', actions: '' }] },
    });
    expect(response.statusCode).toBe(422);
    expect(JSON.stringify(response.json())).toContain('items/0/said');
  });

  it('falls back to the transcript when the deployment fails, saying why', async () => {
    const current = (await summaryAs(DEMO_PEOPLE.kenta)).json();
    expect((await discard(current.version)).statusCode).toBe(200);
    stand.answerWith({ status: 500 });
    const failed = (await draft()).json();
    expect(failed).toMatchObject({ source: 'extractive', fallback: 'failed' });
    expect(stand.requests).toHaveLength(2);
    expect((await discard(failed.version)).statusCode).toBe(200);
    stand.answerWith(
      () => '{"items":[{"agendaItemId":"not-asked","said":"x","decisions":[],"actionItems":[]}]}',
    );
    expect((await draft()).json()).toMatchObject({ source: 'extractive', fallback: 'invalid_response' });
  });

  it('logs no transcript, summary text or key', () => {
    expect(log).toContain('summary');
    for (const secret of [SECRET_LINE, 'office days', 'Talked about', 'lead a project', stand.apiKey]) {
      expect(log).not.toContain(secret);
    }
  });
});
