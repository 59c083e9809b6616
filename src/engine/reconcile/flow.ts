import { CostArray, CostOps, CostOverflow } from "./cost";

/**
 * A min-cost flow network whose arcs all have capacity 1 (each arc is one shown figure: 0 = its
 * floor, 1 = its floor + one step). `excess` is supply + inflow − outflow per node; a feasible
 * flow has every excess 0.
 */
export interface FlowGraph<C> {
  nodeCount: number;
  arcCount: number;
  tail: Int32Array;
  head: Int32Array;
  cost: CostArray<C>;
  flow: Uint8Array;
  /** Arcs incident to node v: incident[start[v] .. start[v+1]). */
  start: Int32Array;
  incident: Int32Array;
  potential: CostArray<C>;
  excess: Int32Array;
}

/** Reduced cost of arc a: cost + p(tail) − p(head). Residual arcs keep it ≥ 0 (forward) or ≤ 0 (backward). */
export function reducedCost<C>(g: FlowGraph<C>, ops: CostOps<C>, a: number): C {
  return ops.add(
    g.cost[a],
    ops.sub(g.potential[g.tail[a]], g.potential[g.head[a]]),
  );
}

/** Incidence lists in compressed form. */
export function incidence(
  nodeCount: number,
  tail: Int32Array,
  head: Int32Array,
): { start: Int32Array; incident: Int32Array } {
  const start = new Int32Array(nodeCount + 1);
  for (let a = 0; a < tail.length; a++) {
    start[tail[a] + 1]++;
    start[head[a] + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const fill = start.slice(0, nodeCount);
  const incident = new Int32Array(start[nodeCount]);
  for (let a = 0; a < tail.length; a++) {
    incident[fill[tail[a]]++] = a;
    incident[fill[head[a]]++] = a;
  }
  return { start, incident };
}

/**
 * Binary min-heap of (key, node) with lazy deletion. Its arrays keep their size between searches
 * (a hub search pushes one entry per row: emptying the arrays made each search grow them again,
 * 180 MB of garbage per solve at 20.000 × 98).
 */
class Heap<C> {
  private keys: CostArray<C>;
  private nodes: Int32Array;
  size = 0;
  /** The key of the node `pop` removed last. */
  topKey: C;
  constructor(private readonly ops: CostOps<C>) {
    this.keys = ops.array(64);
    this.nodes = new Int32Array(64);
    this.topKey = ops.zero;
  }
  clear(): void {
    this.size = 0;
  }
  private grow(): void {
    const keys = this.ops.array(2 * this.nodes.length);
    for (let i = 0; i < this.size; i++) keys[i] = this.keys[i];
    const nodes = new Int32Array(2 * this.nodes.length);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
  push(key: C, node: number): void {
    if (this.size === this.nodes.length) this.grow();
    const { keys, nodes, ops } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!ops.lt(key, keys[parent])) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** Removes the minimum; its key is left in `topKey`. */
  pop(): number {
    const { keys, nodes, ops } = this;
    const node = nodes[0];
    this.topKey = keys[0];
    const n = --this.size;
    const lastKey = keys[n];
    const lastNode = nodes[n];
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && ops.lt(keys[child + 1], keys[child])) child++;
        if (!ops.lt(keys[child], lastKey)) break;
        keys[i] = keys[child];
        nodes[i] = nodes[child];
        i = child;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
    }
    return node;
  }
}

/**
 * Successive shortest paths. A search is Dijkstra on reduced costs (which stay ≥ 0) from one
 * node with excess to the nearest node with a deficit (or backwards, from a deficit to the
 * nearest excess), stopping there; potentials of the settled nodes move by their distance, so
 * the path found has reduced cost 0, and one unit goes along it. Starts from any flow whose
 * potentials make every residual reduced cost ≥ 0; ends with a min-cost feasible flow and
 * potentials that prove it (every residual reduced cost ≥ 0).
 *
 * `hub` marks the few nodes many arcs meet at (subtotals, totals, the sink). Their imbalances
 * are left for last: first every other node is balanced by searches that end at, and never
 * pass through, a hub (cheap: they stay inside one row's "heraf" family); then the hubs are
 * balanced among themselves. Returns the number of searches, or −1 when some excess can reach
 * no deficit (no feasible flow: cannot happen for a sheet's network, whose rounding always exists).
 * With `rowsOnly`, stops after the first part: every imbalance is then at a hub (hubs.ts reads them).
 */
export function minCostFlow<C>(
  g: FlowGraph<C>,
  ops: CostOps<C>,
  hub: Uint8Array = new Uint8Array(g.nodeCount),
  rowsOnly = false,
): number {
  const solver = new FlowSolver(g, ops, hub);
  solver.balanceLocal();
  if (rowsOnly) return solver.searches;
  return solver.balanceHubs() ? solver.searches : -1;
}

/**
 * The solver of minCostFlow, kept between its two parts so that the hubs can move to new prices
 * in between (hubs.ts) without building its lists again.
 */
export class FlowSolver<C> {
  searches = 0;
  /**
   * Each node's arcs, those leaving it in the residual graph first: incident[start .. split)
   * leave, incident[split .. end) enter; `at` is each arc's position at its tail and head. A
   * flipped arc moves across the split at both its ends.
   */
  private readonly incident: Int32Array;
  private readonly split: Int32Array;
  private readonly at: Int32Array;
  /**
   * Beside each position of `incident`, the arc's other end and its cost as seen from this end
   * (+cost leaving, −cost entering): a search then reads one node's arcs from consecutive
   * memory instead of jumping through the arc arrays (hubs have one arc per row).
   */
  private readonly other: Int32Array;
  private readonly signed: CostArray<C>;
  private readonly dist: CostArray<C>;
  private readonly seen: Int32Array;
  private readonly done: Int32Array;
  private readonly via: Int32Array;
  private readonly heap: Heap<C>;
  /** The nodes the current search has settled: settled[0 .. settledCount). */
  private readonly settled: Int32Array;
  private settledCount = 0;
  /** Bounds on |cost| and |potential|, for the exactness check. */
  private maxCost: C;
  private maxPotential: C;

  constructor(
    readonly g: FlowGraph<C>,
    private readonly ops: CostOps<C>,
    private readonly hub: Uint8Array = new Uint8Array(g.nodeCount),
  ) {
    const n = g.nodeCount;
    // The graph's own lists, reordered in place (every node keeps its arcs; a copy cost 14 MB at 20.000 × 98).
    this.incident = g.incident;
    this.split = new Int32Array(n);
    this.at = new Int32Array(2 * g.arcCount);
    this.other = new Int32Array(this.incident.length);
    this.signed = ops.array(this.incident.length);
    this.residualLists();
    this.dist = ops.array(n);
    this.seen = new Int32Array(n);
    this.done = new Int32Array(n);
    this.via = new Int32Array(n);
    this.settled = new Int32Array(n);
    this.heap = new Heap<C>(ops);
    let maxCost = ops.zero;
    for (let a = 0; a < g.arcCount; a++)
      maxCost = ops.cover(maxCost, g.cost[a]);
    this.maxCost = maxCost;
    let maxPotential = ops.zero;
    for (let v = 0; v < n; v++)
      maxPotential = ops.cover(maxPotential, g.potential[v]);
    this.maxPotential = maxPotential;
  }

  /**
   * Fills the lists in one pass over the arcs in order (not node by node through `incident`):
   * at 20.000 × 98 the arc arrays no longer fit in the cache, and reading them in order made
   * this step 2 × faster there.
   */
  private residualLists(): void {
    const { tail, head, cost, flow, start, nodeCount, arcCount } = this.g;
    const { incident, split, at, other, signed, ops } = this;
    // Per node: where its next leaving arc goes (from start[v]), and its next entering one.
    const leave = start.slice(0, nodeCount);
    for (let a = 0; a < arcCount; a++)
      split[flow[a] === 0 ? tail[a] : head[a]]++;
    const enter = new Int32Array(nodeCount);
    for (let v = 0; v < nodeCount; v++) {
      split[v] += start[v];
      enter[v] = split[v];
    }
    for (let a = 0; a < arcCount; a++) {
      const t = tail[a];
      const h = head[a];
      // At its tail an arc leaves when its flow is 0; at its head when it is 1.
      const atTail = flow[a] === 0 ? leave[t]++ : enter[t]++;
      const atHead = flow[a] === 1 ? leave[h]++ : enter[h]++;
      incident[atTail] = a;
      incident[atHead] = a;
      at[2 * a] = atTail;
      at[2 * a + 1] = atHead;
      other[atTail] = h;
      other[atHead] = t;
      signed[atTail] = cost[a];
      signed[atHead] = ops.neg(cost[a]);
    }
  }

  /** Flips arc a (0 ↔ 1), keeping the residual lists. Excesses are the caller's. */
  flip(a: number): void {
    const { tail, head, flow } = this.g;
    flow[a] ^= 1;
    // At its tail an arc leaves when its flow is 0; at its head when it is 1.
    this.move(a, tail[a], flow[a] === 0);
    this.move(a, head[a], flow[a] === 1);
  }

  private move(a: number, v: number, leaves: boolean): void {
    const { tail } = this.g;
    const { incident, split, at, other, signed } = this;
    const side = tail[a] === v ? 0 : 1;
    const i = at[2 * a + side];
    const j = leaves ? split[v]++ : --split[v];
    const b = incident[j];
    incident[i] = b;
    at[2 * b + (tail[b] === v ? 0 : 1)] = i;
    incident[j] = a;
    at[2 * a + side] = j;
    const w = other[i];
    other[i] = other[j];
    other[j] = w;
    const c = signed[i];
    signed[i] = signed[j];
    signed[j] = c;
  }

  /** Sets a node's potential (hubs.ts: a hub's new price); the arcs at it are the caller's. */
  setPotential(v: number, value: C): void {
    this.g.potential[v] = value;
    this.maxPotential = this.ops.cover(this.maxPotential, value);
  }

  /**
   * Adds to `out` the arcs at v whose residual reduced cost is negative (hubs.ts: after v moved
   * to a new price). Reads v's own lists, in order: through the arc arrays, at 20.000 rows, the
   * same check was a cache miss per arc.
   */
  negativeAt(v: number, out: number[]): void {
    const { start, potential: p } = this.g;
    const { ops, other, signed, incident, split } = this;
    const pv = p[v];
    for (let i = start[v]; i < start[v + 1]; i++) {
      // Leaving v: signed + (p(v) − p(w)); entering: (p(w) − p(v)) − signed. The potentials'
      // difference first: on floating-point images of large costs (approximatePrices) that
      // keeps the cost's low digits.
      const reduced =
        i < split[v]
          ? ops.add(signed[i], ops.sub(pv, p[other[i]]))
          : ops.sub(ops.sub(p[other[i]], pv), signed[i]);
      if (ops.lt(reduced, ops.zero)) out.push(incident[i]);
    }
  }

  /** The first part: every node that is not a hub balanced by searches ending at a hub. */
  balanceLocal(): void {
    const { excess } = this.g;
    for (let v = 0; v < this.g.nodeCount; v++) {
      if (this.hub[v]) continue;
      while (excess[v] > 0 && this.search(v, true, true));
      while (excess[v] < 0 && this.search(v, false, true));
    }
  }

  /**
   * Then the hubs among themselves, in sweeps: one search from each node still out of balance
   * (forward from an excess, backward from a deficit). Taking both ends in turn keeps the pairs
   * left near each other, so the searches stay short. False when some excess can reach no deficit.
   */
  balanceHubs(): boolean {
    const { excess } = this.g;
    for (let open = true; open;) {
      open = false;
      for (let v = 0; v < this.g.nodeCount; v++) {
        if (excess[v] === 0) continue;
        if (!this.search(v, excess[v] > 0, false)) return false;
        open = true;
      }
    }
    return true;
  }

  /**
   * Every distance is the reduced length of a path of at most n arcs, which telescopes to its
   * costs plus the difference of two potentials: |d| ≤ n·maxCost + 2·maxPotential. A reduced
   * cost is below maxCost + 2·maxPotential, and a new potential p + (d − d') below
   * 2n·maxCost + 5·maxPotential: all exact while 2(n + 1)·maxCost + 6·maxPotential is.
   */
  private checkExact(): void {
    const { ops } = this;
    const n = this.g.nodeCount;
    if (
      ops.unsafe(
        ops.add(
          ops.scale(this.maxCost, 2 * (n + 1)),
          ops.scale(this.maxPotential, 6),
        ),
      )
    )
      throw new CostOverflow();
  }

  /**
   * One search from `s` (forward: s has excess; backward: s has a deficit). With `local`, hubs
   * end the search and are never expanded. Returns false when nothing is reachable.
   */
  private search(s: number, forward: boolean, local: boolean): boolean {
    this.checkExact();
    const round = ++this.searches;
    const end = this.shortestPath(s, forward, local, round);
    if (end < 0) {
      this.settledCount = 0;
      return false;
    }
    this.movePotentials(forward, this.dist[end]);
    this.augment(s, end, forward);
    return true;
  }

  /** Dijkstra from s until the nearest node that ends the search is settled; −1 when none is reachable. */
  private shortestPath(
    s: number,
    forward: boolean,
    local: boolean,
    round: number,
  ): number {
    const { start, potential: p } = this.g;
    const { ops, split, other, signed, incident, dist, seen, done, via, heap } =
      this;
    dist[s] = ops.zero;
    seen[s] = round;
    heap.push(ops.zero, s);
    let end = -1;
    // The least tentative distance of a node that would end the search (an upper bound on its length).
    let found = false;
    let bound = ops.zero;
    let boundFirst = false;
    while (heap.size > 0) {
      const v = heap.pop();
      const d = heap.topKey;
      if (done[v] === round || d !== dist[v]) continue;
      done[v] = round;
      this.settled[this.settledCount++] = v;
      if (v !== s && this.endsSearch(v, forward, local)) {
        end = v;
        break;
      }
      const pv = p[v];
      // Forward: residual arcs out of v; backward: residual arcs into v.
      const from = forward ? start[v] : split[v];
      const to = forward ? split[v] : start[v + 1];
      for (let i = from; i < to; i++) {
        const w = other[i];
        if (!boundFirst && done[w] === round) continue;
        // d + reduced cost of the residual arc v → w (forward) or w → v (backward).
        const nd = forward
          ? ops.along(d, signed[i], true, pv, p[w])
          : ops.along(d, signed[i], false, p[w], pv);
        // Nothing at or beyond the nearest end seen so far can be on the path found.
        if (found && !ops.lt(nd, bound)) continue;
        if (boundFirst && done[w] === round) continue;
        if (seen[w] !== round || ops.lt(nd, dist[w])) {
          dist[w] = nd;
          seen[w] = round;
          via[w] = incident[i];
          heap.push(nd, w);
          if (this.endsSearch(w, forward, local)) {
            found = true;
            // Once a bound is known, most arcs a hub search reads end at it (17 M of 23 M at
            // 20.000 rows): test it before the settled mark, a memory read more. Not with BigInt
            // costs, where the length it needs is an allocation (a 20 % slower revision).
            boundFirst = !ops.boxed;
            bound = nd;
          }
        }
      }
    }
    heap.clear();
    return end;
  }

  /** Whether reaching w ends a search: the imbalance it seeks, or (local) a hub. */
  private endsSearch(w: number, forward: boolean, local: boolean): boolean {
    const e = this.g.excess[w];
    return (forward ? e < 0 : e > 0) || (local && this.hub[w] === 1);
  }

  /** Settled nodes move by their distance, so the path found has reduced cost 0. */
  private movePotentials(forward: boolean, delta: C): void {
    const p = this.g.potential;
    const { ops, dist, settled } = this;
    let maxPotential = this.maxPotential;
    for (let i = 0; i < this.settledCount; i++) {
      const v = settled[i];
      p[v] = forward
        ? ops.add(p[v], ops.sub(dist[v], delta))
        : ops.add(p[v], ops.sub(delta, dist[v]));
      maxPotential = ops.cover(maxPotential, p[v]);
    }
    this.maxPotential = maxPotential;
    this.settledCount = 0;
  }

  /** One unit along the path found, from s to end (forward) or end to s (backward). */
  private augment(s: number, end: number, forward: boolean): void {
    const { tail, head, excess } = this.g;
    for (let v = end; v !== s;) {
      const a = this.via[v];
      v = tail[a] === v ? head[a] : tail[a];
      this.flip(a);
    }
    if (forward) {
      excess[s]--;
      excess[end]++;
    } else {
      excess[s]++;
      excess[end]--;
    }
  }
}
