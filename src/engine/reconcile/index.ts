import { ExactTable } from "../exact";
import { SheetLayout } from "../layout";
import { Figures, largestRemainderUps, exactTotal, sumBelow, withUps } from "../rounding";

/** Reconciled rounding of a whole sheet (SPEC §2). */
export function reconcileSheet(sheet: SheetLayout, exact: ExactTable): Figures {
  void sheet;
  // TEMPORARY (step 1): rows by largest remainder, everything above them as sums.
  const figures: Figures = new Array(exact.cells.length).fill(null);
  const order = [...Array(exact.rowCount).keys()].reverse();
  for (let c = exact.rowCount; c <= exact.totalNode; c++) order.push(c);
  for (const node of order) {
    const cells = exact.cells[node];
    if (!cells) continue;
    figures[node] = exact.down[node].length > 0 || node >= exact.rowCount ? sumBelow(exact, figures, node) : withUps(cells, largestRemainderUps(cells, exactTotal(cells, exact.D), exact.D));
  }
  return figures;
}
