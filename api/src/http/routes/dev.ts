import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { DevIssuer } from '../../auth/devIssuer.js';
import type { Db } from '../../data/database.js';
import { forTenant } from '../../data/tenantData.js';
import {
  DEMO_PAIRS,
  DEMO_PEOPLE,
  DEMO_TENANT_ID,
  demoRoles,
  describeDemoPerson,
} from '../../dev/demoTenant.js';
import { notFound } from '../../domain/errors.js';
import { endPlaygroundMeeting } from '../../services/demoPlayground.js';
import type { SessionLifecycle } from '../../services/sessionLifecycle.js';
import { Id, LocalizedText, problemResponses } from '../schemas.js';

const DevUserSchema = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  email: Type.String(),
  locale: Type.Union([Type.Literal('ja'), Type.Literal('en')]),
  roles: Type.Array(Type.Union([Type.Literal('manager'), Type.Literal('member'), Type.Literal('admin')])),
  description: LocalizedText,
});

/** The group chat the Agents Playground plays the 1on1's meeting chat in (scripts/playground/run.ts). */
export const PLAYGROUND_MEETING_CHAT = '19:meeting_taiwa-playground@thread.v2';

export interface DevRouteOptions {
  issuer: DevIssuer;
  /** For the demo actions; without them only sign-in is offered. */
  demo?: { db: Db; lifecycle: SessionLifecycle; wakeJobs(): void; now(): Date };
}

/** Dev sign-in: only registered when AUTH_MODE=dev, so these paths are plain 404s in production. */
export async function devRoutes(app: FastifyInstance, options: DevRouteOptions) {
  const { demo } = options;
  if (demo !== undefined) {
    app.post(
      '/dev/demo/end-1on1',
      {
        schema: {
          summary:
            "Dev mode only: end the demo pair's current 1on1 as its Teams meeting ending would, so the member's rating card is sent (to the Agents Playground's personal chat)",
          tags: ['dev'],
          body: Type.Optional(Type.Object({ pairId: Type.Optional(Id) }, { additionalProperties: false })),
          response: {
            200: Type.Object({ sessionId: Type.String(), pairId: Type.String(), memberId: Type.String() }),
            400: problemResponses[400],
            404: problemResponses[404],
          },
        },
      },
      async (request) => {
        const body = (request.body ?? {}) as { pairId?: string };
        const pair = DEMO_PAIRS.find((p) => p.id === (body.pairId ?? DEMO_PAIRS[0]?.id));
        if (pair === undefined) throw notFound('demo pair');
        const session = await endPlaygroundMeeting(
          forTenant(demo.db, DEMO_TENANT_ID),
          pair.id,
          PLAYGROUND_MEETING_CHAT,
          demo.lifecycle,
          demo.now(),
        );
        demo.wakeJobs();
        return { sessionId: session.id, pairId: pair.id, memberId: pair.member.id };
      },
    );
  }

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
