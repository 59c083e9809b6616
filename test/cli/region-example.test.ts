import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildRegionExample, HOSPITALS } from "../../scripts/make-region-example";
import { JsonDocument } from "../../src/sheets/json";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { libreOfficeValues, readFormulas, readValues, runCli, tempDir } from "./helpers";

/** examples/region-hovedstaden.xlsx filled in two steps from the command line: the regions, then Region Hovedstaden's hospitals (illustrative key). */
const REGION_EXAMPLE = path.resolve(__dirname, "../../examples/region-hovedstaden.xlsx");

describe("examples/region-hovedstaden.xlsx with --pass-on", () => {
  const dir = tempDir();
  const out = path.join(dir, "region-hovedstaden-fordelt.xlsx");
  let doc: JsonDocument;
  let code: number;

  beforeAll(async () => {
    const run = await runCli(["fill", REGION_EXAMPLE, "-o", out, "--json", "--pass-on", "Region Hovedstaden=Hospitaler"]);
    code = run.code;
    doc = JSON.parse(run.out);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the committed file is what scripts/make-region-example.ts builds, and says its hospital figures are illustrative", async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(REGION_EXAMPLE);
    const built = await new ExcelJS.Workbook().xlsx.load(await buildRegionExample().xlsx.writeBuffer());
    const dump = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().map((r) => JSON.stringify(r))]);
    expect(dump(committed)).toEqual(dump(built));
    expect(String(committed.getWorksheet("Nøgler")!.getCell("A1").value)).toMatch(/ILLUSTRATIV/);
    expect(String(committed.getWorksheet("Nøgler")!.getCell("F9").value)).toMatch(/ILLUSTRATIVT/);
  });

  test("two steps: 109,1 for Region Hovedstaden, passed on to four hospitals and four hospices adding up to 109,1", () => {
    expect(code).toBe(0);
    expect(doc.periods.map((p) => [p.period, p.group, p.passOn ?? null])).toEqual([
      ["2026", "Regioner", null],
      ["2026", "Hospitaler", "Region Hovedstaden"],
    ]);
    const [first, second] = doc.periods;
    expect(first.totals["Region Hovedstaden"]).toBe("109.1");
    expect(Object.keys(second.totals)).toEqual([
      ...HOSPITALS.map(([h]) => h),
      "Arresødal Hospice",
      "Hospice Søndergård",
      "Diakonissestiftelsens Hospice",
      "Sankt Lukas Hospice",
    ]);
    const total = Object.values(second.totals).reduce((s, v) => s + Math.round(Number(v) * 10), 0);
    expect(total).toBe(1091);
    const row = (name: string) => second.rows.find((r) => r.initiative === name)!;
    expect(row("Mobile kølehætter").national).toBe("2.8");
    expect(row("Palliation").national).toBe("13.1");
    expect(row("Palliation").shares["Arresødal Hospice"]).toBe("0.7");
    // Telepalliation goes to Region Midtjylland: nothing of it is Region Hovedstaden's to pass on (the row is there, blank).
    expect(row("Telepalliation")).toMatchObject({ national: null, shares: {} });
  });

  test("the hospitals' sheet links its national column to the first sheet, and LibreOffice recalculates both to our numbers", async () => {
    const formulas = await readFormulas(out, "Fordeling 2026 Hospitaler");
    const national = [...formulas.entries()].filter(([ref]) => ref.endsWith(":1"));
    expect(formulas.get(`${TABLE_HEADER_ROW + 1}:1`)).toBe("'Fordeling 2026'!C6");
    expect(national.filter(([, f]) => f.startsWith("'Fordeling 2026'!")).length).toBeGreaterThan(10);
    const ours = await readValues(out);
    const lo = libreOfficeValues(out);
    for (const name of ["Fordeling 2026", "Fordeling 2026 Hospitaler"]) {
      const mine = ours.get(name)!;
      const theirs = lo.get(name)!;
      const control = (mine[TABLE_HEADER_ROW] as string[]).indexOf("Kontrol");
      let checked = 0;
      for (let r = TABLE_HEADER_ROW + 1; r < mine.length; r++) {
        if (typeof mine[r][0] !== "string") continue;
        for (let c = 1; c <= control; c++) {
          const v = mine[r][c];
          if (typeof v !== "number") continue;
          expect(Math.abs(Number(theirs[r][c]) - v)).toBeLessThan(1e-9);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(50);
    }
  }, 120000);
});
