import type { FastifyInstance } from 'fastify';
import { forbidden } from '../domain/errors.js';

const ADMIN_PREFIX = '/api/v1/admin/';

/**
 * Everything under /api/v1/admin/ is for the tenant's admins. Checked once, before the body is even
 * validated, so a non-admin learns nothing about what an admin route accepts.
 */
export function registerAdminArea(api: FastifyInstance): void {
  api.addHook('onRequest', async (request) => {
    if (request.url.startsWith(ADMIN_PREFIX) && !request.actor.isAdmin) {
      throw forbidden('only admins of your organisation can use this');
    }
  });
}
