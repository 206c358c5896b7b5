import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import type { TenantData } from '../../data/tenantData.js';
import { type Analytics, buildAnalytics, WINDOW_MONTHS } from '../../domain/analytics.js';
import { analyticsCsv } from '../../domain/analyticsCsv.js';
import { catalogLabel } from '../../domain/catalog.js';
import { forbidden } from '../../domain/errors.js';
import { monthsEndingAt } from '../../domain/feedback.js';
import type { Logger } from '../../logging.js';
import { DateTime, LocalizedText, problemResponses } from '../schemas.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const FigureSchema = Type.Object({ value: Nullable(Type.Number()), suppressed: Type.Boolean() });
const RowSchema = Type.Object({
  period: Type.String(),
  people: Nullable(Type.Integer()),
  suppressed: Type.Boolean(),
  completionRate: FigureSchema,
  dueSessions: Nullable(Type.Integer()),
  averageIntervalDays: FigureSchema,
  preparationRate: FigureSchema,
  averageClarity: FigureSchema,
  fitRates: Type.Array(
    Type.Object({
      expectedResponseId: Type.String(),
      value: Nullable(Type.Number()),
      suppressed: Type.Boolean(),
    }),
  ),
  stageDistribution: Nullable(
    Type.Object({ counts: Type.Array(Type.Integer()), suppressed: Type.Boolean() }),
  ),
});
const UnitSchema = Type.Object({
  unit: Type.Object({
    key: Type.String(),
    kind: Type.Union([Type.Literal('department'), Type.Literal('team'), Type.Literal('tenant')]),
    name: Type.String(),
    label: LocalizedText,
  }),
  total: RowSchema,
  /** Empty unless this unit was asked for with `?unit=`; always filled for the organisation. */
  months: Type.Array(RowSchema),
});
const AnalyticsSchema = Type.Object({
  asOf: DateTime,
  months: Type.Array(Type.String()),
  minGroupSize: Type.Integer(),
  expectedResponses: Type.Array(Type.Object({ id: Type.String(), label: LocalizedText })),
  tenant: UnitSchema,
  units: Type.Array(UnitSchema),
});

/**
 * A rollup older than this is served as it is while a fresh one is computed in the background. The
 * refresh is incremental (only the units whose members changed), so figures can be a minute fresh.
 */
const ROLLUP_MAX_AGE_MS = 60_000;

function windowFor(asOf: Date): { start: Date; months: string[] } {
  const months = monthsEndingAt(asOf, WINDOW_MONTHS);
  return { start: new Date(`${months[0]}-01T00:00:00.000Z`), months };
}

/**
 * Keeps each tenant's rollup fresh: the first request of a tenant waits for it to be built whole; later
 * ones get the stored one at once and, when it is older than ROLLUP_MAX_AGE_MS, start one refresh in
 * the background (one per tenant per process; the database lock keeps instances from doubling up).
 */
function createRollupKeeper(now: () => Date, log: Logger) {
  const running = new Map<string, Promise<void>>();

  function refresh(data: TenantData): Promise<void> {
    const inFlight = running.get(data.tenantId);
    if (inFlight !== undefined) return inFlight;
    const at = now();
    const job = data.analytics
      .refreshIncremental(windowFor(at).start, at)
      .then((outcome) => {
        if (outcome !== null) log.info({ tenantId: data.tenantId, ...outcome }, 'analytics rollup refreshed');
      })
      .finally(() => running.delete(data.tenantId));
    running.set(data.tenantId, job);
    return job;
  }

  return {
    async ensureFresh(data: TenantData): Promise<void> {
      const state = await data.analytics.state();
      if (state === null) {
        await refresh(data);
        return;
      }
      if (now().getTime() - state.refreshedAt.getTime() > ROLLUP_MAX_AGE_MS) {
        refresh(data).catch((error: unknown) => log.error({ err: error }, 'analytics rollup refresh failed'));
      }
    },
    async settle(): Promise<void> {
      await Promise.allSettled(running.values());
    },
  };
}

async function loadAnalytics(data: TenantData, unitMonths: 'all' | ReadonlySet<string>): Promise<Analytics> {
  const [state, rollup, catalog] = await Promise.all([
    data.analytics.state(),
    data.analytics.read(),
    data.catalog.load(),
  ]);
  const asOf = state?.refreshedAt ?? new Date(0);
  return buildAnalytics({
    asOf,
    months: windowFor(asOf).months,
    units: rollup.units,
    aggregates: rollup.aggregates,
    expectedResponseIds: catalog.expectedResponses.filter((entry) => !entry.retired).map((entry) => entry.id),
    unitMonths,
  });
}

export async function analyticsRoutes(app: FastifyInstance, options: { now: () => Date }) {
  const keeper = createRollupKeeper(options.now, app.log);
  app.addHook('onClose', async () => keeper.settle());

  app.get(
    '/admin/analytics',
    {
      schema: {
        summary:
          '1on1 completion, interval, preparation, すっきり度, fit per expected response and stages per organisation unit and month; groups under 5 people are suppressed (admins only)',
        tags: ['admin'],
        querystring: Type.Object(
          {
            format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
            /** Also the monthly rows of this unit (JSON; the CSV always has every unit's months). */
            unit: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: AnalyticsSchema,
          ...problemResponses,
          403: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      if (!request.actor.isAdmin) throw forbidden('organisation analytics are for admins only');
      const { format, unit } = request.query as { format?: 'json' | 'csv'; unit?: string };
      await keeper.ensureFresh(request.data);
      // The JSON keeps every unit's total and the organisation's months; one unit's months on request,
      // so a tenant with hundreds of departments still answers in well under a second.
      const unitMonths = format === 'csv' ? 'all' : new Set(unit === undefined ? [] : [unit]);
      const analytics = await loadAnalytics(request.data, unitMonths);
      const catalog = await request.data.catalog.load();
      const label = (id: string) => catalogLabel(catalog, 'expectedResponses', id);
      if (format === 'csv') {
        const day = analytics.asOf.toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="taiwa-analytics-${day}.csv"`)
          .serializer((payload: string) => payload)
          .send(analyticsCsv(analytics, request.locale, label));
      }
      return {
        ...analytics,
        asOf: analytics.asOf.toISOString(),
        expectedResponses: analytics.expectedResponseIds.map((id) => ({ id, label: label(id) })),
      };
    },
  );
}
