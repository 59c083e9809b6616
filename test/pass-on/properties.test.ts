import fc from "fast-check";
import { allocateTable, checkAllocation, Dec, KeyEntry, makeKey, Method, PeriodAllocation } from "../../src/engine";
import { passOnSteps } from "../../src/sheets/pass-on";
import { recipeArb, recipeModel } from "../fixtures/random";

/**
 * Random tables (trees, lists, other recipients), a random key over random own units, a random
 * unit passed on, and random `Videre` splits (fixed amounts to own units or to new recipients,
 * sometimes more than the row has): the second step adds up to the first step's unit column
 * in every row and in total, and the independent checker finds no violation on either step.
 */
let splitsKept = 0;
const sum = (xs: (Dec | null)[]) => xs.reduce<Dec>((a, x) => a.plus(x ?? 0), new Dec(0));

const caseArb = fc.record({
  recipe: recipeArb({ maxRows: 12, maxUnits: 5, maxWeight: 50, maxAmount: 300 }),
  own: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }).filter((w) => w.some((x) => x > 0)),
  unit: fc.nat(),
  splits: fc.array(
    fc.record({ row: fc.nat(), a: fc.integer({ min: 0, max: 4 }), b: fc.integer({ min: 0, max: 4 }), toOwn: fc.boolean(), rest: fc.boolean() }),
    { maxLength: 3 },
  ),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function run(c: Case, method: Method) {
  const { model, decimals } = recipeModel(c.recipe);
  const own = makeKey({ name: "Aktivitet", kind: "weight", entries: c.own.map((w, i) => ({ unit: `H${i}`, value: w })) }).key!;
  const keys: KeyEntry[] = [...model.keys, { key: own, group: "Hospitaler", period: null }];
  const step = new Dec(10).pow(-decimals);
  const fmt = (k: number) => step.times(k).toString();
  for (const s of c.splits) {
    const r = model.rows[s.row % model.rows.length];
    const target = s.toOwn ? "H0" : "Hospice B";
    r.passOn = `Hospice A=${fmt(s.a)}; ${target}=${fmt(s.b)}${s.rest ? "; rest: Hospitaler" : ""}`.replace(/\./g, ",");
  }
  const first = { ...model, keys };
  const options = { decimals, method };
  const result = allocateTable(first, options);
  const units = result.periods.flatMap((p) => p.units);
  const unit = units[c.unit % units.length];
  const passed = passOnSteps(first, result, [{ unit, group: "Hospitaler" }], options, "da");
  return { first, options, result, unit, passed };
}

function assertCase(c: Case, method: Method) {
  const { first, options, result, unit, passed } = run(c, method);
  expect(checkAllocation(first, options, result, { optimality: method === "reconciled" })).toEqual([]);
  expect(passed.steps).toHaveLength(1);
  const step = passed.steps[0];
  expect(
    checkAllocation(step.model, options, step.result, {
      optimality: method === "reconciled",
      findings: [...step.result.findings, ...passed.findings],
    }),
  ).toEqual([]);
  const p1 = result.periods.find((p) => p.units.includes(unit))!;
  const u = p1.units.indexOf(unit);
  const p2: PeriodAllocation | undefined = step.result.periods[0];
  if (!p2) return;
  for (const r of p2.rows) {
    if (r.status !== "allocated" || r.national === null) continue;
    // A row's own split: its fixed amount is kept exactly.
    const text = first.rows[r.row].passOn;
    const split = step.model.rows[r.row].recipient;
    // (its own: a sub-item under a row with a split carries that row's split pro rata)
    if (text !== undefined && split.kind === "split" && split.basis === step.model.rows[r.row].amounts && method === "reconciled") {
      const a = split.fixed.find((f) => f.unit === "Hospice A")!;
      expect(r.values[p2.units.indexOf("Hospice A")]!.eq(a.amount)).toBe(true);
      splitsKept++;
    }
    const published = p1.rows.find((x) => x.row === r.row)!.values[u];
    expect(published).not.toBeNull();
    expect(r.national.eq(published!)).toBe(true);
    if (method !== "nearest") expect(sum([...r.values, r.other]).eq(r.national)).toBe(true);
  }
  // Nothing left out of the second step: its totals are the unit's totals exactly (other
  // methods than reconciled may leave the first step's own column not adding up: then its rows).
  if (p2.excluded.length === 0) {
    const top = sum(p1.rows.filter((r) => r.depth === 0).map((r) => r.values[u]));
    expect(p2.total.national.eq(top)).toBe(true);
    if (p1.checks.columnsAddUp) expect(p2.total.national.eq(p1.total.values[u])).toBe(true);
    if (p2.checks.columnsAddUp) expect(sum([...p2.total.values, p2.total.other]).eq(p2.total.national)).toBe(true);
    if (method === "reconciled") expect(p1.checks.columnsAddUp && p2.checks.columnsAddUp).toBe(true);
  } else expect(passed.findings.some((f) => f.severity === "error") || step.result.findings.some((f) => f.severity === "error")).toBe(true);
}

describe("pass on: random tables, keys and own units", () => {
  test("reconciled: both steps add up and are proven minimal", () => {
    fc.assert(
      fc.property(caseArb, (c) => assertCase(c, "reconciled")),
      { numRuns: 150, seed: 14 },
    );
    // The runs did pass rows on with their own split.
    expect(splitsKept).toBeGreaterThan(10);
  });

  test("largest-remainder: rows and totals of the second step still add up to the unit's column", () => {
    fc.assert(
      fc.property(caseArb, (c) => assertCase(c, "largest-remainder")),
      { numRuns: 60, seed: 141 },
    );
  });
});
