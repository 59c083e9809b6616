import { zeroCostCycles } from "./components";
import { CostOps } from "./cost";
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
  const { flow } = net.graph;
  const cycles = zeroCostCycles(net.graph, ops);
  for (let r = 0; r < net.rows.length; r++) {
    const prefers = net.rowNegative[r] ? 0 : 1;
    for (let i = net.rowStart[r]; i < net.rowStart[r + 1]; i++) {
      const a = net.rowArcs[i];
      cycles.fixed[a] = 1;
      if (flow[a] !== prefers) cycles.flipAlongCycle(a);
    }
  }
}
