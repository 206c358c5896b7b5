import type { Analytics, AnalyticsRow, Figure, UnitAnalytics } from './analytics.js';
import type { Locale, LocalizedText } from './localizedText.js';
import { STAGES } from './stage.js';

/** Excel reads a UTF-8 file as UTF-8 (and so shows Japanese correctly) only when it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** RFC 4180: quote a field that holds a comma, quote, CR or LF, doubling its quotes. */
export function csvField(value: string): string {
  // A cell starting with = + - @ (tab, CR) is run as a formula by spreadsheets, and so is one starting
  // with their full-width twins ＝ ＋ － ＠, which a spreadsheet set up for Japanese input may take for
  // the same signs; a leading apostrophe keeps it text.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

const HEADERS: Record<string, LocalizedText> = {
  unitKind: { ja: '区分', en: 'Unit type' },
  unit: { ja: '組織', en: 'Unit' },
  period: { ja: '期間', en: 'Period' },
  people: { ja: '人数', en: 'People' },
  dueSessions: { ja: '予定された1on1', en: 'Due 1on1s' },
  completionRate: { ja: '実施率', en: 'Completion rate' },
  averageIntervalDays: { ja: '平均間隔（日）', en: 'Average interval (days)' },
  preparationRate: { ja: '事前準備率', en: 'Preparation rate' },
  averageClarity: { ja: '平均すっきり度', en: 'Average clarity (すっきり度)' },
};
const UNIT_KINDS: Record<string, LocalizedText> = {
  tenant: { ja: '全体', en: 'Organisation' },
  department: { ja: '部署', en: 'Department' },
  team: { ja: 'チーム', en: 'Team' },
};
/** Heads the column of each expected response's fit rate and of each stage, before its name. */
const FIT_RATE_OF: LocalizedText = { ja: '適合率: ', en: 'Fit rate: ' };
const STAGE_OF: LocalizedText = { ja: '段階: ', en: 'Stage: ' };
const SUPPRESSED: LocalizedText = { ja: '非表示（5人未満）', en: 'suppressed (<5 people)' };
const TOTAL: LocalizedText = { ja: '期間合計', en: 'Whole window' };

/**
 * The analytics as one CSV table: a row per unit and period (the organisation first). Suppressed
 * figures say so instead of being left blank, so nobody mistakes them for zero.
 */
export function analyticsCsv(
  analytics: Analytics,
  locale: Locale,
  responseLabel: (expectedResponseId: string) => LocalizedText,
): string {
  const value = (figure: Figure) =>
    figure.suppressed ? SUPPRESSED[locale] : figure.value === null ? '' : String(figure.value);
  const header = [
    HEADERS.unitKind?.[locale] ?? '',
    HEADERS.unit?.[locale] ?? '',
    HEADERS.period?.[locale] ?? '',
    HEADERS.people?.[locale] ?? '',
    HEADERS.dueSessions?.[locale] ?? '',
    HEADERS.completionRate?.[locale] ?? '',
    HEADERS.averageIntervalDays?.[locale] ?? '',
    HEADERS.preparationRate?.[locale] ?? '',
    HEADERS.averageClarity?.[locale] ?? '',
    ...analytics.expectedResponseIds.map((id) => `${FIT_RATE_OF[locale]}${responseLabel(id)[locale]}`),
    ...STAGES.map((stage) => `${STAGE_OF[locale]}${stage.name[locale]}`),
  ];
  const rowFields = (unit: UnitAnalytics, row: AnalyticsRow) => [
    UNIT_KINDS[unit.unit.kind]?.[locale] ?? unit.unit.kind,
    unit.unit.label[locale],
    row.period === 'total' ? TOTAL[locale] : row.period,
    row.people === null ? SUPPRESSED[locale] : String(row.people),
    row.dueSessions === null ? SUPPRESSED[locale] : String(row.dueSessions),
    value(row.completionRate),
    value(row.averageIntervalDays),
    value(row.preparationRate),
    value(row.averageClarity),
    ...row.fitRates.map(value),
    ...STAGES.map((stage) => {
      if (row.stageDistribution === null) return '';
      if (row.stageDistribution.suppressed) return SUPPRESSED[locale];
      return String(row.stageDistribution.counts[stage.index] ?? 0);
    }),
  ];
  const lines = [csvLine(header)];
  for (const unit of [analytics.tenant, ...analytics.units]) {
    for (const row of [unit.total, ...unit.months]) lines.push(csvLine(rowFields(unit, row)));
  }
  return UTF8_BOM + lines.join(CRLF) + CRLF;
}
