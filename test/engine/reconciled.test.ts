import fc from "fast-check";
import {
  allocateTable,
  apportion,
  AllocatedRow,
  checkAllocation,
  Dec,
  Key,
  makeKey,
  PeriodAllocation,
  TableModel,
  TableResult,
  toSteps,
} from "../../src/engine";
import { exactTable } from "../../src/engine/exact";
import { layoutPeriod } from "../../src/engine/layout";
import { reconcileSheet } from "../../src/engine/reconcile";
import { KOMMUNER } from "../fixtures/kommuner";
import { REGIONS_2025, keyOf } from "../fixtures/keys";
import { seed002Model } from "../fixtures/seed002";
import { entry, tableOf, toUnits } from "../fixtures/tables";

const RECONCILED = { decimals: 1, method: "reconciled" as const };
const row = (p: PeriodAllocation, name: string): AllocatedRow => p.rows.find((r) => r.name === name)!;
const sum = (values: (Dec | null)[]) => values.reduce<Dec>((a, v) => a.plus(v ?? 0), new Dec(0));
const column = (p: PeriodAllocation, members: number[], u: number) => sum(members.map((m) => p.rows[m].values[u]));
const shown = (r: TableResult) =>
  r.periods.map((p) => ({
    rows: p.rows.map((x) => x.values.map(String)),
    subtotals: p.subtotals.map((s) => s.values.map(String)),
    total: p.total.values.map(String),
  }));

describe("reconciled: seed 002 (the 2026 table with the 2025 key at one decimal)", () => {
  const model = seed002Model();
  const result = allocateTable(model, RECONCILED);
  const p = result.periods[0];

  test("Region Hovedstaden's items add up to its block total, 109,1 (the note's add up to 109,0)", () => {
    const blok = p.subtotals.find((s) => s.label === "Blok")!;
    expect(blok.values[0].toFixed(1)).toBe("109.1");
    expect(column(p, blok.members, 0).toFixed(1)).toBe("109.1");
    expect(p.total.values[0].toFixed(1)).toBe("109.1");
    expect(p.total.national.toString()).toBe("351");
  });

  test("every unit's column adds up, every row adds up, Palliation and Data are the sums of their sub-items", () => {
    expect(p.checks).toEqual({ rowsAddUp: true, childrenAddUp: true, columnsAddUp: true });
    for (const s of [...p.subtotals, p.total]) p.units.forEach((_, u) => expect(column(p, s.members, u).eq(s.values[u])).toBe(true));
    for (const x of p.rows) if (x.status === "allocated") expect(sum(x.values).eq(x.national!)).toBe(true);
    for (const name of ["Palliation", "Data til kræftbehandling og ny medicin"]) {
      const parent = row(p, name);
      expect(parent.sumOfChildren).toBe(true);
      const kids = p.rows.filter((x) => x.parent === parent.row);
      p.units.forEach((_, u) => expect(sum(kids.map((k) => k.values[u])).eq(parent.values[u]!)).toBe(true));
    }
    expect(row(p, "Telepalliation").values.map((v) => v?.toFixed(1) ?? null)).toEqual([null, null, null, "1.0", null]);
  });

  test("the mismatching sub-items of Uspecifikke symptomer are allocated on their own, without a SUM link", () => {
    expect(result.findings.map((f) => f.code)).toEqual(["CHILDREN_SUM_MISMATCH"]);
    expect(result.findings[0].params).toMatchObject({ children: "10.1", parent: "10.0" });
    const parent = row(p, "Uspecifikke symptomer på kræft");
    expect(parent.sumOfChildren).toBe(false);
    expect(sum(parent.values).toString()).toBe("10");
    expect(sum(row(p, "Sundhedsvæsenets kvalitetsinstitut").values).toString()).toBe("5.2");
    expect(sum(row(p, "Danish Comprehensive Cancer Center").values).toString()).toBe("4.9");
  });

  test("every figure is its exact value rounded down or up, and the independent checker finds nothing", () => {
    expect(p.maxDeviation.lt("0.1")).toBe(true);
    expect(checkAllocation(model, RECONCILED, result)).toEqual([]);
  });

  test("with nearest the checker reports the same table's failing totals, so it can fail", () => {
    const nearest = allocateTable(model, { decimals: 1, method: "nearest" });
    expect(checkAllocation(model, { decimals: 1, method: "nearest" }, nearest)).toEqual([]);
    // Passing nearest's figures off as reconciled must be caught.
    const violations = checkAllocation(model, RECONCILED, { ...nearest, periods: nearest.periods.map((q) => ({ ...q, method: "reconciled" })) });
    expect(violations.map((v) => v.rule)).toEqual(expect.arrayContaining(["ROW_SUM", "COLUMN_SUM"]));
  });
});

describe("reconciled: general properties on examples", () => {
  const regions = keyOf("Bloktilskud 2025", REGIONS_2025);

  test("a single row is largest remainder with its tie rule (so FORDEL.REGIONSHARE agrees with the fill)", () => {
    const weightKey = fc
      .array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 })
      .filter((w) => w.some((x) => x > 0))
      .map((w) => makeKey({ name: "W", kind: "weight", entries: w.map((x, i) => ({ unit: `U${i}`, value: x })) }).key!);
    fc.assert(
      fc.property(weightKey, fc.integer({ min: -500, max: 500 }), (key: Key, steps) => {
        const amount = new Dec(steps).div(10);
        const model: TableModel = tableOf(["P"], [{ name: "A", amounts: [amount.toString()] }], [entry(key)]);
        const r = allocateTable(model, RECONCILED);
        const lr = apportion(amount, key, 1);
        if (!lr.ok) throw new Error(lr.error.message);
        expect(r.periods[0].rows[0].values.map((v) => toSteps(v!, 1))).toEqual(lr.steps);
      }),
      { numRuns: 300 },
    );
  });

  test("deterministic: the same table gives the same figures every time", () => {
    const a = allocateTable(seed002Model(), RECONCILED);
    allocateTable(tableOf(["P"], [{ name: "X", amounts: ["7.7"] }], [entry(regions)]), RECONCILED);
    const b = allocateTable(seed002Model(), RECONCILED);
    expect(shown(b)).toEqual(shown(a));
  });

  test("a negative table is the mirror image of the positive one; zero amounts give zeros", () => {
    const specs = (sign: string) => [
      { name: "A", amounts: [`${sign}350.0`] },
      { name: "B", amounts: [null] },
      { name: "B1", amounts: [`${sign}5.0`], parent: "B" },
      { name: "B2", amounts: [`${sign}11.0`], parent: "B" },
      { name: "C", amounts: ["0"] },
      { name: "D", amounts: [`${sign}2.0`], channel: "Særtilskud", recipient: toUnits("Regioner", ["Region Midtjylland"], ["Region Nordjylland"]) },
    ];
    const plus = allocateTable(tableOf(["P"], specs(""), [entry(regions)]), RECONCILED);
    const minus = allocateTable(tableOf(["P"], specs("-"), [entry(regions)]), RECONCILED);
    const negate = (v: string) => (v === "0" || v === "null" ? v : v.startsWith("-") ? v.slice(1) : `-${v}`);
    const [sp, sm] = [shown(plus)[0], shown(minus)[0]];
    expect(sm.rows).toEqual(sp.rows.map((r) => r.map(negate)));
    expect(sm.total).toEqual(sp.total.map(negate));
    expect(sp.rows[4]).toEqual(["0", "0", "0", "0", "0"]);
    expect(plus.periods[0].checks.columnsAddUp && minus.periods[0].checks.columnsAddUp).toBe(true);
  });

  test("98 municipalities (shared/data/kommuner.csv): rows, sub-items and both channels add up", () => {
    const names = KOMMUNER.map(([, name]) => name);
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
    const key = makeKey({ name: "Kommunenøgle", kind: "weight", entries: names.map((unit) => ({ unit, value: 5000 + next(600000) })) }).key!;
    const specs = [];
    for (let i = 0; i < 60; i++) {
      const name = `I${i}`;
      if (i % 7 === 3) {
        specs.push({ name, amounts: [null] });
        specs.push({ name: `${name}a`, amounts: [`${next(900)}.${next(10)}`], parent: name });
        specs.push({ name: `${name}b`, amounts: [`-${next(90)}.${next(10)}`], parent: name });
      } else if (i % 9 === 5) {
        specs.push({
          name,
          amounts: [`${next(90)}.${next(10)}`],
          channel: "Særtilskud",
          recipient: toUnits("Kommuner", [names[next(98)]], [names[next(98)], "2"]),
        });
      } else specs.push({ name, amounts: [`${next(2000)}.${next(10)}`] });
    }
    const model = tableOf(
      ["2026"],
      specs.map((s) => ({ recipient: { kind: "group" as const, group: "Kommuner" as const }, ...s })),
      [entry(key, "Kommuner")],
    );
    const r = allocateTable(model, RECONCILED);
    expect(r.periods.map((p) => [p.group, p.units.length])).toEqual([["Kommuner", 98]]);
    expect(r.periods[0].units).toEqual(names);
    expect(r.periods[0].checks).toEqual({ rowsAddUp: true, childrenAddUp: true, columnsAddUp: true });
    expect(checkAllocation(model, RECONCILED, r)).toEqual([]);
  });

  test("costs too large for exact number arithmetic go through BigInt, with the same guarantees", () => {
    // Two keys with large totals: their common denominator is beyond exact number arithmetic.
    const a = makeKey({ name: "A", kind: "weight", entries: REGIONS_2025.map(([unit], i) => ({ unit, value: 1000000007 + 2 * i })) }).key!;
    const b = makeKey({ name: "B", kind: "weight", entries: REGIONS_2025.map(([unit], i) => ({ unit, value: 998244353 + 6 * i })) }).key!;
    const specs = Array.from({ length: 12 }, (_, i) => ({ name: `R${i}`, amounts: [`${(i * 37) % 101}.${i % 10}`], key: i % 2 ? "A" : "B" }));
    const model = tableOf(["P"], specs, [entry(a), entry(b)]);
    const sheet = layoutPeriod(model, 0, 1).sheets[0];
    const exact = exactTable(sheet);
    expect(exact.D > 2n ** 53n).toBe(true);
    const r = allocateTable(model, RECONCILED);
    expect(checkAllocation(model, RECONCILED, r)).toEqual([]);
  });

  test("number and BigInt arithmetic give the same figures", () => {
    const model = seed002Model();
    const sheet = layoutPeriod(model, 0, 1).sheets[0];
    const exact = exactTable(sheet);
    expect(reconcileSheet(sheet, exact, "bigint")).toEqual(reconcileSheet(sheet, exact));
  });
});

describe("reconciled: the tree rules", () => {
  const regions = keyOf("Bloktilskud 2025", REGIONS_2025);
  const municipalities = makeKey({
    name: "Kommuner",
    kind: "weight",
    entries: [
      ["K1", 5],
      ["K2", 3],
      ["K3", 2],
    ].map(([unit, value]) => ({ unit: String(unit), value })),
  }).key!;
  const keys = [entry(regions), entry(municipalities, "Kommuner")];
  const kommuner = { kind: "group" as const, group: "Kommuner" as const };

  test("mixed groups under one parent: the parent is on both sheets, each time the sum of its sub-items there", () => {
    const model = tableOf(
      ["P"],
      [
        { name: "Rygestop", amounts: ["10.0"] },
        { name: "Regionerne", amounts: ["6.0"], parent: "Rygestop" },
        { name: "Kommunerne", amounts: ["4.0"], parent: "Rygestop", recipient: kommuner },
      ],
      keys,
    );
    const r = allocateTable(model, RECONCILED);
    const [reg, kom] = r.periods;
    expect([reg.group, kom.group]).toEqual(["Regioner", "Kommuner"]);
    expect(row(reg, "Rygestop")).toMatchObject({ sumOfChildren: true });
    expect(row(reg, "Rygestop").national!.toString()).toBe("6");
    expect(row(kom, "Rygestop").national!.toString()).toBe("4");
    expect(kom.rows.map((x) => x.name)).toEqual(["Rygestop", "Kommunerne"]);
    expect(r.findings).toEqual([]);
    expect(checkAllocation(model, RECONCILED, r)).toEqual([]);
  });

  test("a sub-item whose channel differs from its parent's counts in the parent's (top-level) subtotal", () => {
    const model = tableOf(
      ["P"],
      [
        { name: "Parent", amounts: ["3.0"] },
        { name: "Child A", amounts: ["1.0"], parent: "Parent" },
        { name: "Child B", amounts: ["2.0"], parent: "Parent", channel: "Særtilskud" },
        { name: "Other", amounts: ["1.0"], channel: "Særtilskud" },
      ],
      keys,
    );
    const p = allocateTable(model, RECONCILED).periods[0];
    expect(p.subtotals.map((s) => [s.label, s.national.toString(), s.members.map((m) => p.rows[m].name)])).toEqual([
      ["Blok", "3", ["Parent"]],
      ["Særtilskud", "1", ["Other"]],
    ]);
    expect(row(p, "Child B").channel).toBe("Særtilskud");
  });

  test("a linked parent over a row in error is allocated by its own key; a heading over one is not a SUM", () => {
    const model = tableOf(
      ["P"],
      [
        { name: "Linked", amounts: ["3.0"] },
        { name: "Good", amounts: ["1.0"], parent: "Linked" },
        { name: "Typo", amounts: ["2.0"], parent: "Linked", key: "Nope" },
        { name: "Heading", amounts: [null] },
        { name: "Fine", amounts: ["1.5"], parent: "Heading" },
        { name: "Off step", amounts: ["0.25"], parent: "Heading" },
      ],
      keys,
    );
    const r = allocateTable(model, RECONCILED);
    const p = r.periods[0];
    expect(r.findings.map((f) => [f.code, f.initiative])).toEqual([
      ["UNKNOWN_KEY", "Typo"],
      ["NOT_ON_STEP", "Off step"],
    ]);
    expect(row(p, "Linked")).toMatchObject({ status: "allocated", sumOfChildren: false });
    expect(sum(row(p, "Linked").values).toString()).toBe("3");
    expect(row(p, "Heading")).toMatchObject({ sumOfChildren: false });
    expect(row(p, "Heading").national!.toString()).toBe("1.5");
    expect(row(p, "Off step")).toMatchObject({ status: "error", values: [null, null, null, null, null] });
    expect(p.total.national.toString()).toBe("4.5");
    expect(p.checks).toEqual({ rowsAddUp: true, childrenAddUp: true, columnsAddUp: true });
    expect(checkAllocation(model, RECONCILED, r)).toEqual([]);
  });

  test("a named municipal key puts a row on the Kommuner sheet; blank rows are shown on their group's sheet", () => {
    const model = tableOf(
      ["P"],
      [
        { name: "Region", amounts: ["1.0"] },
        { name: "Named", amounts: ["1.0"], key: "kommuner" },
        { name: "Not this year", amounts: [null], recipient: kommuner },
        { name: "Nothing", amounts: [null] },
      ],
      keys,
    );
    const [reg, kom] = allocateTable(model, RECONCILED).periods;
    expect(reg.rows.map((x) => [x.name, x.status])).toEqual([
      ["Region", "allocated"],
      ["Nothing", "blank"],
    ]);
    expect(kom.rows.map((x) => [x.name, x.status])).toEqual([
      ["Named", "allocated"],
      ["Not this year", "blank"],
    ]);
  });

  test("deep trees: sub-items of sub-items add up at every level, per unit", () => {
    const model = tableOf(
      ["P"],
      [
        { name: "L0", amounts: ["100.0"] },
        { name: "L1a", amounts: ["60.0"], parent: "L0" },
        { name: "L2a", amounts: ["35.5"], parent: "L1a" },
        { name: "L3a", amounts: ["20.1"], parent: "L2a" },
        { name: "L3b", amounts: ["15.4"], parent: "L2a" },
        { name: "L2b", amounts: ["24.5"], parent: "L1a" },
        { name: "L1b", amounts: [null], parent: "L0" },
        { name: "L2c", amounts: ["40.0"], parent: "L1b" },
      ],
      keys,
    );
    const r = allocateTable(model, RECONCILED);
    const p = r.periods[0];
    for (const name of ["L0", "L1a", "L2a", "L1b"]) expect(row(p, name).sumOfChildren).toBe(true);
    expect(row(p, "L3b").depth).toBe(3);
    expect(checkAllocation(model, RECONCILED, r)).toEqual([]);
  });
});
