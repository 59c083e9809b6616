import { ExactTable } from "../exact";
import { SheetLayout } from "../layout";
import { CostOps, CostOverflow } from "./cost";
import { FlowGraph, incidence } from "./flow";

/**
 * The sheet as a network (one per sheet, all units at once). Per unit a column tree: the grand
 * total → channel subtotals → top-level rows → "heraf" sub-items. Every figure shown per unit is
 * one arc carrying floor + {0, 1} steps: a cell is an arc from its row's node into the tree node
 * of its parent (or subtotal), a parent / subtotal / total is the arc from its own tree node up
 * (the total's, and that of a sub-tree cut loose by CHILDREN_SUM_MISMATCH, into the sink).
 * A row node supplies amount − Σ floors (so its units add up); a tree node needs
 * floor(itself) − Σ floor(children) (so it equals the sum of its children). Taking the +1 on an
 * arc with exact floor + f costs (1 − f) − f, i.e. D − 2·rem in units of 1/D step; figures with
 * f = 0 have no arc (they are exact).
 */
export interface SheetNetwork<C> {
  graph: FlowGraph<C>;
  /** Per node: its supply (before any flow). */
  supply: Int32Array;
  /** Per node: the unit of a tree node, −1 for row nodes and the sink. */
  nodeUnit: Int32Array;
  /** Per arc: the node of the exact table and the unit whose figure it carries. */
  arcNode: Int32Array;
  arcUnit: Int32Array;
  /** Row nodes, and per row node its cell arcs in tie-rule order: rowArcs[rowStart[i] .. rowStart[i+1]). */
  rows: Int32Array;
  rowStart: Int32Array;
  rowArcs: Int32Array;
  /** Per row node: 1 when the row's amount is negative (its preferred rounding is the floor). */
  rowNegative: Uint8Array;
  /** Subtotal and total nodes and the sink: where many arcs meet (see minCostFlow). */
  hub: Uint8Array;
}

export function buildNetwork<C>(sheet: SheetLayout, exact: ExactTable, ops: CostOps<C>): SheetNetwork<C> {
  const n = exact.units;
  const D = exact.D;
  const nodes = exact.cells.length;

  // Node ids: one per source row, then n per sum row / subtotal / total (tree nodes), then the sink.
  const rowNode = new Int32Array(nodes).fill(-1);
  const treeBase = new Int32Array(nodes).fill(-1);
  let count = 0;
  let arcs = 0;
  let rowCount = 0;
  for (let v = 0; v < nodes; v++) {
    const cells = exact.cells[v];
    if (!cells) continue;
    if (v < exact.rowCount && sheet.rows[v].kind === "source") {
      rowNode[v] = count++;
      rowCount++;
    } else {
      treeBase[v] = count;
      count += n;
    }
    for (let u = 0; u < n; u++) if (cells.present[u] && cells.rem[u] !== 0n) arcs++;
  }
  const sink = count++;
  if (ops.unsafe(ops.scale(ops.of(D), 4 * (count + 1)))) throw new CostOverflow();

  const supply = new Int32Array(count);
  const nodeUnit = new Int32Array(count).fill(-1);
  const hub = new Uint8Array(count);
  hub[sink] = 1;
  const tail = new Int32Array(arcs);
  const head = new Int32Array(arcs);
  const cost: C[] = new Array(arcs);
  const arcNode = new Int32Array(arcs);
  const arcUnit = new Int32Array(arcs);
  const rows = new Int32Array(rowCount);
  const rowStart = new Int32Array(rowCount + 1);
  const rowNegative = new Uint8Array(rowCount);
  const rowArcs = new Int32Array(arcs);
  let a = 0;
  let r = 0;
  let cellArcs = 0;

  for (let v = 0; v < nodes; v++) {
    const cells = exact.cells[v];
    if (!cells) continue;
    const up = exact.up[v];
    const isRow = rowNode[v] >= 0;
    const first = a;
    if (isRow) {
      rows[r] = rowNode[v];
      rowNegative[r] = sheet.rows[v].steps < 0n ? 1 : 0;
      supply[rowNode[v]] = Number(sheet.rows[v].steps);
    } else {
      for (let u = 0; u < n; u++) nodeUnit[treeBase[v] + u] = u;
      if (v >= exact.rowCount) hub.fill(1, treeBase[v], treeBase[v] + n);
    }
    for (let u = 0; u < n; u++) {
      if (!cells.present[u]) continue;
      const floor = cells.floor[u];
      const from = isRow ? rowNode[v] : treeBase[v] + u;
      const to = up >= 0 ? treeBase[up] + u : sink;
      // Floors pass from `from` to `to` whatever the flow: account them in the supplies.
      supply[from] -= Number(floor);
      supply[to] += Number(floor);
      if (cells.rem[u] === 0n) continue;
      tail[a] = from;
      head[a] = to;
      cost[a] = ops.of(D - 2n * cells.rem[u]);
      arcNode[a] = v;
      arcUnit[a] = u;
      a++;
    }
    if (isRow) {
      const own = Array.from({ length: a - first }, (_, i) => first + i);
      own.sort((x, y) => tieOrder(exact, v, arcUnit[x], arcUnit[y]));
      rowArcs.set(own, cellArcs);
      cellArcs += own.length;
      rowStart[++r] = cellArcs;
    }
  }

  const { start, incident } = incidence(count, tail, head);
  return {
    graph: {
      nodeCount: count,
      arcCount: arcs,
      tail,
      head,
      cost,
      flow: new Uint8Array(arcs),
      start,
      incident,
      potential: new Array(count).fill(ops.zero),
      excess: new Int32Array(count),
    },
    supply,
    nodeUnit,
    arcNode,
    arcUnit,
    rows,
    rowStart,
    rowArcs: rowArcs.subarray(0, cellArcs),
    rowNegative,
    hub,
  };
}

/**
 * A starting flow for the solver: every node of unit u's column tree gets the potential
 * `price[u]` (0 without prices), every row takes its cheapest cells by reduced cost (with no
 * prices: largest remainder, optimal for the row alone) with its potential between its taken and
 * untaken cells, and every other arc is at 1 exactly when its reduced cost is negative. So every
 * residual reduced cost is ≥ 0, as the solver requires; only tree nodes and the sink are left
 * out of balance.
 */
export function startFlow<C>(net: SheetNetwork<C>, ops: CostOps<C>, price?: readonly C[]): void {
  const g = net.graph;
  const { tail, head, cost, flow, potential: p, excess } = g;
  for (let v = 0; v < g.nodeCount; v++) p[v] = price && net.nodeUnit[v] >= 0 ? price[net.nodeUnit[v]] : ops.zero;
  flow.fill(0);
  const inRow = new Uint8Array(g.arcCount);
  const order: number[] = [];
  for (let r = 0; r < net.rows.length; r++) {
    const node = net.rows[r];
    order.length = 0;
    for (let i = net.rowStart[r]; i < net.rowStart[r + 1]; i++) {
      const a = net.rowArcs[i];
      inRow[a] = 1;
      order.push(a);
    }
    // Taken: the `ups` cells with the least cost − price (stable, so ties keep the tie-rule order).
    const adjusted = (a: number) => ops.sub(cost[a], p[head[a]]);
    order.sort((x, y) => (ops.lt(adjusted(x), adjusted(y)) ? -1 : ops.lt(adjusted(y), adjusted(x)) ? 1 : 0));
    let ups = net.supply[node];
    for (let i = net.rowStart[r]; i < net.rowStart[r + 1]; i++) {
      const a = net.rowArcs[i];
      void a;
    }
    for (let i = 0; i < order.length && ups > 0; i++, ups--) flow[order[i]] = 1;
    const taken = net.supply[node] > 0 ? order[Math.min(net.supply[node], order.length) - 1] : -1;
    const untaken = net.supply[node] < order.length ? order[Math.max(net.supply[node], 0)] : -1;
    p[node] = taken >= 0 ? ops.neg(adjusted(taken)) : untaken >= 0 ? ops.neg(adjusted(untaken)) : ops.zero;
  }
  for (let a = 0; a < g.arcCount; a++) {
    if (inRow[a]) continue;
    flow[a] = ops.lt(ops.add(cost[a], ops.sub(p[tail[a]], p[head[a]])), ops.zero) ? 1 : 0;
  }
  excess.set(net.supply);
  for (let a = 0; a < g.arcCount; a++) {
    if (!flow[a]) continue;
    excess[tail[a]]--;
    excess[head[a]]++;
  }
}

/** Within a row: the unit with the larger |exact| share first, then the unit listed first. */
function tieOrder(exact: ExactTable, v: number, a: number, b: number): number {
  const cells = exact.cells[v]!;
  const ma = cells.floor[a] * exact.D + cells.rem[a];
  const mb = cells.floor[b] * exact.D + cells.rem[b];
  const aa = ma < 0n ? -ma : ma;
  const ab = mb < 0n ? -mb : mb;
  return aa !== ab ? (ab > aa ? 1 : -1) : a - b;
}
