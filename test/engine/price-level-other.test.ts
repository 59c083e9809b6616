import fc from "fast-check";
import { allocateTable, checkAllocation, Dec, InitiativeRow, makeKey, PeriodAllocation, TableModel, toSteps } from "../../src/engine";
import { TinyRow } from "../fixtures/bruteforce";
import { bruteForceScaled } from "../fixtures/bruteforce-revision";

// Illustrative figures throughout: tiny made-up tables, weights, amounts and factors.

/**
 * A tiny table as an engine model (decimals 0): rows "other" go to `Medicinrådet` (not a unit),
 * headings ("sum" with `amount` null) are their children's sums, "own" rows do not match their children.
 */
function modelOf(weights: number[], rows: (TinyRow & { amount: number | null })[]): TableModel {
  const key = makeKey({
    name: "K",
    kind: "weight",
    entries: weights.map((w, i) => ({ unit: `U${i}`, value: w })),
  }).key!;
  const model: InitiativeRow[] = rows.map((r, id) => ({
    id,
    name: `R${id}`,
    parent: r.parent,
    channel: r.channel,
    recipient: r.kind === "other" ? { kind: "other", label: "Medicinrådet" } : { kind: "group", group: "Regioner" },
    keyName: null,
    amounts: [r.amount === null ? null : new Dec(r.amount)],
  }));
  return { periods: ["P"], rows: model, keys: [{ key, group: "Regioner", period: null }] };
}

/** Every figure of a result per line: units, national, Øvrige modtagere; in steps. */
function linesOf(p: PeriodAllocation): Map<string, bigint[]> {
  const s = (d: Dec | null) => toSteps(d ?? new Dec(0), 0)!;
  const m = new Map<string, bigint[]>();
  for (const r of p.rows) m.set(r.name, [...r.values.map(s), s(r.national), s(r.other)]);
  for (const t of [...p.subtotals, p.total]) m.set(t.label, [...t.values.map(s), s(t.national), s(t.other)]);
  return m;
}

type Item = { shape: "leaf" | "other" | "heading" | "own"; steps: number[]; channel: string; kids: ("leaf" | "other")[] };

const tableArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 3 }),
    items: fc.array(
      fc.record({
        shape: fc.constantFrom("leaf", "other", "other", "heading", "own") as fc.Arbitrary<Item["shape"]>,
        steps: fc.array(fc.integer({ min: -5, max: 9 }), { minLength: 3, maxLength: 3 }),
        channel: fc.constantFrom("A", "B"),
        kids: fc.array(fc.constantFrom("leaf", "other") as fc.Arbitrary<"leaf" | "other">, { minLength: 2, maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    factor: fc.constantFrom("1.028", "1.5", "0.75", "1.1", "1.03"),
  })
  .map(({ weights, items, factor }) => {
    const rows: (TinyRow & { amount: number | null })[] = [];
    for (const item of items as Item[]) {
      const at = rows.length;
      if (item.shape === "leaf" || item.shape === "other") {
        rows.push({ steps: item.steps[0], amount: item.steps[0], parent: null, channel: item.channel, kind: item.shape });
        continue;
      }
      const kids = item.kids.map((kind, k) => ({ kind, steps: item.steps[k + 1] }));
      const sum = kids.reduce((a, k) => a + k.steps, 0);
      // "own": an amount its sub-items do not add up to (CHILDREN_SUM_MISMATCH): they are cut loose.
      const own = item.shape === "own" ? sum + 1 + Math.abs(item.steps[0]) : null;
      rows.push({ steps: own ?? 0, amount: own, parent: null, channel: item.channel, kind: item.shape === "own" ? "own" : "sum" });
      for (const k of kids) rows.push({ steps: k.steps, amount: k.steps, parent: at, channel: item.channel, kind: k.kind });
    }
    return { weights, rows, factor };
  })
  .filter((t) => t.rows.some((r) => r.kind === "other") && t.rows.filter((r) => r.kind !== "sum").length <= 5);

describe("rows to other recipients under a price level are rounded with the rest (brute force on tiny tables)", () => {
  test("every national figure, Øvrige figure and sum is its exact value rounded down or up; the least deviation; ties by the written rule", () => {
    fc.assert(
      fc.property(tableArb, ({ weights, rows, factor }) => {
        const f = new Dec(factor);
        const S = 10 ** f.decimalPlaces();
        const F = Number(f.times(S).toString());
        const best = bruteForceScaled({ weights, rows: rows.map((r) => ({ ...r, steps: r.steps * F })), scale: S });
        expect(best).not.toBeNull();
        const model = modelOf(weights, rows);
        const options = { decimals: 0, method: "reconciled" as const, priceFactor: f };
        const result = allocateTable(model, options);
        const engine = linesOf(result.periods[0]);
        // The brute force's lines with Øvrige: rows by name, subtotals by channel, then the total.
        for (const [line, fig] of best!.figures) expect([line, engine.get(line)]).toEqual([line, fig]);
        expect(checkAllocation(model, options, result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the independent checker on rows to other recipients", () => {
  // Illustrative: 10 to U0/U1 by 3:1 and two rows to Medicinrådet of 2,5 each, all restated by 1,1.
  const rows: (TinyRow & { amount: number | null })[] = [
    { steps: 10, amount: 10, parent: null, channel: "A", kind: "leaf" },
    { steps: 0, amount: 5, parent: null, channel: "A", kind: "sum" },
    { steps: 0, amount: 3, parent: 1, channel: "A", kind: "other" },
    { steps: 0, amount: 2, parent: 1, channel: "A", kind: "other" },
  ];
  const model = modelOf([3, 1], rows);
  const options = { decimals: 0, method: "reconciled" as const, priceFactor: new Dec("1.1") };

  test("the engine's result passes; national figures are restated and rounded (3,3 → 3, 2,2 → 2; 16,5 → 16 or 17)", () => {
    const result = allocateTable(model, options);
    expect(checkAllocation(model, options, result)).toEqual([]);
    const p = result.periods[0];
    expect(p.rows.map((r) => String(r.national))).toEqual(["11", "5", "3", "2"]);
    expect(p.rows.map((r) => (r.other === null ? null : String(r.other)))).toEqual([null, "5", "3", "2"]);
    expect(String(p.total.national)).toBe("16");
    expect(String(p.total.other)).toBe("5");
  });

  test("it rejects a row to another recipient whose national figure is not its exact value rounded down or up", () => {
    const result = allocateTable(model, options);
    const p = result.periods[0];
    const bump = (d: Dec | null) => d!.plus(2);
    const rowsOut = p.rows.map((r, i) =>
      i === 2 ? { ...r, national: bump(r.national), other: bump(r.other) } : i === 1 ? { ...r, national: bump(r.national), other: bump(r.other) } : r,
    );
    const tamper = (s: typeof p.total) => ({ ...s, national: bump(s.national), other: bump(s.other) });
    const tampered = { ...result, periods: [{ ...p, rows: rowsOut, subtotals: p.subtotals.map(tamper), total: tamper(p.total) }] };
    expect(checkAllocation(model, options, tampered).map((v) => v.rule)).toContain("BOUNDS");
  });

  test("it rejects a choice that is within bounds but not the least deviation (NOT_OPTIMAL)", () => {
    // Illustrative: one row to Medicinrådet of 3 × 1,1 = 3,3 shown as 4 (within one step) with nothing forcing it.
    const one = modelOf([3, 1], [{ steps: 0, amount: 3, parent: null, channel: "A", kind: "other" }]);
    const result = allocateTable(one, options);
    const p = result.periods[0];
    expect(String(p.rows[0].national)).toBe("3");
    const four = new Dec(4);
    const tampered = {
      ...result,
      periods: [
        {
          ...p,
          maxDeviation: new Dec("0.7"),
          rows: [{ ...p.rows[0], national: four, other: four }],
          subtotals: p.subtotals.map((s) => ({ ...s, national: four, other: four })),
          total: { ...p.total, national: four, other: four },
        },
      ],
    };
    expect(checkAllocation(one, options, tampered).map((v) => v.rule)).toEqual(["NOT_OPTIMAL"]);
  });
});

describe("a revision restated by a price level names why a row to another recipient changed", () => {
  test("published plain, re-issued ×1,5: the other recipient's changed national figure is reported as the price level's doing", () => {
    // Illustrative: 10 by the key 3:1, 5 to Medicinrådet; restated by 1,5 the latter is 7,5: shown 7 or 8, changed either way.
    const rows: (TinyRow & { amount: number | null })[] = [
      { steps: 10, amount: 10, parent: null, channel: "A", kind: "leaf" },
      { steps: 5, amount: 5, parent: null, channel: "A", kind: "other" },
    ];
    const model = modelOf([3, 1], rows);
    const before = allocateTable(model, { decimals: 0, method: "reconciled" }).periods[0];
    const line = (name: string, national: Dec, values: Dec[]) => ({
      name,
      national: { shown: national, exact: null },
      values: new Map(before.units.map((u, k) => [u, { shown: values[k], exact: null }])),
    });
    const published = {
      period: "P",
      group: "Regioner",
      sheet: "Fordeling P",
      rows: before.rows.map((r) =>
        line(
          r.name,
          r.national!,
          r.values.map((v) => v ?? new Dec(0)),
        ),
      ),
      subtotals: before.subtotals.map((s) => line(s.label, s.national, s.values)),
      total: line("I alt", before.total.national, before.total.values),
    };
    const options = { decimals: 0, method: "reconciled" as const, priceFactor: new Dec("1.5"), previous: [published] };
    const result = allocateTable(model, options);
    expect(checkAllocation(model, options, result)).toEqual([]);
    const changes = result.periods[0].revision!.changes.filter((c) => c.initiative === "R1");
    expect(changes.map((c) => [c.unit, String(c.published), c.reason])).toEqual([[null, "5", "price-level"]]);
  });
});

describe("completeness with a price level over two sheets", () => {
  test("each sheet's grand total is rounded on its own: their sum is within one step per sheet of the restated input", () => {
    // Illustrative: 1 to the regions and 1 to the municipalities, ×1,5: each total 1,5 → 2 (tie, away from zero), 4 against 3.
    const key = (name: string, units: string[]) => makeKey({ name, kind: "weight", entries: units.map((unit) => ({ unit, value: 1 })) }).key!;
    const model: TableModel = {
      periods: ["P"],
      rows: [
        { id: 0, name: "A", parent: null, channel: "Blok", recipient: { kind: "group", group: "Regioner" }, keyName: null, amounts: [new Dec(1)] },
        { id: 1, name: "B", parent: null, channel: "Blok", recipient: { kind: "group", group: "Kommuner" }, keyName: null, amounts: [new Dec(1)] },
      ],
      keys: [
        { key: key("R", ["Region Hovedstaden", "Region Sjælland"]), group: "Regioner", period: null },
        { key: key("K", ["København", "Aarhus"]), group: "Kommuner", period: null },
      ],
    };
    const options = { decimals: 0, method: "reconciled" as const, priceFactor: new Dec("1.5") };
    const result = allocateTable(model, options);
    expect(result.periods.map((p) => String(p.total.national))).toEqual(["2", "2"]);
    expect(checkAllocation(model, options, result)).toEqual([]);
  });
});
