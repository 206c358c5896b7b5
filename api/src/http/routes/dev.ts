import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { DevIssuer } from '../../auth/devIssuer.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID, demoRoles, describeDemoPerson } from '../../dev/demoTenant.js';
import { notFound } from '../../domain/errors.js';
import { Id, LocalizedText, problemResponses } from '../schemas.js';

const DevUserSchema = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  email: Type.String(),
  locale: Type.Union([Type.Literal('ja'), Type.Literal('en')]),
  roles: Type.Array(Type.Union([Type.Literal('manager'), Type.Literal('member'), Type.Literal('admin')])),
  description: LocalizedText,
});

/** Dev sign-in: only registered when AUTH_MODE=dev, so these paths are plain 404s in production. */
export async function devRoutes(app: FastifyInstance, options: { issuer: DevIssuer }) {
  app.get(
    '/dev/users',
    {
      schema: {
        summary: 'Dev mode only: the seeded demo people',
        tags: ['dev'],
        response: { 200: Type.Object({ users: Type.Array(DevUserSchema) }) },
      },
    },
    async () => ({
      users: Object.values(DEMO_PEOPLE).map((who) => ({
        id: who.id,
        displayName: who.displayName,
        email: who.email,
        locale: who.locale,
        roles: demoRoles(who),
        description: describeDemoPerson(who),
      })),
    }),
  );

  app.post(
    '/dev/token',
    {
      schema: {
        summary: 'Dev mode only: an access token for a demo person, signed by the local dev issuer',
        tags: ['dev'],
        body: Type.Object({ userId: Id }, { additionalProperties: false }),
        response: {
          200: Type.Object({ accessToken: Type.String(), expiresIn: Type.Integer() }),
          400: problemResponses[400],
          404: problemResponses[404],
        },
      },
    },
    async (request) => {
      const { userId } = request.body as { userId: string };
      const who = Object.values(DEMO_PEOPLE).find((person) => person.id === userId);
      if (who === undefined) throw notFound('demo user');
      const accessToken = await options.issuer.sign({
        tenantId: DEMO_TENANT_ID,
        userId: who.id,
        displayName: who.displayName,
        email: who.email,
        isAdmin: who.isAdmin,
      });
      return { accessToken, expiresIn: options.issuer.tokenLifetimeSeconds };
    },
  );
}
