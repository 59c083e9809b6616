/** The Tables and sheets the parser looks for by name, read for the fill and for keys by name. */
import { readNamed } from "../../src/excel/named";
import { KEY_TABLE_NAMES } from "../../src/sheets/grid";
import { FakeExcel } from "./fake";

const values = (cells: { value: unknown }[][]) => cells.map((row) => row.map((c) => c.value));

describe("readNamed", () => {
  test("a Table and a sheet of the names, with the ids of their sheets (each once), in two syncs", async () => {
    const fake = new FakeExcel();
    fake.state
      .seed("Data", "B2", [
        ["Enhed", "Andel"],
        ["Region Hovedstaden", 0.3116],
      ])
      .seedTable("Data", "keys", "B2:C3")
      .seed("Noter", "A1", [["x"]])
      .seed(" nøgler ", "A3", [[{ value: "Enhed", indent: 2 }, "Andel"]])
      .seedTable(" nøgler ", "Noegler", "A3:B3");
    const read = await readNamed(fake.excel(), KEY_TABLE_NAMES);
    expect(fake.context.syncCount).toBe(2);
    expect(read.tables.map((t) => [t.name, t.sheet, t.row, t.col, values(t.cells)])).toEqual([
      [
        "keys",
        "Data",
        1,
        1,
        [
          ["Enhed", "Andel"],
          ["Region Hovedstaden", 0.3116],
        ],
      ],
      ["Noegler", " nøgler ", 2, 0, [["Enhed", "Andel"]]],
    ]);
    // Sheets by name as the locator compares them: ignoring case and surrounding spaces.
    expect(read.sheets).toEqual([
      {
        sheet: " nøgler ",
        row: 2,
        col: 0,
        cells: [
          [
            { value: "Enhed", text: "Enhed", indent: 0 },
            { value: "Andel", text: "Andel", indent: 0 },
          ],
        ],
      },
    ]);
    const id = (name: string) => fake.state.findSheet(name)!.id;
    expect(read.sheetIds).toEqual([id("Data"), id(" nøgler ")]);
  });

  test("the indent only for the names asked (Tables and sheets); a blank sheet of the name is one empty cell", async () => {
    const fake = new FakeExcel();
    fake.state.seed(" initiativer", "A1", [["Initiativ"], [{ value: "heraf børn", indent: 1 }]]);
    fake.state.seed("Data", "A1", [["Initiativ"], [{ value: "heraf", indent: 2 }]]).seedTable("Data", "INITIATIVES", "A1:A2");
    fake.state.seed("Nøgler", "A1", [[{ value: "Enhed", indent: 3 }]]).seedTable("Nøgler", "Keys", "A1:A1");
    fake.state.addSheet("Keys");
    const read = await readNamed(fake.excel(), ["Initiativer", "Initiatives", "Keys"], { indentFor: ["Initiativer", "Initiatives"] });
    const indents = (b: { cells: { indent: number }[][] }) => b.cells.map((r) => r.map((c) => c.indent));
    expect(read.tables.map((t) => [t.name, indents(t)])).toEqual([
      ["INITIATIVES", [[0], [2]]],
      ["Keys", [[0]]],
    ]);
    expect(read.sheets.map((s) => [s.sheet, indents(s)])).toEqual([
      [" initiativer", [[0], [1]]],
      ["Keys", [[0]]],
    ]);
    expect(read.sheets[1].cells).toEqual([[{ value: null, text: "", indent: 0 }]]);
    // No cell properties are asked for where the indent is not wanted.
    const asked = fake.context.syncs[1].actions.filter((a) => a.endsWith(" getCellProperties"));
    expect(asked).toEqual([
      'workbook.tables.getItemOrNullObject("Initiatives").getRange() getCellProperties',
      "workbook.worksheets.items[0].getUsedRange(true) getCellProperties",
    ]);
  });

  test("none of the names: nothing, in one sync", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [["x"]]).seedTable("Ark1", "Andet", "A1:A1");
    expect(await readNamed(fake.excel(), KEY_TABLE_NAMES)).toEqual({ tables: [], sheets: [], sheetIds: [] });
    expect(fake.context.syncCount).toBe(1);
  });
});
