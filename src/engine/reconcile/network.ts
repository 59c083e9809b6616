import { ExactCells, ExactTable } from "../exact";
import { Key } from "../key";
import { SheetLayout } from "../layout";
import { CostArray, CostOps, CostOverflow } from "./cost";
import { FlowGraph, incidence } from "./flow";
import { arcParts, lexicographicCosts, RevisionTargets } from "./revision";
import { smallest } from "./select";
import { EXACT, Wholes, wholeAt } from "../wholes";

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
  const builder = new NetworkBuilder(sheet, exact, revision);
  for (let v = 0; v < exact.cells.length; v++)
    if (exact.cells[v]) builder.addNode(v);
  return builder.finish(ops);
}

/**
 * Node ids: one per row of its own (source; other when bounded), then `width` per sum row /
 * subtotal / total (tree nodes: one per unit, plus the national and the Øvrige ones when
 * bounded), then the sink. Arrays are sized by the figures present (an upper bound on the arcs:
 * exact figures, rem = 0, get none).
 */
class NetworkBuilder {
  readonly n: number;
  readonly width: number;
  readonly rowNode: Int32Array;
  readonly treeBase: Int32Array;
  readonly sink: number;
  readonly supply: Int32Array;
  readonly nodeUnit: Int32Array;
  readonly hub: Uint8Array;
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly arcNode: Int32Array;
  readonly arcUnit: Int32Array;
  /**
   * Per arc: its figure's remainder, in 1/D steps (taking the +1 costs D − 2·rem); unboxed when
   * D is below 2^53, and so every remainder.
   */
  readonly rem: Wholes;
  readonly parts: [number, number][] = [];
  readonly rows: Int32Array;
  readonly rowStart: Int32Array;
  readonly rowNegative: Uint8Array;
  readonly rowArcs: Int32Array;
  readonly chooserStart: Int32Array;
  readonly chooserArcs: Int32Array;
  readonly chooserUps: Int32Array;
  readonly chooserNode: Int32Array;
  readonly chooserIsRow: Uint8Array;
  private arcs = 0;
  private rowCount = 0;
  private cellArcs = 0;
  private choosers = 0;
  private readonly identity: number[];
  private readonly tieOrders = new Map<Key, number[]>();

  constructor(
    private readonly sheet: SheetLayout,
    private readonly exact: ExactTable,
    private readonly revision?: RevisionTargets,
  ) {
    const n = (this.n = exact.units);
    this.width = exact.bounded ? n + 2 : n;
    const nodes = exact.cells.length;
    this.rowNode = new Int32Array(nodes).fill(-1);
    this.treeBase = new Int32Array(nodes).fill(-1);
    let count = 0;
    let rows = 0;
    let bound = 0;
    for (let v = 0; v < nodes; v++) {
      const cells = exact.cells[v];
      if (!cells) continue;
      if (this.isRowAt(v)) {
        this.rowNode[v] = count++;
        rows++;
      } else {
        this.treeBase[v] = count;
        count += this.width;
      }
      for (let u = 0; u < n; u++) bound += cells.present[u];
      if (exact.bounded) bound += 2;
    }
    this.sink = count++;
    this.supply = new Int32Array(count);
    this.nodeUnit = new Int32Array(count).fill(-1);
    this.hub = new Uint8Array(count);
    this.hub[this.sink] = 1;
    this.tail = new Int32Array(bound);
    this.head = new Int32Array(bound);
    this.arcNode = new Int32Array(bound);
    this.arcUnit = new Int32Array(bound);
    this.rows = new Int32Array(rows);
    this.rowStart = new Int32Array(rows + 1);
    this.rowNegative = new Uint8Array(rows);
    this.rowArcs = new Int32Array(bound);
    this.rem =
      exact.D < EXACT ? new Float64Array(bound) : new Array<bigint>(bound);
    const choosers = rows + exact.rowCount;
    this.chooserStart = new Int32Array(choosers + 1);
    this.chooserArcs = new Int32Array(bound);
    this.chooserUps = new Int32Array(choosers);
    this.chooserNode = new Int32Array(choosers);
    this.chooserIsRow = new Uint8Array(choosers);
    this.identity = Array.from({ length: n }, (_, u) => u);
  }

  private isRowAt(v: number): boolean {
    const kind = this.sheet.rows[v]?.kind;
    return v < this.exact.rowCount && (kind === "source" || kind === "other");
  }

  /** One figure's arc (none when the figure is exact): floor + {0, 1} steps from `from` to `to`. */
  private addArc(
    from: number,
    to: number,
    floor: bigint | number,
    rem: bigint | number,
    v: number,
    figure: number,
  ): void {
    if (rem === 0 || rem === 0n) return;
    const a = this.arcs++;
    this.tail[a] = from;
    this.head[a] = to;
    if (this.rem instanceof Float64Array) this.rem[a] = Number(rem);
    else this.rem[a] = BigInt(rem);
    const revision = this.revision;
    if (revision)
      this.parts[a] = arcParts(
        BigInt(floor),
        revision.published[v]?.[figure] ?? null,
        revision.direction[v]?.[figure] ?? null,
      );
    this.arcNode[a] = v;
    this.arcUnit[a] = figure;
  }

  addNode(v: number): void {
    const { exact, sheet, n } = this;
    const cells = exact.cells[v]!;
    const up = exact.up[v];
    const isRow = this.rowNode[v] >= 0;
    const base = this.treeBase[v];
    // Where this node's figures go: into its parent's (or subtotal's) tree node, or the sink.
    const into = (figure: number) =>
      up >= 0 ? this.treeBase[up] + figure : this.sink;
    const first = this.arcs;
    if (isRow) {
      this.rows[this.rowCount] = this.rowNode[v];
      this.rowNegative[this.rowCount] = sheet.rows[v].steps < 0n ? 1 : 0;
    } else {
      for (let u = 0; u < n; u++) this.nodeUnit[base + u] = u;
      if (v >= exact.rowCount) this.hub.fill(1, base, base + this.width);
    }
    // A row's cells in tie-rule order (see ties.ts), so that its arcs are too.
    const units = !isRow
      ? this.identity
      : sheet.rows[v].key
        ? tieOrder(sheet.rows[v].key!, sheet.rows[v].keyUnits, this.tieOrders)
        : [];
    for (const u of units)
      if (cells.present[u])
        this.addArc(
          isRow ? this.rowNode[v] : base + u,
          into(u),
          cells.floor[u],
          cells.rem[u],
          v,
          u,
        );
    const unitArcsEnd = this.arcs;
    // Øvrige modtagere: up the tree like a unit's figure (a row to another recipient: its only cell).
    if (exact.bounded) {
      const other = cells.other!;
      this.addArc(
        isRow ? this.rowNode[v] : base + n + 1,
        into(n + 1),
        other.floor,
        other.rem,
        v,
        n + 1,
      );
    }
    // A row's chooser is all its cells; a parent's its unit cells alone (its Øvrige figure
    // follows from its members).
    const own = isRow ? this.arcs : unitArcsEnd;
    if (isRow) this.addRow(first, own);
    // The national figure: down the national tree, into this node.
    if (exact.bounded) {
      const national = cells.national!;
      this.addArc(
        into(n),
        isRow ? this.rowNode[v] : base + n,
        national.floor,
        national.rem,
        v,
        n,
      );
    }
    this.addSupply(v, cells, isRow, base);
    if (v < exact.rowCount)
      this.addChooser(
        cells.ups,
        isRow ? this.rowNode[v] : base,
        isRow,
        first,
        own,
      );
  }

  private addRow(from: number, to: number): void {
    for (let a = from; a < to; a++) this.rowArcs[this.cellArcs++] = a;
    this.rowStart[++this.rowCount] = this.cellArcs;
  }

  /**
   * A row's (or parent's) cells take Σ rem / D steps above their floors; a tree node needs its
   * floor minus its members' floors (the carry of their remainders).
   */
  private addSupply(
    v: number,
    cells: ExactCells,
    isRow: boolean,
    base: number,
  ): void {
    if (isRow) {
      if (v < this.exact.rowCount) this.supply[this.rowNode[v]] = cells.ups;
      return;
    }
    for (let u = 0; u < this.n; u++) this.supply[base + u] = -cells.carry![u];
    if (this.exact.bounded) {
      this.supply[base + this.n] = cells.national!.carry;
      this.supply[base + this.n + 1] = -cells.other!.carry;
    }
  }

  private addChooser(
    ups: number,
    node: number,
    isRow: boolean,
    from: number,
    to: number,
  ): void {
    const c = this.choosers++;
    this.chooserUps[c] = ups;
    this.chooserNode[c] = node;
    this.chooserIsRow[c] = isRow ? 1 : 0;
    let at = this.chooserStart[c];
    for (let a = from; a < to; a++) this.chooserArcs[at++] = a;
    this.chooserStart[c + 1] = at;
  }

  finish<C>(ops: CostOps<C>): SheetNetwork<C> {
    const arcs = this.arcs;
    const count = this.sink + 1;
    const cost = this.costs(ops, count);
    // The sink takes the balance.
    let balance = 0;
    for (let v = 0; v < this.sink; v++) balance += this.supply[v];
    this.supply[this.sink] = -balance;
    const tail = this.tail.subarray(0, arcs);
    const head = this.head.subarray(0, arcs);
    const { start, incident } = incidence(count, tail, head);
    const c = this.choosers;
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
        potential: ops.array(count),
        excess: new Int32Array(count),
      },
      supply: this.supply,
      units: this.n,
      nodeUnit: this.nodeUnit,
      arcNode: this.arcNode.subarray(0, arcs),
      arcUnit: this.arcUnit.subarray(0, arcs),
      rows: this.rows,
      rowStart: this.rowStart,
      rowArcs: this.rowArcs.subarray(0, this.cellArcs),
      rowNegative: this.rowNegative,
      chooserStart: this.chooserStart.subarray(0, c + 1),
      chooserArcs: this.chooserArcs.subarray(0, this.chooserStart[c]),
      chooserUps: this.chooserUps.subarray(0, c),
      chooserNode: this.chooserNode.subarray(0, c),
      chooserIsRow: this.chooserIsRow.subarray(0, c),
      hub: this.hub,
    };
  }

  /**
   * Taking the +1 on an arc costs (1 − f) − f = D − 2·rem in 1/D steps; with a revision,
   * lexicographic with its own costs. Checked to stay exact in the chosen arithmetic.
   */
  private costs<C>(ops: CostOps<C>, count: number): CostArray<C> {
    const D = this.exact.D;
    const rem = this.rem;
    if (!this.revision) {
      // |D − 2·rem| ≤ D.
      if (ops.unsafe(ops.scale(ops.of(D), 4 * (count + 1))))
        throw new CostOverflow();
      const d = ops.of(D);
      const cost = ops.array(this.arcs);
      for (let a = 0; a < this.arcs; a++)
        cost[a] = ops.sub(d, ops.scale(ops.of(rem[a]), 2));
      return cost;
    }
    const big = Array.from(
      { length: this.arcs },
      (_, a) => D - 2n * wholeAt(rem, a),
    );
    const exactCosts = lexicographicCosts(this.parts, big);
    let largest = D;
    for (const c of exactCosts)
      if ((c < 0n ? -c : c) > largest) largest = c < 0n ? -c : c;
    if (ops.unsafe(ops.scale(ops.of(largest), 4 * (count + 1))))
      throw new CostOverflow();
    return exactCosts.map((c) => ops.of(c));
  }
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
  for (let v = 0; v < g.nodeCount; v++)
    p[v] = price && net.hub[v] ? price[v] : ops.zero;
  flow.fill(0);
  const chosen = new Uint8Array(g.arcCount);
  let longest = 0;
  for (let c = 0; c < net.chooserUps.length; c++)
    longest = Math.max(longest, net.chooserStart[c + 1] - net.chooserStart[c]);
  const scratch = ops.array(longest);
  for (let c = 0; c < net.chooserUps.length; c++)
    if (net.chooserStart[c + 1] > net.chooserStart[c])
      takeCheapest(net, ops, c, chosen, scratch);
  for (let a = 0; a < g.arcCount; a++)
    if (!chosen[a])
      flow[a] = ops.lt(
        ops.add(cost[a], ops.sub(p[tail[a]], p[head[a]])),
        ops.zero,
      )
        ? 1
        : 0;
  excess.set(net.supply);
  for (let a = 0; a < g.arcCount; a++) {
    if (!flow[a]) continue;
    excess[tail[a]]--;
    excess[head[a]]++;
  }
}

/**
 * Chooser c takes its `ups` cells with the least cost − potential (at the edge value, the first
 * ones), and its potential half-way between the last taken and the first untaken cell.
 */
function takeCheapest<C>(
  net: SheetNetwork<C>,
  ops: CostOps<C>,
  c: number,
  chosen: Uint8Array,
  scratch: CostArray<C>,
): void {
  const { head, cost, flow, potential: p } = net.graph;
  const from = net.chooserStart[c];
  const to = net.chooserStart[c + 1];
  const adjusted = (a: number) => ops.sub(cost[a], p[head[a]]);
  const k = to - from;
  for (let i = 0; i < k; i++) {
    const a = net.chooserArcs[from + i];
    chosen[a] = 1;
    scratch[i] = adjusted(a);
  }
  const ups = Math.min(net.chooserUps[c], k);
  const edge = smallest(scratch, Math.max(ups - 1, 0), ops.lt, k);
  let below = 0;
  for (let i = from; i < to; i++)
    if (ops.lt(adjusted(net.chooserArcs[i]), edge)) below++;
  let atEdge = ups - below;
  for (let i = from; i < to; i++) {
    const a = net.chooserArcs[i];
    const cheaper = adjusted(a);
    if (
      ops.lt(cheaper, edge) ||
      (atEdge > 0 && !ops.lt(edge, cheaper) && atEdge--)
    )
      flow[a] = 1;
  }
  // After the selection, everything from `ups` on is at least the edge: the next is their least.
  let next = edge;
  if (ups > 0 && ups < k) {
    next = scratch[ups];
    for (let i = ups + 1; i < k; i++)
      if (ops.lt(scratch[i], next)) next = scratch[i];
  }
  const own = ops.neg(ops.mid(edge, next));
  const node = net.chooserNode[c];
  if (net.chooserIsRow[c]) p[node] = own;
  else for (let u = 0; u < net.units; u++) p[node + u] = own;
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
