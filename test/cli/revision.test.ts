import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { JsonDocument } from "../../src/sheets/json";
import { initiativeTable, keySheet } from "../corpus/builder";
import { seed002All } from "../corpus/seeds";
import { readValues, runCli, tempDir } from "./helpers";

/**
 * Seed 002 re-issued (issue 15): the 2026 table filled with the 2025 key and published; then the
 * same amounts restated by 1,028, and separately with a changed key, revised against it.
 * The changed key is made up (illustrative): the 2026 key is not published.
 */
const KEY_2026_ILLUSTRATIVE: [string, number][] = [
  ["Region Hovedstaden", 0.3121],
  ["Region Sjælland", 0.1544],
  ["Region Syddanmark", 0.2125],
  ["Region Midtjylland", 0.2179],
  ["Region Nordjylland", 0.1031],
];

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function seedWorkbook(file: string, key?: [string, number][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  initiativeTable(wb.addWorksheet("Initiativer"), seed002All(), { channels: true });
  keySheet(wb, key ? { rows: key, keyName: "Bloktilskudsnøgle 2026" } : {});
  await wb.xlsx.writeFile(file);
}

type Figures = Map<string, number | null>;

/** Every figure of an allocation sheet by "line|unit" (unit "" = Nationalt): found by the header words, as a reader would. */
function figuresOf(rows: (string | number | boolean | null)[][]): Figures {
  const header = rows.findIndex((r) => r[0] === "Initiativ" && r[1] === "Nationalt");
  const units = rows[header].slice(2).filter((h): h is string => typeof h === "string" && !["Kontrol", "Kanal", "Status", "Øvrige modtagere"].includes(h));
  const out: Figures = new Map();
  for (const row of rows.slice(header + 1)) {
    const name = row[0];
    if (typeof name !== "string" || name === "") continue;
    out.set(`${name}|`, typeof row[1] === "number" ? row[1] : null);
    units.forEach((u, k) => out.set(`${name}|${u}`, typeof row[2 + k] === "number" ? (row[2 + k] as number) : null));
    if (name === "I alt") break;
  }
  return out;
}

function differing(a: Figures, b: Figures): string[] {
  const keys = [...a.keys()].filter((k) => a.get(k) !== null && b.get(k) !== null && Math.abs(a.get(k)! - b.get(k)!) > 1e-9);
  return keys.sort();
}

async function publish(): Promise<string> {
  const input = path.join(dir, "2026.xlsx");
  await seedWorkbook(input);
  const published = path.join(dir, "2026-published.xlsx");
  const run = await runCli(["fill", input, "-o", published]);
  expect(run.code).toBe(0);
  return published;
}

describe("seed 002 re-issued against the published distribution", () => {
  test("restated by 1,028: no figure falls, the change sheet and the JSON list exactly the figures that differ", async () => {
    const published = await publish();
    const input = path.join(dir, "2026-pl.xlsx");
    await seedWorkbook(input);
    const out = path.join(dir, "2026-pl-fordelt.xlsx");
    const run = await runCli(["fill", input, "-o", out, "--previous", published, "--pl-factor", "1,028", "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as JsonDocument;
    const before = figuresOf((await readValues(published)).get("Fordeling 2026")!);
    const values = await readValues(out);
    const after = figuresOf(values.get("Fordeling 2026")!);
    // Every exact value rose by 2,8 %: no figure falls (the revision keeps them in step).
    for (const [k, v] of before) if (v !== null && after.get(k) !== null) expect([k, after.get(k)! >= v - 1e-9]).toEqual([k, true]);
    // Restated national figures are on the step, and the title says the level.
    expect(after.get("I alt|")).toBeCloseTo(360.8, 9); // 351,0 × 1,028 = 360,828 → 360,8
    expect(String(values.get("Fordeling 2026")![0][0])).toContain("pl × 1.028");
    const changes = doc.periods[0].changes!;
    const listed = changes.figures
      .map((f) => `${f.initiative === "Blok" ? "Blok i alt" : f.initiative === "Særtilskud" ? "Særtilskud i alt" : f.initiative}|${f.unit ?? ""}`)
      .sort();
    expect(listed).toEqual(differing(before, after));
    expect(changes.changed).toBe(listed.length);
    expect(changes.figures.every((f) => f.why === "price-level" || f.why === "rounding")).toBe(true);
    // The change sheet: a header with how many changed out of how many, one line per change.
    const sheet = values.get("Ændringer 2026")!;
    expect(String(sheet[2][0])).toBe(`${listed.length} af ${changes.compared} tal er ændret i forhold til 2026-published.xlsx: Fordeling 2026.`);
    expect(sheet.length - 5).toBe(listed.length);
    // The log records the factor.
    const log = values.get("Fordeling log")!;
    expect(log.some((r) => r.some((c) => typeof c === "string" && c.includes("pl × 1.028")))).toBe(true);
  });

  test("with a changed key: the change report lists exactly the differing figures, each with its reason", async () => {
    const published = await publish();
    const input = path.join(dir, "2026-key.xlsx");
    await seedWorkbook(input, KEY_2026_ILLUSTRATIVE);
    const out = path.join(dir, "2026-key-fordelt.xlsx");
    const run = await runCli(["fill", input, "-o", out, "--previous", published, "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as JsonDocument;
    const before = figuresOf((await readValues(published)).get("Fordeling 2026")!);
    const after = figuresOf((await readValues(out)).get("Fordeling 2026")!);
    const changes = doc.periods[0].changes!;
    const listed = changes.figures
      .map((f) => `${f.initiative === "Blok" ? "Blok i alt" : f.initiative === "Særtilskud" ? "Særtilskud i alt" : f.initiative}|${f.unit ?? ""}`)
      .sort();
    expect(listed).toEqual(differing(before, after));
    expect(listed.length).toBeGreaterThan(0);
    // Amounts did not change: the key did (or a total forced a figure, said in a finding).
    for (const f of changes.figures) expect(["key", "rounding"]).toContain(f.why);
    const forced = doc.findings.filter((f) => f.code === "REVISION_FORCED").map((f) => f.initiative);
    for (const f of changes.figures.filter((x) => x.why === "rounding" && !["Blok", "Særtilskud", "I alt"].includes(x.initiative)))
      expect(forced).toContain(f.initiative);
    // Telepalliation goes to one named region: unchanged.
    expect(listed.some((k) => k.startsWith("Telepalliation|"))).toBe(false);
  });

  test("re-filled with nothing changed: no figure changes", async () => {
    const published = await publish();
    const input = path.join(dir, "again.xlsx");
    await seedWorkbook(input);
    const run = await runCli(["fill", input, "-o", path.join(dir, "again-out.xlsx"), "--previous", published, "--json"]);
    const doc = JSON.parse(run.out) as JsonDocument;
    expect(doc.periods[0].changes!.changed).toBe(0);
    expect(doc.periods[0].changes!.compared).toBeGreaterThan(90);
    expect(doc.findings.filter((f) => f.code.startsWith("REVISION"))).toEqual([]);
    // Nothing changed: no change sheet.
    expect([...(await readValues(path.join(dir, "again-out.xlsx"))).keys()]).not.toContain("Ændringer 2026");
  });
});

describe("price levels from a Prisniveau table", () => {
  test("2025-pl → 2026-pl: 1,028: amounts restated, the title says the level, the JSON the factor", async () => {
    const input = path.join(dir, "pl.xlsx");
    const wb = new ExcelJS.Workbook();
    initiativeTable(wb.addWorksheet("Initiativer"), seed002All(), { channels: true });
    keySheet(wb);
    const pl = wb.addWorksheet("Prisniveau");
    pl.addRow(["Fra", "Til", "Faktor"]);
    pl.addRow(["2025-pl", "2026-pl", "1,028"]);
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "pl-out.xlsx");
    const run = await runCli(["fill", input, "-o", out, "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as JsonDocument;
    expect(doc.periods[0].priceLevel).toEqual({ factor: "1.028", from: "2025-pl", to: "2026-pl" });
    // Senfølger 60,0 × 1,028 = 61,68 → 61,6 or 61,7 (rounded with the rest); I alt 351,0 × 1,028 = 360,828.
    const senfolger = doc.periods[0].rows.find((r) => r.initiative === "Senfølger")!;
    expect(["61.6", "61.7"]).toContain(senfolger.national);
    const sum = Object.values(senfolger.shares).reduce((a, v) => a + Number(v), 0);
    expect(sum).toBeCloseTo(Number(senfolger.national), 9);
    expect(doc.findings.map((f) => f.code)).toContain("PRICE_LEVEL");
    const values = await readValues(out);
    expect(values.get("Fordeling 2026")![0][0]).toMatch(/^Fordeling 2026.* \(2026-pl\)$/);
  });

  test("a Prisniveau table that cannot be read is an error; nothing is restated", async () => {
    const input = path.join(dir, "pl-bad.xlsx");
    const wb = new ExcelJS.Workbook();
    initiativeTable(wb.addWorksheet("Initiativer"), seed002All(), { channels: true });
    keySheet(wb);
    const pl = wb.addWorksheet("Prisniveau");
    pl.addRow(["Fra", "Til", "Faktor"]);
    pl.addRow(["2025-pl", "2026-pl", "en smule"]);
    await wb.xlsx.writeFile(input);
    const run = await runCli(["fill", input, "-o", path.join(dir, "pl-bad-out.xlsx"), "--json"]);
    const doc = JSON.parse(run.out) as JsonDocument;
    expect(run.code).toBe(1);
    expect(doc.findings.filter((f) => f.code === "PRICE_LEVEL_NOT_READ").length).toBe(1);
    expect(doc.periods[0].priceLevel).toBeUndefined();
    expect(doc.periods[0].rows.find((r) => r.initiative === "Senfølger")!.national).toBe("60.0");
  });
});
