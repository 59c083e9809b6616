import { allocateTable, AllocatedRow, Dec, Finding, PeriodAllocation, TableResult } from "../../src/engine";
import { KRONER_2025, REGIONS_2025, keyOf } from "../fixtures/keys";
import { seed002Model } from "../fixtures/seed002";
import { entry, tableOf, toUnits, weightKey } from "../fixtures/tables";

const REGIONS = REGIONS_2025.map(([u]) => u);
const regions = keyOf("Bloktilskud 2025", REGIONS_2025);
const codes = (r: TableResult) => r.findings.map((f) => `${f.severity} ${f.code}`);
const row = (p: PeriodAllocation, name: string): AllocatedRow => p.rows.find((r) => r.name === name)!;
const shown = (values: (Dec | null)[]) => values.map((v) => (v === null ? "-" : v.toFixed(1)));
const sum = (values: (Dec | null)[]) => values.reduce<Dec>((a, v) => a.plus(v ?? 0), new Dec(0));

describe("allocateTable: structure (largest remainder and nearest)", () => {
  test("seed 002 with nearest: one Regioner period, rows in order, channel subtotals and I alt", () => {
    const r = allocateTable(seed002Model(), { decimals: 1, method: "nearest" });
    expect(r.periods.map((p) => [p.period, p.group])).toEqual([["2026", "Regioner"]]);
    const p = r.periods[0];
    expect(p.units).toEqual(REGIONS);
    expect(p.key?.name).toBe("Bloktilskud 2025");
    expect(p.rows.map((x) => x.name)).toEqual(seed002Model().rows.map((x) => x.name));
    expect(row(p, "Basal palliation")).toMatchObject({ depth: 1, parent: 2, status: "allocated" });
    expect(row(p, "Vederlagsfri rygestopmedicin")).toMatchObject({ status: "blank", national: null });
    expect(shown(row(p, "Telepalliation").values)).toEqual(["-", "-", "-", "1.0", "-"]);
    expect(p.subtotals.map((s) => [s.label, s.national.toString(), s.members.length])).toEqual([
      ["Blok", "350", 11],
      ["Direkte tilskud", "1", 1],
    ]);
    expect(p.total).toMatchObject({ label: "I alt", channel: null });
    expect(p.total.national.toString()).toBe("351");
    expect(p.total.members.map((m) => p.rows[m].name)).toContain("Telepalliation");
  });

  test("seed 002 with nearest: Region Hovedstaden's items add up to 109,0 against a block total of 109,1, and the finding says so", () => {
    const r = allocateTable(seed002Model(), { decimals: 1, method: "nearest" });
    const p = r.periods[0];
    const blok = p.subtotals[0];
    expect(blok.values[0].toFixed(1)).toBe("109.1");
    expect(sum(blok.members.map((m) => p.rows[m].values[0])).toFixed(1)).toBe("109.0");
    expect(p.checks.columnsAddUp).toBe(false);
    const f = r.findings.find((x) => x.code === "TOTALS_DO_NOT_ADD_UP")!;
    expect(f).toMatchObject({ severity: "warning", period: "2026" });
    expect(f.message).toContain("Region Hovedstaden's Blok is 109.1, but its items add up to 109.0");
    expect(f.message).toMatch(/unit totals/);
  });

  test("seed 002 with largest remainder: rows add up, unit totals do not, and maxDeviation is under a step", () => {
    const r = allocateTable(seed002Model(), { decimals: 1, method: "largest-remainder" });
    const p = r.periods[0];
    expect(p.checks).toEqual({ rowsAddUp: true, childrenAddUp: true, columnsAddUp: false });
    for (const x of p.rows) if (x.status === "allocated") expect(sum(x.values).eq(x.national!)).toBe(true);
    expect(p.maxDeviation.lt("0.1")).toBe(true);
    expect(codes(r)).toEqual(["warning CHILDREN_SUM_MISMATCH", "warning TOTALS_DO_NOT_ADD_UP"]);
  });

  test("CHILDREN_SUM_MISMATCH: parent and sub-items allocated on their own, no SUM link", () => {
    const r = allocateTable(seed002Model(), { decimals: 1, method: "largest-remainder" });
    const p = r.periods[0];
    const f = r.findings.find((x) => x.code === "CHILDREN_SUM_MISMATCH")!;
    expect(f).toMatchObject({ initiative: "Uspecifikke symptomer på kræft", period: "2026", sheet: "Initiativer", cell: "C12" });
    expect(f.message).toContain("10.1");
    const parent = row(p, "Uspecifikke symptomer på kræft");
    expect(parent.sumOfChildren).toBe(false);
    expect(sum(parent.values).toString()).toBe("10");
    expect(sum(row(p, "Sundhedsvæsenets kvalitetsinstitut").values).toString()).toBe("5.2");
    expect(row(p, "Palliation").national!.toString()).toBe("42");
  });

  test("a heading without an amount shows the sum of its children", () => {
    const model = tableOf(
      ["2026"],
      [
        { name: "Heading", amounts: [null] },
        { name: "A", amounts: ["1.0"], parent: "Heading" },
        { name: "B", amounts: ["2.5"], parent: "Heading" },
      ],
      [entry(regions)],
    );
    const p = allocateTable(model, { decimals: 1, method: "nearest" }).periods[0];
    const h = row(p, "Heading");
    expect(h).toMatchObject({ status: "blank", sumOfChildren: true });
    expect(h.national!.toString()).toBe("3.5");
    h.values.forEach((v, u) => expect(v!.eq(row(p, "A").values[u]!.plus(row(p, "B").values[u]!))).toBe(true));
  });

  test("key resolution: named key, period-specific key preferred, unknown and ambiguous keys", () => {
    const k2026 = keyOf("Nøgle 2026", [
      ["Region Hovedstaden", "1"],
      ["Region Sjælland", "1"],
    ]);
    const model = tableOf(
      ["2026", "2027"],
      [
        { name: "Default", amounts: ["1.0", "1.0"] },
        { name: "Named", amounts: ["1.0", null], key: "bloktilskud 2025" },
        { name: "Typo", amounts: ["1.0", null], key: "Blokk" },
      ],
      [entry(regions), entry(k2026, "Regioner", "2026")],
    );
    const r = allocateTable(model, { decimals: 1, method: "largest-remainder" });
    const [p26, p27] = r.periods;
    expect(p26.key?.name).toBe("Nøgle 2026");
    expect(shown(row(p26, "Default").values)).toEqual(["0.5", "0.5", "-", "-", "-"]);
    expect(shown(row(p26, "Named").values)).toEqual(["0.3", "0.2", "0.2", "0.2", "0.1"]);
    expect(row(p26, "Typo")).toMatchObject({ status: "error", values: [null, null, null, null, null] });
    expect(row(p26, "Typo").national!.toString()).toBe("1");
    expect(p26.subtotals[0].national.toString()).toBe("2");
    const unknown = r.findings.find((f) => f.code === "UNKNOWN_KEY")!;
    expect(unknown).toMatchObject({ severity: "error", initiative: "Typo", period: "2026", cell: "A4" });
    expect(p27.key?.name).toBe("Bloktilskud 2025");

    const twice = tableOf(["2026"], [{ name: "X", amounts: ["1.0"] }], [entry(regions), entry(k2026)]);
    const a = allocateTable(twice, { decimals: 1, method: "nearest" });
    expect(codes(a)).toEqual(["error AMBIGUOUS_KEY"]);
    expect(a.findings[0].message).toContain("Bloktilskud 2025, Nøgle 2026");
    expect(a.periods[0].rows[0].status).toBe("error");
  });

  test("municipal rows: own sheet when there is a key; Øvrige modtagere (NO_MUNICIPAL_KEY) when not", () => {
    const municipalities = weightKey("Kommuner 2026", [3, 2, 1], "K");
    const specs = [
      { name: "Region", amounts: ["6.0"] },
      { name: "Kommune", amounts: ["6.0"], recipient: { kind: "group" as const, group: "Kommuner" as const } },
      { name: "Medicinrådet", amounts: ["0.3"], recipient: { kind: "other" as const, label: "Medicinrådet" } },
    ];
    const withKey = allocateTable(tableOf(["2026"], specs, [entry(regions), entry(municipalities, "Kommuner")]), { decimals: 1, method: "nearest" });
    expect(withKey.periods.map((p) => p.group)).toEqual(["Regioner", "Kommuner"]);
    const [reg, kom] = withKey.periods;
    expect(reg.rows.map((x) => x.name)).toEqual(["Region", "Medicinrådet"]);
    expect(row(reg, "Medicinrådet")).toMatchObject({ status: "other", values: [null, null, null, null, null] });
    expect(row(reg, "Medicinrådet").other!.toString()).toBe("0.3");
    expect(reg.total.other.toString()).toBe("0.3");
    expect(kom.units).toEqual(["K0", "K1", "K2"]);
    expect(shown(row(kom, "Kommune").values)).toEqual(["3.0", "2.0", "1.0"]);
    expect(codes(withKey)).toEqual(["info OTHER_RECIPIENT"]);
    expect(withKey.acrossPeriods.map((a) => [a.group, a.units.length, a.periods])).toEqual([
      ["Regioner", 5, ["2026"]],
      ["Kommuner", 3, ["2026"]],
    ]);

    const without = allocateTable(tableOf(["2026"], specs, [entry(regions)]), { decimals: 1, method: "nearest" });
    expect(without.periods.map((p) => p.group)).toEqual(["Regioner"]);
    expect(row(without.periods[0], "Kommune")).toMatchObject({ status: "other" });
    expect(row(without.periods[0], "Kommune").other!.toString()).toBe("6");
    expect(codes(without)).toContain("info NO_MUNICIPAL_KEY");
  });

  test("NOT_ON_STEP: error, left out of the units and of every sum, never re-rounded", () => {
    const model = tableOf(
      ["2026"],
      [
        { name: "Off", amounts: ["5.15"] },
        { name: "On", amounts: ["5.1"] },
      ],
      [entry(regions)],
    );
    const r = allocateTable(model, { decimals: 1, method: "largest-remainder" });
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.initiative, f.cell])).toEqual([["NOT_ON_STEP", "Off", "B2"]]);
    const p = r.periods[0];
    expect(row(p, "Off")).toMatchObject({ status: "error", values: [null, null, null, null, null] });
    expect(p.subtotals[0].members.map((m) => p.rows[m].name)).toEqual(["On"]);
    expect(p.total.national.toString()).toBe("5.1");
  });

  test("NEGATIVE_AMOUNT is info; KEY_PRECISION once per key and period, on the largest amount", () => {
    const model = tableOf(
      ["2025"],
      [
        { name: "Bidrag", amounts: ["10150000"] },
        { name: "Small", amounts: ["100"] },
        { name: "Korrektion", amounts: ["-2000000"] },
      ],
      [entry(regions)],
    );
    const r = allocateTable(model, { decimals: 0, method: "largest-remainder" });
    expect(codes(r).filter((c) => c !== "warning TOTALS_DO_NOT_ADD_UP")).toEqual(["info NEGATIVE_AMOUNT", "warning KEY_PRECISION"]);
    expect(r.findings.find((f) => f.code === "KEY_PRECISION")).toMatchObject({ initiative: "Bidrag", cell: "B2", period: "2025" });
    expect(shown(row(r.periods[0], "Korrektion").values).every((v) => v.startsWith("-"))).toBe(true);
    const exact = allocateTable(tableOf(["2025"], [{ name: "Bidrag", amounts: ["10150000"] }], [entry(keyOf("Kroner", KRONER_2025))]), {
      decimals: 0,
      method: "largest-remainder",
    });
    expect(exact.findings).toEqual([]);
    expect(exact.periods[0].rows[0].values.map((v) => v!.toString())).toEqual(KRONER_2025.map(([, v]) => v));
  });

  test("options.periods filters; acrossPeriods adds the rounded period totals per unit", () => {
    const model = tableOf(["2026", "2027", "2028"], [{ name: "A", amounts: ["1.0", "1.0", "1.0"] }], [entry(regions)]);
    const r = allocateTable(model, { decimals: 1, method: "largest-remainder", periods: ["2026", "2028"] });
    expect(r.periods.map((p) => p.period)).toEqual(["2026", "2028"]);
    const across = r.acrossPeriods[0];
    expect(across.periods).toEqual(["2026", "2028"]);
    across.totals.forEach((t, u) => expect(t.eq(r.periods[0].total.values[u].plus(r.periods[1].total.values[u]))).toBe(true));
  });

  test("særtilskud lists: one unit, equal and weighted splits over the sheet's units", () => {
    const model = tableOf(
      ["2026"],
      [
        { name: "Equal", amounts: ["1.0"], channel: "Særtilskud", recipient: toUnits("Regioner", ["Region Midtjylland"], ["Region Nordjylland"]) },
        { name: "Weighted", amounts: ["0.9"], channel: "Særtilskud", recipient: toUnits("Regioner", ["Region Midtjylland", "2"], ["Region Nordjylland", "1"]) },
      ],
      [entry(regions)],
    );
    const r = allocateTable(model, { decimals: 1, method: "largest-remainder" });
    const p = r.periods[0];
    expect(p.units).toEqual(REGIONS);
    expect(shown(row(p, "Equal").values)).toEqual(["-", "-", "-", "0.5", "0.5"]);
    expect(shown(row(p, "Weighted").values)).toEqual(["-", "-", "-", "0.6", "0.3"]);
    expect(p.subtotals.map((s) => s.label)).toEqual(["Særtilskud"]);
    expect(r.findings).toEqual([] as Finding[]);
  });
});
