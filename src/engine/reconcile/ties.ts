import { zeroCostComponents } from "./components";
import { CostOps } from "./cost";
import { reducedCost } from "./flow";
import { SheetNetwork } from "./network";

/**
 * Tie rule. Among all roundings with the minimal total deviation, the one chosen rounds away
 * from zero the first cell it can in reading order (rows top to bottom; within a row the unit
 * with the larger |exact| share first, then the unit listed first), then the next, and so on:
 * the lexicographically first in that order. For a single row this is largest remainder's own
 * tie rule.
 *
 * With the solver's optimal potentials fixed, the optimal roundings are exactly the feasible
 * flows that change only arcs of reduced cost 0; two of them differ by cycles of such arcs. So,
 * cell by cell in that order, a cell not yet at its preferred value is flipped when a cycle of
 * reduced cost 0 through it avoids every cell already decided; then it is decided. Cells whose
 * ends lie in different strongly connected components of that zero-cost graph can never flip and
 * are skipped without a search (in practice, ties are rare and the components tiny).
 */
export function preferInTieOrder<C>(
  net: SheetNetwork<C>,
  ops: CostOps<C>,
): void {
  const g = net.graph;
  const { tail, head, flow, start, incident } = g;
  const zero = new Uint8Array(g.arcCount);
  for (let a = 0; a < g.arcCount; a++)
    zero[a] = reducedCost(g, ops, a) === ops.zero ? 1 : 0;
  const component = zeroCostComponents(net.graph, zero);
  const fixed = new Uint8Array(g.arcCount);
  const seen = new Int32Array(g.nodeCount);
  const via = new Int32Array(g.nodeCount);
  let round = 0;

  const path = (from: number, to: number, skip: number): boolean => {
    round++;
    const c = component[from];
    const queue = [from];
    seen[from] = round;
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      if (v === to) return true;
      for (let i = start[v]; i < start[v + 1]; i++) {
        const b = incident[i];
        if (b === skip || !zero[b] || fixed[b]) continue;
        const w =
          tail[b] === v
            ? flow[b] === 0
              ? head[b]
              : -1
            : flow[b] === 1
              ? tail[b]
              : -1;
        if (w < 0 || seen[w] === round || component[w] !== c) continue;
        seen[w] = round;
        via[w] = b;
        queue.push(w);
      }
    }
    return false;
  };

  for (let r = 0; r < net.rows.length; r++) {
    for (let i = net.rowStart[r]; i < net.rowStart[r + 1]; i++)
      decide(net.rowArcs[i], net.rowNegative[r] ? 0 : 1);
  }

  function decide(a: number, prefers: number): void {
    fixed[a] = 1;
    if (
      flow[a] === prefers ||
      !zero[a] ||
      component[tail[a]] !== component[head[a]]
    )
      return;
    const [from, to] = flow[a] === 0 ? [head[a], tail[a]] : [tail[a], head[a]];
    if (!path(from, to, a)) return;
    for (let v = to; v !== from;) {
      const b = via[v];
      flow[b] ^= 1;
      v = tail[b] === v ? head[b] : tail[b];
    }
    flow[a] ^= 1;
  }
}
