import type { CostOps } from "../reconcile/cost";
import { FlowGraph, reducedCost } from "../reconcile/flow";

/**
 * Tie rule of the table rounding. Among all roundings with the least total deviation, the one
 * chosen gives the first figure cell in reading order (top to bottom, left to right) the value
 * farthest from zero it can have, then the next, and so on (a half rounds away from zero, as
 * ROUND does). Totals follow from their parts.
 *
 * With the solver's optimal potentials fixed, the optimal roundings are the feasible flows that
 * differ by cycles of arcs of reduced cost 0. So, cell by cell, while one of its steps can move
 * away from zero along such a cycle that avoids every cell already decided (and the cell's own
 * other steps), it moves; then the cell is decided. A cycle stays within one strongly connected
 * component of the zero-cost residual graph, so cells whose ends lie in different ones are
 * skipped without a search (ties are rare: the components are small).
 */
export function preferAwayFromZero<C>(
  g: FlowGraph<C>,
  ops: CostOps<C>,
  cells: readonly { arcs: number[]; up: boolean }[],
): void {
  const { tail, head, flow, start, incident } = g;
  const zero = new Uint8Array(g.arcCount);
  for (let a = 0; a < g.arcCount; a++)
    zero[a] = reducedCost(g, ops, a) === ops.zero ? 1 : 0;
  const component = components(g, zero);
  const fixed = new Uint8Array(g.arcCount);
  const seen = new Int32Array(g.nodeCount);
  const via = new Int32Array(g.nodeCount);
  let round = 0;
  const next = (v: number, b: number): number => {
    if (!zero[b] || fixed[b]) return -1;
    if (tail[b] === v) return flow[b] === 0 ? head[b] : -1;
    return flow[b] === 1 ? tail[b] : -1;
  };
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
        const w = next(v, b);
        if (w < 0 || seen[w] === round || component[w] !== c) continue;
        seen[w] = round;
        via[w] = b;
        queue.push(w);
      }
    }
    return false;
  };
  for (const cell of cells) {
    for (const a of cell.arcs) fixed[a] = 1;
    for (let moved = true; moved;) {
      moved = false;
      for (const a of cell.arcs) {
        // Up: a step not taken yet; down: a step taken.
        if (flow[a] !== (cell.up ? 0 : 1) || !zero[a]) continue;
        if (component[tail[a]] !== component[head[a]]) continue;
        const [from, to] =
          flow[a] === 0 ? [head[a], tail[a]] : [tail[a], head[a]];
        if (!path(from, to)) continue;
        for (let v = to; v !== from;) {
          const b = via[v];
          flow[b] ^= 1;
          v = tail[b] === v ? head[b] : tail[b];
        }
        flow[a] ^= 1;
        moved = true;
        break;
      }
    }
  }
}

/** Strongly connected components of the residual arcs of reduced cost 0 (iterative Tarjan). */
function components<C>(g: FlowGraph<C>, zero: Uint8Array): Int32Array {
  const { tail, head, flow, start, incident } = g;
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
  const next = (v: number, b: number): number => {
    if (!zero[b]) return -1;
    if (tail[b] === v) return flow[b] === 0 ? head[b] : -1;
    return flow[b] === 1 ? tail[b] : -1;
  };
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
        const w = next(v, incident[callEdge[top]++]);
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
