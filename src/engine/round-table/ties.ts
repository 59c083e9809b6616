import type { CostOps } from "../reconcile/cost";
import { zeroCostComponents } from "../reconcile/components";
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
  const component = zeroCostComponents(g, zero);
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
