/**
 * Complementary suppression for the admin analytics table (pure; no I/O).
 *
 * Hiding each group under MIN_GROUP_SIZE people is not enough on its own: the organisation's row is
 * the sum of its units, and a unit's window total is the sum of its months (for every additive count:
 * 1on1s due and held, ratings and their すっきり度 sum, stage counts…). When exactly one cell of such
 * a sum is hidden, "total − shown" gives it back. So, for each figure separately, the hidden cells are
 * extended until every line of the table satisfies:
 *
 * - A line is one sum: the units of a period with the organisation as its margin, or the months of a
 *   unit (or of the organisation) with the unit's window total as its margin.
 * - Among the line's entries that hold somebody (margin included), none or at least two are hidden,
 *   so no single hidden entry equals "margin − shown".
 * - When the margin is shown, the hidden cells together stand for at least MIN_GROUP_SIZE people, so
 *   even their pooled value describes a group. Units partition the members, so the people behind
 *   hidden units add up; the same person can appear in several months, so for months only the
 *   largest hidden month is a safe lower bound.
 *
 * A violated line hides its smallest shown cell that holds somebody (the margin only when no cell is
 * left), and every line touched by a newly hidden cell is checked again until nothing changes, so a cell hidden to protect a month is
 * in turn protected across units, and the other way round.
 */

export const MIN_GROUP_SIZE = 5;

export interface SuppressionGrid {
  /** Row keys (organisation units); the organisation itself is the margin of every column. */
  rows: readonly string[];
  /** Column keys (months); the window total is the margin of every row. */
  columns: readonly string[];
  /** People behind a cell; `row` null is the organisation, `column` null the window total. */
  people: (row: string | null, column: string | null) => number;
}

/** Key of a cell in the returned set: `row` null → organisation, `column` null → window total. */
export function cellKey(row: string | null, column: string | null): string {
  return `${row === null ? '*' : `u:${row}`}|${column === null ? '*' : `m:${column}`}`;
}

interface Entry {
  key: string;
  people: number;
}

/** One sum of the table and what is hidden of it so far (kept up to date as cells are hidden). */
interface Line {
  margin: Entry;
  /** The cells holding somebody, smallest first (ties by key): the first shown one is hidden next. */
  cells: Entry[];
  /** Whether hidden cells pool their people by adding them up (units) or only by the largest (months). */
  adds: boolean;
  /** Index in `cells` before which every cell is hidden. */
  cursor: number;
  hiddenCells: number;
  hiddenPeople: number;
}

const bySize = (a: Entry, b: Entry) => a.people - b.people || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The cells to hide: every cell under MIN_GROUP_SIZE people plus the complementary ones. */
export function complementarySuppression(grid: SuppressionGrid): Set<string> {
  const entry = (row: string | null, column: string | null): Entry => ({
    key: cellKey(row, column),
    people: grid.people(row, column),
  });
  const everyEntry: Entry[] = [];
  const line = (margin: Entry, cells: Entry[], adds: boolean): Line => {
    everyEntry.push(margin, ...cells);
    return {
      margin,
      cells: cells.filter((e) => e.people > 0).sort(bySize),
      adds,
      cursor: 0,
      hiddenCells: 0,
      hiddenPeople: 0,
    };
  };
  const lines: Line[] = [];
  for (const column of [null, ...grid.columns]) {
    lines.push(
      line(
        entry(null, column),
        grid.rows.map((row) => entry(row, column)),
        true,
      ),
    );
  }
  for (const row of [null, ...grid.rows]) {
    lines.push(
      line(
        entry(row, null),
        grid.columns.map((column) => entry(row, column)),
        false,
      ),
    );
  }

  // Where each entry sits, so hiding it updates and re-checks only the lines it belongs to.
  const at = new Map<string, Array<{ line: Line; asCell: boolean }>>();
  for (const l of lines) {
    for (const e of [l.margin, ...l.cells]) {
      const places = at.get(e.key) ?? [];
      places.push({ line: l, asCell: e !== l.margin });
      at.set(e.key, places);
    }
  }
  const people = new Map(lines.flatMap((l) => [l.margin, ...l.cells].map((e) => [e.key, e.people] as const)));

  const hidden = new Set<string>();
  const queue: Line[] = [];
  const queued = new Set<Line>();
  const check = (l: Line) => {
    if (!queued.has(l)) {
      queued.add(l);
      queue.push(l);
    }
  };
  const hide = (key: string) => {
    if (hidden.has(key)) return;
    hidden.add(key);
    for (const { line: l, asCell } of at.get(key) ?? []) {
      if (asCell) {
        l.hiddenCells += 1;
        const size = people.get(key) ?? 0;
        l.hiddenPeople = l.adds ? l.hiddenPeople + size : Math.max(l.hiddenPeople, size);
      }
      check(l);
    }
  };
  for (const e of everyEntry) if (e.people < MIN_GROUP_SIZE) hide(e.key);

  for (let next = 0; next < queue.length; next++) {
    const l = queue[next] as Line;
    queued.delete(l);
    const extra = violation(l, hidden);
    if (extra !== null) hide(extra);
  }
  return hidden;
}

/** The entry to hide next so the line can no longer be differenced, or null when it is safe. */
function violation(line: Line, hidden: ReadonlySet<string>): string | null {
  const marginHidden = line.margin.people > 0 && hidden.has(line.margin.key);
  const hiddenEntries = line.hiddenCells + (marginHidden ? 1 : 0);
  if (hiddenEntries === 0) return null;
  const tooFew = hiddenEntries < 2;
  const tooSmall = !marginHidden && line.hiddenPeople < MIN_GROUP_SIZE;
  if (!tooFew && !tooSmall) return null;
  while (line.cursor < line.cells.length && hidden.has(line.cells[line.cursor]?.key ?? '')) line.cursor++;
  const next = line.cells[line.cursor];
  if (next !== undefined) return next.key;
  // Every cell holding somebody is hidden; only the margin can still give one of them away.
  if (!hidden.has(line.margin.key) && line.margin.people > 0 && line.hiddenCells < 2) return line.margin.key;
  return null;
}
