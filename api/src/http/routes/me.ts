import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../schemas.js';

const MeSchema = Type.Object({
  id: Type.String(),
  tenantId: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  isAdmin: Type.Boolean(),
});

export async function meRoutes(app: FastifyInstance) {
  app.get(
    '/me',
    {
      schema: {
        summary: 'The signed-in user',
        tags: ['people'],
        response: { 200: MeSchema, ...problemResponses },
      },
    },
    async (request) => ({
      id: request.actor.id,
      tenantId: request.actor.tenantId,
      displayName: request.actor.displayName,
      email: request.actor.email,
      isAdmin: request.actor.isAdmin,
    }),
  );
}
