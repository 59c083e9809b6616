import { Dec, stepOf } from "../decimal";
import { finding, Finding } from "../findings";
import { Axis, axisOf, flattened } from "./axis";
import { Problem, solveTable } from "./network";
import type { RoundedTable, TableInput, TotalNotKept } from "./types";

/**
 * Rounds a table so that its totals add up (issue 16). Every figure shown is its exact value
 * rounded down or up to the step, every total and subtotal is the sum of its shown parts, and
 * the total absolute deviation from exact over every figure shown is the least possible; ties
 * by the rule in ties.ts. A total's exact value is the sum of the exact figures it covers. A
 * typed total that is not that sum is a finding and is kept where possible: the figures under
 * it may then move up to one step from their own values to meet it. Subtotals on both
 * dimensions (a table of three or more dimensions laid out flat) may have no such rounding:
 * then one dimension's inner subtotals are shown as the sums of their parts, and each one that
 * is not its exact value rounded down or up is named in a finding – never picked in silence.
 */
export function roundTable(input: TableInput): RoundedTable {
  const { figures, decimals } = input;
  const lang = input.lang ?? "en";
  const place = input.place ?? (() => ({}));
  const rows = axisOf(input.rows);
  const cols = axisOf(input.cols);
  const R = rows.roles.length;
  const K = cols.roles.length;
  if (figures.length !== R || figures.some((row) => row.length !== K))
    throw new Error("round-table: figures and roles differ in shape");
  const findings: Finding[] = [];
  const slack = figures.map((row) => row.map(() => 0));
  const exact = exactValues(input, rows, cols, slack, findings, lang, place);
  const step = stepOf(decimals);

  let best = orientAndSolve(exact.values, slack, rows, cols, decimals);
  const notKept: TotalNotKept[] = [];
  if (!best) {
    // The typed totals' parts cannot meet them: round to the sums of the parts instead, and say so.
    for (const [r, c, sum] of exact.typedKept) {
      notKept.push({
        row: r,
        col: c,
        exact: exact.values[r][c]!,
        shown: new Dec(0),
      });
      exact.values[r][c] = sum;
    }
    for (const row of slack) row.fill(0);
    best = orientAndSolve(exact.values, slack, rows, cols, decimals);
    if (!best)
      throw new Error(
        "round-table: no rounding of a consistent table (this is a bug)",
      );
  }
  const shown = best.steps.map((row) =>
    row.map((s) => (s === null ? null : new Dec(s.toString()).times(step))),
  );
  for (const miss of notKept) miss.shown = shown[miss.row][miss.col]!;
  for (const [r, c] of best.derived) {
    const e = exact.values[r][c];
    const s = shown[r][c];
    if (e === null || s === null) continue;
    const lo = e.div(step).floor().times(step);
    if (s.lt(lo) || s.gt(e.div(step).ceil().times(step)))
      notKept.push({ row: r, col: c, exact: e, shown: s });
  }
  for (const miss of notKept)
    findings.push(
      finding(
        "warning",
        "TABLE_TOTAL_NOT_KEPT",
        { total: miss.shown.toString(), value: miss.exact.toString() },
        place(miss.row, miss.col),
        lang,
      ),
    );
  let deviation = new Dec(0);
  const plain = exact.values.map((row) =>
    row.map((e) =>
      e === null
        ? null
        : e.div(step).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(step),
    ),
  );
  exact.values.forEach((row, r) =>
    row.forEach((e, c) => {
      if (e !== null && shown[r][c] !== null)
        deviation = deviation.plus(shown[r][c]!.minus(e).abs());
    }),
  );
  return {
    decimals,
    shown,
    exact: exact.values,
    plain,
    slack,
    notKept,
    optimal: notKept.length === 0,
    deviation,
    findings,
  };
}

/** Binary noise in a typed total (0,1 + 0,2 stored as 0,30000000000000004) is not a difference. */
const NOISE = new Dec("1e-9");

function exactValues(
  input: TableInput,
  rows: Axis,
  cols: Axis,
  slack: number[][],
  findings: Finding[],
  lang: "da" | "en",
  place: NonNullable<TableInput["place"]>,
): { values: (Dec | null)[][]; typedKept: [number, number, Dec][] } {
  const { figures } = input;
  const typedKept: [number, number, Dec][] = [];
  const values = figures.map((row, r) =>
    row.map((given, c): Dec | null => {
      const rk = rows.roles[r].kind;
      const ck = cols.roles[c].kind;
      if (rk === "label" || ck === "label") return null;
      if (rk === "figures" && ck === "figures") return given;
      if (given === null) return null;
      let sum = new Dec(0);
      for (const i of rows.leaves[r])
        for (const j of cols.leaves[c])
          if (figures[i][j]) sum = sum.plus(figures[i][j]!);
      if (
        !input.typed?.[r][c] ||
        given
          .minus(sum)
          .abs()
          .lte(NOISE.times(Dec.max(1, sum.abs())))
      )
        return sum;
      findings.push(
        finding(
          "warning",
          "TABLE_TOTAL_MISMATCH",
          { total: given.toString(), sum: sum.toString() },
          place(r, c),
          lang,
        ),
      );
      typedKept.push([r, c, sum]);
      return given;
    }),
  );
  // The figures under a typed total kept may move up to one step to meet it.
  for (const [r, c] of typedKept)
    for (let i = 0; i < figures.length; i++)
      for (let j = 0; j < figures[i].length; j++)
        if ((i !== r || j !== c) && under(rows, i, r) && under(cols, j, c))
          slack[i][j] = 1;
  return { values, typedKept };
}

/** True when index i is `top` or lies in its subtree. */
function under(axis: Axis, i: number, top: number): boolean {
  if (axis.roles[top].kind !== "total") return i === top;
  for (let x = i; x >= 0; x = axis.parent[x]) if (x === top) return true;
  return false;
}

interface Solved {
  steps: (bigint | null)[][];
  /** Totals left out of the network (inner subtotals of the flattened dimension): shown as sums, checked after. */
  derived: [number, number][];
}

/**
 * The network takes rows of any depth and columns of one level: a table with column subtotals
 * is turned; one with subtotals both ways is solved both ways, each with the other dimension's
 * inner subtotals left as sums, and the way that keeps more totals (then the smaller deviation)
 * is taken.
 */
function orientAndSolve(
  values: (Dec | null)[][],
  slack: number[][],
  rows: Axis,
  cols: Axis,
  decimals: number,
): Solved | null {
  const places = values.reduce(
    (m, row) =>
      row.reduce(
        (n, v) => (v === null ? n : Math.max(n, v.decimalPlaces())),
        m,
      ),
    0,
  );
  const D = 10n ** BigInt(Math.max(0, places - decimals));
  const scale = new Dec(10).pow(decimals).times(D.toString());
  const E = values.map((row) =>
    row.map((v) => (v === null ? null : BigInt(v.times(scale).toFixed(0)))),
  );
  const order: [number, number][] = [];
  rows.roles.forEach((rr, r) =>
    cols.roles.forEach((cr, c) => {
      if (rr.kind === "figures" && cr.kind === "figures") order.push([r, c]);
    }),
  );
  const T = <X>(m: X[][]): X[][] =>
    m.length === 0 ? [] : m[0].map((_, c) => m.map((row) => row[c]));
  const tries: { steps: (bigint | null)[][]; derived: [number, number][] }[] =
    [];
  const attempt = (transpose: boolean) => {
    const r = transpose ? cols : rows;
    let c = transpose ? rows : cols;
    let dropped: number[] = [];
    if (c.depth > 1) ({ axis: c, dropped } = flattened(c));
    const p: Problem = {
      rows: r,
      cols: c,
      exact: transpose ? T(E) : E,
      slack: transpose ? T(slack) : slack,
      D,
      order: transpose ? order.map(([i, j]) => [j, i]) : order,
    };
    let steps = solveTable(p);
    if (!steps) return;
    // Inner subtotals left out: the sum of their (already rounded) parts, row by row.
    const derived: [number, number][] = [];
    const original = transpose ? rows : cols;
    for (const k of dropped)
      for (let i = 0; i < r.roles.length; i++) {
        if (p.exact[i][k] === null) continue;
        let sum = 0n;
        for (const j of original.leaves[k]) sum += steps[i][j] ?? 0n;
        steps[i][k] = sum;
        derived.push(transpose ? [k, i] : [i, k]);
      }
    if (transpose) steps = T(steps);
    tries.push({ steps, derived });
  };
  if (cols.depth <= 1) attempt(false);
  else if (rows.depth <= 1) attempt(true);
  else {
    attempt(false);
    attempt(true);
  }
  if (tries.length === 0) return null;
  if (tries.length === 1) return tries[0];
  const cost = (t: Solved) => {
    let missed = 0;
    let dev = new Dec(0);
    for (const [i, j] of t.derived) {
      const e = values[i][j]!.times(new Dec(10).pow(decimals));
      const s = new Dec(t.steps[i][j]!.toString());
      if (s.lt(e.floor()) || s.gt(e.ceil())) missed++;
    }
    t.steps.forEach((row, i) =>
      row.forEach((s, j) => {
        if (s !== null && values[i][j] !== null)
          dev = dev.plus(
            new Dec(s.toString())
              .minus(values[i][j]!.times(new Dec(10).pow(decimals)))
              .abs(),
          );
      }),
    );
    return { missed, dev };
  };
  const [a, b] = tries.map(cost);
  return b.missed < a.missed || (b.missed === a.missed && b.dev.lt(a.dev))
    ? tries[1]
    : tries[0];
}
