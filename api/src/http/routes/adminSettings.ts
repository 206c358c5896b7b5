import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../domain/transcript.js';
import { changeOrganisationSettings, viewOrganisationSettings } from '../../services/organisationSettings.js';
import { problemResponses } from '../schemas.js';

const SettingsSchema = Type.Object({
  /** Transcripts are deleted this many days after they were fetched. */
  transcriptRetentionDays: Type.Integer({ minimum: MIN_RETENTION_DAYS, maximum: MAX_RETENTION_DAYS }),
  /** How long before a 1on1 the reminder card goes out. */
  reminderLeadMinutes: Type.Integer({ minimum: 5, maximum: 24 * 60 }),
});

/** Organisation-wide settings an admin (Taiwa.Admin app role) may read and change. */
export async function adminSettingsRoutes(app: FastifyInstance, options: { now: () => Date }) {
  app.get(
    '/admin/settings',
    {
      schema: {
        summary: "Admin: the organisation's settings (transcript retention, reminder lead time)",
        tags: ['admin'],
        response: { 200: SettingsSchema, ...problemResponses, 403: problemResponses[400] },
      },
    },
    async (request) => viewOrganisationSettings(request.data, request.actor),
  );

  app.put(
    '/admin/settings',
    {
      schema: {
        summary: "Admin: change the organisation's settings; fields left out keep their value",
        tags: ['admin'],
        body: Type.Partial(SettingsSchema, { additionalProperties: false }),
        response: {
          200: SettingsSchema,
          ...problemResponses,
          403: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request) => {
      const body = request.body as { transcriptRetentionDays?: number; reminderLeadMinutes?: number };
      return changeOrganisationSettings(request.data, request.actor, body, options.now());
    },
  );
}
