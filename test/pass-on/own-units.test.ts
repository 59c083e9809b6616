import { Dec } from "../../src/engine";
import { analyseFill } from "../../src/sheets/analyse";
import { planFill } from "../../src/sheets/fill";
import { parseRecipient } from "../../src/sheets/recipient";
import { FillSettings } from "../../src/sheets/fill-types";
import { unitsOf } from "../../src/sheets/units";
import { MUNICIPALITIES } from "../../src/sheets/units-data";
import { KEYS_2025, Raw, table, workbook } from "../sheets/grid-helpers";

/** Own units: keys of hospitals and the like, `Kommuner i Region …`, and the findings that keep them apart from regions. Figures are illustrative. */
const settings: FillSettings = { method: "reconciled", lang: "da", decimals: null };
const sum = (xs: (Dec | null)[]) => xs.reduce<Dec>((a, x) => a.plus(x ?? 0), new Dec(0));
const municipalKey: Raw[][] = unitsOf("Kommuner").map((u, i) => ["Kommuner 2026", null, null, u.name, 1000 + ((i * 7919) % 5000)]);
const regionKey: Raw[][] = KEYS_2025.slice(1).map(([k, y, u, s]) => [k, y, null, u, s]);
const KEYS_HEADER: Raw[] = ["Nøgle", "År", "Gruppe", "Enhed", "Andel"];

function grid(initiatives: Raw[][], keys: Raw[][]) {
  return workbook({ tables: [table("Initiativer", "Budget", initiatives), table("Nøgler", "Nøgler", [KEYS_HEADER, ...keys])] });
}

describe("Kommuner i en region", () => {
  test("`Kommuner i Region Nordjylland` spreads a row over exactly Nordjylland's 11 municipalities by the municipal key, renormalised", () => {
    const a = analyseFill(
      grid(
        [
          ["Initiativ", "Modtager", "2026"],
          ["Rygestop", "Kommuner i Region Nordjylland", "10,0"],
        ],
        [...regionKey, ...municipalKey],
      ),
      settings,
    );
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    const p = a.result!.periods.find((q) => q.group === "Kommuner")!;
    const r = p.rows[0];
    const given = p.units.filter((_, u) => r.values[u] !== null);
    const nord = MUNICIPALITIES.filter((m) => m.regionCode === "1081").map((m) => m.name);
    expect(nord).toHaveLength(11);
    expect(given.sort()).toEqual([...nord].sort());
    expect(sum(r.values).toString()).toBe("10");
    // Renormalised: Aalborg gets its weight over the 11's weights, not over the 98's.
    const weight = (name: string) => Number(municipalKey.find((k) => k[3] === name)![4]);
    const total = nord.reduce((s, n) => s + weight(n), 0);
    const aalborg = r.values[p.units.indexOf("Aalborg")]!.toNumber();
    expect(Math.abs(aalborg - (10 * weight("Aalborg")) / total)).toBeLessThanOrEqual(0.1);
  });

  test("the English form and `Kommunerne i Region Nordjylland` read the same; an unknown region is a finding", () => {
    const en = parseRecipient("Municipalities in the North Denmark Region").recipient;
    const da = parseRecipient("Kommunerne i Region Nordjylland").recipient;
    expect(en).toEqual({ ...da, label: "Municipalities in the North Denmark Region" });
    expect(da.kind === "subset" && da.units.length).toBe(11);
    expect(parseRecipient("Kommuner i Region Nordjyland").problems).toEqual([{ kind: "unknown-unit", unit: "Region Nordjyland" }]);
  });
});

describe("own units", () => {
  const hospitals: Raw[][] = [
    ["Aktivitet", null, "Hospitaler", "Rigshospitalet", 1480],
    ["Aktivitet", null, "Hospitaler", "Herlev og Gentofte Hospital", 1215],
    ["Aktivitet", null, "Hospitaler", "Hvidovre Hospital", 640],
  ];

  test("a key of own units is its own group, named by Gruppe; rows name the group, one unit or a weighted list; its sheet is `Fordeling 2026 Hospitaler`", () => {
    const outcome = planFill(
      grid(
        [
          ["Initiativ", "Modtager", "2026"],
          ["Senfølger", null, "60,0"],
          ["Kølehætter", "Hospitaler", "2,8"],
          ["Senfølgeklinik", "Herlev og Gentofte hospital", "1,0"],
          ["Forsøg", "Rigshospitalet=2; Hvidovre Hospital=1", "0,9"],
        ],
        [...regionKey, ...hospitals],
      ),
      settings,
      new Date(2026, 0, 1),
    );
    expect(outcome.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(outcome.plan!.sheets.map((s) => s.name)).toEqual(["Fordeling 2026", "Fordeling 2026 Hospitaler", "Fordeling fund"]);
    const p = outcome.result!.periods[1];
    expect(p.group).toBe("Hospitaler");
    expect(p.units).toEqual(["Rigshospitalet", "Herlev og Gentofte Hospital", "Hvidovre Hospital"]);
    const values = (name: string) => p.rows.find((r) => r.name === name)!.values.map((v) => v?.toString() ?? null);
    expect(values("Kølehætter")).toEqual(["1.3", "1", "0.5"]);
    expect(values("Senfølgeklinik")).toEqual([null, "1", null]);
    expect(values("Forsøg")).toEqual(["0.6", null, "0.3"]);
  });

  test("without a Gruppe column the key's name is the group; per-year keys of one group serve their years", () => {
    const a = analyseFill(
      grid(
        [
          ["Initiativ", "Modtager", "2026", "2027"],
          ["Kølehætter", "Hospitaler", "2,8", "2,8"],
        ],
        [
          ["Hospitaler", 2026, null, "Rigshospitalet", 1],
          ["Hospitaler", 2026, null, "Hvidovre Hospital", 1],
          ["Hospitaler", 2027, null, "Rigshospitalet", 3],
          ["Hospitaler", 2027, null, "Hvidovre Hospital", 1],
        ],
      ),
      settings,
    );
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.result!.periods.map((p) => [p.period, p.group, p.rows[0].values.map(String)])).toEqual([
      ["2026", "Hospitaler", ["1.4", "1.4"]],
      ["2027", "Hospitaler", ["2.1", "0.7"]],
    ]);
  });

  test("a key mixing regions and own units is a clear error, and is not used", () => {
    const a = analyseFill(
      grid(
        [
          ["Initiativ", "Modtager", "2026"],
          ["Kølehætter", "Hospitaler", "2,8"],
        ],
        [...regionKey, ...hospitals, ["Aktivitet", null, "Hospitaler", "Region Hovedstaden", 100]],
      ),
      settings,
    );
    const f = a.findings.find((x) => x.code === "KEY_OWN_AND_STANDARD_UNITS")!;
    expect(f).toMatchObject({ severity: "error", sheet: "Nøgler", cell: "D10" });
    expect(f.message).toContain("Region Hovedstaden (D10)");
    expect(f.message).toContain("Rigshospitalet");
    expect(a.result!.periods.flatMap((p) => p.rows).find((r) => r.name === "Kølehætter")!.status).toBe("error");
  });

  test("an own unit named like a region gives the same clear finding (in English too)", () => {
    const a = analyseFill(
      grid(
        [
          ["Initiative", "Recipient", "2026"],
          ["Cooling caps", "Hospitals", "2,8"],
        ],
        [
          ["Activity", null, "Hospitals", "Rigshospitalet", 10],
          ["Activity", null, "Hospitals", "Hvidovre Hospital", 5],
          ["Activity", null, "Hospitals", "Nordjylland", 5],
        ],
      ),
      { ...settings, lang: "en" },
    );
    const f = a.findings.find((x) => x.code === "KEY_OWN_AND_STANDARD_UNITS")!;
    expect(f.message).toMatch(/Key "Activity" mixes own units \(Rigshospitalet, Hvidovre Hospital\) with regions or municipalities \(Nordjylland \(D4\)\)/);
    expect(f.message).toContain('"Region Nordjylland, administration"');
  });

  test("a group of own units named like the regions is an error", () => {
    const a = analyseFill(
      grid(
        [
          ["Initiativ", "Modtager", "2026"],
          ["Kølehætter", null, "2,8"],
        ],
        [...regionKey, ["Aktivitet", null, "Regioner", "Rigshospitalet", 1], ["Aktivitet", null, "Regioner", "Hvidovre Hospital", 1]],
      ),
      settings,
    );
    expect(a.findings.find((x) => x.code === "KEY_OWN_GROUP_NAME")).toMatchObject({ severity: "error" });
    // The regions' own key still serves the row.
    expect(a.result!.periods[0].rows[0].status).toBe("allocated");
  });

  test("a regional key with one misspelt region is still UNKNOWN_UNIT (not a key of own units)", () => {
    const a = analyseFill(
      grid(
        [
          ["Initiativ", "2026"],
          ["Senfølger", "60,0"],
        ],
        regionKey.map((r, i) => (i === 4 ? [r[0], r[1], r[2], "Region Nordjyland", r[4]] : r)),
      ),
      settings,
    );
    expect(a.findings.map((f) => f.code)).toContain("UNKNOWN_UNIT");
    expect(a.findings.map((f) => f.code)).not.toContain("KEY_OWN_AND_STANDARD_UNITS");
  });
});
