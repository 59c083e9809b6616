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
  const report: Report = {
    findings: [],
    lang: input.lang ?? "en",
    place: input.place ?? (() => ({})),
  };
  const rows = axisOf(input.rows);
  const cols = axisOf(input.cols);
  if (
    figures.length !== rows.roles.length ||
    figures.some((row) => row.length !== cols.roles.length)
  )
    throw new Error("round-table: figures and roles differ in shape");
  const scale = scaleOf(input, rows, cols);
  const E = exactUnits(input, rows, cols, scale, report);
  const slack = slackUnderTypedTotals(E.typedKept, rows, cols, figures);
  const { best, notKept } = solveKeepingTypedTotals(
    E,
    slack,
    rows,
    cols,
    scale,
  );
  const steps = best.steps;
  const stepDec = (s: bigint): Dec => new Dec(`${s}e${-decimals}`);
  const shown = steps.map((row) =>
    row.map((s) => (s === null ? null : stepDec(s))),
  );
  for (const miss of notKept) miss.shown = shown[miss.row][miss.col]!;
  notKept.push(...derivedNotKept(best, E.units, shown, scale));
  for (const miss of notKept)
    report.findings.push(
      finding(
        "warning",
        "TABLE_TOTAL_NOT_KEPT",
        { total: miss.shown.toString(), value: miss.exact.toString() },
        report.place(miss.row, miss.col),
        report.lang,
      ),
    );
  const { plain, deviation } = plainRound(
    E.units,
    steps,
    shown,
    scale.D,
    stepDec,
  );
  return {
    decimals,
    shown,
    exact: E.units.map((row, r) =>
      row.map((u, c) =>
        u === null ? null : (E.given[r][c] ?? scale.decimalOf(u)),
      ),
    ),
    plain,
    slack,
    notKept,
    // With subtotals both ways the inner ones are outside the solver: every total adds up, but least deviation is not claimed.
    optimal: notKept.length === 0 && best.derived.length === 0,
    deviation: scale.decimalOf(deviation),
    findings: report.findings,
  };
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
};

/** Where findings go: in the user's language, at the sheet's cells. */
interface Report {
  findings: Finding[];
  lang: "da" | "en";
  place: NonNullable<TableInput["place"]>;
}

/** Whole units of the table: every figure is a whole number of units; one step is D units. */
interface Scale {
  D: bigint;
  units(v: Dec): bigint;
  decimalOf(u: bigint): Dec;
}

function scaleOf(input: TableInput, rows: Axis, cols: Axis): Scale {
  // Units: every figure × 10^e is whole.
  let places = 0;
  input.figures.forEach((row, r) =>
    row.forEach((v, c) => {
      if (
        v !== null &&
        rows.roles[r].kind !== "label" &&
        cols.roles[c].kind !== "label"
      )
        places = Math.max(places, v.decimalPlaces());
    }),
  );
  const p = Math.max(0, places - input.decimals);
  const e = input.decimals + p;
  return {
    D: 10n ** BigInt(p),
    units: (v) => BigInt(v.toFixed(e).replace(".", "")),
    decimalOf: (u) => new Dec(`${u}e${-e}`),
  };
}

interface ExactUnits {
  units: (bigint | null)[][];
  /** The figure each exact value was given as (a figure, a typed total kept); null: a sum. */
  given: (Dec | null)[][];
  /** Typed totals kept against their parts: row, column and the sum of their parts. */
  typedKept: [number, number, bigint][];
}

/**
 * Exact values in units: a figure its own; a total the sum of the figures it covers, or – a
 * typed total that is not that sum (beyond binary noise) – its typed value, and a finding.
 */
function exactUnits(
  input: TableInput,
  rows: Axis,
  cols: Axis,
  scale: Scale,
  report: Report,
): ExactUnits {
  const { figures } = input;
  const typedKept: [number, number, bigint][] = [];
  const leaf: bigint[][] = figures.map((row, r) =>
    row.map((v, c) =>
      v !== null &&
      rows.roles[r].kind === "figures" &&
      cols.roles[c].kind === "figures"
        ? scale.units(v)
        : 0n,
    ),
  );
  const coveredSum = coveredSums(leaf, rows, cols);
  const given: (Dec | null)[][] = figures.map((row) => row.map(() => null));
  const units = figures.map((row, r) =>
    row.map((v, c): bigint | null => {
      const rk = rows.roles[r].kind;
      const ck = cols.roles[c].kind;
      if (rk === "label" || ck === "label" || v === null) return null;
      if (rk === "figures" && ck === "figures") {
        given[r][c] = v;
        return leaf[r][c];
      }
      const sum = coveredSum(r, c);
      const typed = scale.units(v);
      if (!input.typed?.[r][c] || typed === sum) return sum;
      const exact = scale.decimalOf(sum);
      if (isBinaryNoise(v, exact)) return sum;
      report.findings.push(
        finding(
          "warning",
          "TABLE_TOTAL_MISMATCH",
          { total: v.toString(), sum: exact.toString() },
          report.place(r, c),
          report.lang,
        ),
      );
      typedKept.push([r, c, sum]);
      given[r][c] = v;
      return typed;
    }),
  );
  return { units, given, typedKept };
}

/** The sum of the figure cells (in units) a total cell covers, by its row's and column's leaves. */
function coveredSums(
  leaf: bigint[][],
  rows: Axis,
  cols: Axis,
): (r: number, c: number) => bigint {
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
  return (r, c) => {
    let sum = 0n;
    if (cols.roles[c].kind === "total") {
      const a = acrossOf(c);
      for (const i of rows.leaves[r]) sum += a[i];
    } else for (const i of rows.leaves[r]) sum += leaf[i][c];
    return sum;
  };
}

/** Binary noise in a typed total (0,1 + 0,2 stored as 0,30000000000000004) is not a difference. */
function isBinaryNoise(typed: Dec, exact: Dec): boolean {
  return typed
    .minus(exact)
    .abs()
    .lte(NOISE.times(Dec.max(1, exact.abs())));
}

/** Per cell, its slack in steps: the figures under a typed total kept may move up to one step to meet it. */
function slackUnderTypedTotals(
  typedKept: [number, number, bigint][],
  rows: Axis,
  cols: Axis,
  figures: TableInput["figures"],
): number[][] {
  const slack = figures.map((row) => row.map(() => 0));
  for (const [r, c] of typedKept)
    for (let i = 0; i < figures.length; i++)
      for (let j = 0; j < figures[i].length; j++)
        if ((i !== r || j !== c) && under(rows, i, r) && under(cols, j, c))
          slack[i][j] = 1;
  return slack;
}

/**
 * The rounding that keeps the typed totals. When their parts cannot meet them, the table is
 * rounded to the sums of the parts instead (E.units and slack are changed to that table) and
 * each typed total is named not kept (its `shown` is set by the caller).
 */
function solveKeepingTypedTotals(
  E: ExactUnits,
  slack: number[][],
  rows: Axis,
  cols: Axis,
  scale: Scale,
): { best: Solved; notKept: TotalNotKept[] } {
  const notKept: TotalNotKept[] = [];
  const kept = orientAndSolve(E.units, slack, rows, cols, scale.D);
  if (kept) return { best: kept, notKept };
  for (const [r, c, sum] of E.typedKept) {
    notKept.push({
      row: r,
      col: c,
      exact: scale.decimalOf(E.units[r][c]!),
      shown: new Dec(0),
    });
    E.units[r][c] = sum;
  }
  for (const row of slack) row.fill(0);
  const best = orientAndSolve(E.units, slack, rows, cols, scale.D);
  if (!best)
    throw new Error(
      "round-table: no rounding of a consistent table (this is a bug)",
    );
  return { best, notKept };
}

/** Inner subtotals shown as the sums of their parts that are not their exact value rounded down or up. */
function derivedNotKept(
  best: Solved,
  units: (bigint | null)[][],
  shown: (Dec | null)[][],
  scale: Scale,
): TotalNotKept[] {
  const notKept: TotalNotKept[] = [];
  for (const [r, c] of best.derived) {
    const u = units[r][c];
    const s = best.steps[r][c];
    if (u === null || s === null) continue;
    if (s < floorDiv(u, scale.D) || s > -floorDiv(-u, scale.D))
      notKept.push({
        row: r,
        col: c,
        exact: scale.decimalOf(u),
        shown: shown[r][c]!,
      });
  }
  return notKept;
}

/** Plain ROUND of each exact value (a half away from zero), and Σ |shown − exact| in units. */
function plainRound(
  units: (bigint | null)[][],
  steps: (bigint | null)[][],
  shown: (Dec | null)[][],
  D: bigint,
  stepDec: (s: bigint) => Dec,
): { plain: (Dec | null)[][]; deviation: bigint } {
  let deviation = 0n;
  const plain = units.map((row, r) =>
    row.map((u, c) => {
      if (u === null) return null;
      const s = steps[r][c];
      if (s !== null) deviation += abs(s * D - u);
      const away = (abs(u) * 2n + D) / (2n * D);
      const rounded = u < 0n ? -away : away;
      // Mostly the figure shown: the same decimal, not a new one.
      return rounded === s ? shown[r][c] : stepDec(rounded);
    }),
  );
  return { plain, deviation };
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
