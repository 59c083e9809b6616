import { Dec } from "../../src/engine";
import { parseSettings } from "../../src/excel/settings";
import { parseArgs } from "../../src/cli/args";
import { analyseFill } from "../../src/sheets/analyse";
import { passOnChoices, parsePassOnText } from "../../src/sheets/pass-on";
import { parsePassOnSplit } from "../../src/sheets/pass-on-split";
import { FillSettings } from "../../src/sheets/fill-types";
import { SEED002_ROWS, seed002Grid } from "./seed002-grid";

/** The `Videre` split's syntax, what a bad one says, and `--pass-on` / saved settings. Figures are illustrative. */
const settings: FillSettings = { method: "reconciled", lang: "da", decimals: null, passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }] };
const withSplit = (split: string) => SEED002_ROWS.map((r) => (r[0] === "Palliation" ? [r[0], r[1], r[2], split] : r));

describe("the Videre split", () => {
  test("fixed amounts in Danish or English notation, lines or semicolons, and an optional rest", () => {
    expect(parsePassOnSplit("Hospice A=0,5; Hospice B = 1.5\nrest: Hospitaler", "da")).toEqual({
      split: {
        fixed: [
          { name: "Hospice A", amount: new Dec("0.5") },
          { name: "Hospice B", amount: new Dec("1.5") },
        ],
        rest: "Hospitaler",
      },
    });
    expect(parsePassOnSplit("Hospice A=0,5", "da")).toEqual({ split: { fixed: [{ name: "Hospice A", amount: new Dec("0.5") }], rest: null } });
    expect(parsePassOnSplit("Hospice A=0,5; Hospice A=1", "da")).toEqual({ bad: "Hospice A=1" });
    expect(parsePassOnSplit("Hospice A", "da")).toEqual({ bad: "Hospice A" });
    expect(parsePassOnSplit("Hospice A=-1", "en")).toEqual({ bad: "Hospice A=-1" });
  });

  test("seed 002's Patientinddragelse: 3,4 split wholly into PRO 1,5 and Fælles Beslutningstagning 1,9 – the hospitals get 0", () => {
    const rows = SEED002_ROWS.map((r) => (r[0] === "Patientinddragelse" ? [r[0], r[1], r[2], "PRO=1,5; Fælles Beslutningstagning=1,9"] : r));
    const a = analyseFill(seed002Grid(rows), settings);
    const second = a.result!.periods[1];
    const r = second.rows.find((x) => x.name === "Patientinddragelse")!;
    const at = (unit: string) => r.values[second.units.indexOf(unit)]!.toString();
    expect([r.national!.toString(), at("PRO"), at("Fælles Beslutningstagning"), at("Rigshospitalet")]).toEqual(["3.4", "1.5", "1.9", "0"]);
  });

  test("fixed amounts larger than the unit's figure: an error on the Videre cell, the row goes under Øvrige modtagere, not to the units", () => {
    const a = analyseFill(seed002Grid(withSplit("Hospice A=10; Hospice B=5")), settings);
    const f = a.findings.find((x) => x.code === "PASS_ON_SPLIT_TOO_LARGE")!;
    expect(f).toMatchObject({ severity: "error", sheet: "Budget", cell: "D4", initiative: "Palliation" });
    expect(f.message).toContain("13,1");
    const second = a.result!.periods[1];
    const palliation = second.rows.find((r) => r.name === "Palliation")!;
    expect(palliation.status).toBe("other");
    expect(palliation.other!.toString()).toBe("13.1");
    expect(second.total.national.toString()).toBe("39.6");
  });

  test("a fixed amount off the step, an unreadable split or a rest to another group: errors that say what to write", () => {
    const off = analyseFill(seed002Grid(withSplit("Hospice A=0,25")), settings);
    expect(off.findings.find((x) => x.code === "PASS_ON_SPLIT_OFF_STEP")!.message).toContain("0,25");
    const bad = analyseFill(seed002Grid(withSplit("Hospice A 0,5")), settings);
    expect(bad.findings.find((x) => x.code === "PASS_ON_SPLIT_BAD")).toMatchObject({ cell: "D4", severity: "error" });
    const rest = analyseFill(seed002Grid(withSplit("Hospice A=0,5; rest: Klinikker")), settings);
    expect(rest.findings.find((x) => x.code === "PASS_ON_SPLIT_BAD")!.message).toContain("rest: Klinikker");
  });

  test("an unknown unit or group to pass on is an error naming it, and nothing is passed on", () => {
    const unit = analyseFill(seed002Grid(), { ...settings, passOn: [{ unit: "Region Hovedstadn", group: "Hospitaler" }] });
    expect(unit.findings.find((f) => f.code === "PASS_ON_UNIT_UNKNOWN")!.message).toContain("„Region Hovedstadn“");
    const group = analyseFill(seed002Grid(), { ...settings, lang: "en", passOn: [{ unit: "Region Hovedstaden", group: "Clinics" }] });
    expect(group.findings.find((f) => f.code === "PASS_ON_GROUP_UNKNOWN")!.message).toContain("Groups of own units: Hospitaler");
    expect(group.result!.periods).toHaveLength(1);
  });
});

describe("--pass-on and saved settings", () => {
  test("the command line takes --pass-on, repeatable and with =", () => {
    const args = parseArgs(["fill", "in.xlsx", "--pass-on", "Region Hovedstaden=Hospitaler", "--pass-on=Region Sjælland=Sygehuse"]);
    expect(args.passOn).toEqual([
      { unit: "Region Hovedstaden", group: "Hospitaler" },
      { unit: "Region Sjælland", group: "Sygehuse" },
    ]);
    expect(() => parseArgs(["fill", "in.xlsx", "--pass-on", "Hospitaler"])).toThrow(/UNIT=GROUP/);
    expect(parsePassOnText("Region Hovedstaden → Hospitaler")).toEqual({ unit: "Region Hovedstaden", group: "Hospitaler" });
  });

  test("the pane is offered the first step's units and the groups of own units", () => {
    const a = analyseFill(seed002Grid(), settings);
    expect(passOnChoices(a.model, a.result)).toEqual({
      units: ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"],
      groups: ["Hospitaler"],
    });
  });

  test("settings saved in the document keep the pass-ons; a malformed list is not used", () => {
    expect(parseSettings({ method: "reconciled", lang: "da", passOn: [{ unit: " Region Hovedstaden ", group: "Hospitaler" }] })).toEqual({
      method: "reconciled",
      lang: "da",
      decimals: null,
      passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }],
    });
    expect(parseSettings({ method: "reconciled", lang: "da", passOn: "Region Hovedstaden" })).toBeNull();
  });
});
