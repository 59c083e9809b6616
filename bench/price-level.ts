/**
 * Price levels (issue 15) at 2.000 rows × 98 municipalities: a reconciled fill restated by 1,028,
 * with no rows to other recipients and with every tenth top-level row going to another recipient
 * (rounded with the rest: one more column tree, Øvrige modtagere), against the plain fill; and
 * two periods each with its own factor. Generated tables (bench/reconciled.ts), illustrative.
 */
import { allocateTable, Dec, TableModel } from "../src/engine";
import { benchTable } from "./reconciled";
import { medianMs, round } from "./timing";

/** Every tenth top-level row without sub-items to another recipient. */
function withOthers(model: TableModel): TableModel {
  const parents = new Set(model.rows.map((r) => r.parent).filter((p) => p !== null));
  return {
    ...model,
    rows: model.rows.map((r, i) => (i % 10 === 0 && r.parent === null && !parents.has(i) ? { ...r, recipient: { kind: "other", label: "Medicinrådet" } } : r)),
  };
}

export async function run() {
  const base = benchTable(2000, 98);
  const others = withOthers(base);
  const out: Record<string, unknown> = {
    otherRows: others.rows.filter((r) => r.recipient.kind === "other").length,
  };
  for (const [name, model, factor] of [
    ["plain", base, null],
    ["restated", base, new Dec("1.028")],
    ["plainWithOthers", others, null],
    ["restatedWithOthers", others, new Dec("1.028")],
  ] as const) {
    process.stderr.write(`bench price-level: ${name}…\n`);
    const options = { decimals: 1, method: "reconciled" as const, ...(factor ? { priceFactor: factor } : {}) };
    let result = allocateTable(model, options);
    const ms = medianMs(() => (result = allocateTable(model, options)), 3);
    out[name] = { ms: round(ms, 0), maxDeviation: result.periods[0].maxDeviation.toNumber() };
  }
  // Two periods, two factors: the same table twice.
  const two: TableModel = { ...others, periods: ["2026", "2027"], rows: others.rows.map((r) => ({ ...r, amounts: [r.amounts[0], r.amounts[0]] })) };
  const options = { decimals: 1, method: "reconciled" as const, priceFactor: { "2026": new Dec("1.028"), "2027": new Dec("1.059868") } };
  out.twoPeriodsTwoFactors = {
    ms: round(
      medianMs(() => allocateTable(two, options), 3),
      0,
    ),
  };
  return out;
}
