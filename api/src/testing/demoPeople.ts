import type { FastifyInstance } from 'fastify';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../dev/demoTenant.js';

/** The seeded demo pair of 佐藤 美咲 (manager) and 田中 健太 (member), and an outsider to it. */
export const MANAGER = DEMO_PEOPLE.misaki;
export const MEMBER = DEMO_PEOPLE.kenta;
export const OUTSIDER = DEMO_PEOPLE.david;
export const PAIR_ID = DEMO_PAIRS[0]?.id ?? '';

/** A dev-mode token for a demo person, signed by the server's own dev issuer. */
export async function devToken(app: FastifyInstance, userId: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { userId } });
  if (response.statusCode !== 200) throw new Error(`dev token: ${response.statusCode} ${response.body}`);
  return response.json().accessToken;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Dev tokens of the demo pair's manager and member, and of the outsider to it, in that order. */
export function demoPairTokens(app: FastifyInstance): Promise<[string, string, string]> {
  return Promise.all([devToken(app, MANAGER.id), devToken(app, MEMBER.id), devToken(app, OUTSIDER.id)]);
}

/**
 * Request headers of a person signed in with a dev token, one token each for the whole test file.
 * `app` is asked for when a token is first needed, so the helper may be made before the server.
 */
export function devSignIn(app: () => FastifyInstance) {
  const tokens = new Map<string, string>();
  return async (who: string | { id: string }, extra: Record<string, string> = {}) => {
    const userId = typeof who === 'string' ? who : who.id;
    let token = tokens.get(userId);
    if (token === undefined) {
      token = await devToken(app(), userId);
      tokens.set(userId, token);
    }
    return { ...bearer(token), ...extra };
  };
}
