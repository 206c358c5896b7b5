import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyHttpOptions } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemTypes } from './problem.js';

/**
 * How long a client may take, so that slow or stalled connections cannot pile up. Server-sent event
 * streams are not cut by these: their request is complete once the headers are in, and they write a
 * heartbeat well inside the idle limit (their own bounds are in http/routes/events.ts).
 */
export interface ServerTimeouts {
  /** From the first byte of a request to the end of its headers. */
  headersMs: number;
  /** From the first byte of a request to the end of its body: the body deadline. */
  requestMs: number;
  /** A connection with no traffic either way for this long is closed. */
  idleMs: number;
  /** How long a kept-alive connection waits for the next request. */
  keepAliveMs: number;
  /** How often Node looks for requests past their deadline; a deadline is kept to within this. */
  checkIntervalMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  // Bodies are at most 256 KB: thirty seconds is generous for a slow mobile link, short for a trickle.
  requestMs: 30_000,
  idleMs: 60_000,
  keepAliveMs: 72_000,
  checkIntervalMs: 1_000,
};

function problemResponse(status: number, title: string, type: string): string {
  const body = JSON.stringify({ type, title, status });
  return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * Requests that never reach Fastify (too slow, malformed HTTP) still get a problem document before
 * the connection is closed.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.write(problemResponse(408, 'The request took too long to arrive', problemTypes.requestTimeout));
    } else if (error.code === 'HPE_HEADER_OVERFLOW') {
      socket.write(problemResponse(431, 'The request headers are too large', problemTypes.validation));
    } else {
      socket.write(problemResponse(400, 'The request is not valid HTTP', problemTypes.validation));
    }
  }
  socket.destroy();
}

/** The Fastify options that apply `timeouts` to its HTTP server. */
export function timeoutOptions(
  timeouts: ServerTimeouts,
): Pick<
  FastifyHttpOptions<http.Server>,
  'connectionTimeout' | 'keepAliveTimeout' | 'requestTimeout' | 'http' | 'clientErrorHandler'
> {
  return {
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    requestTimeout: timeouts.requestMs,
    http: {
      headersTimeout: timeouts.headersMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    clientErrorHandler: answerClientError,
  };
}
