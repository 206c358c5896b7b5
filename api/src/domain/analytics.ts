import { complementarySuppression, MIN_GROUP_SIZE } from './complementarySuppression.js';
import type { LocalizedText } from './localizedText.js';
import { STAGES } from './stage.js';

export { MIN_GROUP_SIZE };

/**
 * Organisation analytics for admins (HR): whether 1on1s happen and help, never exposing anyone.
 *
 * Privacy rule: every figure is computed over a group of people (the distinct members behind it) and
 * is suppressed (value null, `suppressed: true`, no counts) when that group has fewer than
 * MIN_GROUP_SIZE people. No figure ever names or singles out a person. Suppression is complementary
 * (domain/complementarySuppression.ts): more cells are hidden until no hidden figure can be recovered
 * as "organisation − shown units" or "window total − shown months", and a unit whose window total is
 * hidden is listed without its name (a department's name or a team's manager).
 *
 * Definitions (window: the last WINDOW_MONTHS calendar months, UTC, up to the refresh time):
 * - Organisation unit of a member: their department (users.department), else the team of the manager
 *   of their earliest pair.
 * - Due 1on1: scheduled to start in the window, before now. Held: a due 1on1 that ended.
 *   Completion rate = held / due, over the members with due 1on1s.
 * - Interval: days between a held 1on1 and the pair's previous held 1on1, averaged over the held 1on1s
 *   of the window, over the members who have such a gap.
 * - Preparation rate = held 1on1s for which the member added an agenda item before the start / held.
 * - Average すっきり度 over the rated 1on1s, over the members who rated.
 * - Fit rate of an expected response = "fit: yes" / all fit answers for it, over the members who rated it.
 * - Stage distribution: the latest check-in of each pair in the period, over the members who checked in.
 * Periods are calendar months (`YYYY-MM`) of the 1on1's scheduled start (check-ins: of the answer)
 * plus `total` for the whole window.
 */

export const WINDOW_MONTHS = 12;
export const TOTAL_PERIOD = 'total';

export type UnitKind = 'department' | 'team' | 'tenant';

export interface OrgUnit {
  key: string;
  kind: UnitKind;
  /** The department's name, or the manager's display name for a team. */
  name: string;
}

/** What the rollup stores for one unit and one period. */
export interface UnitPeriodAggregate {
  unitKey: string;
  period: string;
  members: number;
  due: number;
  held: number;
  heldMembers: number;
  prepared: number;
  gapDaysSum: number;
  gaps: number;
  gapMembers: number;
  rated: number;
  claritySum: number;
  raters: number;
  checkinMembers: number;
  fits: Array<{ expectedResponseId: string; yes: number; partly: number; no: number; people: number }>;
  /** Pairs per stage index (0–9), from each pair's latest check-in of the period. */
  stages: Array<{ stage: number; pairs: number }>;
}

export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export interface AnalyticsRow {
  period: string;
  /** Members with due 1on1s; null when suppressed. */
  people: number | null;
  suppressed: boolean;
  completionRate: Figure;
  dueSessions: number | null;
  averageIntervalDays: Figure;
  preparationRate: Figure;
  averageClarity: Figure;
  fitRates: Array<{ expectedResponseId: string } & Figure>;
  /** Pairs per stage, or null when suppressed or nobody checked in. */
  stageDistribution: { counts: number[]; suppressed: boolean } | null;
}

export interface UnitAnalytics {
  unit: OrgUnit & { label: LocalizedText };
  total: AnalyticsRow;
  months: AnalyticsRow[];
}

export interface Analytics {
  asOf: Date;
  months: string[];
  minGroupSize: number;
  expectedResponseIds: string[];
  tenant: UnitAnalytics;
  units: UnitAnalytics[];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The one suppression rule every figure goes through: hidden under MIN_GROUP_SIZE people, or when the
 * complementary rule hides it (`hidden`).
 */
export function figure(
  numerator: number,
  denominator: number,
  people: number,
  digits = 3,
  hidden = false,
): Figure {
  if (hidden || people < MIN_GROUP_SIZE) return { value: null, suppressed: true };
  if (denominator === 0) return { value: null, suppressed: false };
  return { value: round(numerator / denominator, digits), suppressed: false };
}

export function isSuppressed(people: number): boolean {
  return people < MIN_GROUP_SIZE;
}

export function unitLabel(unit: OrgUnit): LocalizedText {
  switch (unit.kind) {
    case 'department':
      return { ja: unit.name, en: unit.name };
    case 'team':
      return { ja: `${unit.name}さんのチーム`, en: `${unit.name}'s team` };
    case 'tenant':
      return { ja: '組織全体', en: 'Whole organisation' };
  }
}

export function emptyAggregate(unitKey: string, period: string): UnitPeriodAggregate {
  return {
    unitKey,
    period,
    members: 0,
    due: 0,
    held: 0,
    heldMembers: 0,
    prepared: 0,
    gapDaysSum: 0,
    gaps: 0,
    gapMembers: 0,
    rated: 0,
    claritySum: 0,
    raters: 0,
    checkinMembers: 0,
    fits: [],
    stages: [],
  };
}

/** Units partition the members, so the organisation's aggregate is the sum of its units'. */
export function sumAggregates(
  unitKey: string,
  period: string,
  parts: readonly UnitPeriodAggregate[],
): UnitPeriodAggregate {
  const sum = emptyAggregate(unitKey, period);
  const fits = new Map<string, { yes: number; partly: number; no: number; people: number }>();
  const stages = new Map<number, number>();
  for (const part of parts) {
    sum.members += part.members;
    sum.due += part.due;
    sum.held += part.held;
    sum.heldMembers += part.heldMembers;
    sum.prepared += part.prepared;
    sum.gapDaysSum += part.gapDaysSum;
    sum.gaps += part.gaps;
    sum.gapMembers += part.gapMembers;
    sum.rated += part.rated;
    sum.claritySum += part.claritySum;
    sum.raters += part.raters;
    sum.checkinMembers += part.checkinMembers;
    for (const fit of part.fits) {
      const into = fits.get(fit.expectedResponseId) ?? { yes: 0, partly: 0, no: 0, people: 0 };
      into.yes += fit.yes;
      into.partly += fit.partly;
      into.no += fit.no;
      into.people += fit.people;
      fits.set(fit.expectedResponseId, into);
    }
    for (const { stage, pairs } of part.stages) stages.set(stage, (stages.get(stage) ?? 0) + pairs);
  }
  sum.fits = [...fits].map(([expectedResponseId, counts]) => ({ expectedResponseId, ...counts }));
  sum.stages = [...stages].map(([stage, pairs]) => ({ stage, pairs }));
  return sum;
}

/** Each figure's group of people, and so the grid its complementary suppression runs over. */
export type Measure =
  | 'members'
  | 'heldMembers'
  | 'gapMembers'
  | 'raters'
  | 'checkinMembers'
  | `fit:${string}`;

function measurePeople(aggregate: UnitPeriodAggregate, measure: Measure): number {
  if (measure.startsWith('fit:')) {
    const id = measure.slice('fit:'.length);
    return aggregate.fits.find((f) => f.expectedResponseId === id)?.people ?? 0;
  }
  return aggregate[measure as Exclude<Measure, `fit:${string}`>];
}

/** Hidden by the group size alone (a row on its own, without complementary suppression). */
const bySize = (aggregate: UnitPeriodAggregate) => (measure: Measure) =>
  isSuppressed(measurePeople(aggregate, measure));

export function analyticsRow(
  aggregate: UnitPeriodAggregate,
  expectedResponseIds: readonly string[],
  hidden: (measure: Measure) => boolean = bySize(aggregate),
): AnalyticsRow {
  const suppressed = hidden('members') || isSuppressed(aggregate.members);
  const fitRates = expectedResponseIds.map((expectedResponseId) => {
    const fit = aggregate.fits.find((f) => f.expectedResponseId === expectedResponseId);
    const answers = fit === undefined ? 0 : fit.yes + fit.partly + fit.no;
    const people = fit?.people ?? 0;
    const value = figure(
      fit?.yes ?? 0,
      answers,
      people,
      3,
      people > 0 && hidden(`fit:${expectedResponseId}`),
    );
    return { expectedResponseId, ...value };
  });
  let stageDistribution: AnalyticsRow['stageDistribution'] = null;
  if (aggregate.checkinMembers > 0) {
    stageDistribution =
      hidden('checkinMembers') || isSuppressed(aggregate.checkinMembers)
        ? { counts: [], suppressed: true }
        : {
            counts: STAGES.map((stage) => aggregate.stages.find((s) => s.stage === stage.index)?.pairs ?? 0),
            suppressed: false,
          };
  }
  return {
    period: aggregate.period,
    people: suppressed ? null : aggregate.members,
    suppressed,
    completionRate: figure(aggregate.held, aggregate.due, aggregate.members, 3, suppressed),
    dueSessions: suppressed ? null : aggregate.due,
    averageIntervalDays: figure(
      aggregate.gapDaysSum,
      aggregate.gaps,
      aggregate.gapMembers,
      1,
      aggregate.gapMembers > 0 && hidden('gapMembers'),
    ),
    preparationRate: figure(
      aggregate.prepared,
      aggregate.held,
      aggregate.heldMembers,
      3,
      aggregate.heldMembers > 0 && hidden('heldMembers'),
    ),
    averageClarity: figure(
      aggregate.claritySum,
      aggregate.rated,
      aggregate.raters,
      2,
      aggregate.raters > 0 && hidden('raters'),
    ),
    fitRates,
    stageDistribution,
  };
}

function unitAnalytics(
  unit: OrgUnit,
  label: LocalizedText,
  byPeriod: ReadonlyMap<string, UnitPeriodAggregate>,
  months: readonly string[] | null,
  expectedResponseIds: readonly string[],
  hidden: (period: string) => (measure: Measure) => boolean,
): UnitAnalytics {
  const at = (period: string) => byPeriod.get(period) ?? emptyAggregate(unit.key, period);
  return {
    unit: { ...unit, label },
    total: analyticsRow(at(TOTAL_PERIOD), expectedResponseIds, hidden(TOTAL_PERIOD)),
    months: (months ?? []).map((month) => analyticsRow(at(month), expectedResponseIds, hidden(month))),
  };
}

/** How a unit whose window total is hidden is listed: by its kind and a number, never by a name. */
export function suppressedUnitLabel(kind: UnitKind, ordinal: number): LocalizedText {
  return kind === 'team'
    ? { ja: `非表示のチーム ${ordinal}`, en: `Suppressed team ${ordinal}` }
    : { ja: `非表示の部署 ${ordinal}`, en: `Suppressed department ${ordinal}` };
}

/** A stable order for hidden units that says nothing about their names (FNV-1a of the key). */
function opaqueOrder(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const TENANT_UNIT: OrgUnit = { key: '*', kind: 'tenant', name: '' };

/**
 * Builds the admin's view from the rollup: one row per unit and period plus the organisation as a
 * whole, every figure through the (complementary) suppression rule. Units get their monthly rows only when
 * `unitMonths` says so (all units, or the keys given): the organisation's months are always there.
 */
export function buildAnalytics(input: {
  asOf: Date;
  months: readonly string[];
  units: readonly OrgUnit[];
  aggregates: readonly UnitPeriodAggregate[];
  expectedResponseIds: readonly string[];
  unitMonths?: 'all' | ReadonlySet<string>;
}): Analytics {
  const asked = new Set(input.aggregates.flatMap((a) => a.fits.map((f) => f.expectedResponseId)));
  const expectedResponseIds = [
    ...input.expectedResponseIds,
    ...[...asked].filter((id) => !input.expectedResponseIds.includes(id)).sort(),
  ];
  const byUnit = new Map<string, Map<string, UnitPeriodAggregate>>();
  const byPeriod = new Map<string, UnitPeriodAggregate[]>();
  for (const aggregate of input.aggregates) {
    const periods = byUnit.get(aggregate.unitKey) ?? new Map<string, UnitPeriodAggregate>();
    periods.set(aggregate.period, aggregate);
    byUnit.set(aggregate.unitKey, periods);
    const inPeriod = byPeriod.get(aggregate.period);
    if (inPeriod === undefined) byPeriod.set(aggregate.period, [aggregate]);
    else inPeriod.push(aggregate);
  }
  const tenantPeriods = new Map(
    [TOTAL_PERIOD, ...input.months].map((period) => [
      period,
      sumAggregates(TENANT_UNIT.key, period, byPeriod.get(period) ?? []),
    ]),
  );
  const measures: Measure[] = [
    'members',
    'heldMembers',
    'gapMembers',
    'raters',
    'checkinMembers',
    ...expectedResponseIds.map((id): Measure => `fit:${id}`),
  ];
  const rowKeys = [...new Set([...input.units.map((u) => u.key), ...byUnit.keys()])];
  const aggregateAt = (unitKey: string | null, period: string | null) =>
    (unitKey === null ? tenantPeriods : byUnit.get(unitKey))?.get(period ?? TOTAL_PERIOD);
  const hiddenCells = new Map(
    measures.map((measure) => [
      measure,
      complementarySuppression({
        rows: rowKeys,
        columns: input.months,
        people: (row, column) => {
          const aggregate = aggregateAt(row, column);
          return aggregate === undefined ? 0 : measurePeople(aggregate, measure);
        },
      }),
    ]),
  );
  const hiddenFor = (unitKey: string | null) => (period: string) => (measure: Measure) =>
    hiddenCells.get(measure)?.isHidden(unitKey, period === TOTAL_PERIOD ? null : period) ?? true;

  const named = (unit: OrgUnit) => !hiddenFor(unit.key)(TOTAL_PERIOD)('members');
  const shown = input.units
    .filter(named)
    .sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.key.localeCompare(b.key),
    );
  const anonymous = input.units
    .filter((unit) => !named(unit))
    .sort((a, b) => a.kind.localeCompare(b.kind) || opaqueOrder(a.key) - opaqueOrder(b.key));
  const ordinals = new Map<UnitKind, number>();
  const published = [
    ...shown.map((unit) => ({ unit, view: { ...unit }, label: unitLabel(unit) })),
    ...anonymous.map((unit) => {
      const ordinal = (ordinals.get(unit.kind) ?? 0) + 1;
      ordinals.set(unit.kind, ordinal);
      return {
        unit,
        view: { key: `suppressed:${unit.kind}:${ordinal}`, kind: unit.kind, name: '' },
        label: suppressedUnitLabel(unit.kind, ordinal),
      };
    }),
  ];
  const unitMonths = input.unitMonths ?? 'all';
  return {
    asOf: input.asOf,
    months: [...input.months],
    minGroupSize: MIN_GROUP_SIZE,
    expectedResponseIds,
    tenant: unitAnalytics(
      TENANT_UNIT,
      unitLabel(TENANT_UNIT),
      tenantPeriods,
      input.months,
      expectedResponseIds,
      hiddenFor(null),
    ),
    units: published.map(({ unit, view, label }) =>
      unitAnalytics(
        view,
        label,
        byUnit.get(unit.key) ?? new Map(),
        unitMonths === 'all' || unitMonths.has(view.key) ? input.months : null,
        expectedResponseIds,
        hiddenFor(unit.key),
      ),
    ),
  };
}
