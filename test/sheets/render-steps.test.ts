import fc from "fast-check";
import { allocateTable, TableResult } from "../../src/engine";
import { renderPlan } from "../../src/sheets/render";
import { recipeArb, recipeModel } from "../fixtures/random";

const base = { lang: "da" as const, existing: [], time: "2026-01-01 10:00", sources: ["Initiativer", "Nøgler"] };

/** The result as made by hand: Decimals only, no steps (rows, totals and adjusted cells). */
function withoutSteps(result: TableResult): TableResult {
  return {
    ...result,
    periods: result.periods.map((p) => ({
      ...p,
      rows: p.rows.map(({ steps: _steps, ...r }) => ({ ...r, values: [...r.values] })),
      subtotals: p.subtotals.map(({ steps: _steps, ...s }) => s),
      total: (({ steps: _steps, ...t }) => t)(p.total),
      adjusted: p.adjusted.map((a) => ({ position: a.position, unit: a.unit, exact: a.exact, shown: a.shown, round: a.round })),
    })),
  };
}

describe("the period sheet from the engine's integer steps", () => {
  it("is the sheet rendered from the Decimals alone (random illustrative tables, both methods)", () => {
    fc.assert(
      fc.property(recipeArb({ maxRows: 25, maxUnits: 7 }), fc.constantFrom("reconciled" as const, "largest-remainder" as const), (recipe, method) => {
        const { model, decimals } = recipeModel(recipe);
        const result = allocateTable(model, { decimals, method });
        expect(result.periods.every((p) => p.rows.every((r) => r.steps !== undefined))).toBe(true);
        const plain = withoutSteps(result);
        expect(renderPlan(result, base).sheets.map((s) => s.cells)).toEqual(renderPlan(plain, base).sheets.map((s) => s.cells));
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it("gives a row's values as Decimals when they are read, the same as its steps", () => {
    const { model, decimals } = recipeModel({
      weights: [3, 5, 0, 2],
      decimals: 1,
      rows: [{ parent: -1, amount: 1001, kind: 4, channel: 0, recipient: 5, pick: 1 }],
    });
    const p = allocateTable(model, { decimals, method: "reconciled" }).periods[0];
    const r = p.rows[0];
    expect(r.values.map((v) => v?.toString() ?? null)).toEqual(r.steps!.map((s) => (s === null ? null : (Number(s) / 10).toString())));
    expect(JSON.parse(JSON.stringify(r)).values).toEqual(r.values.map((v) => v?.toString() ?? null));
  });
});
