import type { FastifyInstance } from 'fastify';
import { isLoopbackHost } from '../config.js';
import { problemTypes, sendProblem } from './problem.js';

/** Host names a page can only reach on this machine; a DNS-rebinding page names its own domain. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a Host header names loopback (`localhost`, `127.0.0.1` or `[::1]`, with or without port). */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (host === undefined) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  return match?.[1] !== undefined && LOOPBACK_NAMES.has(match[1]);
}

/** Whether the TCP peer is this machine (IPv4-mapped IPv6 included). */
export function isLoopbackPeer(ip: string): boolean {
  return isLoopbackHost(ip.replace(/^::ffff:/, ''));
}

/**
 * Dev mode signs anyone in who asks, so it must answer only pages on this machine. A DNS-rebinding
 * page reaches the loopback socket too, but its requests name the attacker's domain as Host: 421.
 */
export function registerLoopbackHostsOnly(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (isLoopbackHostHeader(request.headers.host)) return;
    return sendProblem(reply, {
      type: problemTypes.misdirectedRequest,
      title: 'Misdirected request',
      status: 421,
      detail: 'in dev mode Taiwa answers only localhost, 127.0.0.1 and [::1]',
    });
  });
}
