import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { listDeadJobs } from '../../services/deadJobs.js';
import { DateTime, problemResponses } from '../schemas.js';

const DeadJobSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  idempotencyKey: Type.String(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
  failedAt: DateTime,
});

/** Admins see the organisation's jobs that gave up (cards that could not be delivered), newest first. */
export async function adminJobRoutes(app: FastifyInstance) {
  app.get(
    '/admin/jobs/dead',
    {
      schema: {
        summary: 'Admin: jobs that were dead-lettered after their last attempt',
        tags: ['admin'],
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ jobs: Type.Array(DeadJobSchema) }),
          ...problemResponses,
          403: problemResponses[400],
        },
      },
    },
    async (request) => {
      const { limit = 50 } = request.query as { limit?: number };
      const jobs = await listDeadJobs(request.data, request.actor, limit);
      return {
        jobs: jobs.map((job) => ({
          ...job,
          createdAt: job.createdAt.toISOString(),
          failedAt: job.failedAt.toISOString(),
        })),
      };
    },
  );
}
