/**
 * Passing money on: what the second step over a region's own units costs next to the first.
 * First step 2000 rows × 5 regions (bench/reconciled.ts's table); second step Region
 * Hovedstaden's column over 12 own units (illustrative weights), without and with a Videre split
 * (two fixed amounts) on every tenth top-level block row: each split is a key of its own, so
 * the sheet's common denominator grows. Median wall times.
 */
import { allocateTable, KeyEntry, makeKey, TableModel } from "../src/engine";
import { passOnSteps } from "../src/sheets/pass-on";
import { benchTable } from "./reconciled";
import { medianMs, round } from "./timing";

function table(splits: boolean): TableModel {
  const model = benchTable(2000, 5);
  const hospitals = makeKey({
    name: "Aktivitet",
    kind: "weight",
    entries: Array.from({ length: 12 }, (_, i) => ({ unit: `Hospital ${i + 1}`, value: 300 + ((i * 7919) % 1700) })),
  }).key!;
  const keys: KeyEntry[] = [...model.keys, { key: hospitals, group: "Hospitaler", period: null }];
  let top = 0;
  for (const r of model.rows)
    if (splits && r.parent === null && r.channel === "Blok" && top++ % 10 === 0) r.passOn = "Hospice A=0,1; Hospice B=0,1; rest: Hospitaler";
  return { ...model, keys };
}

function measure(splits: boolean) {
  const first = table(splits);
  const options = { decimals: 1, method: "reconciled" as const };
  const result = allocateTable(first, options);
  const passOn = [{ unit: "Region Hovedstaden", group: "Hospitaler" }];
  const firstMs = medianMs(() => allocateTable(first, options), 5);
  const secondMs = medianMs(() => passOnSteps(first, result, passOn, options, "da"), 5);
  return {
    splitRows: first.rows.filter((r) => r.passOn).length,
    firstStepMs: round(firstMs, 1),
    secondStepMs: round(secondMs, 1),
    ratio: round(secondMs / firstMs),
  };
}

export async function run() {
  return { rows: 2000, ownUnits: 12, withoutSplits: measure(false), withSplits: measure(true) };
}
