import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { searchPeople } from '../../services/peopleSearch.js';
import { PersonSchema, problemResponses } from '../schemas.js';

export async function peopleRoutes(app: FastifyInstance) {
  app.get(
    '/people',
    {
      schema: {
        summary: 'People of your organisation who use Taiwa, by name or mail, to pair with',
        tags: ['people'],
        querystring: Type.Object(
          {
            q: Type.String({ minLength: 1, maxLength: 100 }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ people: Type.Array(PersonSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { q, limit = 20 } = request.query as { q: string; limit?: number };
      return { people: await searchPeople(request.data, request.actor.id, q, limit) };
    },
  );
}
