import type { CostOps } from "./cost";
import { FlowGraph, incidence, reducedCost } from "./flow";

/**
 * The optimal roundings with the solver's potentials fixed are the feasible flows that differ by
 * cycles of arcs of reduced cost 0 (both tie rules walk them). A cycle stays within one strongly
 * connected component of those arcs, so an arc whose ends lie in different ones is skipped
 * without a search; searches read only the arcs of reduced cost 0 (a hub has one arc per row,
 * few of them at 0: scanning all of them made the tie rule grow as rows² – 49 M arcs read at
 * 20.000 × 98, issue 17).
 */
export interface ZeroCostCycles {
  /** Arcs no cycle may change (decided figures). */
  fixed: Uint8Array;
  /**
   * Flips arc `a` together with a cycle of reduced cost 0 through it that avoids every fixed arc
   * (mark `a` fixed first); false, changing nothing, when there is none.
   */
  flipAlongCycle(a: number): boolean;
}

export function zeroCostCycles<C>(
  g: FlowGraph<C>,
  ops: CostOps<C>,
): ZeroCostCycles {
  const { tail, head, flow } = g;
  const zero = new Uint8Array(g.arcCount);
  const zeroArcs: number[] = [];
  for (let a = 0; a < g.arcCount; a++)
    if (reducedCost(g, ops, a) === ops.zero) {
      zero[a] = 1;
      zeroArcs.push(a);
    }
  const local = incidence(
    g.nodeCount,
    Int32Array.from(zeroArcs, (a) => tail[a]),
    Int32Array.from(zeroArcs, (a) => head[a]),
  );
  const start = local.start;
  const incident = local.incident.map((i) => zeroArcs[i]);
  const component = components(g, start, incident);
  const fixed = new Uint8Array(g.arcCount);
  const seen = new Int32Array(g.nodeCount);
  const via = new Int32Array(g.nodeCount);
  let round = 0;

  /** Breadth-first along residual zero-cost arcs that are not fixed, within one component. */
  const path = (from: number, to: number): boolean => {
    round++;
    const c = component[from];
    const queue = [from];
    seen[from] = round;
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      if (v === to) return true;
      for (let i = start[v]; i < start[v + 1]; i++) {
        const b = incident[i];
        if (fixed[b]) continue;
        const w = residualEnd(g, v, b);
        if (w < 0 || seen[w] === round || component[w] !== c) continue;
        seen[w] = round;
        via[w] = b;
        queue.push(w);
      }
    }
    return false;
  };

  return {
    fixed,
    flipAlongCycle(a: number): boolean {
      if (!zero[a] || component[tail[a]] !== component[head[a]]) return false;
      const [from, to] =
        flow[a] === 0 ? [head[a], tail[a]] : [tail[a], head[a]];
      if (!path(from, to)) return false;
      for (let v = to; v !== from;) {
        const b = via[v];
        flow[b] ^= 1;
        v = tail[b] === v ? head[b] : tail[b];
      }
      flow[a] ^= 1;
      return true;
    },
  };
}

/** The node residual arc b leads to from v (forward at flow 0, backward at 1), or −1. */
function residualEnd<C>(g: FlowGraph<C>, v: number, b: number): number {
  if (g.tail[b] === v) return g.flow[b] === 0 ? g.head[b] : -1;
  return g.flow[b] === 1 ? g.tail[b] : -1;
}

/**
 * Strongly connected components of the residual arcs listed per node in incident[start[v] ..
 * start[v+1]) (iterative Tarjan). An arc not listed (not of reduced cost 0) joins nothing.
 */
function components<C>(
  g: FlowGraph<C>,
  start: Int32Array,
  incident: Int32Array,
): Int32Array {
  const n = g.nodeCount;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    callNode.push(root);
    callEdge.push(start[root]);
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const v = callNode[top];
      if (callEdge[top] < start[v + 1]) {
        const w = residualEnd(g, v, incident[callEdge[top]++]);
        if (w < 0) continue;
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(start[w]);
        } else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
      callNode.pop();
      callEdge.pop();
      if (callNode.length > 0) {
        const up = callNode[callNode.length - 1];
        if (low[v] < low[up]) low[up] = low[v];
      }
    }
  }
  return component;
}
