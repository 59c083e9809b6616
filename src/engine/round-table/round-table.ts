import { Dec } from "../decimal";
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
 *
 * Arithmetic is on whole numbers of 1/D step (bigint), exact; decimals only at the edges.
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
  const used = (r: number, c: number) =>
    rows.roles[r].kind !== "label" && cols.roles[c].kind !== "label";

  // Units: every figure × 10^e is whole; one step is D units.
  let places = 0;
  figures.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && used(r, c))
        places = Math.max(places, v.decimalPlaces());
    }),
  );
  const p = Math.max(0, places - decimals);
  const e = decimals + p;
  const D = 10n ** BigInt(p);
  const units = (v: Dec): bigint => BigInt(v.toFixed(e).replace(".", ""));
  const decimalOf = (u: bigint): Dec => new Dec(`${u}e${-e}`);

  const findings: Finding[] = [];
  const slack = figures.map((row) => row.map(() => 0));
  const E = exactUnits(
    input,
    rows,
    cols,
    units,
    decimalOf,
    slack,
    findings,
    lang,
    place,
  );

  let best = orientAndSolve(E.units, slack, rows, cols, D);
  const notKept: TotalNotKept[] = [];
  if (!best) {
    // The typed totals' parts cannot meet them: round to the sums of the parts instead, and say so.
    for (const [r, c, sum] of E.typedKept) {
      notKept.push({
        row: r,
        col: c,
        exact: decimalOf(E.units[r][c]!),
        shown: new Dec(0),
      });
      E.units[r][c] = sum;
    }
    for (const row of slack) row.fill(0);
    best = orientAndSolve(E.units, slack, rows, cols, D);
    if (!best)
      throw new Error(
        "round-table: no rounding of a consistent table (this is a bug)",
      );
  }
  const steps = best.steps;
  const stepDec = (s: bigint): Dec => new Dec(`${s}e${-decimals}`);
  const shown = steps.map((row) =>
    row.map((s) => (s === null ? null : stepDec(s))),
  );
  for (const miss of notKept) miss.shown = shown[miss.row][miss.col]!;
  for (const [r, c] of best.derived) {
    const u = E.units[r][c];
    const s = steps[r][c];
    if (u === null || s === null) continue;
    if (s < floorDiv(u, D) || s > -floorDiv(-u, D))
      notKept.push({
        row: r,
        col: c,
        exact: decimalOf(u),
        shown: shown[r][c]!,
      });
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
  let deviation = 0n;
  const plain = E.units.map((row, r) =>
    row.map((u, c) => {
      if (u === null) return null;
      const s = steps[r][c];
      if (s !== null) deviation += abs(s * D - u);
      // ROUND: a half away from zero.
      const away = (abs(u) * 2n + D) / (2n * D);
      const rounded = u < 0n ? -away : away;
      // Mostly the figure shown: the same decimal, not a new one.
      return rounded === s ? shown[r][c] : stepDec(rounded);
    }),
  );
  return {
    decimals,
    shown,
    exact: E.units.map((row, r) =>
      row.map((u, c) => (u === null ? null : (E.given[r][c] ?? decimalOf(u)))),
    ),
    plain,
    slack,
    notKept,
    // With subtotals both ways the inner ones are outside the solver: every total adds up, but least deviation is not claimed.
    optimal: notKept.length === 0 && best.derived.length === 0,
    deviation: decimalOf(deviation),
    findings,
  };
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
};

/**
 * Exact values in units: a figure its own; a total the sum of the figures it covers, or – a
 * typed total that is not that sum (beyond binary noise) – its typed value, with one step of
 * slack for every figure under it.
 */
function exactUnits(
  input: TableInput,
  rows: Axis,
  cols: Axis,
  units: (v: Dec) => bigint,
  decimalOf: (u: bigint) => Dec,
  slack: number[][],
  findings: Finding[],
  lang: "da" | "en",
  place: NonNullable<TableInput["place"]>,
): {
  units: (bigint | null)[][];
  given: (Dec | null)[][];
  typedKept: [number, number, bigint][];
} {
  const { figures } = input;
  const typedKept: [number, number, bigint][] = [];
  const leaf: bigint[][] = figures.map((row, r) =>
    row.map((v, c) =>
      v !== null &&
      rows.roles[r].kind === "figures" &&
      cols.roles[c].kind === "figures"
        ? units(v)
        : 0n,
    ),
  );
  // Row sums of figure cells per total column, so a total's sum is a sum over its rows.
  const across = new Map<number, bigint[]>();
  const acrossOf = (c: number): bigint[] => {
    let got = across.get(c);
    if (!got) {
      got = leaf.map((row) => cols.leaves[c].reduce((s, j) => s + row[j], 0n));
      across.set(c, got);
    }
    return got;
  };
  const given: (Dec | null)[][] = figures.map((row) => row.map(() => null));
  const out = figures.map((row, r) =>
    row.map((v, c): bigint | null => {
      const rk = rows.roles[r].kind;
      const ck = cols.roles[c].kind;
      if (rk === "label" || ck === "label" || v === null) return null;
      if (rk === "figures" && ck === "figures") {
        given[r][c] = v;
        return leaf[r][c];
      }
      let sum = 0n;
      if (ck === "total") {
        const a = acrossOf(c);
        for (const i of rows.leaves[r]) sum += a[i];
      } else for (const i of rows.leaves[r]) sum += leaf[i][c];
      const typed = units(v);
      if (!input.typed?.[r][c] || typed === sum) return sum;
      const exact = decimalOf(sum);
      // Binary noise in a typed total (0,1 + 0,2 stored as 0,30000000000000004) is not a difference.
      if (
        v
          .minus(exact)
          .abs()
          .lte(NOISE.times(Dec.max(1, exact.abs())))
      )
        return sum;
      findings.push(
        finding(
          "warning",
          "TABLE_TOTAL_MISMATCH",
          { total: v.toString(), sum: exact.toString() },
          place(r, c),
          lang,
        ),
      );
      typedKept.push([r, c, sum]);
      given[r][c] = v;
      return typed;
    }),
  );
  // The figures under a typed total kept may move up to one step to meet it.
  for (const [r, c] of typedKept)
    for (let i = 0; i < figures.length; i++)
      for (let j = 0; j < figures[i].length; j++)
        if ((i !== r || j !== c) && under(rows, i, r) && under(cols, j, c))
          slack[i][j] = 1;
  return { units: out, given, typedKept };
}

const NOISE = new Dec("1e-9");

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
  E: (bigint | null)[][],
  slack: number[][],
  rows: Axis,
  cols: Axis,
  D: bigint,
): Solved | null {
  const order: [number, number][] = [];
  rows.roles.forEach((rr, r) =>
    cols.roles.forEach((cr, c) => {
      if (rr.kind === "figures" && cr.kind === "figures") order.push([r, c]);
    }),
  );
  const T = <X>(m: X[][]): X[][] =>
    m.length === 0 ? [] : m[0].map((_, c) => m.map((row) => row[c]));
  const tries: Solved[] = [];
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
    // Inner subtotals left out: the sum of the (already rounded) figure cells they cover (a
    // total row's own cells may be blank, its figure rows never are).
    const derived: [number, number][] = [];
    const original = transpose ? rows : cols;
    for (const k of dropped)
      for (let i = 0; i < r.roles.length; i++) {
        if (p.exact[i][k] === null) continue;
        let sum = 0n;
        for (const i2 of r.leaves[i])
          for (const j of original.leaves[k]) sum += steps[i2][j] ?? 0n;
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
  if (tries.length <= 1) return tries[0] ?? null;
  const cost = (t: Solved) => {
    let missed = 0;
    let dev = 0n;
    for (const [i, j] of t.derived) {
      const s = t.steps[i][j]!;
      if (s < floorDiv(E[i][j]!, D) || s > -floorDiv(-E[i][j]!, D)) missed++;
    }
    t.steps.forEach((row, i) =>
      row.forEach(
        (s, j) =>
          s !== null && E[i][j] !== null && (dev += abs(s * D - E[i][j]!)),
      ),
    );
    return { missed, dev };
  };
  const [a, b] = tries.map(cost);
  return b.missed < a.missed || (b.missed === a.missed && b.dev < a.dev)
    ? tries[1]
    : tries[0];
}
