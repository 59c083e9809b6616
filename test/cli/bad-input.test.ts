import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { JsonDocument } from "../../src/sheets/json";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { libreOfficeValues, readValues, runCli, tempDir } from "./helpers";

/** A workbook full of bad input, as plain sheets (no Excel Tables). */
async function badWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Initiativer");
  const rows: (string | number | null)[][] = [
    ["Initiativ", "Overordnet", "Kanal", "Modtager", "Nøgle", "2026", "I alt"],
    ["Senfølger", null, "Blok", "Regioner", null, "60,0", "60,0"],
    ["Kølehætter", null, "Blok", "Regioner", null, "ni mio.", null],
    ["Palliation", null, "Blok", null, null, 42, 42],
    ["Basal palliation", "Palliation", null, null, null, "14,0", null],
    ["Specialiseret palliation", "Palliation", null, null, null, "20,0", null],
    ["Telepalliation", null, "Særtilskud", "Region Midtjyland", null, "1,0", null],
    ['=HYPERLINK("x","y")', null, null, null, null, "5,0", null],
    ["Digital visning", null, "Direkte", "Region Midtjylland; Region Nordjylland", null, "1,0", "2,0"],
    ["Forældreløs", "Findes ikke", null, null, null, "3,0", null],
    ["Rygestop", null, null, "Kommuner", null, 10, null],
    ["Korrektion", null, null, null, null, "-0,8", null],
    ["Særlig nøgle", null, null, null, "Ukendt nøgle", "2,0", null],
    ["Kapacitet", null, null, null, null, "180,0", null],
  ];
  rows.forEach((r) => ws.addRow(r));
  const keys = wb.addWorksheet("Nøgler");
  // A key summing to 0,9999, and one with a unit that does not exist.
  [
    ["Nøgle", "År", "Enhed", "Andel"],
    ["Blok", null, "Region Hovedstaden", "0,3116"],
    ["Blok", null, "Region Sjælland", "0,1547"],
    ["Blok", null, "Region Syddanmark", "0,2127"],
    ["Blok", null, "Region Midtjylland", "0,2177"],
    ["Blok", null, "Region Nordjylland", "0,1032"],
    ["Færøerne", 2030, "Region Færøerne", 1],
  ].forEach((r) => keys.addRow(r));
  await wb.xlsx.writeFile(file);
}

describe("a workbook full of bad input", () => {
  const dir = tempDir();
  const input = path.join(dir, "bad.xlsx");
  const out = path.join(dir, "bad-fordelt.xlsx");
  let doc: JsonDocument;
  let code: number;
  let before: Buffer;

  beforeAll(async () => {
    await badWorkbook(input);
    before = fs.readFileSync(input);
    const run = await runCli(["fill", input, "--json", "--decimals", "1"]);
    code = run.code;
    doc = JSON.parse(run.out);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("gives the right findings, pointing at the cells, and exit code 1", () => {
    expect(code).toBe(1);
    const got = doc.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
    // Key findings point at the row's Nøgle cell, recipient findings at its Modtager cell.
    expect(got.sort()).toEqual(
      [
        "error BAD_NUMBER Initiativer!F3",
        "error UNKNOWN_UNIT Initiativer!D7",
        "info TEXT_LOOKS_LIKE_FORMULA Initiativer!A8",
        "warning PERIOD_TOTAL_MISMATCH Initiativer!G9",
        "error UNKNOWN_PARENT Initiativer!A10",
        "error UNKNOWN_UNIT Nøgler!C7",
        "warning KEY_SUM Nøgler!D2",
        "warning CHILDREN_SUM_MISMATCH Initiativer!F4",
        "info NO_MUNICIPAL_KEY Initiativer!D11",
        "info NEGATIVE_AMOUNT Initiativer!F12",
        "error UNKNOWN_KEY Initiativer!E13",
        // Korrektion's -0,8 is 8 steps of 0,1 split over five regions.
        "warning COARSE_STEP Initiativer!F12",
      ].sort(),
    );
    expect(doc.findings.find((f) => f.code === "BAD_NUMBER")!.message).toContain("ni mio.");
    expect(doc.findings.find((f) => f.code === "KEY_SUM")!.message).toContain("0,9999");
  });

  test("every good row is still filled, and the input is unchanged", async () => {
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const p = doc.periods[0];
    const row = (name: string) => p.rows.find((r) => r.initiative === name)!;
    for (const name of ["Senfølger", "Basal palliation", "Specialiseret palliation", '=HYPERLINK("x","y")', "Korrektion", "Kapacitet", "Palliation"]) {
      const shares = Object.values(row(name).shares).map(Number);
      expect(shares).toHaveLength(5);
      expect(Math.round(shares.reduce((a, b) => a + b, 0) * 10)).toBe(Math.round(Number(row(name).national) * 10));
    }
    expect(row("Digital visning").shares).toEqual({ "Region Midtjylland": "0.5", "Region Nordjylland": "0.5" });
    expect(row("Telepalliation").shares).toEqual({ "Øvrige modtagere": "1.0" });
    // A row whose parent does not exist is shown with its amount, excluded, never dropped.
    expect(row("Forældreløs").national).toBe("3.0");
    expect(row("Forældreløs").shares).toEqual({});
    expect(row("Kølehætter").national).toBeNull();
  });

  test("rows left out are listed with their amount, the finding's code and cell; the step says it was chosen", () => {
    const p = doc.periods[0];
    expect(p.excluded.map((x) => [x.initiative, x.national, x.code, x.cell])).toEqual([
      ["Kølehætter", null, "BAD_NUMBER", "F3"],
      ["Særlig nøgle", "2.0", "UNKNOWN_KEY", "F13"],
      ["Forældreløs", "3.0", "UNKNOWN_PARENT", "F10"],
    ]);
    expect(p.excluded[1].message).toContain("Ukendt nøgle");
    expect(p.excludedTotal).toBe("5.0");
    expect(p.step).toEqual({ decimals: 1, step: "0.1", reason: "setting", sheet: null, cell: null, text: null });
  });

  test("the output sheet shows each left-out row with its status, and the line under the totals says what they exclude", async () => {
    const rows = (await readValues(out)).get("Fordeling 2026")!;
    const header = rows[TABLE_HEADER_ROW] as string[];
    const status = header.indexOf("Status");
    // Printed after the amounts; Kontrol and Kanal last, outside the print area.
    expect(header.slice(status)).toEqual(["Status", "Kontrol", "Kanal"]);
    const at = (name: string) => rows.find((r, i) => i > TABLE_HEADER_ROW && r[0] === name)!;
    expect(at("Kølehætter")[status]).toBe("Ikke fordelt: beløbet Initiativer!F3 („ni mio.“) er ikke et tal – se fund; ikke med i totalerne");
    expect(at("Særlig nøgle")[status]).toBe("Ikke fordelt: nøglen findes ikke – se fund; ikke med i totalerne");
    expect(at("Særlig nøgle")[1]).toBe(2);
    expect(at("Telepalliation")[status]).toBe("Går til Region Midtjyland – vist under Øvrige modtagere");
    const total = rows.findIndex((r, i) => i > TABLE_HEADER_ROW && r[0] === "I alt");
    expect(rows[total + 1].slice(0, 3)).toEqual([
      "Ikke fordelt",
      5,
      "(3 rækker, ikke med i I alt; heraf 1 med et beløb, der ikke kan læses – se Status og fund)",
    ]);
  });

  test("the name that looks like a formula stays text in the output, also after LibreOffice recalculates", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Fordeling 2026")!;
    let cell: ExcelJS.Cell | undefined;
    ws.eachRow((r) => r.eachCell((c) => (c.value === '=HYPERLINK("x","y")' ? (cell = c) : undefined)));
    expect(cell).toBeDefined();
    expect(cell!.type).toBe(ExcelJS.ValueType.String);
    const lo = libreOfficeValues(out).get("Fordeling 2026")!;
    expect(lo.some((r) => r[0] === '=HYPERLINK("x","y")')).toBe(true);
    // Good rows recalculate to a zero Kontrol in LibreOffice.
    const mine = (await readValues(out)).get("Fordeling 2026")!;
    const control = (mine[TABLE_HEADER_ROW] as string[]).indexOf("Kontrol");
    for (const name of ["Senfølger", "Palliation", "Kapacitet", '=HYPERLINK("x","y")']) {
      const r = mine.findIndex((x, i) => i > TABLE_HEADER_ROW && x[0] === name);
      expect(lo[r][control]).toBe("0");
    }
  });
});
