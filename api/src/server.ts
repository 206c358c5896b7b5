import { randomInt, randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import { createBotEndpoint } from '@taiwa/bot';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { createDevIssuer, type DevIssuer } from './auth/devIssuer.js';
import { entraSigningKeys } from './auth/entraKeys.js';
import { cachingVerifier, createTokenVerifier } from './auth/tokenVerifier.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './data/database.js';
import { knownMigrationNames } from './data/migrator.js';
import { checkDatabaseReady } from './data/readiness.js';
import type { JobStore } from './data/system/jobQueue.js';
import type { GraphTokenSource } from './graph/graphTokens.js';
import { createGraphIntegration } from './graph/integration.js';
import { registerAdminArea } from './http/adminArea.js';
import { registerAuthentication } from './http/authenticate.js';
import { registerErrorHandling } from './http/errorHandler.js';
import { registerJsonBodyParser } from './http/jsonBody.js';
import { registerLoopbackHostsOnly } from './http/loopbackHost.js';
import { registerPairStanding } from './http/pairStanding.js';
import { problemTypes, sendProblem } from './http/problem.js';
import {
  ANONYMOUS_RATE_LIMIT,
  PERSON_RATE_LIMITS,
  registerAddressRateLimit,
  registerPersonRateLimits,
} from './http/rateLimits.js';
import { registerNulRejection } from './http/rejectNul.js';
import { serializeRequest } from './http/requestLog.js';
import { actionItemRoutes } from './http/routes/actionItems.js';
import { adminJobRoutes } from './http/routes/adminJobs.js';
import { adminSettingsRoutes } from './http/routes/adminSettings.js';
import { agendaRoutes } from './http/routes/agenda.js';
import { analyticsRoutes } from './http/routes/analytics.js';
import { bookingRoutes } from './http/routes/booking.js';
import { botMessageRoutes } from './http/routes/botMessages.js';
import { cadenceRoutes } from './http/routes/cadence.js';
import { catalogRoutes } from './http/routes/catalog.js';
import { checkinRoutes } from './http/routes/checkins.js';
import { clientConfigRoutes } from './http/routes/clientConfig.js';
import { devRoutes } from './http/routes/dev.js';
import { diceRoutes } from './http/routes/dice.js';
import { type EventStreamOptions, eventRoutes } from './http/routes/events.js';
import { healthRoutes } from './http/routes/health.js';
import { historyRoutes } from './http/routes/history.js';
import { insightRoutes } from './http/routes/insights.js';
import { itemNoteRoutes } from './http/routes/itemNotes.js';
import { meRoutes } from './http/routes/me.js';
import { meetingRoutes } from './http/routes/meetings.js';
import { memoRoutes } from './http/routes/memos.js';
import { pairRoutes } from './http/routes/pairs.js';
import { peopleRoutes } from './http/routes/people.js';
import { ratingRoutes } from './http/routes/rating.js';
import { sessionStatusRoutes } from './http/routes/sessionStatus.js';
import { sessionRoutes } from './http/routes/sessions.js';
import { summaryRoutes } from './http/routes/summaries.js';
import { transcriptRoutes } from './http/routes/transcripts.js';
import { registerSecurityHeaders } from './http/securityHeaders.js';
import { SERVER_TIMEOUTS, type ServerTimeouts, timeoutOptions } from './http/serverTimeouts.js';
import { registerStaticTab } from './http/staticTab.js';
import type { RateLimit } from './http/tokenBuckets.js';
import { registerValidation } from './http/validation.js';
import { registerAnalyticsRefreshPass } from './jobs/analyticsRefreshPass.js';
import { createJobSystem, type JobSystem } from './jobs/jobSystem.js';
import { startTranscriptWatch } from './jobs/transcripts.js';
import { registerTranscriptAndCalendarPasses } from './jobs/transcriptsAndCalendarPasses.js';
import { createNotifierFor } from './realtime/createNotifier.js';
import type { SessionChangeNotifier } from './realtime/notifier.js';
import { createRollupKeeper } from './services/organisationAnalytics.js';
import { createPreparationEvents } from './services/preparation.js';
import { createSessionLifecycle } from './services/sessionLifecycle.js';
import { SessionSnapshots } from './services/sessionSnapshots.js';
import { createTabLinks } from './services/tabLinks.js';
import { createTaiwaBotPort } from './services/taiwaBotPort.js';
import { createTeamsMeetingDirectory } from './services/teamsMeetingDirectory.js';
import { createAzureOpenAiDrafter } from './summary/azureOpenAi.js';

export interface ServerDependencies {
  config: Config;
  database: DatabaseHandle;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** Defaults to in-process delivery on the embedded database, LISTEN/NOTIFY on a PostgreSQL server. */
  notifier?: SessionChangeNotifier;
  /** Replaces msal-node's Graph token source (tests trust their loopback authority's certificate). */
  graphTokens?: GraphTokenSource;
  /** The job runner: started with the server unless `autoStart` is false (tests drive it by hand). */
  jobs?: { autoStart?: boolean; pollMs?: number; leaseMs?: number; store?: JobStore };
  /** Tests that hammer the API on purpose (fuzzing, load) raise these; everyone else gets the defaults. */
  writeRateLimit?: RateLimit;
  readRateLimit?: RateLimit;
  /** Per client address, for dev sign-in. */
  anonymousRateLimit?: RateLimit;
  /** Tests lower the caps and heartbeat of live event streams. */
  eventStreams?: EventStreamOptions;
  /** Tests shorten these to watch a slow client being cut off. */
  timeouts?: Partial<ServerTimeouts>;
  /** Where the log goes (stdout unless set): tests read what the real logger wrote. */
  logStream?: DestinationStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Durable jobs (cards, reminders); features register their kinds on `jobs.registry`. */
    jobs: JobSystem;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BODY_LIMIT_BYTES = 64 * 1024;

/** Composition root: builds the adapters and registers every HTTP plugin. Listening is the caller's job. */
export async function buildServer(deps: ServerDependencies): Promise<FastifyInstance> {
  const { config, database } = deps;
  const now = deps.now ?? (() => new Date());
  // The notifier logs through the app's logger, which exists by the time anything is announced.
  const notifier =
    deps.notifier ??
    (await createNotifierFor(database, config.databaseUrl, {
      info: (d, m) => app.log.info(d, m),
      warn: (d, m) => app.log.warn(d, m),
      error: (d, m) => app.log.error(d, m),
    }));
  const lifecycle = createSessionLifecycle(notifier);
  const snapshots = new SessionSnapshots(notifier);
  const preparation = createPreparationEvents();
  // Graph in a tenant with a client secret; dev mode's local calendar and uploads otherwise.
  const graph = createGraphIntegration({
    config,
    db: database.db,
    ...(deps.graphTokens === undefined ? {} : { tokens: deps.graphTokens }),
  });
  lifecycle.onEnded((trx, session) => startTranscriptWatch(trx, graph.transcripts, session.id, now()));

  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
      serializers: { req: serializeRequest },
      ...(deps.logStream !== undefined && { stream: deps.logStream }),
    },
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ...timeoutOptions({ ...SERVER_TIMEOUTS, ...deps.timeouts }),
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  if (config.authMode === 'dev') registerLoopbackHostsOnly(app);

  const links = createTabLinks({
    publicUrl: config.publicUrl,
    teamsAppId: config.teamsAppId,
    teamsCatalogAppId: config.teamsCatalogAppId,
  });
  let wakeJobs = () => {};
  const botLog = app.log.child({ component: 'bot' });
  const bot = createBotEndpoint({
    credentials: config.bot,
    allowedTenants: config.entra.allowedTenants,
    logger: botLog,
    port: createTaiwaBotPort({
      db: database.db,
      allowedTenants: config.entra.allowedTenants,
      lifecycle,
      preparation,
      notifier,
      links,
      now,
      wakeJobs: () => wakeJobs(),
    }),
  });
  const jobs = createJobSystem({
    db: database.db,
    sender: bot,
    links,
    log: app.log.child({ component: 'jobs' }),
    now,
    lifecycle,
    preparation,
    runner: {
      ...(deps.jobs?.pollMs !== undefined && { pollMs: deps.jobs.pollMs }),
      ...(deps.jobs?.leaseMs !== undefined && { leaseMs: deps.jobs.leaseMs }),
    },
    ...(deps.jobs?.store !== undefined && { store: deps.jobs.store }),
  });
  wakeJobs = () => jobs.runner.wake();
  app.decorate('jobs', jobs);
  // One keeper per process: the analytics route reads through it, the pass keeps it fresh.
  const rollups = createRollupKeeper(now, app.log.child({ component: 'analytics' }));
  app.addHook('onClose', async () => rollups.settle());
  registerAnalyticsRefreshPass(jobs.runner, { db: database.db, rollups });
  registerTranscriptAndCalendarPasses(jobs.runner, {
    db: database.db,
    graph,
    now,
    log: app.log.child({ component: 'graph-jobs' }),
    meetings: createTeamsMeetingDirectory({ db: database.db, bot }),
    wakeJobs: () => jobs.runner.wake(),
  });
  if (deps.jobs?.autoStart !== false) app.addHook('onReady', async () => jobs.runner.start());

  registerValidation(app);
  registerJsonBodyParser(app);
  registerNulRejection(app);
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
  const verify = cachingVerifier(
    createTokenVerifier({
      audience: config.entra.clientId,
      authorityHost: devIssuer?.authorityHost ?? config.entra.authorityHost,
      allowedTenants: config.entra.allowedTenants,
      keys: devIssuer?.keys ?? entraSigningKeys(config.entra.authorityHost),
    }),
  );

  const directory = graph.directory;

  const knownMigrations = knownMigrationNames();
  knownMigrations.catch(() => {}); // a failure is reported by /readyz, which awaits it
  await app.register(healthRoutes, {
    ready: () => checkDatabaseReady(database.db, database.schema, knownMigrations),
  });
  await app.register(botMessageRoutes, { endpoint: bot, authenticated: config.bot.appId !== null });

  await app.register(
    async (publicApi) => {
      await publicApi.register(clientConfigRoutes, { config });
      if (devIssuer !== null) {
        const issuer = devIssuer;
        await publicApi.register(async (dev) => {
          registerAddressRateLimit(dev, deps.anonymousRateLimit ?? ANONYMOUS_RATE_LIMIT);
          await dev.register(devRoutes, {
            issuer,
            demo: { db: database.db, lifecycle, wakeJobs: () => wakeJobs(), now },
          });
        });
      }
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
      registerAdminArea(api);
      registerPairStanding(api);
      registerPersonRateLimits(api, {
        writes: deps.writeRateLimit ?? PERSON_RATE_LIMITS.writes,
        reads: deps.readRateLimit ?? PERSON_RATE_LIMITS.reads,
      });
      await api.register(meRoutes);
      await api.register(catalogRoutes, { snapshots });
      await api.register(pairRoutes, { now, directory, graph });
      await api.register(cadenceRoutes, { now });
      await api.register(sessionRoutes, { snapshots });
      await api.register(agendaRoutes, { notifier, preparation, now });
      await api.register(memoRoutes, { notifier });
      await api.register(itemNoteRoutes, { notifier });
      await api.register(actionItemRoutes, { notifier, now });
      await api.register(diceRoutes, { notifier, randomInt: (max) => randomInt(max), now });
      await api.register(eventRoutes, { notifier, ...deps.eventStreams });
      await api.register(sessionStatusRoutes, { lifecycle, now });
      await api.register(meetingRoutes, { now, directory, snapshots });
      await api.register(bookingRoutes, { graph, notifier, now, publicUrl: config.publicUrl });
      await api.register(transcriptRoutes, { graph, now });
      await api.register(adminSettingsRoutes, { now });
      await api.register(historyRoutes);
      await api.register(insightRoutes, { now });
      await api.register(checkinRoutes, { now });
      await api.register(analyticsRoutes, { rollups });
      await api.register(peopleRoutes);
      await api.register(ratingRoutes, { now });
      await api.register(adminJobRoutes);
      await api.register(summaryRoutes, {
        // Without AZURE_OPENAI_* there is no drafter at all: no code path can send anything out.
        drafter: config.azureOpenAi === null ? null : createAzureOpenAiDrafter(config.azureOpenAi),
        notifier,
        now,
      });
    },
    { prefix: '/api/v1' },
  );

  const tab = await registerStaticTab(app, { dir: config.tabDistDir, sourceMaps: config.serveSourceMaps });
  app.setNotFoundHandler((request, reply) => {
    if (tab?.isPageRequest(request)) return tab.sendIndex(request, reply);
    return sendProblem(reply, {
      type: problemTypes.notFound,
      title: 'Not found',
      status: 404,
      detail: `${request.method} ${request.url.split('?')[0]} does not exist`,
    });
  });

  app.addHook('onClose', async () => {
    await jobs.runner.stop();
    await notifier.close();
    await database.close();
  });
  return app;
}
