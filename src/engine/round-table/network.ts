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
  const nodes = nodesOf(p);
  const find = contractBlankTotals(p, nodes);
  const { figures, at } = figuresOf(p, nodes, find);
  const { nodeCount, arcCount, hub } = compactNodes(figures, nodes, find);
  if (ops.unsafe(ops.scale(ops.of(p.D), 8 * (nodeCount + 1))))
    throw new CostOverflow();
  const graph = graphOf(figures, nodeCount, arcCount, ops);
  if (!graph || minCostFlow(graph, ops, hub) < 0) return null;
  preferAwayFromZero(graph, ops, tieOrder(p, at));
  return shownSteps(p, figures, graph.flow);
}

/**
 * The network's nodes before contraction, by name: U(r, k) = r·K + k, V(r, j) = R·K + r·K + j,
 * the top S = 2·R·K; and the two nodes each cell's arc joins.
 */
interface Nodes {
  top: number;
  ends(r: number, c: number): [number, number];
  /** True for U(r, k) of a figure row r: its own node, where few arcs meet (every other node is a hub). */
  ownRowNode(x: number): boolean;
}

function nodesOf(p: Problem): Nodes {
  const R = p.rows.roles.length;
  const K = p.cols.roles.length;
  const S = 2 * R * K;
  const U = (r: number, k: number) => (r < 0 || k < 0 ? S : r * K + k);
  const V = (r: number, j: number) => (r < 0 ? S : R * K + r * K + j);
  return {
    top: S,
    ends: (r, c) => {
      const up = p.rows.parent[r];
      if (p.cols.roles[c].kind === "total") return [U(up, c), U(r, c)];
      if (p.rows.roles[r].kind === "total") return [V(r, c), V(up, c)];
      return [U(r, p.cols.parent[c]), V(up, c)];
    },
    ownRowNode: (x) =>
      x < R * K && p.rows.roles[Math.floor(x / K)].kind === "figures",
  };
}

/** Calls `visit` for every cell in a row and a column that are not labels. */
function forEachCell(
  p: Problem,
  visit: (r: number, c: number, exact: bigint | null) => void,
): void {
  const K = p.cols.roles.length;
  p.rows.roles.forEach((row, r) => {
    if (row.kind === "label") return;
    for (let c = 0; c < K; c++)
      if (p.cols.roles[c].kind !== "label") visit(r, c, p.exact[r][c]);
  });
}

/** A total not shown (a blank total cell) constrains nothing: its arc's two ends become one node. Returns the union–find's `find`. */
function contractBlankTotals(p: Problem, nodes: Nodes): (x: number) => number {
  const parent = new Int32Array(nodes.top + 1).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  forEachCell(p, (r, c, exact) => {
    if (exact !== null) return;
    if (p.rows.roles[r].kind !== "total" && p.cols.roles[c].kind !== "total")
      return; // A figure not shown is fixed at nothing.
    const [a, b] = nodes.ends(r, c).map(find);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  });
  return find;
}

/** Every figure shown, with its values as unit steps and its arc's ends after contraction; `at` finds it by r·K + c. */
function figuresOf(
  p: Problem,
  nodes: Nodes,
  find: (x: number) => number,
): { figures: Figure[]; at: Map<number, Figure> } {
  const K = p.cols.roles.length;
  const figures: Figure[] = [];
  const at = new Map<number, Figure>();
  forEachCell(p, (r, c, exact) => {
    if (exact === null) return;
    const [t, h] = nodes.ends(r, c);
    const { lo, costs } = stepsOf(exact, p.D, BigInt(p.slack[r][c]));
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
  });
  return { figures, at };
}

/**
 * A figure's values lo..hi (its exact value rounded down or up, widened by its slack) as `lo`
 * and one step per further value, each costing the change in |value − exact| (in 1/D step).
 */
function stepsOf(
  exact: bigint,
  D: bigint,
  slack: bigint,
): { lo: bigint; costs: bigint[] } {
  const lo = floorDiv(exact, D) - slack;
  const hi = -floorDiv(-exact, D) + slack;
  const costs: bigint[] = [];
  for (let x = lo; x < hi; x++)
    costs.push(abs((x + 1n) * D - exact) - abs(x * D - exact));
  return { lo, costs };
}

/**
 * Compact node ids for the figures' ends (a figure whose ends are one node is a loop, outside
 * the graph); the count of nodes and of unit arcs, and which nodes are hubs.
 */
function compactNodes(
  figures: Figure[],
  nodes: Nodes,
  find: (x: number) => number,
): { nodeCount: number; arcCount: number; hub: Uint8Array } {
  const id = new Int32Array(nodes.top + 1).fill(-1);
  let nodeCount = 0;
  const node = (x: number) => (id[x] < 0 ? (id[x] = nodeCount++) : id[x]);
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
  const hub = new Uint8Array(nodeCount);
  for (let x = 0; x <= nodes.top; x++) {
    const root = find(x);
    if (id[root] >= 0 && !nodes.ownRowNode(x)) hub[id[root]] = 1;
  }
  return { nodeCount, arcCount: arcs, hub };
}

/**
 * The flow graph of the figures' unit steps, each starting at its cheaper value (so reduced
 * costs at potentials 0 are ≥ 0), with the imbalance that leaves; null when a node has more
 * imbalance than arcs to carry it: no rounding meets every bound (a typed total too far off).
 */
function graphOf<C>(
  figures: Figure[],
  nodeCount: number,
  arcCount: number,
  ops: CostOps<C>,
): FlowGraph<C> | null {
  const tail = new Int32Array(arcCount);
  const head = new Int32Array(arcCount);
  const cost: C[] = new Array(arcCount);
  const flow = new Uint8Array(arcCount);
  const balance: bigint[] = new Array(nodeCount).fill(0n);
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
      if (c < 0n) {
        flow[a] = 1;
        balance[f.tail] -= 1n;
        balance[f.head] += 1n;
      }
      a++;
    }
  }
  const excess = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) {
    if (abs(balance[v]) > BigInt(arcCount)) return null;
    excess[v] = Number(balance[v]);
  }
  const { start, incident } = incidence(nodeCount, tail, head);
  return {
    nodeCount,
    arcCount,
    tail,
    head,
    cost,
    flow,
    start,
    incident,
    potential: ops.array(nodeCount),
    excess,
  };
}

/** The figures in the graph in tie-rule order, each as its unit arcs and the way away from zero. */
function tieOrder(
  p: Problem,
  at: Map<number, Figure>,
): { arcs: number[]; up: boolean }[] {
  const K = p.cols.roles.length;
  return p.order
    .map(([r, c]) => at.get(r * K + c))
    .filter((f): f is Figure => f !== undefined && !f.loop)
    .map((f) => ({
      arcs: Array.from({ length: f.count }, (_, i) => f.first + i),
      up: exactOf(p, f) >= 0n,
    }));
}

/** Each figure's value in steps: `lo` plus the unit steps its arcs carry (or a loop's nearest value). */
function shownSteps(
  p: Problem,
  figures: Figure[],
  flow: Uint8Array,
): (bigint | null)[][] {
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
