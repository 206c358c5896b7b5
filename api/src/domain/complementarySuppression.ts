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
 * left), and every line touched by a newly hidden cell is checked again until nothing changes, so a
 * cell hidden to protect a month is in turn protected across units, and the other way round.
 *
 * Cells are numbered (row × columns) and kept in typed arrays: the rule runs once per figure on every
 * analytics request, over hundreds of units.
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

/** Which cells are hidden; `row` null is the organisation, `column` null the window total. */
export interface Suppression {
  isHidden(row: string | null, column: string | null): boolean;
  /** How many cells are hidden (the organisation and window totals included). */
  readonly hiddenCount: number;
}

/** One sum of the table and what is hidden of it so far (kept up to date as cells are hidden). */
interface Line {
  margin: number;
  /** The cells holding somebody, smallest first (ties by position): the first shown one is hidden next. */
  cells: number[];
  /** Whether hidden cells pool their people by adding them up (units) or only by the largest (months). */
  adds: boolean;
  /** Index in `cells` before which every cell is hidden. */
  cursor: number;
  hiddenCells: number;
  hiddenPeople: number;
}

/** Every cell under MIN_GROUP_SIZE people hidden, plus the complementary ones. */
export function complementarySuppression(grid: SuppressionGrid): Suppression {
  // Row 0 is the organisation and column 0 the window total; cell (r, c) is r * width + c.
  const width = grid.columns.length + 1;
  const height = grid.rows.length + 1;
  const people = new Float64Array(width * height);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      people[r * width + c] = grid.people(
        r === 0 ? null : (grid.rows[r - 1] as string),
        c === 0 ? null : (grid.columns[c - 1] as string),
      );
    }
  }
  const bySize = (a: number, b: number) => (people[a] ?? 0) - (people[b] ?? 0) || a - b;
  const line = (margin: number, cells: number[], adds: boolean): Line => ({
    margin,
    cells: cells.filter((cell) => (people[cell] ?? 0) > 0).sort(bySize),
    adds,
    cursor: 0,
    hiddenCells: 0,
    hiddenPeople: 0,
  });
  // Each cell is in one column line and one row line, as a cell or as its margin.
  const columnLines: Line[] = [];
  for (let c = 0; c < width; c++) {
    columnLines.push(
      line(
        c,
        Array.from({ length: height - 1 }, (_, r) => (r + 1) * width + c),
        true,
      ),
    );
  }
  const rowLines: Line[] = [];
  for (let r = 0; r < height; r++) {
    rowLines.push(
      line(
        r * width,
        Array.from({ length: width - 1 }, (_, c) => r * width + c + 1),
        false,
      ),
    );
  }

  const hidden = new Uint8Array(width * height);
  let hiddenCount = 0;
  const queue: Line[] = [];
  const queued = new Set<Line>();
  const touch = (l: Line, cell: number) => {
    if (l.margin !== cell) {
      l.hiddenCells += 1;
      const size = people[cell] ?? 0;
      l.hiddenPeople = l.adds ? l.hiddenPeople + size : Math.max(l.hiddenPeople, size);
    }
    if (!queued.has(l)) {
      queued.add(l);
      queue.push(l);
    }
  };
  const hide = (cell: number) => {
    if (hidden[cell] === 1) return;
    hidden[cell] = 1;
    hiddenCount += 1;
    if ((people[cell] ?? 0) <= 0) return;
    touch(columnLines[cell % width] as Line, cell);
    touch(rowLines[Math.floor(cell / width)] as Line, cell);
  };
  for (let cell = 0; cell < width * height; cell++) if ((people[cell] ?? 0) < MIN_GROUP_SIZE) hide(cell);

  for (let next = 0; next < queue.length; next++) {
    const l = queue[next] as Line;
    queued.delete(l);
    const extra = violation(l, hidden, people);
    if (extra !== null) hide(extra);
  }

  const rowIndex = new Map(grid.rows.map((row, index) => [row, index + 1]));
  const columnIndex = new Map(grid.columns.map((column, index) => [column, index + 1]));
  return {
    hiddenCount,
    isHidden(row, column) {
      const r = row === null ? 0 : rowIndex.get(row);
      const c = column === null ? 0 : columnIndex.get(column);
      // A cell outside the grid holds nobody: hidden like every group under the minimum.
      return r === undefined || c === undefined || hidden[r * width + c] === 1;
    },
  };
}

/** The cell to hide next so the line can no longer be differenced, or null when it is safe. */
function violation(line: Line, hidden: Uint8Array, people: Float64Array): number | null {
  const marginHidden = (people[line.margin] ?? 0) > 0 && hidden[line.margin] === 1;
  const hiddenEntries = line.hiddenCells + (marginHidden ? 1 : 0);
  if (hiddenEntries === 0) return null;
  const tooFew = hiddenEntries < 2;
  const tooSmall = !marginHidden && line.hiddenPeople < MIN_GROUP_SIZE;
  if (!tooFew && !tooSmall) return null;
  while (line.cursor < line.cells.length && hidden[line.cells[line.cursor] ?? 0] === 1) line.cursor++;
  const next = line.cells[line.cursor];
  if (next !== undefined) return next;
  // Every cell holding somebody is hidden; only the margin can still give one of them away.
  if (hidden[line.margin] !== 1 && (people[line.margin] ?? 0) > 0 && line.hiddenCells < 2) return line.margin;
  return null;
}
