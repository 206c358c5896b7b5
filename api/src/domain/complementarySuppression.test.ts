import { describe, expect, it } from 'vitest';
import { complementarySuppression, MIN_GROUP_SIZE, type Suppression } from './complementarySuppression.js';

/** A grid from per-unit, per-month people; the organisation and window totals are the sums. */
function grid(people: Record<string, number[]>, months = ['m1', 'm2', 'm3']) {
  const rows = Object.keys(people);
  const at = (row: string | null, column: string | null): number => {
    if (row === null) return rows.reduce((sum, r) => sum + at(r, column), 0);
    const cells = people[row] ?? [];
    if (column === null) return cells.reduce((a, b) => a + b, 0);
    return cells[months.indexOf(column)] ?? 0;
  };
  return { rows, columns: months, people: at };
}

type Grid = ReturnType<typeof grid>;

/**
 * The guarantee, checked line by line: among the entries holding somebody, none or at least two are
 * hidden, and when the margin is shown the hidden cells stand for at least MIN_GROUP_SIZE people.
 */
function assertNotDifferenceable(g: Grid, hidden: Suppression) {
  const lines: Array<{
    margin: [string | null, string | null];
    cells: Array<[string | null, string | null]>;
    pool: 'sum' | 'max';
  }> = [];
  for (const column of [null, ...g.columns]) {
    lines.push({ margin: [null, column], cells: g.rows.map((r) => [r, column]), pool: 'sum' });
  }
  for (const row of [null, ...g.rows]) {
    lines.push({ margin: [row, null], cells: g.columns.map((c) => [row, c]), pool: 'max' });
  }
  for (const line of lines) {
    const isHidden = ([r, c]: [string | null, string | null]) => hidden.isHidden(r, c);
    const people = ([r, c]: [string | null, string | null]) => g.people(r, c);
    const entries = [line.margin, ...line.cells].filter((e) => people(e) > 0);
    const hiddenEntries = entries.filter(isHidden);
    const where = JSON.stringify(line.margin);
    expect(hiddenEntries.length, where).not.toBe(1);
    const hiddenCells = line.cells.filter((e) => people(e) > 0 && isHidden(e));
    if (!isHidden(line.margin) && hiddenCells.length > 0) {
      const sizes = hiddenCells.map(people);
      const pooled = line.pool === 'sum' ? sizes.reduce((a, b) => a + b, 0) : Math.max(...sizes);
      const everyCellHidden = hiddenCells.length === line.cells.filter((e) => people(e) > 0).length;
      if (!everyCellHidden) expect(pooled, where).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
    }
  }
  // Every group under the minimum is hidden.
  for (const row of [null, ...g.rows]) {
    for (const column of [null, ...g.columns]) {
      if (g.people(row, column) < MIN_GROUP_SIZE) expect(hidden.isHidden(row, column)).toBe(true);
    }
  }
}

describe('complementary suppression', () => {
  it('hides nothing more when every group is large enough', () => {
    const g = grid({ a: [5, 6, 7], b: [9, 9, 9] });
    expect(complementarySuppression(g).hiddenCount).toBe(0);
  });

  it('hides the next-smallest unit when exactly one unit is small (4 and 5 people are the boundary)', () => {
    for (const small of [1, 4]) {
      const g = grid({ tiny: [small, 0, 0], big: [30, 30, 30], mid: [6, 6, 6], five: [5, 5, 5] });
      const hidden = complementarySuppression(g);
      expect(hidden.isHidden('tiny', 'm1')).toBe(true);
      // The smallest shown unit of that month (5 people) is hidden with it; the others stay.
      expect(hidden.isHidden('five', 'm1')).toBe(true);
      expect(hidden.isHidden('mid', 'm1')).toBe(false);
      expect(hidden.isHidden('big', 'm1')).toBe(false);
      assertNotDifferenceable(g, hidden);
    }
  });

  it('hides one more unit when two small units together are still under 5 people', () => {
    const g = grid({ one: [1, 1, 1], two: [2, 2, 2], big: [20, 20, 20], mid: [7, 7, 7] }, ['m1', 'm2', 'm3']);
    const hidden = complementarySuppression(g);
    for (const month of ['m1', 'm2', 'm3']) expect(hidden.isHidden('mid', month)).toBe(true);
    expect(hidden.isHidden('big', 'm1')).toBe(false);
    assertNotDifferenceable(g, hidden);
  });

  it('leaves two small units that together reach 5 people as they are', () => {
    const g = grid({ two: [2, 2, 2], three: [3, 3, 3], big: [20, 20, 20] });
    const hidden = complementarySuppression(g);
    expect(hidden.isHidden('big', 'm1')).toBe(false);
    assertNotDifferenceable(g, hidden);
  });

  it('hides a second month of a unit when one month is small, so total − months reveals nothing', () => {
    const g = grid({ a: [9, 2, 8], b: [9, 9, 9], c: [8, 8, 8] });
    const hidden = complementarySuppression(g);
    expect(hidden.isHidden('a', 'm2')).toBe(true);
    expect(hidden.isHidden('a', 'm3')).toBe(true);
    // …and that month is in turn protected across units (the organisation's m3 minus b and c).
    expect(hidden.isHidden('c', 'm3')).toBe(true);
    assertNotDifferenceable(g, hidden);
  });

  it('holds its guarantee on many random tables', () => {
    let state = 42;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    for (let run = 0; run < 300; run++) {
      const units = 1 + Math.floor(random() * 7);
      const months = 1 + Math.floor(random() * 5);
      const people: Record<string, number[]> = {};
      for (let u = 0; u < units; u++) {
        people[`u${u}`] = Array.from({ length: months }, () =>
          random() < 0.2 ? 0 : Math.floor(random() * (random() < 0.5 ? 6 : 15)),
        );
      }
      const g = grid(
        people,
        Array.from({ length: months }, (_, i) => `m${i}`),
      );
      assertNotDifferenceable(g, complementarySuppression(g));
    }
  });
});
