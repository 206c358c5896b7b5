import type { FastifyInstance } from 'fastify';
import { AuthError, type Identity } from '../auth/identity.js';
import type { TokenVerifier } from '../auth/tokenVerifier.js';
import type { Db } from '../data/database.js';
import { ensureTenant, forTenant, type TenantData } from '../data/tenantData.js';
import type { Locale } from '../domain/localizedText.js';
import type { Actor } from '../domain/people.js';
import { requestLocale } from './locale.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The caller's tenant's data; there is no other way to reach tenant rows from a route. */
    data: TenantData;
    locale: Locale;
    /** When the caller's access token stops being valid (ms since the epoch); streams end then. */
    credentialExpiresAt: number;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.?[A-Za-z0-9\-_.+/=]*)$/;
const KNOWN_USERS_LIMIT = 10_000;

/**
 * Turns the bearer token into the request's actor and tenant data. Users are written from their
 * claims the first time they are seen and whenever the claims change, not on every request.
 */
export function registerAuthentication(app: FastifyInstance, options: { db: Db; verify: TokenVerifier }) {
  const known = new Map<string, string>();

  async function remember(identity: Identity): Promise<void> {
    const key = `${identity.tenantId}/${identity.userId}`;
    const fingerprint = JSON.stringify([identity.displayName, identity.email, identity.isAdmin]);
    if (known.get(key) === fingerprint) return;
    await ensureTenant(options.db, identity.tenantId);
    await forTenant(options.db, identity.tenantId).users.upsert({
      id: identity.userId,
      displayName: identity.displayName,
      email: identity.email,
      locale: null,
      isAdmin: identity.isAdmin,
    });
    if (known.size >= KNOWN_USERS_LIMIT) known.clear();
    known.set(key, fingerprint);
  }

  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('data', null as unknown as TenantData);
  app.decorateRequest('locale', 'en');
  app.decorateRequest('credentialExpiresAt', 0);

  app.addHook('onRequest', async (request) => {
    request.locale = requestLocale(request);
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (match?.[1] === undefined) throw new AuthError('missing_token');
    const identity = await options.verify(match[1]);
    await remember(identity);
    request.actor = {
      id: identity.userId,
      tenantId: identity.tenantId,
      displayName: identity.displayName,
      email: identity.email,
      isAdmin: identity.isAdmin,
    };
    request.data = forTenant(options.db, identity.tenantId);
    request.credentialExpiresAt = identity.expiresAt;
  });
}
