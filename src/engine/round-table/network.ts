import {
  BIGINT_COSTS,
  CostOps,
  CostOverflow,
  NUMBER_COSTS,
} from "../reconcile/cost";
import { FlowGraph, incidence, minCostFlow } from "../reconcile/flow";
import type { Axis } from "./axis";
import { preferAwayFromZero } from "./ties";

/**
 * A table with totals as a network (controlled rounding). Rows form a tree of any depth,
 * columns at most one level of totals (a total column over figure columns). Every figure shown
 * is one arc, and every total is the flow through a node, so "every total is the sum of its
 * parts" is flow conservation:
 *   – a row node U(r, k) per row r and total column k: in from its parent row's U (the figure
 *     (r, k): the row's total), out to its parts;
 *   – a column node V(r, j) per total row r and figure column j: in from the figures (r', j)
 *     of its member rows, out the figure (r, j) to its own parent's V;
 *   – a figure cell (i, j) is the arc U(i, k(j)) → V(parent(i), j).
 * The top (no grand total row, no total column) is one node S. A total that is not shown (a
 * blank total cell) constrains nothing: its arc is contracted, its two ends become one node.
 * Each figure may take the values lo..hi (its exact value rounded down or up, widened by its
 * slack): `lo` is fixed, each further step one arc of capacity 1 costing the change in
 * |value − exact|, convex, so the cheapest steps are taken first. The min-cost flow (the solver
 * of src/engine/reconcile) gives the least total deviation; integral by construction.
 */
export interface Problem {
  rows: Axis;
  /** At most one level of totals. */
  cols: Axis;
  /** Exact values in 1/D step (null: no figure shown there). */
  exact: (bigint | null)[][];
  slack: number[][];
  D: bigint;
  /** Figure cells in tie-rule order: [row, col]. */
  order: [number, number][];
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
};
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** The rounded figures in steps (null where nothing is shown), or null when no rounding meets every bound. */
export function solveTable(p: Problem): (bigint | null)[][] | null {
  try {
    return solveWith(p, NUMBER_COSTS);
  } catch (error) {
    if (error instanceof CostOverflow) return solveWith(p, BIGINT_COSTS);
    throw error;
  }
}

interface Figure {
  row: number;
  col: number;
  lo: bigint;
  tail: number;
  head: number;
  /** Its unit arcs in the graph: first .. first + count (or, for a self-loop, how many steps it takes). */
  first: number;
  count: number;
  costs: bigint[];
  /** Both ends are one node: nothing ties the figure to the rest. */
  loop: boolean;
}

function solveWith<C>(p: Problem, ops: CostOps<C>): (bigint | null)[][] | null {
  const R = p.rows.roles.length;
  const K = p.cols.roles.length;
  const rowKind = (r: number) => p.rows.roles[r].kind;
  const colKind = (c: number) => p.cols.roles[c].kind;
  // Potential node ids: U(r, k) = r·K + k, V(r, j) = R·K + r·K + j, S = 2·R·K.
  const S = 2 * R * K;
  const U = (r: number, k: number) => (r < 0 || k < 0 ? S : r * K + k);
  const V = (r: number, j: number) => (r < 0 ? S : R * K + r * K + j);
  const parent = new Int32Array(S + 1).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const union = (a: number, b: number) => {
    a = find(a);
    b = find(b);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const ends = (r: number, c: number): [number, number] => {
    const up = p.rows.parent[r];
    if (colKind(c) === "total") return [U(up, c), U(r, c)];
    if (rowKind(r) === "total") return [V(r, c), V(up, c)];
    return [U(r, p.cols.parent[c]), V(up, c)];
  };
  // Totals not shown are contracted; figures not shown are fixed at nothing.
  for (let r = 0; r < R; r++) {
    if (rowKind(r) === "label") continue;
    for (let c = 0; c < K; c++) {
      if (colKind(c) === "label" || p.exact[r][c] !== null) continue;
      if (rowKind(r) === "total" || colKind(c) === "total")
        union(...ends(r, c));
    }
  }
  const figures: Figure[] = [];
  const at = new Map<number, Figure>();
  for (let r = 0; r < R; r++) {
    if (rowKind(r) === "label") continue;
    for (let c = 0; c < K; c++) {
      const e = p.exact[r][c];
      if (colKind(c) === "label" || e === null) continue;
      const [t, h] = ends(r, c);
      const s = BigInt(p.slack[r][c]);
      const lo = floorDiv(e, p.D) - s;
      const hi = -floorDiv(-e, p.D) + s;
      const costs: bigint[] = [];
      for (let x = lo; x < hi; x++)
        costs.push(abs((x + 1n) * p.D - e) - abs(x * p.D - e));
      const f: Figure = {
        row: r,
        col: c,
        lo,
        tail: find(t),
        head: find(h),
        first: 0,
        count: costs.length,
        costs,
        loop: false,
      };
      figures.push(f);
      at.set(r * K + c, f);
    }
  }
  // Compact node ids; the nodes where many arcs meet (everything but a figure row's own node) are hubs.
  const id = new Int32Array(S + 1).fill(-1);
  let nodes = 0;
  const node = (x: number) => (id[x] < 0 ? (id[x] = nodes++) : id[x]);
  let arcs = 0;
  for (const f of figures) {
    if (f.tail === f.head) {
      f.loop = true;
      continue;
    }
    f.tail = node(f.tail);
    f.head = node(f.head);
    arcs += f.count;
  }
  const hub = new Uint8Array(nodes);
  for (let x = 0; x <= S; x++) {
    const root = find(x);
    const rowNode = x < R * K && rowKind(Math.floor(x / K)) === "figures";
    if (id[root] >= 0 && !rowNode) hub[id[root]] = 1;
  }
  if (ops.unsafe(ops.scale(ops.of(p.D), 8 * (nodes + 1))))
    throw new CostOverflow();
  const tail = new Int32Array(arcs);
  const head = new Int32Array(arcs);
  const cost: C[] = new Array(arcs);
  const flow = new Uint8Array(arcs);
  const balance: bigint[] = new Array(nodes).fill(0n);
  let a = 0;
  for (const f of figures) {
    if (f.loop) continue;
    f.first = a;
    balance[f.tail] -= f.lo;
    balance[f.head] += f.lo;
    for (const c of f.costs) {
      tail[a] = f.tail;
      head[a] = f.head;
      cost[a] = ops.of(c);
      // Start at the cheaper value of every step: reduced costs (potentials 0) are then ≥ 0.
      if (c < 0n) {
        flow[a] = 1;
        balance[f.tail] -= 1n;
        balance[f.head] += 1n;
      }
      a++;
    }
  }
  const excess = new Int32Array(nodes);
  for (let v = 0; v < nodes; v++) {
    // More imbalance than arcs to carry it: no rounding meets every bound (a typed total too far off).
    if (abs(balance[v]) > BigInt(arcs)) return null;
    excess[v] = Number(balance[v]);
  }
  const { start, incident } = incidence(nodes, tail, head);
  const graph: FlowGraph<C> = {
    nodeCount: nodes,
    arcCount: arcs,
    tail,
    head,
    cost,
    flow,
    start,
    incident,
    potential: new Array(nodes).fill(ops.zero),
    excess,
  };
  if (minCostFlow(graph, ops, hub) < 0) return null;
  const order = p.order
    .map(([r, c]) => at.get(r * K + c))
    .filter((f): f is Figure => f !== undefined && !f.loop)
    .map((f) => ({
      arcs: Array.from({ length: f.count }, (_, i) => f.first + i),
      up: exactOf(p, f) >= 0n,
    }));
  preferAwayFromZero(graph, ops, order);
  const shown: (bigint | null)[][] = p.exact.map((row) => row.map(() => null));
  for (const f of figures) {
    let steps = f.lo;
    if (f.loop) {
      // Nothing ties it to the rest: its nearest value, a half away from zero.
      const up = exactOf(p, f) >= 0n;
      for (const c of f.costs) if (c < 0n || (c === 0n && up)) steps++;
    } else for (let i = 0; i < f.count; i++) steps += BigInt(flow[f.first + i]);
    shown[f.row][f.col] = steps;
  }
  return shown;
}

const exactOf = (p: Problem, f: Figure): bigint => p.exact[f.row][f.col]!;
