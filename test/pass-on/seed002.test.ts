import { checkAllocation, Dec, PeriodAllocation } from "../../src/engine";
import { analyseFill } from "../../src/sheets/analyse";
import { planFill } from "../../src/sheets/fill";
import { toJsonDocument } from "../../src/sheets/json";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { FillSettings } from "../../src/sheets/fill-types";
import { evaluateSheet } from "../sheets/formula-eval";
import { seed002Grid } from "./seed002-grid";

/**
 * Seed 002 inside the region: Region Hovedstaden's 2,8 (Mobile kølehætter) and 13,1 (Palliation)
 * as the first step publishes them, passed on to four hospitals by (illustrative) activity, and
 * Palliation's 2,5 to four hospices first.
 */
const HOSPITALS = ["Rigshospitalet", "Herlev og Gentofte Hospital", "Hvidovre Hospital", "Nordsjællands Hospital"];
const HOSPICES = ["Hospice Søndergård", "Hospice Sankt Lukas", "Diakonissestiftelsens Hospice", "Arresødal Hospice"];
const settings: FillSettings = {
  method: "reconciled",
  lang: "da",
  decimals: null,
  passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }],
};
const sum = (xs: (Dec | null)[]) => xs.reduce<Dec>((a, x) => a.plus(x ?? 0), new Dec(0));
const row = (p: PeriodAllocation, name: string) => p.rows.find((r) => r.name === name)!;
const unitValue = (p: PeriodAllocation, name: string, unit: string) => row(p, name).values[p.units.indexOf(unit)];

describe("seed 002 passed on inside Region Hovedstaden", () => {
  const analysis = analyseFill(seed002Grid(), settings);
  const [first, second] = analysis.result!.periods;

  test("the first step publishes 2,8 and 13,1 for Region Hovedstaden", () => {
    expect(first.passOn).toBeUndefined();
    expect(unitValue(first, "Mobile kølehætter", "Region Hovedstaden")!.toString()).toBe("2.8");
    expect(unitValue(first, "Palliation", "Region Hovedstaden")!.toString()).toBe("13.1");
  });

  test("the second step is the hospitals (and hospices) of Region Hovedstaden, in key order", () => {
    expect(second.passOn).toEqual({ unit: "Region Hovedstaden", from: "Regioner" });
    expect(second.group).toBe("Hospitaler");
    expect(second.units).toEqual([...HOSPITALS, ...HOSPICES]);
  });

  test("Mobile kølehætter: the four hospitals add up to 2,8 exactly, by activity", () => {
    const r = row(second, "Mobile kølehætter");
    expect(r.national!.toString()).toBe("2.8");
    expect(sum(r.values).toString()).toBe("2.8");
    expect(r.values.slice(4)).toEqual([null, null, null, null]);
    // Exact shares 1,057 · 0,868 · 0,457 · 0,418: each figure is its exact share rounded down or up.
    expect(r.values.slice(0, 4).map(String)).toEqual(["1", "0.9", "0.5", "0.4"]);
  });

  test("Palliation: the hospices keep their fixed 2,5 exactly, the hospitals get the rest 10,6, all adding to 13,1", () => {
    const r = row(second, "Palliation");
    expect(r.national!.toString()).toBe("13.1");
    const hospices = HOSPICES.map((h) => r.values[second.units.indexOf(h)]!.toString());
    expect(hospices).toEqual(["0.7", "0.6", "0.6", "0.6"]);
    const hospitals = HOSPITALS.map((h) => r.values[second.units.indexOf(h)]!);
    expect(sum(hospitals).toString()).toBe("10.6");
    expect(sum(r.values).toString()).toBe("13.1");
    // The sub-items carry the same split pro rata and add up to the parent, unit by unit.
    const kids = second.rows.filter((k) => k.parent === r.row);
    expect(kids).toHaveLength(3);
    second.units.forEach((_, u) => expect(sum(kids.map((k) => k.values[u])).eq(r.values[u]!)).toBe(true));
    expect(r.sumOfChildren).toBe(true);
  });

  test("the second step's national column is Region Hovedstaden's column, row by row and in total", () => {
    const u = first.units.indexOf("Region Hovedstaden");
    for (const r of second.rows) {
      const published = first.rows.find((f) => f.row === r.row)!.values[u]!;
      expect(r.national!.eq(published)).toBe(true);
      expect(sum([...r.values, r.other]).eq(r.national!)).toBe(true);
    }
    expect(second.total.national.eq(first.total.values[u])).toBe(true);
    expect(sum(second.total.values).eq(first.total.values[u])).toBe(true);
  });

  test("the independent checker proves both steps minimal", () => {
    const options = { decimals: analysis.decimals!, method: settings.method };
    expect(checkAllocation(analysis.model!, options, { ...analysis.result!, periods: [first] })).toEqual([]);
    const step = analysis.passOnSteps![0];
    expect(checkAllocation(step.model, options, step.result)).toEqual([]);
  });

  test("the second sheet's national cells are formulas into the first sheet's Region Hovedstaden column", () => {
    const outcome = planFill(seed002Grid(), settings, new Date(2026, 0, 5, 9, 0));
    const [one, two] = outcome.plan!.sheets;
    expect([one.name, two.name]).toEqual(["Fordeling 2026", "Fordeling 2026 Hospitaler"]);
    const rows = two.cells.slice(TABLE_HEADER_ROW + 1).filter((r) => typeof r[0]?.value === "string");
    const national = (name: string) => rows.find((r) => r[0].value === name)![1];
    expect(national("Mobile kølehætter")).toMatchObject({ formula: "='Fordeling 2026'!C6", value: 2.8 });
    // Palliation is the SUM of its sub-items; its sub-items link to the first sheet.
    expect(national("Palliation").formula).toMatch(/^=SUM\(B\d+:B\d+\)$/);
    // Every link points at the same initiative's Region Hovedstaden cell on the first sheet, with its value.
    let links = 0;
    for (const r of rows) {
      const m = /^='Fordeling 2026'!C(\d+)$/.exec(r[1]?.formula ?? "");
      if (!m) continue;
      links++;
      const target = one.cells[Number(m[1]) - 1];
      expect(target[0].value).toBe(r[0].value);
      expect(target[2].value).toBe(r[1].value);
    }
    expect(links).toBe(7);
    // Every other formula recalculates to its value (the cross-sheet ones are checked against the first sheet's cells).
    const get = evaluateSheet(two.cells.map((r) => r.map((c) => (c?.formula?.includes("!") ? { value: c.value } : c))));
    two.cells.forEach((r, i) =>
      r.forEach((c, j) => {
        if (c?.formula && !c.formula.includes("!")) expect(Math.abs((get(i, j) as number) - (c.value as number))).toBeLessThan(1e-9);
      }),
    );
    for (const c of rows.map((r) => r[1]).filter((x) => x?.formula?.includes("!"))) {
      const m = /!([A-Z]+)(\d+)$/.exec(c.formula!)!;
      expect(one.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65].value).toBe(c.value);
    }
    expect(outcome.findings.some((f) => f.code === "PASS_ON_DONE")).toBe(true);
  });

  test("the JSON marks the second step with passOn", () => {
    const outcome = planFill(seed002Grid(), settings, new Date(2026, 0, 5, 9, 0));
    const doc = toJsonDocument(outcome.model, outcome.result, outcome.findings);
    expect(doc.periods.map((p) => [p.group, p.passOn])).toEqual([
      ["Regioner", undefined],
      ["Hospitaler", "Region Hovedstaden"],
    ]);
    expect(doc.periods[1].totals["Hospice Søndergård"]).toBe("0.7");
  });

  test("without a pass-on, the Videre column is named in an info finding, never dropped in silence", () => {
    const a = analyseFill(seed002Grid(), { ...settings, passOn: [] });
    expect(a.result!.periods).toHaveLength(1);
    const f = a.findings.find((x) => x.code === "PASS_ON_SPLIT_UNUSED")!;
    expect(f).toMatchObject({ severity: "info", sheet: "Budget", cell: "D4" });
    expect(f.message).toContain("„Palliation“");
  });
});
