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

export function checkRoundedTable(
  input: TableInput,
  result: RoundedTable,
  options: { optimality?: boolean } = {},
): TableViolation[] {
  const out: TableViolation[] = [];
  const say = (
    rule: TableViolation["rule"],
    row: number,
    col: number,
    message: string,
  ) => out.push({ rule, row, col, message });
  const { rows, cols, figures } = input;
  const step = stepOf(input.decimals);
  const isLabel = (r: number, c: number) =>
    rows[r].kind === "label" || cols[c].kind === "label";
  const own = (r: number, c: number): Dec => {
    if (rows[r].kind === "total")
      return (rows[r] as { of: number[] }).of.reduce(
        (s, m) => s.plus(own(m, c)),
        new Dec(0),
      );
    if (cols[c].kind === "total")
      return (cols[c] as { of: number[] }).of.reduce(
        (s, m) => s.plus(own(r, m)),
        new Dec(0),
      );
    return figures[r][c] ?? new Dec(0);
  };
  const isTotal = (r: number, c: number) =>
    rows[r].kind === "total" || cols[c].kind === "total";
  const notKept = new Set(result.notKept.map((m) => `${m.row},${m.col}`));
  // Typed totals kept against their parts: the cells under them may have one step of slack.
  const loose = new Set<string>();
  const members = (roles: Role[], i: number): number[] =>
    roles[i].kind === "total"
      ? [
          i,
          ...(roles[i] as { of: number[] }).of.flatMap((m) =>
            members(roles, m),
          ),
        ]
      : [i];
  figures.forEach((row, r) =>
    row.forEach((given, c) => {
      if (isLabel(r, c)) {
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
      if (!isTotal(r, c)) {
        if (!e.eq(given!))
          say("EXACT", r, c, `exact ${e} is not the figure ${given}`);
        return;
      }
      const sum = own(r, c);
      if (e.eq(sum)) return;
      if (!input.typed?.[r][c] || !e.eq(given!))
        return void say(
          "EXACT",
          r,
          c,
          `exact ${e}: neither the sum ${sum} nor the typed total`,
        );
      for (const i of members(rows, r))
        for (const j of members(cols, c))
          if (i !== r || j !== c) loose.add(`${i},${j}`);
    }),
  );
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
  // A total left blank is not shown: its place in a sum is taken by its own parts.
  const value = (r: number, c: number): Dec => {
    const x = result.shown[r][c];
    if (x !== null) return x;
    if (rows[r].kind === "total")
      return (rows[r] as { of: number[] }).of.reduce(
        (s, m) => s.plus(value(m, c)),
        new Dec(0),
      );
    if (cols[c].kind === "total")
      return (cols[c] as { of: number[] }).of.reduce(
        (s, m) => s.plus(value(r, m)),
        new Dec(0),
      );
    return new Dec(0);
  };
  const addsUp = (r: number, c: number, parts: [number, number][]) => {
    const x = result.shown[r][c];
    if (x === null) return;
    const sum = parts.reduce((s, [i, j]) => s.plus(value(i, j)), new Dec(0));
    if (!sum.eq(x))
      say("ADDS_UP", r, c, `${x} is not the sum of its parts, ${sum}`);
  };
  rows.forEach((role, r) => {
    if (role.kind === "total")
      cols.forEach(
        (_, c) =>
          !isLabel(r, c) &&
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
          !isLabel(r, c) &&
          addsUp(
            r,
            c,
            role.of.map((m) => [r, m]),
          ),
      );
  });
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

/** Depth of nested totals along one dimension (1: totals of figures only). */
function depthOf(roles: Role[], i: number): number {
  const role = roles[i];
  return role.kind === "total"
    ? 1 + Math.max(0, ...role.of.map((m) => depthOf(roles, m)))
    : 0;
}

/**
 * A cell on a negative cycle of the residual graph, or null. The table as a circulation:
 * rows (any depth) on one side, columns (one level) on the other, oriented so; a total not
 * shown is an arc of any flow at no cost, a figure an arc that may move one step up or down
 * within its bounds at the change in |value − exact|.
 */
function improvingCycle(
  input: TableInput,
  result: RoundedTable,
): [number, number] | null {
  const turn = input.cols.some((_, c) => depthOf(input.cols, c) > 1);
  if (turn && input.rows.some((_, r) => depthOf(input.rows, r) > 1))
    return null;
  const rows = turn ? input.cols : input.rows;
  const cols = turn ? input.rows : input.cols;
  const get = <X>(m: X[][], r: number, c: number): X =>
    turn ? m[c][r] : m[r][c];
  const up = (roles: Role[]) => {
    const p = roles.map(() => -1);
    roles.forEach(
      (role, t) => role.kind === "total" && role.of.forEach((m) => (p[m] = t)),
    );
    return p;
  };
  const rowUp = up(rows);
  const colUp = up(cols);
  const ids = new Map<string, number>();
  const id = (name: string) =>
    ids.get(name) ?? (ids.set(name, ids.size), ids.size - 1);
  const rowSide = (r: number, k: number) =>
    r < 0 || k < 0 ? "top" : `row ${r} total ${k}`;
  const colSide = (r: number, j: number) =>
    r < 0 ? "top" : `total ${r} column ${j}`;
  const arcs: {
    from: number;
    to: number;
    cost: Dec;
    cell: [number, number];
  }[] = [];
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
      if (x === null) {
        if (rows[r].kind === "total" || cols[c].kind === "total") {
          arcs.push({ from: a, to: b, cost: new Dec(0), cell });
          arcs.push({ from: b, to: a, cost: new Dec(0), cell });
        }
        continue;
      }
      const e = get(result.exact, r, c)!.div(step);
      const s = get(result.slack, r, c);
      const v = x.div(step);
      const dev = (y: Dec) => y.minus(e).abs();
      if (v.lt(e.ceil().plus(s)))
        arcs.push({ from: a, to: b, cost: dev(v.plus(1)).minus(dev(v)), cell });
      if (v.gt(e.floor().minus(s)))
        arcs.push({
          from: b,
          to: a,
          cost: dev(v.minus(1)).minus(dev(v)),
          cell,
        });
    }
  const n = ids.size;
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
