import type { CostOps } from "../reconcile/cost";
import { zeroCostCycles } from "../reconcile/components";
import type { FlowGraph } from "../reconcile/flow";

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
  const cycles = zeroCostCycles(g, ops);
  for (const cell of cells) {
    for (const a of cell.arcs) cycles.fixed[a] = 1;
    for (let moved = true; moved;) {
      moved = false;
      for (const a of cell.arcs) {
        // Up: a step not taken yet; down: a step taken.
        if (g.flow[a] !== (cell.up ? 0 : 1) || !cycles.flipAlongCycle(a))
          continue;
        moved = true;
        break;
      }
    }
  }
}
