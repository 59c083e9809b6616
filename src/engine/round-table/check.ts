import { Dec, stepOf } from "../decimal";
import type { Role, RoundedTable, TableInput } from "./types";

/**
 * An independent check of a rounded table against its guarantees, for tests: it shares no
 * code with the solver. It re-adds every exact total from the figures, checks that every
 * total shown is the sum of its shown members, that every figure is its exact value rounded
 * down or up (within one step under a typed total kept), and proves that the total deviation
 * is least: no cycle of ±1-step changes that keeps every sum lowers it (Bellman–Ford on the
 * residual graph of the result, built here from the roles alone).
 */
export interface TableViolation {
  rule: "SHAPE" | "EXACT" | "ADDS_UP" | "BOUNDS" | "SLACK" | "NOT_OPTIMAL";
  row: number;
  col: number;
  message: string;
}

type Say = (
  rule: TableViolation["rule"],
  row: number,
  col: number,
  message: string,
) => void;

export function checkRoundedTable(
  input: TableInput,
  result: RoundedTable,
  options: { optimality?: boolean } = {},
): TableViolation[] {
  const out: TableViolation[] = [];
  const say: Say = (rule, row, col, message) =>
    out.push({ rule, row, col, message });
  const loose = checkExactValues(input, result, say);
  checkBounds(input, result, loose, say);
  checkTotalsAddUp(input, result, say);
  if (
    options.optimality !== false &&
    out.length === 0 &&
    result.notKept.length === 0
  ) {
    const cycle = improvingCycle(input, result);
    if (cycle)
      say(
        "NOT_OPTIMAL",
        cycle[0],
        cycle[1],
        "a cycle of one-step changes keeps every sum and lowers the deviation",
      );
  }
  return out;
}

const isLabel = (input: TableInput, r: number, c: number) =>
  input.rows[r].kind === "label" || input.cols[c].kind === "label";
const isTotal = (input: TableInput, r: number, c: number) =>
  input.rows[r].kind === "total" || input.cols[c].kind === "total";

/**
 * A cell as the sum of its parts (a row total's member rows first, then a column total's
 * member columns), down to the cells where `own` gives a value (0 where it gives none).
 */
function sumOfParts(
  input: TableInput,
  r: number,
  c: number,
  own: (r: number, c: number) => Dec | null,
): Dec {
  const x = own(r, c);
  if (x !== null) return x;
  const row = input.rows[r];
  const col = input.cols[c];
  if (row.kind === "total")
    return row.of.reduce(
      (s, m) => s.plus(sumOfParts(input, m, c, own)),
      new Dec(0),
    );
  if (col.kind === "total")
    return col.of.reduce(
      (s, m) => s.plus(sumOfParts(input, r, m, own)),
      new Dec(0),
    );
  return new Dec(0);
}

/** Index i and every index in its subtree of totals. */
function subtree(roles: Role[], i: number): number[] {
  const role = roles[i];
  return role.kind === "total"
    ? [i, ...role.of.flatMap((m) => subtree(roles, m))]
    : [i];
}

/**
 * Every cell is shown where it has a figure and only there, and its exact value is its figure,
 * or for a total the sum of the figures it covers (re-added here) or its typed figure. Returns
 * the cells under typed totals kept against their parts ("r,c"): they may have one step of slack.
 */
function checkExactValues(
  input: TableInput,
  result: RoundedTable,
  say: Say,
): Set<string> {
  const loose = new Set<string>();
  const figureOf = (r: number, c: number) =>
    isTotal(input, r, c) ? null : input.figures[r][c];
  input.figures.forEach((row, r) =>
    row.forEach((given, c) => {
      if (isLabel(input, r, c)) {
        if (result.shown[r][c] !== null)
          say("SHAPE", r, c, "a label cell has a figure");
        return;
      }
      const e = result.exact[r][c];
      if (
        (given === null) !== (e === null) ||
        (given === null) !== (result.shown[r][c] === null)
      )
        return void say(
          "SHAPE",
          r,
          c,
          "shown where there is no figure, or missing where there is one",
        );
      if (e === null) return;
      if (!isTotal(input, r, c)) {
        if (!e.eq(given!))
          say("EXACT", r, c, `exact ${e} is not the figure ${given}`);
        return;
      }
      const sum = sumOfParts(input, r, c, figureOf);
      if (e.eq(sum)) return;
      if (!input.typed?.[r][c] || !e.eq(given!))
        return void say(
          "EXACT",
          r,
          c,
          `exact ${e}: neither the sum ${sum} nor the typed total`,
        );
      for (const i of subtree(input.rows, r))
        for (const j of subtree(input.cols, c))
          if (i !== r || j !== c) loose.add(`${i},${j}`);
    }),
  );
  return loose;
}

/** Every figure shown is its exact value rounded down or up (widened by its slack, allowed only where `loose`), unless named not kept. */
function checkBounds(
  input: TableInput,
  result: RoundedTable,
  loose: Set<string>,
  say: Say,
): void {
  const step = stepOf(input.decimals);
  const notKept = new Set(result.notKept.map((m) => `${m.row},${m.col}`));
  result.shown.forEach((row, r) =>
    row.forEach((x, c) => {
      if (x === null || result.exact[r][c] === null) return;
      const e = result.exact[r][c]!;
      const s = result.slack[r][c];
      if (s !== 0 && !loose.has(`${r},${c}`))
        say("SLACK", r, c, "slack where no typed total was kept");
      if (notKept.has(`${r},${c}`)) return;
      const lo = e.div(step).floor().minus(s);
      const hi = e.div(step).ceil().plus(s);
      const v = x.div(step);
      if (!v.isInteger() || v.lt(lo) || v.gt(hi))
        say("BOUNDS", r, c, `${x} is not ${e} rounded down or up`);
    }),
  );
}

/** Every total shown is the sum of its shown members: row totals first, then column totals. */
function checkTotalsAddUp(
  input: TableInput,
  result: RoundedTable,
  say: Say,
): void {
  const { rows, cols } = input;
  // A total left blank is not shown: its place in a sum is taken by its own parts.
  const shownOf = (r: number, c: number) => result.shown[r][c];
  const addsUp = (r: number, c: number, parts: [number, number][]) => {
    const x = result.shown[r][c];
    if (x === null) return;
    const sum = parts.reduce(
      (s, [i, j]) => s.plus(sumOfParts(input, i, j, shownOf)),
      new Dec(0),
    );
    if (!sum.eq(x))
      say("ADDS_UP", r, c, `${x} is not the sum of its parts, ${sum}`);
  };
  rows.forEach((role, r) => {
    if (role.kind === "total")
      cols.forEach(
        (_, c) =>
          !isLabel(input, r, c) &&
          addsUp(
            r,
            c,
            role.of.map((m) => [m, c]),
          ),
      );
  });
  cols.forEach((role, c) => {
    if (role.kind === "total")
      rows.forEach(
        (_, r) =>
          !isLabel(input, r, c) &&
          addsUp(
            r,
            c,
            role.of.map((m) => [r, m]),
          ),
      );
  });
}

/** Depth of nested totals along one dimension (1: totals of figures only). */
function depthOf(roles: Role[], i: number): number {
  const role = roles[i];
  return role.kind === "total"
    ? 1 + Math.max(0, ...role.of.map((m) => depthOf(roles, m)))
    : 0;
}

/**
 * A cell on a negative cycle of the residual graph, or null. The table as a circulation:
 * rows (any depth) on one side, columns (one level) on the other, oriented so (a table with
 * column subtotals is turned; one with subtotals both ways is not checked).
 */
function improvingCycle(
  input: TableInput,
  result: RoundedTable,
): [number, number] | null {
  const turn = input.cols.some((_, c) => depthOf(input.cols, c) > 1);
  if (turn && input.rows.some((_, r) => depthOf(input.rows, r) > 1))
    return null;
  const { nodeCount, arcs } = residualGraph(input, result, turn);
  return negativeCycle(nodeCount, arcs);
}

/** An arc of the residual graph: one step of a cell's change, at its cost. */
interface Move {
  from: number;
  to: number;
  cost: Dec;
  cell: [number, number];
}

/**
 * The residual graph of the result, nodes named as the solver's network is built (a row node
 * per row and total column, a column node per total row and figure column, the top): a total
 * not shown is an arc of any flow at no cost, a figure an arc that may move one step up or down
 * within its bounds at the change in |value − exact|.
 */
function residualGraph(
  input: TableInput,
  result: RoundedTable,
  turn: boolean,
): { nodeCount: number; arcs: Move[] } {
  const rows = turn ? input.cols : input.rows;
  const cols = turn ? input.rows : input.cols;
  const get = <X>(m: X[][], r: number, c: number): X =>
    turn ? m[c][r] : m[r][c];
  const rowUp = parentsOf(rows);
  const colUp = parentsOf(cols);
  const ids = new Map<string, number>();
  const id = (name: string) =>
    ids.get(name) ?? (ids.set(name, ids.size), ids.size - 1);
  const rowSide = (r: number, k: number) =>
    r < 0 || k < 0 ? "top" : `row ${r} total ${k}`;
  const colSide = (r: number, j: number) =>
    r < 0 ? "top" : `total ${r} column ${j}`;
  const arcs: Move[] = [];
  const step = stepOf(input.decimals);
  for (let r = 0; r < rows.length; r++)
    for (let c = 0; c < cols.length; c++) {
      if (rows[r].kind === "label" || cols[c].kind === "label") continue;
      let ends: [string, string];
      if (cols[c].kind === "total")
        ends = [rowSide(rowUp[r], c), rowSide(r, c)];
      else if (rows[r].kind === "total")
        ends = [colSide(r, c), colSide(rowUp[r], c)];
      else ends = [rowSide(r, colUp[c]), colSide(rowUp[r], c)];
      const [a, b] = ends.map(id);
      const x = get(result.shown, r, c);
      const cell: [number, number] = turn ? [c, r] : [r, c];
      if (x !== null) {
        const exact = get(result.exact, r, c)!.div(step);
        const slack = get(result.slack, r, c);
        arcs.push(...figureMoves(a, b, x.div(step), exact, slack, cell));
      } else if (rows[r].kind === "total" || cols[c].kind === "total") {
        arcs.push({ from: a, to: b, cost: new Dec(0), cell });
        arcs.push({ from: b, to: a, cost: new Dec(0), cell });
      }
    }
  return { nodeCount: ids.size, arcs };
}

/** Per index: the total it is a member of (−1: none). */
function parentsOf(roles: Role[]): number[] {
  const p = roles.map(() => -1);
  roles.forEach(
    (role, t) => role.kind === "total" && role.of.forEach((m) => (p[m] = t)),
  );
  return p;
}

/** A figure shown at v steps (exact e, in steps): one step up a → b, one step down b → a, where its bounds allow. */
function figureMoves(
  a: number,
  b: number,
  v: Dec,
  e: Dec,
  slack: number,
  cell: [number, number],
): Move[] {
  const moves: Move[] = [];
  const dev = (y: Dec) => y.minus(e).abs();
  if (v.lt(e.ceil().plus(slack)))
    moves.push({ from: a, to: b, cost: dev(v.plus(1)).minus(dev(v)), cell });
  if (v.gt(e.floor().minus(slack)))
    moves.push({ from: b, to: a, cost: dev(v.minus(1)).minus(dev(v)), cell });
  return moves;
}

/** Bellman–Ford from every node at once: a cell on a negative cycle (one still relaxing after n rounds), or null. */
function negativeCycle(n: number, arcs: Move[]): [number, number] | null {
  const dist: Dec[] = new Array(n).fill(new Dec(0));
  for (let round = 0; round <= n; round++) {
    let changed: [number, number] | null = null;
    for (const arc of arcs) {
      const d = dist[arc.from].plus(arc.cost);
      if (d.lt(dist[arc.to])) {
        dist[arc.to] = d;
        changed = arc.cell;
      }
    }
    if (!changed) return null;
    if (round === n) return changed;
  }
  return null;
}
