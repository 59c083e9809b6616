import fc from "fast-check";
import { allocateTable, checkAllocation, Dec, Method, TableModel } from "../../src/engine";
import { Recipe, recipeArb, recipeModel } from "../fixtures/random";

/**
 * Random trees (depth ≤ 4, headings, linked parents, a few CHILDREN_SUM_MISMATCH parents,
 * særtilskud lists and other recipients, three channels, negative and zero amounts), checked by
 * the independent checker, which proves optimality with its own negative-cycle search.
 */
function violations(recipe: Recipe, method: Method) {
  const { model, decimals } = recipeModel(recipe);
  const options = { decimals, method };
  return checkAllocation(model, options, allocateTable(model, options));
}

describe("properties: the checker finds no violation", () => {
  test("reconciled, small tables with small weights (many exact ties)", () => {
    fc.assert(
      fc.property(recipeArb({ maxRows: 25, maxUnits: 6, maxWeight: 10, maxAmount: 200 }), (recipe) => {
        expect(violations(recipe, "reconciled")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test("reconciled, up to 300 rows × 98 units", () => {
    fc.assert(
      fc.property(recipeArb({ minRows: 100, maxRows: 300, minUnits: 40, maxUnits: 98 }), (recipe) => {
        expect(violations(recipe, "reconciled")).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  test.each(["largest-remainder", "nearest"] as const)("%s: figures within a step, checks and maxDeviation truthful", (method) => {
    fc.assert(
      fc.property(recipeArb({ maxRows: 40, maxUnits: 12 }), (recipe) => {
        expect(violations(recipe, method)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("properties: determinism and symmetry", () => {
  const figures = (model: TableModel, decimals: number) =>
    allocateTable(model, { decimals, method: "reconciled" }).periods.map((p) =>
      [...p.rows.map((r) => r.values), p.total.values].map((vs) => vs.map((v) => (v === null ? null : v.toString()))),
    );

  test("the same table always gives the same figures", () => {
    fc.assert(
      fc.property(recipeArb({ maxRows: 40, maxUnits: 10, maxWeight: 20 }), (recipe) => {
        const { model, decimals } = recipeModel(recipe);
        expect(figures(recipeModel(recipe).model, decimals)).toEqual(figures(model, decimals));
      }),
      { numRuns: 60 },
    );
  });

  test("negating every amount negates every figure", () => {
    fc.assert(
      fc.property(recipeArb({ maxRows: 30, maxUnits: 8, maxWeight: 20 }), (recipe) => {
        const { model, decimals } = recipeModel(recipe);
        const negated: TableModel = { ...model, rows: model.rows.map((r) => ({ ...r, amounts: r.amounts.map((a) => (a === null ? null : a.neg())) })) };
        const neg = (v: string | null) => (v === null ? null : new Dec(v).neg().toString());
        expect(figures(negated, decimals)).toEqual(figures(model, decimals).map((p) => p.map((vs) => vs.map(neg))));
      }),
      { numRuns: 60 },
    );
  });
});
