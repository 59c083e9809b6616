import type { TableResult } from "../engine";
import { fingerprintPlan, fingerprintPlanRows } from "./fingerprint";
import { cellAddress } from "./grid";
import type { SheetPlan } from "./plan";
import { TABLE_HEADER_ROW } from "./render";
import { quoteSheet } from "./step";

/** The national column of a period sheet (next to the names). */
const NATIONAL = 1;

/**
 * A second step's national column is the first sheet's unit column (SPEC §3): each figure
 * passed on is written as a formula into that cell (`='Fordeling 2026'!C13`), so a re-fill or
 * an edit of the first sheet flows through in any spreadsheet. Only plain values are linked
 * (sums of sub-items stay sums), and only where the first sheet shows exactly that figure.
 * `sheets[i]` is the plan of `result.periods[i]`; the sheets' fingerprints are made again.
 */
export function linkPassOnSheets(
  result: TableResult,
  sheets: SheetPlan[],
): void {
  result.periods.forEach((p2, s2) => {
    if (!p2.passOn) return;
    const s1 = result.periods.findIndex(
      (q) =>
        !q.passOn &&
        q.period === p2.period &&
        q.units.includes(p2.passOn!.unit),
    );
    if (s1 < 0 || !sheets[s1] || !sheets[s2]) return;
    const p1 = result.periods[s1];
    const first = sheets[s1];
    const second = sheets[s2];
    // Rows are found through the plans' own row maps (rows without an amount are left out).
    if (!first.rowOfPosition || !second.rowOfPosition) return;
    const unitCol = first.cells[TABLE_HEADER_ROW]?.findIndex(
      (c) => c?.value === p2.passOn!.unit,
    );
    if (unitCol === undefined || unitCol < 0) return;
    const position = new Map(p1.rows.map((r, i) => [r.row, i]));
    const u = p1.units.indexOf(p2.passOn.unit);
    let linked = false;
    p2.rows.forEach((r, i) => {
      const j = position.get(r.row);
      const at = second.rowOfPosition![i];
      const cell = at >= 0 ? second.cells[at]?.[NATIONAL] : undefined;
      if (j === undefined || !cell || cell.formula || r.national === null)
        return;
      const from = first.rowOfPosition![j];
      if (from < 0) return;
      const published = p1.rows[j].values[u];
      if (published === null || !published.eq(r.national)) return;
      const ref = cellAddress(from, unitCol);
      second.cells[at][NATIONAL] = {
        ...cell,
        formula: `=${quoteSheet(first.name)}!${ref}`,
      };
      linked = true;
    });
    if (!linked) return;
    sheets[s2].fingerprint = fingerprintPlan(sheets[s2].cells);
    sheets[s2].rowFingerprints = fingerprintPlanRows(sheets[s2].cells);
  });
}
