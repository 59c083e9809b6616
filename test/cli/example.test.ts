import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildExample, LINES } from "../../scripts/make-example";
import { JsonDocument } from "../../src/sheets/json";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { cellXml, EXAMPLE, libreOfficeValues, readFormulas, readValues, runCli, sheetPart, tempDir, xlsxPart } from "./helpers";

describe("examples/kraeftplan-v.xlsx", () => {
  const dir = tempDir();
  const out = path.join(dir, "kraeftplan-v-fordelt.xlsx");
  let doc: JsonDocument;
  let code: number;

  beforeAll(async () => {
    const run = await runCli(["fill", EXAMPLE, "-o", out, "--json"]);
    code = run.code;
    doc = JSON.parse(run.out);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the committed file is what scripts/make-example.ts builds", async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(EXAMPLE);
    const built = await new ExcelJS.Workbook().xlsx.load(await buildExample().xlsx.writeBuffer());
    const dump = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().map((r) => JSON.stringify(r))]);
    expect(dump(committed)).toEqual(dump(built));
  });

  test("fills both years: 2025 from seed 001, 2026 from seed 002, with the expected findings and exit 0", () => {
    expect(code).toBe(0);
    expect(doc.periods.map((p) => [p.period, p.group, p.decimals, p.method, p.key?.name])).toEqual([
      ["2025", "Regioner", 1, "reconciled", "Bloktilskudsnøgle 2025"],
      ["2026", "Regioner", 1, "reconciled", "Bloktilskudsnøgle 2025"],
    ]);
    const [y2025, y2026] = doc.periods;
    expect(y2026.key!.units).toEqual([
      { unit: "Region Hovedstaden", share: "0.3116" },
      { unit: "Region Sjælland", share: "0.1547" },
      { unit: "Region Syddanmark", share: "0.2127" },
      { unit: "Region Midtjylland", share: "0.2177" },
      { unit: "Region Nordjylland", share: "0.1033" },
    ]);
    // 002: Blok 350,0 + Direkte tilskud 1,0 = I alt 351,0 nationally.
    const national = (p: typeof y2026, name: string) => p.rows.find((r) => r.initiative === name)!.national;
    expect(national(y2026, "Udrednings- og behandlingskapacitet")).toBe("180.0");
    expect(national(y2026, "Data til kræftbehandling og ny medicin")).toBe("9.0");
    expect(national(y2025, "Data til kræftbehandling og ny medicin")).toBe("9.0");
    const sumOf = (p: typeof y2026) => p.rows.filter((r) => r.parent === null).reduce((s, r) => s + Number(r.national ?? 0) * 10, 0) / 10;
    expect(sumOf(y2026)).toBe(351);
    // 001: 577,9 in Tabel 1 less 216,7 already paid out, plus 6,0 to the association (text only).
    expect(sumOf(y2025)).toBe(367.2);
    const tele = y2026.rows.find((r) => r.initiative === "Telepalliation")!;
    // Named recipients: only they get a figure; the other units' cells stay blank.
    expect(tele.shares).toEqual({ "Region Midtjylland": "1.0" });
    const digital = y2025.rows.find((r) => r.initiative === "Digital visningsløsning målrettet kræftpatienter")!;
    expect([digital.shares["Region Midtjylland"], digital.shares["Region Nordjylland"]]).toEqual(["0.5", "0.5"]);
    const forening = y2025.rows.find((r) => r.initiative === "Målrettet, datadrevet kommunal forebyggelse")!;
    expect(forening.shares).toEqual({ "Øvrige modtagere": "6.0" });
    expect(y2025.totals["Øvrige modtagere"]).toBe("105.0");
    // One cause, one finding: the three rows without a municipal key for 2025 are listed in one.
    expect(doc.findings.map((f) => [f.severity, f.code, f.cell, f.period])).toEqual([
      ["info", "NO_MUNICIPAL_KEY", "D10", "2025"],
      ["info", "OTHER_RECIPIENT", "D21", "2025"],
      ["warning", "CHILDREN_SUM_MISMATCH", "F16", "2026"],
    ]);
    expect(LINES.length).toBe(24);
  });

  test("round trip: the written sheets hold the same numbers as the JSON", async () => {
    const sheets = await readValues(out);
    for (const p of doc.periods) {
      const rows = sheets.get(`Fordeling ${p.period}`)!;
      const header = rows[TABLE_HEADER_ROW] as string[];
      const col = (name: string) => header.indexOf(name);
      // Rows with no amount in the period are left out of its sheet.
      const shown = p.rows.filter((r) => r.national !== null || Object.keys(r.shares).length > 0);
      expect(shown.length).toBeLessThan(p.rows.length);
      shown.forEach((r, i) => {
        const row = rows[TABLE_HEADER_ROW + 1 + i];
        expect(row[0]).toBe(r.initiative);
        expect(row[col("Nationalt")]).toBe(r.national === null ? null : Number(r.national));
        for (const [unit, share] of Object.entries(r.shares)) expect(row[col(unit)]).toBe(Number(share));
        for (const unit of Object.keys(p.totals)) if (!(unit in r.shares)) expect(row[col(unit)]).toBeNull();
      });
      const total = rows.find((row) => row[0] === "I alt")!;
      for (const [unit, value] of Object.entries(p.totals)) expect(total[col(unit)]).toBeCloseTo(Number(value), 9);
    }
    expect(sheets.get("Fordeling log")![2].slice(0, 7)).toEqual([
      "2025-11-23 10:00",
      "2025, 2026",
      "Bloktilskudsnøgle 2025",
      0.1,
      "afstemt",
      "0 fejl, 1 advarsel, 2 info",
      expect.any(Number),
    ]);
  });

  test("parents, subtotals, totals and Kontrol are formulas, leaves are values", async () => {
    const formulas = await readFormulas(out, "Fordeling 2026");
    const sheets = await readValues(out);
    const rows = sheets.get("Fordeling 2026")!;
    const at = (name: string) => rows.findIndex((r, i) => i > TABLE_HEADER_ROW && r[0] === name);
    expect(formulas.get(`${at("Palliation")}:2`)).toMatch(/^SUM\(C\d+:C\d+\)$/);
    expect(formulas.get(`${at("Data til kræftbehandling og ny medicin")}:3`)).toMatch(/^SUM\(D\d+:D\d+\)$/);
    expect(formulas.has(`${at("Senfølgeklinikker")}:2`)).toBe(false);
    // Sub-items that do not add up to their parent are allocated separately: the parent is values.
    expect(formulas.has(`${at("Uspecifikke symptomer på kræft")}:2`)).toBe(false);
    expect(formulas.get(`${at("Blok i alt")}:1`)).toMatch(/^SUMIFS\(/);
    expect(formulas.get(`${at("I alt")}:1`)).toMatch(/^SUM\(/);
    expect(formulas.get(`${at("Senfølgeklinikker")}:7`)).toMatch(/^B\d+-SUM\(C\d+:G\d+\)$/);
  });

  test("a formula's cached result of 0 is in the file (Kontrol, zero subtotals), and Excel recalculates on open", async () => {
    expect(xlsxPart(out, "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    const rows = (await readValues(out)).get("Fordeling 2025")!;
    const xml = sheetPart(out, "Fordeling 2025");
    const control = (rows[TABLE_HEADER_ROW] as string[]).indexOf("Kontrol");
    const letter = (c: number) => String.fromCharCode(65 + c);
    let zeros = 0;
    for (let r = TABLE_HEADER_ROW + 1; r < rows.length; r++) {
      if (typeof rows[r][0] !== "string") continue;
      expect(cellXml(xml, `${letter(control)}${r + 1}`)).toMatch(/^<c [^>]*><f>[^<]+<\/f><v>0<\/v><\/c>$/);
      expect(rows[r][control]).toBe(0);
      zeros++;
    }
    expect(zeros).toBeGreaterThan(20);
    // Særtilskud goes to Midtjylland and Nordjylland only: Region Hovedstaden's subtotal is a formula giving 0.
    const saer = rows.findIndex((r) => r[0] === "Særtilskud i alt");
    expect(cellXml(xml, `C${saer + 1}`)).toMatch(/<f>SUMIFS\(.*<\/f><v>0<\/v>/);
  });

  test("LibreOffice recalculates every period sheet to our numbers, with Kontrol 0", async () => {
    const ours = await readValues(out);
    const lo = libreOfficeValues(out);
    for (const p of doc.periods) {
      const name = `Fordeling ${p.period}`;
      const mine = ours.get(name)!;
      const theirs = lo.get(name)!;
      expect(theirs).toBeDefined();
      const header = mine[TABLE_HEADER_ROW] as string[];
      const control = header.indexOf("Kontrol");
      let checked = 0;
      for (let r = TABLE_HEADER_ROW + 1; r < mine.length; r++) {
        if (typeof mine[r][0] !== "string") continue;
        expect(theirs[r][control]).toBe("0");
        for (let c = 1; c < control; c++) {
          const v = mine[r][c];
          if (typeof v !== "number") continue;
          expect(Math.abs(Number(theirs[r][c]) - v)).toBeLessThan(1e-9);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(50);
    }
  });
});
