import ExcelJS from "exceljs";
import { LIMITS } from "../../src/cli/limits";
import { openPackage } from "../../src/cli/package";
import { readGrid } from "../../src/cli/read-grid";
import { writePackage } from "../../src/cli/write-package";
import { writeZip } from "../../src/cli/zip";
import { GridCell, WorkbookGrid } from "../../src/sheets/grid";
import { parseWorkbook } from "../../src/sheets/parse";
import { WritePlan } from "../../src/sheets/plan";

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The workbook as the CLI reads it: saved by exceljs, read from the package's XML. */
async function readWorkbookGrid(wb: ExcelJS.Workbook): Promise<WorkbookGrid> {
  return readGrid(openPackage(await bytes(wb), LIMITS), LIMITS, "da").grid;
}

/** One cell of sheet S as the CLI reads it. */
async function cellOf(wb: ExcelJS.Workbook, address: string): Promise<GridCell> {
  const grid = await readWorkbookGrid(wb);
  const s = grid.sheets.find((b) => b.sheet === "S")!;
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return s.cells[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? { value: null, text: "", indent: 0 };
}

describe("reading a workbook into the grid", () => {
  test("cells: numbers with the decimals their format shows, formulas by result, rich text, indent", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 60;
    ws.getCell("A1").numFmt = "#,##0.0";
    ws.getCell("A2").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = { richText: [{ text: "Pallia" }, { text: "tion" }] };
    ws.getCell("A3").alignment = { indent: 2 };
    ws.getCell("A4").value = 0.3116;
    ws.getCell("A4").numFmt = "0.00%";
    ws.getCell("B1").value = "x";
    ws.getCell("A5").value = null;
    ws.getCell("A6").value = "end";
    expect(await cellOf(wb, "A1")).toEqual({ value: 60, text: "60.0", indent: 0 });
    expect(await cellOf(wb, "A2")).toEqual({ value: 2, text: "2", indent: 0 });
    expect(await cellOf(wb, "A3")).toEqual({ value: "Palliation", text: "Palliation", indent: 2 });
    expect((await cellOf(wb, "A4")).value).toBe(0.3116);
    expect(await cellOf(wb, "A5")).toEqual({ value: null, text: "", indent: 0 });
  });

  test("a formula whose cached result is 0 reads as 0, not as a blank cell", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = { formula: "1-1", result: 0 } as ExcelJS.CellFormulaValue;
    expect(await cellOf(wb, "A1")).toEqual({ value: 0, text: "0", indent: 0 });
  });

  test("whole numbers formatted with three decimals (shown 9.000 and 1.500 in en-US text) give three decimal places; the values stay the truth", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Initiativer");
    ws.addRow(["Initiativ", "2026", "2027"]);
    ws.addRow(["A", 9, 1570129]);
    ws.addRow(["B", 1.5, null]);
    ws.getCell("B2").numFmt = "0.000";
    ws.getCell("B3").numFmt = "#,##0.000";
    ws.getCell("C2").numFmt = "#,##0";
    wb.addWorksheet("Nøgler").addRow(["Nøgle", "Enhed", "Andel"]);
    const grid = await readWorkbookGrid(wb);
    expect(grid.sheets[0].cells.slice(1).map((r) => r.map((c) => c.text))).toEqual([
      ["A", "9.000", "1570129"],
      ["B", "1.500", ""],
    ]);
    const parsed = parseWorkbook(grid);
    expect(parsed.defaultDecimals).toBe(3);
    expect(parsed.model!.rows.map((r) => r.amounts.map((a) => a?.toString() ?? null))).toEqual([
      ["9", "1570129"],
      ["1.5", null],
    ]);
  });

  test("Excel tables with their header row, every sheet Fordel did not make, and every sheet's mark", async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("Ark1");
    a.addTable({ name: "Initiativer", ref: "C3", headerRow: true, columns: [{ name: "Initiativ" }, { name: "2026" }], rows: [["A", 1]] });
    const keys = wb.addWorksheet("nøgler");
    keys.getCell("B2").value = "Nøgle";
    const ours = wb.addWorksheet("Fordeling 2026");
    ours.getCell("A1").value = "Fordel";
    ours.getCell("B1").value = "fordel:1";
    wb.addWorksheet("Fordeling 2025").getCell("A1").value = "Fordel";
    const grid = await readWorkbookGrid(wb);
    expect(grid.tables.map((t) => [t.name, t.sheet, t.row, t.col, t.cells.map((r) => r.map((c) => c.value))])).toEqual([
      [
        "Initiativer",
        "Ark1",
        2,
        2,
        [
          ["Initiativ", "2026"],
          ["A", 1],
        ],
      ],
    ]);
    expect(grid.sheets.map((s) => [s.sheet, s.row, s.col, s.cells.length, s.cells[1]?.[1]?.value])).toEqual([
      ["Ark1", 0, 0, 4, null],
      ["nøgler", 0, 0, 2, "Nøgle"],
      ["Fordeling 2025", 0, 0, 1, undefined],
    ]);
    expect(grid.existing).toEqual([
      { name: "Ark1", generated: false },
      { name: "nøgler", generated: false },
      // A mark without Fordel's record (a workbook from before records): Fordel's, but never taken as unchanged.
      { name: "Fordeling 2026", generated: true, unchanged: false },
      { name: "Fordeling 2025", generated: false },
    ]);
  });
});

describe("writing a plan", () => {
  const plan: WritePlan = {
    sheets: [
      {
        name: "Fordeling 2026",
        replaces: "fordeling 2026",
        cells: [
          [{ value: "Fordel" }, { value: "fordel:1" }],
          [
            { value: "Initiativ", bold: true },
            { value: "Nationalt", bold: true },
          ],
          [
            { value: '=HYPERLINK("x","y")', indent: 1 },
            { value: 1.5, format: "#,##0.0" },
          ],
          [
            { value: "I alt", bold: true },
            { formula: "=SUM(B3:B3)", value: 1.5, format: "#,##0.0", bold: true },
          ],
        ],
        table: { name: "Fordeling_2026", row: 1, col: 0, rows: 2, cols: 2 },
        columnWidths: [30, 12],
      },
    ],
    log: { sheet: "Fordeling log", create: true, preamble: [["Fordel", "fordel:1", "log"]], header: ["Tidspunkt", "Fund"], row: ["2025-11-23 10:00", 3] },
  };

  test("values, formulas with cached results, formats, bold, indent, table, widths; the old generated sheet replaced; the log", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data");
    wb.addWorksheet("fordeling 2026").getCell("A1").value = "gammel";
    const write = async (input: Buffer, p: WritePlan) => {
      const pkg = openPackage(input, LIMITS);
      const read = readGrid(pkg, LIMITS, "da");
      return writePackage({ pkg, read, plan: p, source: { pathHash: "0", sha256: "0" }, now: new Date(2025, 10, 23) });
    };
    const first = await write(await bytes(wb), plan);
    const out = await new ExcelJS.Workbook().xlsx.load(first as never);
    // The replaced sheet keeps its name in the workbook (formulas into it name it so; Excel ignores case).
    expect(out.worksheets.map((w) => w.name)).toEqual(["Data", "fordeling 2026", "Fordeling log"]);
    const ws = out.getWorksheet("fordeling 2026")!;
    expect(ws.getCell("A3").value).toBe('=HYPERLINK("x","y")');
    expect(ws.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A3").alignment?.indent).toBe(1);
    expect(ws.getCell("B3").numFmt).toBe("#,##0.0");
    expect(ws.getCell("B4").value).toEqual({ formula: "SUM(B3:B3)", result: 1.5 });
    expect(ws.getCell("B4").font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(30);
    const tables = ws.getTables() as unknown as { table: { name: string; tableRef: string } }[];
    expect(tables.map((t) => [t.table.name, t.table.tableRef])).toEqual([["Fordeling_2026", "A2:B3"]]);
    const log = out.getWorksheet("Fordeling log")!;
    expect(
      log
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([
      ["Fordel", "fordel:1", "log"],
      ["Tidspunkt", "Fund"],
      ["2025-11-23 10:00", 3],
    ]);
    const second = await new ExcelJS.Workbook().xlsx.load(
      (await write(first, { sheets: [], log: { ...plan.log, create: false, row: ["2025-11-24 08:00", 0] } })) as never,
    );
    expect(second.getWorksheet("Fordeling log")!.getRow(4).values).toEqual([undefined, "2025-11-24 08:00", 0]);
    expect(second.getWorksheet("Fordeling log")!.getRow(3).values).toEqual([undefined, "2025-11-23 10:00", 3]);
  });
});

describe("reading what other programs write", () => {
  test("a formula without a cached value (none, or openpyxl's empty <v></v>) is uncomputed; an empty text result is not", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = "x";
    const pkg = openPackage(await bytes(wb), LIMITS);
    const sheetXml = pkg.text(pkg.sheets[0].part!)!;
    const variants = [
      sheetXml.replace(/<c r="A1"[^>]*>[\s\S]*?<\/c>/, '<c r="A1"><f>1+1</f></c>'),
      sheetXml.replace(/<c r="A1"[^>]*>[\s\S]*?<\/c>/, '<c r="A1"><f>1+1</f><v></v></c>'),
      sheetXml.replace(/<c r="A1"[^>]*>[\s\S]*?<\/c>/, '<c r="A1" t="str"><f>""</f><v></v></c>'),
    ];
    const read = (xml: string) => {
      const p = openPackage(withSheetXml(pkg, xml), LIMITS);
      return readGrid(p, LIMITS, "da").grid.sheets[0].cells[0][0];
    };
    expect(read(variants[0])).toEqual({ value: null, text: "", indent: 0, uncomputed: true });
    expect(read(variants[1])).toEqual({ value: null, text: "", indent: 0, uncomputed: true });
    expect(read(variants[2])).toEqual({ value: "", text: "", indent: 0 });
  });
});

/** The package with its first sheet's XML replaced. */
function withSheetXml(pkg: ReturnType<typeof openPackage>, sheetXml: string): Buffer {
  return writeZip(
    pkg.entries.map((e) => (e.name === pkg.sheets[0].part ? { name: e.name, data: Buffer.from(sheetXml) } : { name: e.name, entry: e })),
    new Date(2026, 0, 1),
  );
}

describe("reading what other programs write (2)", () => {
  test("the example saved by LibreOffice Calc reads exactly as the original", async () => {
    const { execFileSync } = await import("child_process");
    const fs = await import("fs");
    const path = await import("path");
    const { EXAMPLE, SOFFICE, tempDir } = await import("./helpers");
    const dir = tempDir();
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", dir, EXAMPLE],
      { stdio: "pipe", timeout: 120000 },
    );
    const grid = (file: string) => readGrid(openPackage(fs.readFileSync(file), LIMITS), LIMITS, "da").grid;
    const original = grid(EXAMPLE);
    const saved = grid(path.join(dir, path.basename(EXAMPLE)));
    expect(saved.tables).toEqual(original.tables);
    expect(saved.sheets).toEqual(original.sheets);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("a table's Total Row; a table over whole columns is read only as far as it holds something", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addTable({
      name: "T",
      ref: "B2",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "Initiativ", totalsRowLabel: "I alt" },
        { name: "2026", totalsRowFunction: "sum" },
      ],
      rows: [
        ["A", 1],
        ["B", 2],
      ],
    });
    const pkg = openPackage(await bytes(wb), LIMITS);
    const t = readGrid(pkg, LIMITS, "da").grid.tables[0];
    expect([t.name, t.row, t.col, t.cells.length, t.totalRow]).toEqual(["T", 1, 1, 4, true]);
    const tablePart = pkg.entries.find((e) => /tables\/table1\.xml$/.test(e.name))!.name;
    const whole = writeZip(
      pkg.entries.map((e) =>
        e.name === tablePart
          ? { name: e.name, data: Buffer.from(pkg.text(e.name)!.replace(/ref="B2:C5"/g, 'ref="A1:XFD1048576"')) }
          : { name: e.name, entry: e },
      ),
      new Date(2026, 0, 1),
    );
    const w = readGrid(openPackage(whole, LIMITS), LIMITS, "da").grid.tables[0];
    // From A1 to the last cell holding something; the sheet's last row (the declared Total Row) is empty, so no Total Row.
    expect([w.row, w.col, w.cells.length, w.cells[0].length, w.totalRow]).toEqual([0, 0, 5, 3, undefined]);
  });

  test("dates as ISO dates, booleans, errors, shared formulas expanded for the fingerprint", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2026, 0, 1));
    ws.getCell("B1").value = true;
    ws.getCell("C1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    const s = readGrid(openPackage(await bytes(wb), LIMITS), LIMITS, "da").grid.sheets[0].cells[0];
    expect(s.map((c) => c.value)).toEqual(["2026-01-01", true, "#DIV/0!"]);
    const { shiftFormula } = await import("../../src/cli/read-grid");
    expect(shiftFormula('SUM(A1:$B$2)+C$3+"A1"+LOG10(D4)', 2, 1)).toBe('SUM(B3:$B$2)+D$3+"A1"+LOG10(E6)');
  });
});
