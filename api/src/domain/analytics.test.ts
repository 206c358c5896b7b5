import { describe, expect, it } from 'vitest';
import {
  analyticsRow,
  buildAnalytics,
  emptyAggregate,
  figure,
  MIN_GROUP_SIZE,
  type UnitPeriodAggregate,
} from './analytics.js';
import { analyticsCsv, csvField, UTF8_BOM } from './analyticsCsv.js';

function aggregate(
  unitKey: string,
  period: string,
  people: number,
  extra: Partial<UnitPeriodAggregate> = {},
) {
  return {
    ...emptyAggregate(unitKey, period),
    members: people,
    due: people * 2,
    held: people * 2 - 1,
    heldMembers: people,
    prepared: people,
    gapDaysSum: 14 * people,
    gaps: people,
    gapMembers: people,
    rated: people,
    claritySum: 4 * people,
    raters: people,
    checkinMembers: people,
    fits: [{ expectedResponseId: 'listen', yes: people, partly: 0, no: people, people }],
    stages: [{ stage: 5, pairs: people }],
    ...extra,
  };
}

describe('suppression of small groups', () => {
  it('suppresses every figure over fewer than 5 people, from 0 to 4, and shows it from 5', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    for (let people = 0; people < 5; people++) {
      const row = analyticsRow(aggregate('dept:x', 'total', people), ['listen']);
      expect(row.suppressed).toBe(true);
      expect(row.people).toBeNull();
      expect(row.dueSessions).toBeNull();
      for (const f of [
        row.completionRate,
        row.averageIntervalDays,
        row.preparationRate,
        row.averageClarity,
      ]) {
        expect(f).toEqual({ value: null, suppressed: true });
      }
      expect(row.fitRates).toEqual([{ expectedResponseId: 'listen', value: null, suppressed: true }]);
      if (people > 0) expect(row.stageDistribution).toEqual({ counts: [], suppressed: true });
    }
    const row = analyticsRow(aggregate('dept:x', 'total', 5), ['listen']);
    expect(row.suppressed).toBe(false);
    expect(row.people).toBe(5);
    expect(row.completionRate).toEqual({ value: 0.9, suppressed: false });
    expect(row.averageIntervalDays).toEqual({ value: 14, suppressed: false });
    expect(row.preparationRate).toEqual({ value: 0.556, suppressed: false });
    expect(row.averageClarity).toEqual({ value: 4, suppressed: false });
    expect(row.fitRates[0]).toEqual({ expectedResponseId: 'listen', value: 0.5, suppressed: false });
    expect(row.stageDistribution?.counts).toEqual([0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
  });

  it('suppresses each figure by its own group even inside a large unit', () => {
    const row = analyticsRow(
      aggregate('dept:x', 'total', 20, {
        raters: 4,
        gapMembers: 3,
        checkinMembers: 2,
        fits: [{ expectedResponseId: 'listen', yes: 3, partly: 0, no: 1, people: 4 }],
      }),
      ['listen', 'advice'],
    );
    expect(row.completionRate.suppressed).toBe(false);
    expect(row.averageClarity).toEqual({ value: null, suppressed: true });
    expect(row.averageIntervalDays).toEqual({ value: null, suppressed: true });
    expect(row.fitRates).toEqual([
      { expectedResponseId: 'listen', value: null, suppressed: true },
      { expectedResponseId: 'advice', value: null, suppressed: true },
    ]);
    expect(row.stageDistribution).toEqual({ counts: [], suppressed: true });
  });

  it('shows no value, but does not pretend suppression, when a large group has nothing to count', () => {
    expect(figure(0, 0, 8)).toEqual({ value: null, suppressed: false });
  });

  it('suppresses small units and months in the built analytics while the organisation adds them up', () => {
    const analytics = buildAnalytics({
      asOf: new Date('2026-03-31T00:00:00Z'),
      months: ['2026-03'],
      units: [
        { key: 'dept:Sales', kind: 'department', name: 'Sales' },
        { key: 'team:m1', kind: 'team', name: '佐藤 美咲' },
      ],
      aggregates: [
        aggregate('dept:Sales', 'total', 3),
        aggregate('dept:Sales', '2026-03', 3),
        aggregate('team:m1', 'total', 4),
        aggregate('team:m1', '2026-03', 2),
      ],
      expectedResponseIds: ['listen'],
    });
    for (const unit of analytics.units) {
      expect(unit.total.suppressed).toBe(true);
      expect(unit.months[0]?.suppressed).toBe(true);
    }
    expect(analytics.tenant.total.people).toBe(7);
    expect(analytics.tenant.total.completionRate.value).toBe(0.857);
    expect(analytics.tenant.months[0]?.suppressed).toBe(false);
    // Hidden units are listed without their names: no department, no manager.
    expect(analytics.units.find((u) => u.unit.kind === 'team')?.unit).toEqual({
      key: 'suppressed:team:1',
      kind: 'team',
      name: '',
      label: { ja: '非表示のチーム 1', en: 'Suppressed team 1' },
    });
    expect(JSON.stringify(analytics)).not.toMatch(/佐藤|Sales|m1/);
  });
});

describe('analytics CSV', () => {
  it('quotes fields the RFC 4180 way and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
  });

  it('defuses cells starting with the full-width twins ＝＋－＠ and with tab or CR, like ASCII ones', () => {
    for (const start of ['=', '+', '-', '@', '＝', '＋', '－', '＠', '\t']) {
      expect(csvField(`${start}HYPERLINK("x")`)).toBe(`"'${start}HYPERLINK(""x"")"`);
    }
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(csvField('＝1+1')).toBe("'＝1+1");
    // Only at the start: a full-width sign inside a cell is plain text.
    expect(csvField('営業＋開発')).toBe('営業＋開発');
    expect(csvField('ー長音')).toBe('ー長音');
  });

  it('starts with a BOM, ends lines with CRLF and writes Japanese headers', () => {
    const analytics = buildAnalytics({
      asOf: new Date('2026-03-31T00:00:00Z'),
      months: ['2026-02', '2026-03'],
      units: [{ key: 'dept:営業, 東京', kind: 'department', name: '営業, 東京' }],
      aggregates: [
        aggregate('dept:営業, 東京', 'total', 6),
        aggregate('dept:営業, 東京', '2026-02', 6),
        aggregate('dept:営業, 東京', '2026-03', 2),
      ],
      expectedResponseIds: ['listen'],
    });
    const csv = analyticsCsv(analytics, 'ja', () => ({ ja: 'まずは聞いてほしい', en: 'Just listen' }));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toContain('適合率: まずは聞いてほしい');
    expect(lines[0]).toContain('段階: 信頼');
    expect(lines).toHaveLength(1 + 2 * 3 + 1);
    expect(lines[4]).toMatch(/^部署,"営業, 東京",期間合計,6,12,0.917,14,/);
    // 2026-02 is hidden too: otherwise the window total minus it would give 2026-03 back.
    expect(lines[5]).toMatch(/^部署,"営業, 東京",2026-02,非表示（5人未満）,非表示（5人未満）,非表示/);
    expect(lines[6]).toMatch(/^部署,"営業, 東京",2026-03,非表示（5人未満）,非表示（5人未満）,非表示/);
    expect(csv).not.toMatch(/[^\r]\n/);
  });
});
