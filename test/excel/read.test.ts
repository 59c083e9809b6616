import { readGrid, readWorkbook, HostInputError, wholeLines } from "../../src/excel/read";
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
      ["=HYPERLINK(\"x\",\"y\")", "1.570.129", "Direkte"],
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
  test("reads tables by name (any case), sheets by name, values, text and indent in two syncs", async () => {
    const fake = inputWorkbook();
    const { grid, syncs } = await readWorkbook(fake.excel());
    expect(syncs).toBe(2);
    expect(fake.context.syncCount).toBe(2);

    expect(grid.tables).toHaveLength(1);
    const t = grid.tables[0];
    expect([t.name, t.sheet, t.row, t.col]).toEqual(["initiativer", "Aftale", 2, 1]);
    expect(t.cells[0].map((c) => c.value)).toEqual(["Initiativ", "2026", "Kanal"]);
    expect(t.cells[1][1]).toEqual({ value: 60, text: "60,0", indent: 0 });
    expect(t.cells[2][0]).toEqual({ value: "heraf børn", text: "heraf børn", indent: 1 });
    // A seeded text that looks like a formula is read as the text it is.
    expect(t.cells[3][0].value).toBe('=HYPERLINK("x","y")');
    expect(t.cells[3][1]).toEqual({ value: "1.570.129", text: "1.570.129", indent: 0 });

    expect(grid.sheets.map((s) => s.sheet)).toEqual(["Nøgler"]);
    expect(grid.sheets[0].cells[1].map((c) => c.value)).toEqual(["Region Hovedstaden", 0.3116]);
    expect(grid.sheets[0].cells[1][1].text).toBe("0,3116");
  });

  test("every other Excel Table is listed by name and sheet only: nothing of its range is read", async () => {
    const fake = inputWorkbook();
    fake.state.seed("Noter", "C5", [["Kolonne"], [1]]).seedTable("Noter", "Fordeling_2026", "C5:C6");
    const grid = await readGrid(fake.excel());
    expect(grid.tables.map((t) => [t.name, t.sheet, t.cells.length])).toEqual([
      ["initiativer", "Aftale", 4],
      ["Fordeling_2026", "Noter", 0],
    ]);
    const asked = fake.context.syncs.flatMap((s) => s.actions);
    expect(asked.filter((a) => a.startsWith("workbook.tables.items["))).toEqual([]);
  });

  test("the indent is read for the initiatives (Table, sheet, pick) only, not for the keys", async () => {
    const fake = inputWorkbook();
    fake.state.seed("Keys", "A1", [["Enhed"]]).seedTable("Keys", "Keys", "A1:A1").seed("Initiatives", "A1", [["Initiativ"]]);
    const read = await readWorkbook(fake.excel(), {
      picked: { initiatives: { sheet: "Noter", address: "A1:B2" }, keys: { sheet: "Nøgler", address: "A:B" } },
    });
    expect(read.syncs).toBe(2);
    const asked = fake.context.syncs[1].actions.filter((a) => a.endsWith(" getCellProperties"));
    // Sheets: Aftale, Nøgler, Fordeling 2025, Noter, Tom, Keys, Initiatives.
    expect(asked).toEqual([
      'workbook.tables.getItemOrNullObject("Initiativer").getRange() getCellProperties',
      "workbook.worksheets.items[6].getUsedRange(true) getCellProperties",
      'workbook.worksheets.items[3].getRange("A1:B2") getCellProperties',
    ]);
    expect(read.grid.sheets.map((s) => s.sheet)).toEqual(["Nøgler", "Keys", "Initiatives"]);
    expect(read.grid.pickedKeys!.sheet).toBe("Nøgler");
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

  test("empty cells are null; a sheet of the name with nothing on it is one empty cell", async () => {
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

  test("a pick of whole columns or rows reads only their used part, still in two syncs", async () => {
    const fake = inputWorkbook();
    fake.state.seed("Aftale", "A20", [["noter"]]).seed("Aftale", "F1", [["andet"]]);
    const read = await readWorkbook(fake.excel(), { picked: { initiatives: { sheet: "Aftale", address: "Aftale!$B:$D" } } });
    expect(read.syncs).toBe(2);
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

  test("a workbook without any of the tables reads without error", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [["x"]]);
    const grid = await readGrid(fake.excel());
    expect(grid).toEqual({ tables: [], sheets: [], existing: [{ name: "Ark1", id: fake.state.sheets[0].id, generated: false }] });
  });
});
