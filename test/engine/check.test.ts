import { allocateTable, checkAllocation, Dec, PeriodAllocation, TableResult, Violation } from "../../src/engine";
import { seed002Model } from "../fixtures/seed002";

const OPTIONS = { decimals: 1, method: "reconciled" as const };
const STEP = new Dec("0.1");
const model = seed002Model();

function copy(r: TableResult): TableResult {
  const period = (p: PeriodAllocation): PeriodAllocation => ({
    ...p,
    rows: p.rows.map((x) => ({ ...x, values: [...x.values] })),
    subtotals: p.subtotals.map((s) => ({ ...s, values: [...s.values], members: [...s.members] })),
    total: { ...p.total, values: [...p.total.values], members: [...p.total.members] },
    checks: { ...p.checks },
  });
  return { ...r, periods: r.periods.map(period) };
}

function tampered(change: (p: PeriodAllocation) => void): Violation["rule"][] {
  const result = copy(allocateTable(model, OPTIONS));
  change(result.periods[0]);
  return [...new Set(checkAllocation(model, OPTIONS, result).map((v) => v.rule))];
}

const rowIndex = (p: PeriodAllocation, name: string) => p.rows.findIndex((x) => x.name === name);

describe("checkAllocation catches what is wrong", () => {
  test("the untouched seed 002 result passes", () => {
    expect(tampered(() => undefined)).toEqual([]);
  });

  test("a cell one step off: its row no longer adds up", () => {
    expect(tampered((p) => (p.rows[rowIndex(p, "Senfølger")].values[0] = p.rows[rowIndex(p, "Senfølger")].values[0]!.plus(STEP)))).toEqual(
      expect.arrayContaining(["ROW_SUM"]),
    );
  });

  test("two cells moved by two steps: the row adds up, but they are not their exact values rounded", () => {
    const rules = tampered((p) => {
      const r = p.rows[rowIndex(p, "Udrednings- og behandlingskapacitet")];
      r.values[0] = r.values[0]!.plus(STEP.times(2));
      r.values[1] = r.values[1]!.minus(STEP.times(2));
    });
    expect(rules).toContain("BOUNDS");
    expect(rules).not.toContain("ROW_SUM");
  });

  test("a parent that is no longer the sum of its sub-items", () => {
    expect(tampered((p) => (p.rows[rowIndex(p, "Palliation")].values[2] = p.rows[rowIndex(p, "Palliation")].values[2]!.plus(STEP)))).toEqual(
      expect.arrayContaining(["CHILDREN_SUM"]),
    );
  });

  test("a unit total that is not the sum of its members, a missing member, a wrong national", () => {
    expect(tampered((p) => (p.subtotals[0].values[4] = p.subtotals[0].values[4].plus(STEP)))).toEqual(expect.arrayContaining(["COLUMN_SUM"]));
    expect(tampered((p) => p.subtotals[0].members.pop())).toEqual(expect.arrayContaining(["MEMBERS"]));
    expect(tampered((p) => (p.total.national = p.total.national.plus(1)))).toEqual(expect.arrayContaining(["NATIONAL"]));
  });

  test("untruthful checks, maxDeviation or links", () => {
    expect(tampered((p) => (p.checks.columnsAddUp = false))).toEqual(["CHECK_FLAG"]);
    expect(tampered((p) => (p.maxDeviation = p.maxDeviation.plus("0.0001")))).toEqual(["MAX_DEVIATION"]);
    expect(tampered((p) => (p.rows[rowIndex(p, "Palliation")].sumOfChildren = false))).toEqual(expect.arrayContaining(["LINK"]));
    expect(tampered((p) => p.rows[0].values.pop())).toEqual(["SHAPE"]);
  });

  test("a feasible but worse rounding (two rows × two units swapped) is found not optimal", () => {
    const base = allocateTable(model, OPTIONS).periods[0];
    const leaves = base.rows
      .map((x, i) => i)
      .filter((i) => base.rows[i].parent === null && base.rows[i].status === "allocated" && base.rows[i].channel === "Blok" && !base.rows[i].sumOfChildren);
    let caught = 0;
    let feasibleSwaps = 0;
    for (const a of leaves) {
      for (const b of leaves) {
        if (b <= a) continue;
        for (let u = 0; u < 5; u++) {
          for (let w = u + 1; w < 5; w++) {
            const rules = tampered((p) => {
              p.rows[a].values[u] = p.rows[a].values[u]!.plus(STEP);
              p.rows[a].values[w] = p.rows[a].values[w]!.minus(STEP);
              p.rows[b].values[u] = p.rows[b].values[u]!.minus(STEP);
              p.rows[b].values[w] = p.rows[b].values[w]!.plus(STEP);
            });
            // Rows and columns still add up; only those still within a step of exact are feasible.
            if (rules.includes("BOUNDS") || rules.includes("MAX_DEVIATION")) continue;
            feasibleSwaps++;
            expect(rules).toEqual(["NOT_OPTIMAL"]);
            caught++;
          }
        }
      }
    }
    expect(feasibleSwaps).toBeGreaterThan(0);
    expect(caught).toBe(feasibleSwaps);
  });
});
