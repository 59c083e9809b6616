import * as fs from "fs";
import * as path from "path";
import { MUNICIPALITIES, REGIONS } from "../../src/sheets/units-data";
import { readUnitLabel, resolveUnit, unitsOf } from "../../src/sheets/units";

const DATA = process.env.FORDEL_SHARED_DATA ?? path.resolve(__dirname, "../../../shared/data");

function csv(file: string): string[][] {
  return fs
    .readFileSync(path.join(DATA, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","));
}

describe("units catalogue", () => {
  test("5 regions and 98 municipalities with unique codes and names, each municipality in a region", () => {
    expect(REGIONS).toHaveLength(5);
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    const regionCodes = new Set(REGIONS.map((r) => r.code));
    expect(MUNICIPALITIES.every((m) => regionCodes.has(m.regionCode))).toBe(true);
    expect(REGIONS.reduce((s, r) => s + Number(r.key2025) * 10000, 0)).toBe(10000);
  });

  test("the copy matches shared/data/*.csv when that folder is present", () => {
    const present = fs.existsSync(path.join(DATA, "kommuner.csv")) && fs.existsSync(path.join(DATA, "regioner.csv"));
    if (!present) {
      // The product never needs the files; outside the team's checkout only the copy is checked.
      expect(MUNICIPALITIES.length + REGIONS.length).toBe(103);
      return;
    }
    expect(csv("regioner.csv")).toEqual(REGIONS.map((r) => [r.code, r.name, r.key2025]));
    expect(csv("kommuner.csv")).toEqual(MUNICIPALITIES.map((m) => [m.code, m.name, m.regionCode, REGIONS.find((r) => r.code === m.regionCode)!.name]));
  });
});

describe("resolveUnit", () => {
  test.each([
    ["Region Hovedstaden", "Region Hovedstaden"],
    ["region  hovedstaden ", "Region Hovedstaden"],
    ["Hovedstaden", "Region Hovedstaden"],
    ["Regioner Nordjylland", "Region Nordjylland"],
    ["Region Sjaelland", "Region Sjælland"],
    ["1082", "Region Midtjylland"],
    ["Region Midt", "Region Midtjylland"],
    ["North Denmark Region", "Region Nordjylland"],
    ["Vesthimmerland", "Vesthimmerlands"],
    ["Vesthimmerlands Kommune", "Vesthimmerlands"],
    ["Århus", "Aarhus"],
    ["Aarhus Kommune", "Aarhus"],
    ["Københavns Kommune", "København"],
    ["Koebenhavn", "København"],
    ["0101", "København"],
    ["101", "København"],
    ["851", "Aalborg"],
    ["Høje Taastrup", "Høje-Taastrup"],
    ["Høje-Tåstrup", "Høje-Taastrup"],
    ["Bornholms Regionskommune", "Bornholm"],
    ["Nordfyn", "Nordfyns"],
  ])("%s → %s", (text, name) => {
    expect(resolveUnit(text)?.name).toBe(name);
  });

  test("a real number cell holding a code is matched", () => {
    expect(resolveUnit(461)?.name).toBe("Odense");
  });

  test.each(["Region Nordjyland", "Medicinrådet", "Regioner", "Kommuner", "9999", "Sverige"])("%s is not a unit", (text) => {
    expect(resolveUnit(text)).toBeNull();
  });

  test("groups list their units in data order", () => {
    expect(unitsOf("Regioner").map((u) => u.name)).toEqual(REGIONS.map((r) => r.name));
    expect(unitsOf("Kommuner")).toHaveLength(98);
    expect(unitsOf("Kommuner").every((u) => resolveUnit(u.name)?.name === u.name && resolveUnit(u.code)?.name === u.name)).toBe(true);
  });
});

describe("readUnitLabel: labels as pasted from Danmarks Statistik", () => {
  test.each([
    ["101 København", "København"],
    ["0101 København", "København"],
    ["751 Aarhus", "Aarhus"],
    ["1084 Region Hovedstaden", "Region Hovedstaden"],
    ["084 Region Hovedstaden", "Region Hovedstaden"],
    ["400 Bornholms Regionskommune", "Bornholm"],
    ["Æro", "Ærø"],
    ["Ærø Kommune", "Ærø"],
    ["Lyngby-Taarbæk", "Lyngby-Taarbæk"],
    ["Lyngby Taarbæk Kommune", "Lyngby-Taarbæk"],
    ["Høje Taastrup Kommune", "Høje-Taastrup"],
    ["Region H", "Region Hovedstaden"],
    ["Region Sjælland", "Region Sjælland"],
  ])("%s → %s", (text, name) => {
    const label = readUnitLabel(text);
    expect(label).toMatchObject({ kind: "unit", unit: { name } });
    expect(label.kind === "unit" && label.codeDisagrees).toBeFalsy();
    expect(resolveUnit(text)?.name).toBe(name);
  });

  test.each(["Hele landet", "000 Hele landet", "I alt", "Landsdel Byen København", "1 Landsdel Byen København", "Christiansø", "411 Christiansø"])(
    "%s is an aggregate line, not a unit",
    (text) => {
      expect(readUnitLabel(text)).toEqual({ kind: "aggregate" });
      expect(resolveUnit(text)).toBeNull();
    },
  );

  test("a code whose name means another unit: the code decides, and the disagreement is told", () => {
    expect(readUnitLabel("101 Aarhus")).toMatchObject({ kind: "unit", unit: { name: "København" }, codeDisagrees: { code: "101", name: "Aarhus" } });
    expect(readUnitLabel("9999 Aarhus")).toMatchObject({ kind: "unit", unit: { name: "Aarhus" }, codeDisagrees: { code: "9999" } });
    // A recipient is only matched when code and name agree.
    expect(resolveUnit("101 Aarhus")).toBeNull();
    expect(readUnitLabel("9999 Sverige")).toEqual({ kind: "unknown" });
  });
});
