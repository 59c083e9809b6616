import { setDisplayLanguage, valueError } from "../functions/setup";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { roundTable } from "../../src/functions/functions";
import { readValues, runCli, sheetPart, tempDir } from "../cli/helpers";

/** think-cell's published example (one decimal in, whole numbers out) with labels, totals as SUM formulas. */
const THINK_CELL = [
  ["", "A", "B", "C", "I alt"],
  ["Række 1", 4.3, 15.3, 21.4, 41.0],
  ["Række 2", 10.5, 7.6, 3.7, 21.8],
  ["Række 3", 17.5, 18.3, 19.5, 55.3],
  ["Række 4", 11.5, 17.4, 20.9, 49.8],
  ["I alt", 43.8, 58.6, 65.5, 167.9],
];

/** A workbook with the table at B2:F7 of Ark1 (totals as SUM formulas with their values) and a sheet of the user's own. */
async function workbook(dir: string, formulas: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ark1");
  THINK_CELL.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 2, c + 2);
      const col = String.fromCharCode(66 + c);
      if (formulas && r >= 1 && c === 4)
        cell.value = {
          formula: `SUM(C${r + 2}:E${r + 2})`,
          result: v as number,
        };
      else if (formulas && r === 5 && c >= 1) cell.value = { formula: `SUM(${col}3:${col}6)`, result: v as number };
      else if (v !== "") cell.value = v;
      if (typeof v === "number") cell.numFmt = "#,##0.0";
    }),
  );
  wb.addWorksheet("Noter").getCell("A1").value = "Mine noter";
  wb.definedNames.add("Ark1!$B$2:$F$7", "Tabel");
  const file = path.join(dir, formulas ? "formler.xlsx" : "tal.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

beforeEach(() => setDisplayLanguage("da-DK"));

describe("fordel round", () => {
  test("writes the rounded table to a new sheet, keeps the input file and every other part, and prints the JSON", async () => {
    const dir = tempDir();
    const input = await workbook(dir, true);
    const before = fs.readFileSync(input);
    const out = path.join(dir, "ud.xlsx");
    const { code, out: stdout, err } = await runCli(["round", input, "--range", "'Ark1'!B2:F7", "--decimals", "0", "-o", out, "--json"]);
    expect(err).toMatch(/^Skrevet: .*ud\.xlsx \(arket Afrundet Ark1\)/);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["range", "decimals", "values", "exact", "adjusted", "findings"]);
    expect(json.range).toBe("Ark1!B2:F7");
    expect(json.decimals).toBe(0);
    expect(json.values).toEqual([
      [null, "A", "B", "C", "I alt"],
      ["Række 1", "4", "16", "21", "41"],
      ["Række 2", "10", "8", "4", "22"],
      ["Række 3", "18", "18", "19", "55"],
      ["Række 4", "12", "17", "21", "50"],
      ["I alt", "44", "59", "65", "168"],
    ]);
    expect(json.exact[6 - 1][4]).toBe("167.9");
    expect(json.adjusted).toContainEqual({
      cell: "D3",
      exact: "15.3",
      shown: "16",
    });
    const read = json.findings.find((f: { code: string }) => f.code === "TABLE_TOTALS_READ");
    expect(read.message).toMatch(/række 7 = 3–6 \(SUM-formel\)/);
    expect(read.message).toMatch(/kolonne F = C–E \(SUM-formel\)/);
    // The input is untouched; the table's sheet and the user's other sheet are carried over byte for byte.
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(sheetPart(out, "Ark1")).toBe(sheetPart(input, "Ark1"));
    expect(sheetPart(out, "Noter")).toBe(sheetPart(input, "Noter"));
    const sheets = await readValues(out);
    const rounded = sheets.get("Afrundet Ark1")!;
    expect(rounded[4 + 5].slice(0, 5)).toEqual(["I alt", 44, 59, 65, 168]);
    expect(String(rounded[0][2])).toMatch(/Afrundet, så totalerne summer: Ark1!B2:F7/);
  });

  test("the minister's five regions: a typed total that is not the sum of the printed figures is kept, and said", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Svar");
    // KOU alm. del spm. 154 (2012-13), column 1: five regions printed to one decimal add up to 107.642,1; the printed total is 107.642,0.
    const rows: [string, number][] = [
      ["Region Hovedstaden", 33566.4],
      ["Region Sjælland", 16426.3],
      ["Region Syddanmark", 23378.7],
      ["Region Midtjylland", 22997.1],
      ["Region Nordjylland", 11273.6],
      ["I alt", 107642.0],
    ];
    ws.addRow(["Region", "Mio. kr."]);
    rows.forEach((r) => ws.addRow(r));
    ws.getColumn(2).numFmt = "#,##0.0";
    const input = path.join(dir, "svar.xlsx");
    await wb.xlsx.writeFile(input);
    const { code, out } = await runCli(["round", input, "--range", "Svar!A1:B7", "-o", path.join(dir, "ud.xlsx"), "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.decimals).toBe(1);
    expect(json.values.map((r: string[]) => r[1])).toEqual(["Mio. kr.", "33566.4", "16426.3", "23378.7", "22997.1", "11273.5", "107642.0"]);
    expect(json.findings.map((f: { code: string }) => f.code)).toContain("TABLE_TOTAL_MISMATCH");
  });

  test("a range past the used cells is read as far as the sheet has cells", async () => {
    const dir = tempDir();
    const input = await workbook(dir, true);
    const { code, out } = await runCli(["round", input, "--range", "Ark1!B1:H100000", "--decimals", "0", "-o", path.join(dir, "ud.xlsx"), "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.range).toBe("Ark1!B1:F7");
    expect(json.values[6]).toEqual(["I alt", "44", "59", "65", "168"]);
  });

  test("without --range, and with a range that is not there, it says what to do (exit 2)", async () => {
    const dir = tempDir();
    const input = await workbook(dir, false);
    const none = await runCli(["round", input]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--range/);
    const missing = await runCli(["round", input, "--range", "'Ikke her'!A1:B2", "-o", path.join(dir, "x.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Ark1, Noter/);
  });
});

describe("FORDEL.ROUNDTABLE", () => {
  test("returns the same numbers as the command line for the same table (totals from their I alt labels)", async () => {
    const dir = tempDir();
    const input = await workbook(dir, false);
    const asNumbers = (m: unknown[][]) =>
      m.map((row) => row.map((v) => (v === "" || v === null ? null : typeof v === "number" || !isNaN(Number(v)) ? Number(v) : v)));
    for (const decimals of [0, 1, -1]) {
      const { out } = await runCli([
        "round",
        input,
        "--range",
        "Ark1!B2:F7",
        "--decimals",
        String(decimals),
        "-o",
        path.join(dir, `ud${decimals}.xlsx`),
        "--json",
      ]);
      const cli = JSON.parse(out).values as (string | null)[][];
      const spilled = await roundTable(THINK_CELL, decimals);
      expect(asNumbers(spilled)).toEqual(asNumbers(cli));
    }
    expect((await roundTable(THINK_CELL, 0))[5][4]).toBe(168);
  });

  test("decimals as in ROUND; text in the figures is #VALUE! with what to fix", async () => {
    const tens = await roundTable(THINK_CELL, -1);
    expect(tens[5][4]).toBe(170);
    const bad = THINK_CELL.map((r) => r.slice());
    bad[2][2] = "syv";
    expect((await valueError(roundTable(bad))).message).toMatch(/„syv“ er ikke et tal/);
  });
});
