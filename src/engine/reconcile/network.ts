import { ExactTable } from "../exact";
import { SheetLayout } from "../layout";
import { largestRemainderUps } from "../rounding";
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
  /** Per arc: the node of the exact table and the unit whose figure it carries. */
  arcNode: Int32Array;
  arcUnit: Int32Array;
  /** Leaf (cell) arcs in tie-rule order, and the value each would rather have (1 = away from zero). */
  cellOrder: Int32Array;
  cellPrefers: Uint8Array;
  /** Subtotal and total nodes and the sink: where many arcs meet (see minCostFlow). */
  hub: Uint8Array;
}

export function buildNetwork<C>(sheet: SheetLayout, exact: ExactTable, ops: CostOps<C>): SheetNetwork<C> {
  const n = exact.units;
  const D = exact.D;
  const nodes = exact.cells.length;
  if (ops.unsafe(ops.scale(ops.of(D), 4 * (nodes * (n + 1) + 1)))) throw new CostOverflow();

  // Node ids: one per source row, then n per sum row / subtotal / total (tree nodes), then the sink.
  const rowNode = new Int32Array(nodes).fill(-1);
  const treeBase = new Int32Array(nodes).fill(-1);
  let count = 0;
  for (let v = 0; v < nodes; v++) {
    if (!exact.cells[v]) continue;
    if (v < exact.rowCount && sheet.rows[v].kind === "source") rowNode[v] = count++;
    else {
      treeBase[v] = count;
      count += n;
    }
  }
  const sink = count++;
  const supply = new Int32Array(count);

  const tails: number[] = [];
  const heads: number[] = [];
  const costs: C[] = [];
  const flows: number[] = [];
  const arcNodes: number[] = [];
  const arcUnits: number[] = [];
  const potential: C[] = new Array(count).fill(ops.zero);
  const cellOrder: number[] = [];
  const cellPrefers: number[] = [];

  const target = (v: number, u: number) => (exact.up[v] >= 0 ? treeBase[exact.up[v]] + u : sink);
  const addArc = (from: number, v: number, u: number, rem: bigint, y: number): C => {
    const c = ops.of(D - 2n * rem);
    tails.push(from);
    heads.push(target(v, u));
    costs.push(c);
    flows.push(y);
    arcNodes.push(v);
    arcUnits.push(u);
    return c;
  };

  for (let v = 0; v < nodes; v++) {
    const cells = exact.cells[v];
    if (!cells) continue;
    if (rowNode[v] >= 0) {
      // Cells: start from the row's largest remainder (optimal for the row alone), with the row's
      // potential between its chosen and unchosen costs so that every reduced cost has the right sign.
      const sr = sheet.rows[v];
      const ups = largestRemainderUps(cells, sr.steps, D);
      let s = sr.steps;
      let chosenMax: C | null = null;
      let unchosenMin: C | null = null;
      const first = tails.length;
      for (let u = 0; u < n; u++) {
        if (!cells.present[u]) continue;
        s -= cells.floor[u];
        if (cells.rem[u] === 0n) continue;
        const c = addArc(rowNode[v], v, u, cells.rem[u], ups[u]);
        if (ups[u]) {
          if (chosenMax === null || ops.lt(chosenMax, c)) chosenMax = c;
        } else if (unchosenMin === null || ops.lt(c, unchosenMin)) unchosenMin = c;
      }
      supply[rowNode[v]] += Number(s);
      potential[rowNode[v]] = chosenMax !== null ? ops.neg(chosenMax) : unchosenMin !== null ? ops.neg(unchosenMin) : ops.zero;
      const arcs = Array.from({ length: tails.length - first }, (_, i) => first + i);
      arcs.sort((a, b) => tieOrder(exact, v, arcUnits[a], arcUnits[b]));
      for (const a of arcs) {
        cellOrder.push(a);
        cellPrefers.push(sr.steps >= 0n ? 1 : 0);
      }
    } else {
      // Parents, subtotals, total: start at their nearest rounding (optimal for the figure alone).
      for (let u = 0; u < n; u++) {
        if (!cells.present[u]) continue;
        let need = cells.floor[u];
        for (const c of exact.down[v]) if (exact.cells[c]!.present[u]) need -= exact.cells[c]!.floor[u];
        supply[treeBase[v] + u] -= Number(need);
        if (cells.rem[u] !== 0n) addArc(treeBase[v] + u, v, u, cells.rem[u], 2n * cells.rem[u] > D ? 1 : 0);
      }
    }
  }
  // The sink takes whatever the roots pass on: the balance of all other supplies.
  let balance = 0;
  for (let v = 0; v < sink; v++) balance += supply[v];
  supply[sink] = -balance;

  const tail = Int32Array.from(tails);
  const head = Int32Array.from(heads);
  const flow = Uint8Array.from(flows);
  const { start, incident } = incidence(count, tail, head);
  const excess = supply;
  for (let a = 0; a < tail.length; a++) {
    if (!flow[a]) continue;
    excess[tail[a]]--;
    excess[head[a]]++;
  }
  const hub = new Uint8Array(count);
  hub[sink] = 1;
  for (let v = exact.rowCount; v < nodes; v++) if (treeBase[v] >= 0) hub.fill(1, treeBase[v], treeBase[v] + n);
  return {
    hub,
    graph: { nodeCount: count, arcCount: tail.length, tail, head, cost: costs, flow, start, incident, potential, excess },
    arcNode: Int32Array.from(arcNodes),
    arcUnit: Int32Array.from(arcUnits),
    cellOrder: Int32Array.from(cellOrder),
    cellPrefers: Uint8Array.from(cellPrefers),
  };
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
