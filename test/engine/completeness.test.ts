import fc from "fast-check";
import { allocateTable, checkAllocation, Dec, Finding, finding, Method, TableModel } from "../../src/engine";
import { recipeArb, recipeModel } from "../fixtures/random";

/**
 * Property: for random tables (trees with headings, linked and mismatched parents, blanks,
 * other recipients, særtilskud lists) with random faults – amounts that cannot be read, amounts
 * off the step, unknown keys – every input amount is accounted for exactly once: allocated,
 * under Øvrige modtagere, or listed as excluded with an error finding. The independent checker
 * proves it (rule COMPLETENESS), and the test adds up the money itself as well.
 */
const faultArb = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 300, maxLength: 300 });

function withFaults(model: TableModel, decimals: number, faults: number[]): { model: TableModel; bad: Finding[] } {
  const bad: Finding[] = [];
  const half = new Dec(10).pow(-decimals).div(2);
  const rows = model.rows.map((r, i) => {
    const source = { sheet: "Initiativer", nameCell: `A${i + 2}`, amountCells: [`B${i + 2}`] };
    const fault = faults[i % faults.length];
    const amount = r.amounts[0];
    if (fault === 1) {
      bad.push(finding("error", "BAD_NUMBER", { text: "?" }, { sheet: "Initiativer", cell: `B${i + 2}`, initiative: r.name, period: "2026" }));
      return { ...r, amounts: [null], unreadable: [true], source };
    }
    if (fault === 2 && amount !== null) return { ...r, amounts: [amount.plus(half)], source };
    if (fault === 3) return { ...r, keyName: "Findes ikke", source };
    if (fault === 4) return { ...r, amounts: [null], source };
    return { ...r, source };
  });
  return { model: { ...model, rows }, bad };
}

/**
 * Σ top-level effective amounts: a heading's is its sub-items' sum. An unreadable row's money is
 * unknown: it adds nothing, and its sub-items are part of it (shown, but outside the totals).
 */
function inputTotal(model: TableModel): Dec {
  const kids: (Dec | null)[] = model.rows.map(() => null);
  let total = new Dec(0);
  for (let i = model.rows.length - 1; i >= 0; i--) {
    const r = model.rows[i];
    const eff = r.unreadable?.[0] ? null : (r.amounts[0] ?? kids[i]);
    if (eff === null) continue;
    if (r.parent === null) total = total.plus(eff);
    else kids[r.parent] = (kids[r.parent] ?? new Dec(0)).plus(eff);
  }
  return total;
}

describe("property: every input amount is accounted for exactly once", () => {
  test.each(["reconciled", "largest-remainder", "nearest"] as Method[])(
    "%s, random tables with unreadable cells, amounts off the step and unknown keys",
    (method) => {
      fc.assert(
        fc.property(recipeArb({ maxRows: 30, maxUnits: 6, maxWeight: 50, maxAmount: 300 }), faultArb, (recipe, faults) => {
          const base = recipeModel(recipe);
          const { model, bad } = withFaults(base.model, base.decimals, faults);
          const options = { decimals: base.decimals, method };
          const result = allocateTable(model, options);
          expect(checkAllocation(model, options, result, { findings: [...result.findings, ...bad] })).toEqual([]);
          // The money, added up here as well: allocated + Øvrige + excluded = the input total.
          const out = result.periods.reduce((a, p) => a.plus(p.total.national).plus(p.excludedTotal), new Dec(0));
          expect(out.toString()).toBe(inputTotal(model).toString());
          // Every unreadable cell is listed exactly once, or carried by a row above it that is not.
          const listed = result.periods.flatMap((p) => p.excluded.map((x) => x.row));
          expect(new Set(listed).size).toBe(listed.length);
        }),
        { numRuns: method === "reconciled" ? 300 : 100 },
      );
    },
  );
});
