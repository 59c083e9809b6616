import { ExactCells, ExactTable } from "./exact";
import { SheetLayout } from "./layout";
import { sumAcross } from "./sums";
import { roundsUp, wholeAt } from "./wholes";

/** The figure shown per node and unit, in steps (entries where the node has no figure are 0). */
export type Figures = (bigint[] | null)[];

/** Sum of a node's exact figures: always a whole number of steps (a sum of national amounts). */
export function exactTotal(cells: ExactCells, D: bigint): bigint {
  const { floor, rem } = sumAcross(cells);
  return floor + rem / D;
}

/** |exact| × D, for tie-breaking. */
function magnitude(cells: ExactCells, u: number, D: bigint): bigint {
  const m = wholeAt(cells.floor, u) * D + wholeAt(cells.rem, u);
  return m < 0n ? -m : m;
}

/**
 * The units of one row that are rounded up (floor + 1), by largest remainder so that they sum
 * to `target`. Tie rule (as `apportion`): among equal remainders the unit with the larger
 * |exact| (for one key: the larger weight) comes first, then the unit listed first. A negative
 * row is the mirror image of the positive one: the same rule picks who is rounded away from zero.
 */
export function largestRemainderUps(
  cells: ExactCells,
  target: bigint,
  D: bigint,
): Uint8Array {
  const n = cells.present.length;
  const ups = new Uint8Array(n);
  let extra = target;
  const candidates: number[] = [];
  for (let u = 0; u < n; u++) {
    if (!cells.present[u]) continue;
    extra -= wholeAt(cells.floor, u);
    if (cells.rem[u] > 0) candidates.push(u);
  }
  if (extra <= 0n) return ups;
  const away = target >= 0n;
  const byRemainder = (a: number, b: number): number => {
    const ra = cells.rem[a];
    const rb = cells.rem[b];
    if (ra !== rb) return (away ? rb > ra : ra > rb) ? 1 : -1;
    const ma = magnitude(cells, a, D);
    const mb = magnitude(cells, b, D);
    return ma !== mb ? (mb > ma ? 1 : -1) : a - b;
  };
  candidates.sort(byRemainder);
  // Positive: the first `extra` go up. Negative: the first (k - extra) stay down (away from zero).
  const k = BigInt(candidates.length);
  const from = away ? 0 : Number(k - extra);
  const to = away ? Number(extra) : candidates.length;
  for (let i = from; i < to; i++) ups[candidates[i]] = 1;
  return ups;
}

/** Excel's ROUND: half away from zero. */
export function nearestUps(cells: ExactCells, D: bigint): Uint8Array {
  const n = cells.present.length;
  const ups = new Uint8Array(n);
  for (let u = 0; u < n; u++)
    if (cells.present[u] && roundsUp(cells.floor[u], cells.rem[u], D))
      ups[u] = 1;
  return ups;
}

export function withUps(cells: ExactCells, ups: Uint8Array): bigint[] {
  const { floor } = cells;
  return Array.isArray(floor)
    ? floor.map((f, u) => (ups[u] ? f + 1n : f))
    : Array.from(floor, (f, u) => BigInt(f + ups[u]));
}

/** A node's figures as the sum of the figures below it. */
export function sumBelow(
  exact: ExactTable,
  figures: Figures,
  node: number,
): bigint[] {
  const sum: bigint[] = new Array(exact.units).fill(0n);
  for (const child of exact.down[node]) {
    const f = figures[child]!;
    for (let u = 0; u < exact.units; u++) sum[u] += f[u];
  }
  return sum;
}

/**
 * `largest-remainder` and `nearest`: every row, parent with an amount, subtotal and total is
 * rounded on its own (headings show their children's sums), so rows add up with largest
 * remainder but parents and unit totals need not.
 */
export function roundIndependently(
  sheet: SheetLayout,
  exact: ExactTable,
  method: "largest-remainder" | "nearest",
): Figures {
  const figures: Figures = new Array(exact.cells.length).fill(null);
  const round = (node: number) => {
    const cells = exact.cells[node]!;
    const ups =
      method === "nearest"
        ? nearestUps(cells, exact.D)
        : largestRemainderUps(cells, exactTotal(cells, exact.D), exact.D);
    figures[node] = withUps(cells, ups);
  };
  for (let node = exact.cells.length - 1; node >= 0; node--) {
    if (exact.cells[node] === null) continue;
    const heading =
      node < exact.rowCount &&
      sheet.rows[node].kind === "sum" &&
      sheet.rows[node].own === null;
    if (heading) figures[node] = sumBelow(exact, figures, node);
    else round(node);
  }
  return figures;
}
