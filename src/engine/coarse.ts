import { Dec, shownAmount, stepOf } from "./decimal";
import { Finding, finding } from "./findings";
import { rowPlace, SheetLayout } from "./layout";
import { TableModel } from "./table";

/** An amount of fewer steps than this, split over two or more units, makes the step coarse. */
export const COARSE_STEPS = 10;

interface Coarse {
  row: number;
  amount: Dec;
  steps: bigint;
  units: number;
}

/**
 * COARSE_STEP (SPEC §2): the step is coarse for a row split by a key when the amount is fewer
 * than 10 steps, the key has two or more units with a share, and some unit's share is not a
 * whole number of steps (else rounding moves nothing): 5 mio. kr. over the five regions in
 * whole millions is 1/1/1/1/1, each region up to a whole step (here 20–100 %) off its share.
 * One warning per period, on the amount cell of the smallest such amount, with how many rows
 * are coarse and the decimals that would make that amount 10 steps or more.
 */
export function coarseStepFinding(
  model: TableModel,
  sheets: readonly SheetLayout[],
  periodIndex: number,
  decimals: number,
): Finding | null {
  let worst: Coarse | null = null;
  let count = 0;
  for (const sheet of sheets) {
    for (const sr of sheet.rows) {
      if (sr.kind !== "source" || !sr.key || sr.steps === 0n) continue;
      const key = sr.key;
      const steps = sr.steps < 0n ? -sr.steps : sr.steps;
      if (steps >= BigInt(COARSE_STEPS)) continue;
      let units = 0;
      let whole = true;
      for (const w of key.weights) {
        if (w <= 0n) continue;
        units++;
        if ((steps * w) % key.total !== 0n) whole = false;
      }
      if (units < 2 || whole) continue;
      count++;
      if (!worst || steps < worst.steps)
        worst = { row: sr.row, amount: sr.own!, steps, units };
    }
  }
  if (!worst) return null;
  // The fewest extra decimals that make the smallest coarse amount 10 steps or more.
  let extra = 0;
  while (worst.steps * 10n ** BigInt(extra) < BigInt(COARSE_STEPS)) extra++;
  const suggest = decimals + extra;
  const row = model.rows[worst.row];
  return finding(
    "warning",
    "COARSE_STEP",
    {
      initiative: row.name,
      amount: shownAmount(worst.amount, decimals),
      step: stepOf(decimals).toString(),
      steps: Number(worst.steps),
      units: worst.units,
      count,
      period: model.periods[periodIndex],
      decimals: suggest,
      newStep: stepOf(suggest).toString(),
    },
    rowPlace(row, model.periods, periodIndex),
  );
}
