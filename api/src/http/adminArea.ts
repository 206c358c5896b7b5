import type { FastifyInstance } from 'fastify';
import { forbidden } from '../domain/errors.js';

const ADMIN_PREFIX = '/api/v1/admin/';

/**
 * Every route under /api/v1/admin/ is for the tenant's admins. Checked once, before the body is even
 * validated, so a non-admin learns nothing about what an admin route accepts. The router's match is
 * what decides, not the raw URL: `/api/v1/%61dmin/catalog` reaches the same route.
 */
export function registerAdminArea(api: FastifyInstance): void {
  api.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (route?.startsWith(ADMIN_PREFIX) === true && !request.actor.isAdmin) {
      throw forbidden('only admins of your organisation can use this');
    }
  });
}
