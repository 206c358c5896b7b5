import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { analyticsCsv } from '../../domain/analyticsCsv.js';
import { catalogLabel } from '../../domain/catalog.js';
import { organisationAnalytics, type RollupKeeper } from '../../services/organisationAnalytics.js';
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

export async function analyticsRoutes(app: FastifyInstance, options: { rollups: RollupKeeper }) {
  const keeper = options.rollups;

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
      const { format, unit } = request.query as { format?: 'json' | 'csv'; unit?: string };
      // The JSON keeps every unit's total and the organisation's months; one unit's months on request,
      // so a tenant with hundreds of departments still answers in well under a second.
      const unitMonths = format === 'csv' ? 'all' : new Set(unit === undefined ? [] : [unit]);
      const { analytics, catalog } = await organisationAnalytics(
        request.data,
        request.actor,
        keeper,
        unitMonths,
      );
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
