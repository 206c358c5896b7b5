import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
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
      const people = await request.data.users.search(q.trim(), limit);
      return { people: people.filter((person) => person.id !== request.actor.id) };
    },
  );
}
