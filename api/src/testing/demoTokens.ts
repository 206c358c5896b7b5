import type { FastifyInstance } from 'fastify';
import { DEMO_PEOPLE } from '../dev/demoTenant.js';

export type DemoName = keyof typeof DEMO_PEOPLE;

/** Authorization headers for demo people, signed by the app's own dev issuer. */
export async function demoHeaders(app: FastifyInstance, who: DemoName): Promise<Record<string, string>> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/dev/token',
    payload: { userId: DEMO_PEOPLE[who].id },
  });
  if (response.statusCode !== 200) throw new Error(`could not sign in ${who}: ${response.body}`);
  return { authorization: `Bearer ${response.json().accessToken}` };
}
