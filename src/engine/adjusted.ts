import { Dec, fromSteps } from "./decimal";
import { ExactTable } from "./exact";
import { Figures } from "./rounding";

/**
 * A figure shown other than Excel's ROUND of its exact value would show it: the cells a region
 * checks against the ministry's note, so the sheet and the JSON name every one of them.
 */
export interface AdjustedCell {
  /** Position in `PeriodAllocation.rows`. */
  position: number;
  /** Index in `PeriodAllocation.units`. */
  unit: number;
  /** The exact share (to 60 significant digits). */
  exact: Dec;
  shown: Dec;
  /** What plain ROUND would show. */
  round: Dec;
}

/**
 * Steps of ROUND(exact): halves away from zero, as Excel rounds. Exact = floor + rem/D steps,
 * 0 ≤ rem < D, so a half goes up for figures ≥ 0 and down (to floor) for negative ones.
 */
export function roundSteps(floor: bigint, rem: bigint, D: bigint): bigint {
  const twice = 2n * rem;
  return twice > D || (twice === D && floor >= 0n) ? floor + 1n : floor;
}

/** Every row figure (sheet rows, not subtotals) that differs from plain ROUND, in sheet order. */
export function adjustedCells(
  exact: ExactTable,
  figures: Figures,
  decimals: number,
): AdjustedCell[] {
  const found: AdjustedCell[] = [];
  const D = exact.D;
  const step = fromSteps(1n, decimals);
  const denominator = new Dec(D.toString());
  for (let pos = 0; pos < exact.rowCount; pos++) {
    const cells = exact.cells[pos];
    const fig = figures[pos];
    if (!cells || !fig) continue;
    for (let u = 0; u < exact.units; u++) {
      if (!cells.present[u]) continue;
      const round = roundSteps(cells.floor[u], cells.rem[u], D);
      if (fig[u] === round) continue;
      const exactSteps = new Dec(
        (cells.floor[u] * D + cells.rem[u]).toString(),
      ).div(denominator);
      found.push({
        position: pos,
        unit: u,
        exact: exactSteps.times(step),
        shown: fromSteps(fig[u], decimals),
        round: fromSteps(round, decimals),
      });
    }
  }
  return found;
}
