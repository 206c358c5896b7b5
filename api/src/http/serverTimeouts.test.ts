import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, devToken, MEMBER, PAIR_ID } from '../testing/demoPeople.js';
import { readJson } from '../testing/json.js';
import { openSse } from '../testing/sseClient.js';
import { buildTestApp, startTestServer, type TestServer } from '../testing/testServer.js';
import { SERVER_TIMEOUTS } from './serverTimeouts.js';

interface RawExchange {
  response: string;
  closedAfterMs: number | null;
}

/**
 * A real socket that sends `head` at once, then one byte of `trickle` every `everyMs`, and reports
 * what came back and when the server closed the connection (null: still open after `watchMs`).
 */
function trickle(url: string, head: string, trickleText: string, everyMs: number, watchMs: number) {
  const { hostname, port } = new URL(url);
  return new Promise<RawExchange>((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let response = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (closedAfterMs: number | null) => {
      clearInterval(timer);
      clearTimeout(watchdog);
      socket.destroy();
      resolve({ response, closedAfterMs });
    };
    const watchdog = setTimeout(() => finish(null), watchMs);
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent < trickleText.length && !socket.destroyed) socket.write(trickleText[sent++] ?? '');
      }, everyMs);
    });
    socket.on('data', (chunk) => {
      response += chunk.toString('utf8');
    });
    socket.on('error', () => {});
    socket.on('close', () => finish(Date.now() - started));
  });
}

describe('a slow client cannot hold a connection', () => {
  let server: TestServer;
  const requestMs = 800;

  beforeAll(async () => {
    server = await startTestServer(
      {},
      {
        timeouts: { headersMs: 500, requestMs, idleMs: 1_500, checkIntervalMs: 100 },
        eventStreams: { heartbeatMs: 300 },
      },
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('ends a request whose body trickles in with 408 problem+json, within the body deadline', async () => {
    const body = JSON.stringify({ type: 'message', text: 'x'.repeat(200) });
    const exchange = await trickle(
      server.url,
      `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
      body,
      50,
      5_000,
    );
    expect(exchange.closedAfterMs).not.toBeNull();
    expect(exchange.closedAfterMs).toBeLessThan(requestMs + 2_000);
    expect(exchange.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(exchange.response).toMatch(/content-type: application\/problem\+json/i);
    expect(exchange.response).toContain('"type":"urn:taiwa:problem:request-timeout"');
  });

  it('ends a request whose headers trickle in', async () => {
    const exchange = await trickle(
      server.url,
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      50,
      5_000,
    );
    expect(exchange.closedAfterMs).not.toBeNull();
    expect(exchange.closedAfterMs).toBeLessThan(requestMs + 2_000);
    expect(exchange.response).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection that sends nothing at all', async () => {
    const exchange = await trickle(server.url, '', '', 1_000, 5_000);
    expect(exchange.closedAfterMs).not.toBeNull();
  });

  it('leaves event streams open past those deadlines, and they keep delivering', async () => {
    const member = await devToken(server.app, MEMBER.id);
    const resolved = await fetch(`${server.url}/api/v1/meetings/resolve?pairId=${PAIR_ID}`, {
      headers: bearer(member),
    });
    const sessionId = (await readJson(resolved)).session.id as string;
    const stream = await openSse(`${server.url}/api/v1/sessions/${sessionId}/events`, member);
    expect(stream.status).toBe(200);
    let ended = false;
    void stream.endedByServer.then(() => {
      ended = true;
    });
    // Past the request deadline and twice the idle limit: heartbeats keep it alive.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(ended).toBe(false);
    const memo = await fetch(`${server.url}/api/v1/sessions/${sessionId}/memos`, {
      method: 'POST',
      headers: { ...bearer(member), 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'shared', body: 'after the deadlines' }),
    });
    expect(memo.status).toBe(201);
    await stream.waitFor((e) => JSON.stringify(e.data).includes('after the deadlines'), 2_000);
    stream.close();
  });
});

describe('default timeouts', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('are set on the HTTP server', () => {
    expect(app.server.headersTimeout).toBe(SERVER_TIMEOUTS.headersMs);
    expect(app.server.requestTimeout).toBe(SERVER_TIMEOUTS.requestMs);
    expect(app.server.timeout).toBe(SERVER_TIMEOUTS.idleMs);
    expect(app.server.keepAliveTimeout).toBe(SERVER_TIMEOUTS.keepAliveMs);
  });
});
