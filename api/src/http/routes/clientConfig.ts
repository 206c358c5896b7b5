import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { API_SCOPE } from '../../auth/identity.js';
import type { Config } from '../../config.js';

/** What the tab needs before anyone signs in: how to sign in. */
export async function clientConfigRoutes(app: FastifyInstance, options: { config: Config }) {
  const { config } = options;
  const body = {
    authMode: config.authMode,
    entra:
      config.authMode === 'entra'
        ? {
            clientId: config.entra.clientId,
            authorityHost: config.entra.authorityHost,
            apiScope: `api://${new URL(config.publicUrl).host}/${config.entra.clientId}/${API_SCOPE}`,
          }
        : null,
  };
  app.get(
    '/client-config',
    {
      schema: {
        summary: 'How the tab signs in (no authentication)',
        tags: ['meta'],
        response: {
          200: Type.Object({
            authMode: Type.Union([Type.Literal('dev'), Type.Literal('entra')]),
            entra: Type.Union([
              Type.Object({ clientId: Type.String(), authorityHost: Type.String(), apiScope: Type.String() }),
              Type.Null(),
            ]),
          }),
        },
      },
    },
    async () => body,
  );
}
