import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { createDevIssuer, type DevIssuer } from './auth/devIssuer.js';
import { entraSigningKeys } from './auth/entraKeys.js';
import { createTokenVerifier } from './auth/tokenVerifier.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './data/database.js';
import { registerAuthentication } from './http/authenticate.js';
import { registerErrorHandling } from './http/errorHandler.js';
import { problemTypes, sendProblem } from './http/problem.js';
import { agendaRoutes } from './http/routes/agenda.js';
import { catalogRoutes } from './http/routes/catalog.js';
import { clientConfigRoutes } from './http/routes/clientConfig.js';
import { devRoutes } from './http/routes/dev.js';
import { healthRoutes } from './http/routes/health.js';
import { historyRoutes } from './http/routes/history.js';
import { meRoutes } from './http/routes/me.js';
import { pairRoutes } from './http/routes/pairs.js';
import { peopleRoutes } from './http/routes/people.js';
import { sessionRoutes } from './http/routes/sessions.js';
import { registerSecurityHeaders } from './http/securityHeaders.js';
import { isPageRequest, registerStaticTab, sendIndex } from './http/staticTab.js';
import { registerValidation } from './http/validation.js';
import { createInProcessNotifier, type SessionChangeNotifier } from './realtime/notifier.js';
import { createPreparationEvents } from './services/preparation.js';
import { createSessionLifecycle } from './services/sessionLifecycle.js';

export interface ServerDependencies {
  config: Config;
  database: DatabaseHandle;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** Defaults to in-process delivery, right for one process on the embedded database. */
  notifier?: SessionChangeNotifier;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BODY_LIMIT_BYTES = 64 * 1024;

/** Composition root: builds the adapters and registers every HTTP plugin. Listening is the caller's job. */
export async function buildServer(deps: ServerDependencies): Promise<FastifyInstance> {
  const { config, database } = deps;
  const now = deps.now ?? (() => new Date());
  const notifier = deps.notifier ?? createInProcessNotifier();
  const lifecycle = createSessionLifecycle(notifier);
  const preparation = createPreparationEvents();

  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    },
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerValidation(app);
  registerErrorHandling(app);
  registerSecurityHeaders(app, {
    authorityHost: config.entra.authorityHost,
    https: config.publicUrl.startsWith('https:'),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Taiwa API', version: '1', description: '1on1s for Microsoft Teams and Outlook' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
  });

  let devIssuer: DevIssuer | null = null;
  if (config.authMode === 'dev') {
    devIssuer = await createDevIssuer({
      dataDir: config.dataDir,
      publicUrl: config.publicUrl,
      audience: config.entra.clientId,
    });
  }
  const verify = createTokenVerifier({
    audience: config.entra.clientId,
    authorityHost: devIssuer?.authorityHost ?? config.entra.authorityHost,
    allowedTenants: config.entra.allowedTenants,
    keys: devIssuer?.keys ?? entraSigningKeys(config.entra.authorityHost),
  });

  await app.register(healthRoutes, { ping: () => database.ping() });

  await app.register(
    async (publicApi) => {
      await publicApi.register(clientConfigRoutes, { config });
      if (devIssuer !== null) await publicApi.register(devRoutes, { issuer: devIssuer });
      publicApi.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );

  await app.register(
    async (api) => {
      api.addHook('onRoute', (route) => {
        route.schema = { ...route.schema, security: [{ bearer: [] }] };
      });
      registerAuthentication(api, { db: database.db, verify });
      await api.register(meRoutes);
      await api.register(catalogRoutes);
      await api.register(pairRoutes, { now });
      await api.register(sessionRoutes);
      await api.register(agendaRoutes, { notifier, preparation });
      await api.register(historyRoutes);
      await api.register(peopleRoutes);
    },
    { prefix: '/api/v1' },
  );

  const servesTab = await registerStaticTab(app, config.tabDistDir);
  app.setNotFoundHandler((request, reply) => {
    if (servesTab && isPageRequest(request)) return sendIndex(reply);
    return sendProblem(reply, {
      type: problemTypes.notFound,
      title: 'Not found',
      status: 404,
      detail: `${request.method} ${request.url.split('?')[0]} does not exist`,
    });
  });

  app.addHook('onClose', async () => {
    await notifier.close();
    await database.close();
  });
  return app;
}
