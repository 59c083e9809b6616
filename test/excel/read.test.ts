import { INDENT_ALL_CELLS, INDENT_COLUMNS, readGrid, readWorkbook, HostInputError, READ_BYTES, wholeLines } from "../../src/excel/read";
import { markRow } from "../../src/sheets/marker";
import { FakeExcel } from "./fake";

/** The example's shape: an Initiativer table (tree by indent) and a Nøgler sheet without a table. */
function inputWorkbook(): FakeExcel {
  const fake = new FakeExcel({ locale: "da-DK" });
  fake.state
    .seed("Aftale", "B3", [
      ["Initiativ", "2026", "Kanal"],
      ["Senfølger", { value: 60, numberFormat: "0.0" }, "Blok"],
      [{ value: "heraf børn", indent: 1 }, { value: 10.5, numberFormat: "0.0" }, "Blok"],
      ['=HYPERLINK("x","y")', "1.570.129", "Direkte"],
    ])
    .seedTable("Aftale", "initiativer", "B3:D6")
    .seed("Nøgler", "A1", [
      ["Enhed", "Andel"],
      ["Region Hovedstaden", 0.3116],
      ["Region Sjælland", 0.1547],
    ])
    .seed("Fordeling 2025", "A1", [[...markRow(), "Fordeling 2025"]])
    .seed("Noter", "A1", [["Fordel", "noget andet"]]);
  fake.state.addSheet("Tom");
  return fake;
}

describe("readGrid", () => {
  test("reads every Table and the used range of every sheet Fordel did not generate, with values, text and indent, in three syncs", async () => {
    const fake = inputWorkbook();
    const { grid, syncs } = await readWorkbook(fake.excel());
    expect(syncs).toBe(3);
    expect(fake.context.syncCount).toBe(3);

    expect(grid.tables).toHaveLength(1);
    const t = grid.tables[0];
    expect([t.name, t.sheet, t.row, t.col, t.totalRow]).toEqual(["initiativer", "Aftale", 2, 1, undefined]);
    expect(t.cells[0].map((c) => c.value)).toEqual(["Initiativ", "2026", "Kanal"]);
    expect(t.cells[1][1]).toEqual({ value: 60, text: "60,0", indent: 0 });
    expect(t.cells[2][0]).toEqual({ value: "heraf børn", text: "heraf børn", indent: 1 });
    // A seeded text that looks like a formula is read as the text it is.
    expect(t.cells[3][0].value).toBe('=HYPERLINK("x","y")');
    expect(t.cells[3][1]).toEqual({ value: "1.570.129", text: "1.570.129", indent: 0 });

    // Every sheet but the generated one, whatever its name; a blank sheet is one empty cell.
    expect(grid.sheets.map((s) => s.sheet)).toEqual(["Aftale", "Nøgler", "Noter", "Tom"]);
    const keys = grid.sheets[1];
    expect(keys.cells[1].map((c) => c.value)).toEqual(["Region Hovedstaden", 0.3116]);
    expect(keys.cells[1][1].text).toBe("0,3116");
    // The sheet's used range carries the initiatives' indent too (first columns).
    const aftale = grid.sheets[0];
    expect([aftale.row, aftale.col, aftale.cells[2][0].indent]).toEqual([2, 1, 1]);
    expect(grid.sheets[3]).toEqual({ sheet: "Tom", row: 0, col: 0, cells: [[{ value: null, text: "", indent: 0 }]] });
  });

  test("every Table, by any name, with its Total Row said; a Table on a generated sheet by name and sheet only", async () => {
    const fake = inputWorkbook();
    fake.state
      .seed("Noter", "C5", [
        ["Kolonne", "Beløb"],
        ["a", 1],
        ["I alt", 1],
      ])
      .seedTable("Noter", "Tabel7", "C5:D7", { showTotals: true })
      .seed("Fordeling 2025", "A3", [["Initiativ"], ["x"]])
      .seedTable("Fordeling 2025", "Fordeling_2025", "A3:A4");
    const grid = await readGrid(fake.excel());
    expect(grid.tables.map((t) => [t.name, t.sheet, t.cells.length, t.totalRow])).toEqual([
      ["initiativer", "Aftale", 4, undefined],
      ["Tabel7", "Noter", 3, true],
      ["Fordeling_2025", "Fordeling 2025", 0, undefined],
    ]);
    expect(grid.tables[1].cells[2].map((c) => c.value)).toEqual(["I alt", 1]);
  });

  test("the indent is read for every cell of a Table or sheet of ordinary size, for the first columns of a large one", async () => {
    const fake = new FakeExcel();
    const wide = Array.from({ length: 8 }, (_, j) => ({ value: `k${j}`, indent: 1 }));
    fake.state.seed("Ark1", "B2", [wide]).seed("Ark2", "A1", [["x"]]);
    const rows = Math.ceil(INDENT_ALL_CELLS / 8) + 1;
    fake.state.seed(
      "Stor",
      "A1",
      Array.from({ length: rows }, () => wide),
    );
    const read = await readWorkbook(fake.excel());
    expect(read.grid.sheets[0].cells[0].map((c) => c.indent)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    const large = read.grid.sheets[2];
    expect(large.cells[rows - 1].map((c) => c.indent)).toEqual([...Array(INDENT_COLUMNS).fill(1), ...Array(8 - INDENT_COLUMNS).fill(0)]);
    const asked = fake.context.syncs.slice(2).flatMap((s) => s.actions.filter((a) => a.endsWith(" getCellProperties")));
    expect(asked).toEqual([
      "workbook.worksheets.items[0].getRangeByIndexes(1,1,1,8) getCellProperties",
      "workbook.worksheets.items[1].getRangeByIndexes(0,0,1,1) getCellProperties",
      `workbook.worksheets.items[2].getRangeByIndexes(0,0,${rows},${INDENT_COLUMNS}) getCellProperties`,
    ]);
  });

  test("large sheets are read in requests whose answer stays under READ_BYTES", async () => {
    const fake = new FakeExcel();
    // Each sheet a little over half of a request's answer (values and text some 20 bytes a cell, the first 4 columns' indent 30).
    const rows = Math.ceil(READ_BYTES / (20 * 20 + INDENT_COLUMNS * 30) / 2) + 1;
    expect(rows * 20).toBeGreaterThan(INDENT_ALL_CELLS);
    const block = Array.from({ length: rows }, (_, i) => Array.from({ length: 20 }, (_, j) => i * 20 + j));
    for (const name of ["A", "B", "C"]) fake.state.seed(name, "A1", block);
    const read = await readWorkbook(fake.excel());
    expect(read.syncs).toBe(2 + 3);
    expect(read.grid.sheets.map((s) => [s.sheet, s.cells.length])).toEqual([
      ["A", rows],
      ["B", rows],
      ["C", rows],
    ]);
  });

  test("the defined names are read (for the writer)", async () => {
    const fake = inputWorkbook();
    fake.state.definedNames.push("Fordeling_2026");
    expect((await readWorkbook(fake.excel())).definedNames).toEqual(["Fordeling_2026"]);
  });

  test("every sheet: without Fordel's record none is generated; the visible mark alone (A1:B1) is a legacy mark, the user's", async () => {
    const grid = await readGrid(inputWorkbook().excel());
    expect(grid.existing.map(({ id: _, ...s }) => s)).toEqual([
      { name: "Aftale", generated: false },
      { name: "Nøgler", generated: false },
      { name: "Fordeling 2025", generated: false, legacyMark: true },
      { name: "Noter", generated: false },
      { name: "Tom", generated: false },
    ]);
    expect(new Set(grid.existing.map((s) => s.id)).size).toBe(5);
  });

  test("empty cells are null; a sheet with nothing on it is one empty cell", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Initiativer", "A1", [["Initiativ", null, "2026"]]);
    fake.state.addSheet("Keys");
    const grid = await readGrid(fake.excel());
    expect(grid.tables).toEqual([]);
    const byName = Object.fromEntries(grid.sheets.map((s) => [s.sheet, s]));
    expect(byName.Initiativer.cells[0][1]).toEqual({ value: null, text: "", indent: 0 });
    expect(byName.Keys).toEqual({ sheet: "Keys", row: 0, col: 0, cells: [[{ value: null, text: "", indent: 0 }]] });
  });

  test("picked ranges are read with their sheet; a vanished sheet is a clear error", async () => {
    const fake = inputWorkbook();
    const grid = await readGrid(fake.excel(), {
      picked: { initiatives: { sheet: "aftale", address: "Aftale!$B$3:$C$5" }, keys: { sheet: "Nøgler", address: "A1:B3" } },
    });
    expect(grid.pickedInitiatives).toMatchObject({ sheet: "Aftale", row: 2, col: 1 });
    expect(grid.pickedInitiatives!.cells).toHaveLength(3);
    expect(grid.pickedKeys!.cells[2][0].value).toBe("Region Sjælland");
    await expect(readGrid(fake.newContext() as unknown as Excel.RequestContext, { picked: { keys: { sheet: "Væk", address: "A1" } } })).rejects.toThrow(
      HostInputError,
    );
  });

  test("a pick of whole columns or rows reads only their used part, still in three syncs", async () => {
    const fake = inputWorkbook();
    fake.state.seed("Aftale", "A20", [["noter"]]).seed("Aftale", "F1", [["andet"]]);
    const read = await readWorkbook(fake.excel(), { picked: { initiatives: { sheet: "Aftale", address: "Aftale!$B:$D" } } });
    expect(read.syncs).toBe(3);
    const picked = read.grid.pickedInitiatives!;
    expect([picked.row, picked.col, picked.cells.length, picked.cells[0].length]).toEqual([0, 1, 20, 3]);
    expect([picked.cells[2][0].value, picked.cells[3][1].value, picked.cells[4][0].indent]).toEqual(["Initiativ", 60, 1]);
    const rows = await readGrid(fake.newContext() as unknown as Excel.RequestContext, { picked: { keys: { sheet: "Nøgler", address: "2:3" } } });
    expect(rows.pickedKeys!.cells.map((r) => r.map((c) => c.value))).toEqual([
      ["Region Hovedstaden", 0.3116],
      ["Region Sjælland", 0.1547],
    ]);
    const none = await readGrid(fake.newContext() as unknown as Excel.RequestContext, { picked: { keys: { sheet: "Nøgler", address: "K:M" } } });
    expect(none.pickedKeys).toEqual({ sheet: "Nøgler", row: 0, col: 10, cells: [] });
  });

  test("wholeLines tells whole columns and rows from other addresses", () => {
    expect(wholeLines("C:F")).toEqual({ cols: { first: 2, last: 5 } });
    expect(wholeLines("$AA:$A")).toEqual({ cols: { first: 0, last: 26 } });
    expect(wholeLines("40:3")).toEqual({ rows: { first: 2, last: 39 } });
    expect(wholeLines("B2:H20")).toBeNull();
    expect(wholeLines("B2")).toBeNull();
  });

  test("a workbook without any Table reads without error", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [["x"]]);
    const grid = await readGrid(fake.excel());
    expect(grid).toEqual({
      tables: [],
      sheets: [{ sheet: "Ark1", row: 0, col: 0, cells: [[{ value: "x", text: "x", indent: 0 }]] }],
      existing: [{ name: "Ark1", id: fake.state.sheets[0].id, generated: false }],
      // The add-in writes no cell notes yet: the sheets say where the exact values are instead.
      notes: false,
    });
  });
});
