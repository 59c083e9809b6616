import { ExactCells, ExactTable } from "../exact";
import { Key } from "../key";
import { SheetLayout } from "../layout";
import { CostOps, CostOverflow } from "./cost";
import { FlowGraph, incidence } from "./flow";
import { arcParts, lexicographicCosts, RevisionTargets } from "./revision";
import { smallest } from "./select";

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
 *
 * Bounded sheets (amounts restated by a price level, ExactTable.bounded): the national column is
 * one more tree, its arcs pointing down (sink → total → subtotals → rows): a row node then takes
 * floor(national) − Σ floors + {0, 1} steps in, so its units add up to its rounded national
 * figure, and every national sum adds up to its members. Arc index `units` is the national figure.
 * Rows to other recipients are row nodes too, without cells: their national figure comes in from
 * the national tree and goes on, as the same figure, into one more column tree (Øvrige
 * modtagere, index `units` + 1, arcs up like a unit's), so each is its exact value rounded down
 * or up and so is every sum of them.
 * With `revision`, every arc's cost is lexicographic (revision.ts).
 */
export interface SheetNetwork<C> {
  graph: FlowGraph<C>;
  /** Per node: its supply (before any flow). */
  supply: Int32Array;
  units: number;
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
  /**
   * Everything whose figures add up to a fixed amount, in sheet order (parents before children):
   * rows, and parents / headings (their cells add up to their children's amounts, like a row's).
   * Per chooser: its arcs (chooserArcs[chooserStart[i] .. chooserStart[i+1])), how many of them
   * carry a 1 (`chooserUps`), and its first node (a row node, or the first of n tree nodes).
   */
  chooserStart: Int32Array;
  chooserArcs: Int32Array;
  chooserUps: Int32Array;
  chooserNode: Int32Array;
  chooserIsRow: Uint8Array;
  /** Subtotal and total nodes and the sink: where many arcs meet (see minCostFlow). */
  hub: Uint8Array;
}

export function buildNetwork<C>(
  sheet: SheetLayout,
  exact: ExactTable,
  ops: CostOps<C>,
  revision?: RevisionTargets,
): SheetNetwork<C> {
  const n = exact.units;
  const D = exact.D;
  const nodes = exact.cells.length;
  // Tree nodes: n per sum (one per unit), plus the national and the Øvrige ones when bounded.
  const width = exact.bounded ? n + 2 : n;
  const nationalArc = (cells: ExactCells) =>
    exact.bounded && cells.national!.rem !== 0n;
  const otherArc = (cells: ExactCells) =>
    exact.bounded && cells.other!.rem !== 0n;
  const isRowAt = (v: number) =>
    v < exact.rowCount &&
    (sheet.rows[v].kind === "source" || sheet.rows[v].kind === "other");

  // Node ids: one per row of its own (source; other when bounded), then `width` per sum row /
  // subtotal / total (tree nodes), then the sink.
  const rowNode = new Int32Array(nodes).fill(-1);
  const treeBase = new Int32Array(nodes).fill(-1);
  let count = 0;
  let arcs = 0;
  let rowCount = 0;
  for (let v = 0; v < nodes; v++) {
    const cells = exact.cells[v];
    if (!cells) continue;
    if (isRowAt(v)) {
      rowNode[v] = count++;
      rowCount++;
    } else {
      treeBase[v] = count;
      count += width;
    }
    for (let u = 0; u < n; u++)
      if (cells.present[u] && cells.rem[u] !== 0n) arcs++;
    if (nationalArc(cells)) arcs++;
    if (otherArc(cells)) arcs++;
  }
  const sink = count++;

  const supply = new Int32Array(count);
  const nodeUnit = new Int32Array(count).fill(-1);
  const hub = new Uint8Array(count);
  hub[sink] = 1;
  const tail = new Int32Array(arcs);
  const head = new Int32Array(arcs);
  const big: bigint[] = new Array(arcs);
  const parts: [number, number][] = revision ? new Array(arcs) : [];
  const arcNode = new Int32Array(arcs);
  const arcUnit = new Int32Array(arcs);
  const rows = new Int32Array(rowCount);
  const rowStart = new Int32Array(rowCount + 1);
  const rowNegative = new Uint8Array(rowCount);
  const rowArcs = new Int32Array(arcs);
  const choosers = rowCount + exact.rowCount;
  const chooserStart = new Int32Array(choosers + 1);
  const chooserArcs = new Int32Array(arcs);
  const chooserUps = new Int32Array(choosers);
  const chooserNode = new Int32Array(choosers);
  const chooserIsRow = new Uint8Array(choosers);
  let chooser = 0;
  let a = 0;
  let r = 0;
  let cellArcs = 0;
  const identity = Array.from({ length: n }, (_, u) => u);
  const tieOrders = new Map<Key, number[]>();

  for (let v = 0; v < nodes; v++) {
    const cells = exact.cells[v];
    if (!cells) continue;
    const up = exact.up[v];
    const isRow = rowNode[v] >= 0;
    const first = a;
    if (isRow) {
      rows[r] = rowNode[v];
      rowNegative[r] = sheet.rows[v].steps < 0n ? 1 : 0;
    } else {
      for (let u = 0; u < n; u++) nodeUnit[treeBase[v] + u] = u;
      if (v >= exact.rowCount) hub.fill(1, treeBase[v], treeBase[v] + width);
    }
    // A row's cells in tie-rule order (see ties.ts), so that its arcs are too.
    const units = !isRow
      ? identity
      : sheet.rows[v].key
        ? tieOrder(sheet.rows[v].key!, sheet.rows[v].keyUnits, tieOrders)
        : [];
    for (const u of units) {
      if (!cells.present[u] || cells.rem[u] === 0n) continue;
      const from = isRow ? rowNode[v] : treeBase[v] + u;
      tail[a] = from;
      head[a] = up >= 0 ? treeBase[up] + u : sink;
      big[a] = D - 2n * cells.rem[u];
      if (revision)
        parts[a] = arcParts(
          cells.floor[u],
          revision.published[v]?.[u] ?? null,
          revision.direction[v]?.[u] ?? null,
        );
      arcNode[a] = v;
      arcUnit[a] = u;
      a++;
    }
    // Øvrige modtagere: up the tree like a unit's figure (a row to another recipient: its only cell).
    if (otherArc(cells)) {
      const oth = cells.other!;
      tail[a] = isRow ? rowNode[v] : treeBase[v] + n + 1;
      head[a] = up >= 0 ? treeBase[up] + n + 1 : sink;
      big[a] = D - 2n * oth.rem;
      if (revision)
        parts[a] = arcParts(
          oth.floor,
          revision.published[v]?.[n + 1] ?? null,
          revision.direction[v]?.[n + 1] ?? null,
        );
      arcNode[a] = v;
      arcUnit[a] = n + 1;
      a++;
    }
    // A parent's chooser is its unit cells alone (its Øvrige figure follows from its members).
    const own = Array.from(
      { length: (isRow ? a : a - (otherArc(cells) ? 1 : 0)) - first },
      (_, i) => first + i,
    );
    if (isRow) {
      rowArcs.set(own, cellArcs);
      cellArcs += own.length;
      rowStart[++r] = cellArcs;
    }
    if (nationalArc(cells)) {
      const nat = cells.national!;
      tail[a] = up >= 0 ? treeBase[up] + n : sink;
      head[a] = isRow ? rowNode[v] : treeBase[v] + n;
      big[a] = D - 2n * nat.rem;
      if (revision)
        parts[a] = arcParts(
          nat.floor,
          revision.published[v]?.[n] ?? null,
          revision.direction[v]?.[n] ?? null,
        );
      arcNode[a] = v;
      arcUnit[a] = n;
      a++;
    }
    // Supplies: a row's (or parent's) cells take Σ rem / D steps above their floors; a tree node
    // needs its floor minus its members' floors (the carry of their remainders).
    if (!isRow) {
      for (let u = 0; u < n; u++) supply[treeBase[v] + u] = -cells.carry![u];
      if (exact.bounded) {
        supply[treeBase[v] + n] = cells.national!.carry;
        supply[treeBase[v] + n + 1] = -cells.other!.carry;
      }
    }
    if (v < exact.rowCount) {
      chooserUps[chooser] = cells.ups;
      if (isRow) supply[rowNode[v]] = cells.ups;
      chooserNode[chooser] = isRow ? rowNode[v] : treeBase[v];
      chooserIsRow[chooser] = isRow ? 1 : 0;
      chooserArcs.set(own, chooserStart[chooser]);
      chooserStart[chooser + 1] = chooserStart[chooser] + own.length;
      chooser++;
    }
  }

  // Costs: the deviation alone, or lexicographic with the revision's; checked to stay exact.
  const exactCosts = revision ? lexicographicCosts(parts, big) : big;
  let largest = D;
  for (const c of exactCosts)
    if ((c < 0n ? -c : c) > largest) largest = c < 0n ? -c : c;
  if (ops.unsafe(ops.scale(ops.of(largest), 4 * (count + 1))))
    throw new CostOverflow();
  const cost: C[] = exactCosts.map((c) => ops.of(c));

  // The sink takes the balance.
  let balance = 0;
  for (let v = 0; v < sink; v++) balance += supply[v];
  supply[sink] = -balance;
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
    units: n,
    nodeUnit,
    arcNode,
    arcUnit,
    rows,
    rowStart,
    rowArcs: rowArcs.subarray(0, cellArcs),
    rowNegative,
    chooserStart: chooserStart.subarray(0, chooser + 1),
    chooserArcs,
    chooserUps: chooserUps.subarray(0, chooser),
    chooserNode: chooserNode.subarray(0, chooser),
    chooserIsRow: chooserIsRow.subarray(0, chooser),
    hub,
  };
}

/**
 * A starting flow for the solver. Subtotal and total nodes get `price[node]` as potential (0
 * without prices); then, in sheet order, every row and every parent takes its cheapest cells by
 * reduced cost (for a row with no prices: largest remainder, optimal for the row alone), with
 * its potential (for a parent: that of all its n tree nodes) between its taken and untaken
 * cells; every other arc is at 1 exactly when its reduced cost is negative. So every residual
 * reduced cost is ≥ 0, as the solver requires, and every row and parent adds up; only tree
 * nodes are left out of balance.
 */
export function startFlow<C>(
  net: SheetNetwork<C>,
  ops: CostOps<C>,
  price?: readonly C[],
): void {
  const g = net.graph;
  const { tail, head, cost, flow, potential: p, excess } = g;
  const n = net.units;
  for (let v = 0; v < g.nodeCount; v++)
    p[v] = price && net.hub[v] ? price[v] : ops.zero;
  flow.fill(0);
  const chosen = new Uint8Array(g.arcCount);
  const scratch: C[] = [];
  for (let c = 0; c < net.chooserUps.length; c++) {
    const from = net.chooserStart[c];
    const to = net.chooserStart[c + 1];
    if (to === from) continue;
    scratch.length = 0;
    for (let i = from; i < to; i++) {
      const a = net.chooserArcs[i];
      chosen[a] = 1;
      scratch.push(ops.sub(cost[a], p[head[a]]));
    }
    // Taken: the `ups` cells with the least cost − potential (at the edge value, the first ones).
    const ups = Math.min(net.chooserUps[c], to - from);
    const edge = smallest(scratch, Math.max(ups - 1, 0), ops.lt);
    let below = 0;
    for (let i = from; i < to; i++)
      if (
        ops.lt(
          ops.sub(cost[net.chooserArcs[i]], p[head[net.chooserArcs[i]]]),
          edge,
        )
      )
        below++;
    let atEdge = ups - below;
    for (let i = from; i < to; i++) {
      const a = net.chooserArcs[i];
      const adjusted = ops.sub(cost[a], p[head[a]]);
      if (
        ops.lt(adjusted, edge) ||
        (atEdge > 0 && !ops.lt(edge, adjusted) && atEdge--)
      )
        flow[a] = 1;
    }
    // The potential half-way between the last taken and the first untaken cell.
    let next = edge;
    if (ups > 0 && ups < scratch.length) {
      next = scratch[ups];
      for (let i = ups + 1; i < scratch.length; i++)
        if (ops.lt(scratch[i], next)) next = scratch[i];
    }
    const own = ops.neg(ops.mid(edge, next));
    const node = net.chooserNode[c];
    if (net.chooserIsRow[c]) p[node] = own;
    else for (let u = 0; u < n; u++) p[node + u] = own;
  }
  for (let a = 0; a < g.arcCount; a++) {
    if (chosen[a]) continue;
    flow[a] = ops.lt(
      ops.add(cost[a], ops.sub(p[tail[a]], p[head[a]])),
      ops.zero,
    )
      ? 1
      : 0;
  }
  excess.set(net.supply);
  for (let a = 0; a < g.arcCount; a++) {
    if (!flow[a]) continue;
    excess[tail[a]]--;
    excess[head[a]]++;
  }
}

/**
 * Tie-rule order of a row's cells: the unit with the larger |exact| share first (for one key:
 * the larger weight, whatever the amount), then the unit listed first on the sheet. Per key.
 */
function tieOrder(
  key: Key,
  keyUnits: readonly number[],
  cache: Map<Key, number[]>,
): number[] {
  let order = cache.get(key);
  if (!order) {
    const k = keyUnits.map((_, i) => i);
    k.sort((a, b) =>
      key.weights[a] !== key.weights[b]
        ? key.weights[b] > key.weights[a]
          ? 1
          : -1
        : keyUnits[a] - keyUnits[b],
    );
    order = k.map((i) => keyUnits[i]);
    cache.set(key, order);
  }
  return order;
}
