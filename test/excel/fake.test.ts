/** The fake keeps Office.js's rules, so adapter tests on it mean something. */
import { FakeExcel, FakeOfficeError, REQUEST_LIMIT_BYTES } from "./fake";

async function code(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : `other: ${String(e)}`;
  }
  return "none";
}

describe("fake Excel", () => {
  test("operations queue until sync; unloaded properties throw PropertyNotLoaded", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [[1, "x"]]);
    const ctx = fake.context;
    const range = ctx.workbook.worksheets.getItem("Ark1").getRange("A1:B1");
    range.values = [[2, "y"]];
    expect(fake.state.formulaAt("Ark1", "A1")).toBe(1);
    expect(await code(() => range.values)).toBe("PropertyNotLoaded");
    range.load("values");
    expect(await code(() => range.values)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(range.values).toEqual([[2, "y"]]);
    expect(await code(() => range.text)).toBe("PropertyNotLoaded");
    expect(ctx.syncCount).toBe(1);
  });

  test("a ClientResult has no value before the sync", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [[{ value: "x", indent: 2 }]]);
    const props = fake.context.workbook.worksheets
      .getItem("Ark1")
      .getRange("A1")
      .getCellProperties({ format: { indentLevel: true } });
    expect(await code(() => props.value)).toBe("PropertyNotLoaded");
    await fake.context.sync();
    expect(props.value).toEqual([[{ format: { indentLevel: 2 } }]]);
  });

  test("getItemOrNullObject: isNullObject after sync; a method on a null object fails the batch", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    const ctx = fake.context;
    const missing = ctx.workbook.tables.getItemOrNullObject("Initiativer").load("name");
    expect(await code(() => missing.isNullObject)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    const again = ctx.workbook.tables.getItemOrNullObject("Initiativer");
    again.getRange().load("values");
    expect(await code(ctx.sync())).toBe("InvalidOperation");
  });

  test("table names are found without regard to case", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Data", "A1", [["Initiativ"], ["A"]]).seedTable("Data", "initiativer", "A1:A2");
    const t = fake.context.workbook.tables.getItemOrNullObject("Initiativer").load("name, worksheet/name");
    await fake.context.sync();
    expect([t.isNullObject, t.name, t.worksheet.name]).toEqual([false, "initiativer", "Data"]);
  });

  test("a request over 5 MB is rejected whole", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    const ctx = fake.context;
    const rows = 20000;
    const big = Array.from({ length: rows }, () => ["x".repeat(300)]);
    ctx.workbook.worksheets.getItem("Ark1").getRange("B1").values = [["small"]];
    ctx.workbook.worksheets.getItem("Ark1").getRange(`A1:A${rows}`).values = big;
    expect(await code(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(ctx.syncs[0].bytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(fake.state.formulaAt("Ark1", "B1")).toBe("");
  });

  test("typed input: formulas, numbers and booleans from text unless apostrophe or Text format", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1").ensure(0, 6).numberFormat = "@";
    const r = fake.context.workbook.worksheets.getItem("Ark1").getRange("A1:G1");
    r.formulas = [["=SUM(1,2)", "'=SUM(1,2)", "2026", "-foo", "TRUE", "'-0,8", "=A1"]];
    await fake.context.sync();
    const cell = (a: string) => fake.state.cellAt("Ark1", a)!;
    expect(cell("A1").formula).toBe("=SUM(1,2)");
    expect([cell("B1").value, cell("B1").formula, cell("B1").quotePrefix]).toEqual(["=SUM(1,2)", undefined, true]);
    expect(cell("C1").value).toBe(2026);
    expect(cell("D1").formula).toBe("=-foo");
    expect(cell("E1").value).toBe(true);
    expect(cell("F1").value).toBe("-0,8");
    expect([cell("G1").value, cell("G1").formula]).toEqual(["=A1", undefined]);
  });

  test("a failing operation stops the batch; earlier ones stay applied", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    const ctx = fake.context;
    ctx.workbook.worksheets.getItem("Ark1").getRange("A1").values = [[1]];
    ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
    ctx.workbook.worksheets.getItem("Ark1").getRange("A2").values = [[2]];
    expect(await code(ctx.sync())).toBe("ItemNotFound");
    expect([fake.state.formulaAt("Ark1", "A1"), fake.state.formulaAt("Ark1", "A2")]).toEqual([1, ""]);
  });

  test("array shape must match the range; sheet names are checked", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    fake.context.workbook.worksheets.getItem("Ark1").getRange("A1:B1").values = [[1]];
    expect(await code(fake.context.sync())).toBe("InvalidArgument");
    fake.context.workbook.worksheets.add("ark1");
    expect(await code(fake.context.sync())).toBe("ItemAlreadyExists");
    fake.context.workbook.worksheets.add("a/b");
    expect(await code(fake.context.sync())).toBe("InvalidArgument");
  });

  test("used range and relative ranges resolve at sync time", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Log", "A1", [["a"], ["b"], ["c"]]);
    const ctx = fake.context;
    const next = () => ctx.workbook.worksheets.getItem("Log").getUsedRange(true).getLastRow().getCell(0, 0).getOffsetRange(1, 0).getResizedRange(0, 1);
    next().formulas = [["'d", 1]];
    next().formulas = [["'e", 2]];
    await ctx.sync();
    expect([fake.state.formulaAt("Log", "A4"), fake.state.formulaAt("Log", "A5"), fake.state.formulaAt("Log", "B5")]).toEqual(["d", "e", 2]);
    const blank = ctx.workbook.worksheets.add("Blank");
    const used = blank.getUsedRange(true).load("address");
    await ctx.sync();
    expect(used.address).toBe("Blank!A1");
  });

  test("display text follows the number format and the locale", async () => {
    const fake = new FakeExcel({ locale: "da-DK" });
    fake.state.seed("Ark1", "A1", [[{ value: 1234.5, numberFormat: "#,##0.0" }, { value: 0.3116, numberFormat: "0.00%" }, 109.1]]);
    const r = fake.context.workbook.worksheets.getItem("Ark1").getRange("A1:C1").load("text");
    await fake.context.sync();
    expect(r.text).toEqual([["1.234,5", "31,16%", "109,1"]]);
  });

  test("select() selects at the sync and activates the sheet; getSelectedRange gives it back, A1 before any", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    fake.state.addSheet("Min tabel");
    const ctx = fake.context;
    const first = ctx.workbook.getSelectedRange().load("address");
    await ctx.sync();
    expect(first.address).toBe("Ark1!A1");
    ctx.workbook.worksheets.getItem("Min tabel").getRange("B2:H20").select();
    expect(fake.state.activeSheet?.name).toBe("Ark1");
    await ctx.sync();
    const range = ctx.workbook.getSelectedRange().load("address");
    const sheet = range.worksheet.load("name");
    await ctx.sync();
    expect([range.address, sheet.name, fake.state.activeSheet?.name]).toEqual(["'Min tabel'!B2:H20", "Min tabel", "Min tabel"]);
  });

  test("sheets have ids: distinct, kept across contexts, also through a table and a null-object lookup", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Data", "A1", [["Enhed"], ["x"]]).seedTable("Data", "Keys", "A1:A2");
    fake.state.addSheet("Noter");
    const ctx = fake.context;
    const all = ctx.workbook.worksheets.load("items/name, items/id");
    const byTable = ctx.workbook.tables.getItemOrNullObject("keys").load("worksheet/id");
    const byName = ctx.workbook.worksheets.getItemOrNullObject("noter").load("id, name");
    const missing = ctx.workbook.worksheets.getItemOrNullObject("Væk").load("id");
    await ctx.sync();
    const [data, noter] = all.items.map((s) => s.id);
    expect(data).toMatch(/^\{[0-9A-F-]{36}\}$/);
    expect(noter).not.toBe(data);
    expect([byTable.worksheet.id, byName.id, byName.name, missing.isNullObject]).toEqual([data, noter, "Noter", true]);
    const again = fake.newContext().workbook.worksheets.getItem("Data").load("id");
    await fake.context.sync();
    expect(again.id).toBe(data);
    const namesOnly = fake.context.workbook.worksheets.load("items/name");
    await fake.context.sync();
    expect(await code(() => namesOnly.items[0].id)).toBe("PropertyNotLoaded");
  });

  test("event handlers are registered and removed at the sync; fired events reach the registered ones", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    const seen: unknown[] = [];
    const handler = async (args: Record<string, unknown>) => void seen.push(args);
    const added = fake.context.workbook.worksheets.onChanged.add(handler);
    await fake.state.userEdits("Ark1", "A1", [[1]]);
    expect(seen).toEqual([]);
    await fake.context.sync();
    await fake.state.userEdits("Ark1", "B2", [[2, 3]]);
    const id = fake.state.findSheet("Ark1")!.id;
    expect(seen).toEqual([{ type: "WorksheetChanged", worksheetId: id, address: "B2:C2", changeType: "RangeEdited", source: "Local" }]);
    await fake.state.userAddsSheet("Nyt", [["x"]]);
    expect([seen.length, fake.state.formulaAt("Nyt", "A1")]).toEqual([1, "x"]);
    added.remove();
    expect(fake.state.handlers["worksheets.onChanged"]).toHaveLength(1);
    await fake.context.sync();
    expect(fake.state.handlers["worksheets.onChanged"]).toHaveLength(0);
  });

  test("an event newer than the host's ExcelApi fails its sync (ApiNotFound) and is not registered", async () => {
    const fake = new FakeExcel({ excelApi: "1.8" });
    const ctx = fake.context;
    ctx.workbook.worksheets.onAdded.add(async () => undefined);
    await ctx.sync();
    ctx.workbook.tables.onDeleted.add(async () => undefined);
    expect(await code(ctx.sync())).toBe("ApiNotFound");
    expect([fake.state.handlers["worksheets.onAdded"].length, fake.state.handlers["tables.onDeleted"].length]).toEqual([1, 0]);
  });

  test("application.calculate is recorded at the sync, on the context's and the workbook's application", async () => {
    const fake = new FakeExcel();
    const ctx = fake.context;
    ctx.workbook.application.calculate("Full");
    ctx.application.calculate("Recalculate");
    expect(fake.state.calculations).toEqual([]);
    await ctx.sync();
    expect(fake.state.calculations).toEqual(["Full", "Recalculate"]);
    ctx.application.calculate("Everything");
    expect(await code(ctx.sync())).toBe("InvalidArgument");
  });

  test("while the user edits a cell every request is rejected, nothing applied", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    fake.state.cellEditMode = true;
    fake.context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [[1]];
    expect(await code(fake.context.sync())).toBe("InvalidOperationInCellEditMode");
    expect(fake.state.formulaAt("Ark1", "A1")).toBe("");
  });

  test("deleting a sheet breaks formulas elsewhere that point into it (#REF!), for good; clearing its cells does not", async () => {
    const fake = new FakeExcel();
    fake.state
      .seed("Fordeling 2026", "C13", [[12.5]])
      .seed("Ark1", "A1", [["x"]])
      .seed("Budget", "A1", [
        [{ formula: "='Fordeling 2026'!C13", value: 12.5 }],
        [{ formula: "=SUM('fordeling 2026'!C8:C9)+Ark1!A1", value: 1 }],
        [{ formula: "=\"'Fordeling 2026'!C13\"&Ark10!A1", value: "x" }],
      ]);
    const ctx = fake.context;
    const sheet = ctx.workbook.worksheets.getItem("Fordeling 2026");
    sheet.getUsedRange().clear();
    await ctx.sync();
    expect(fake.state.findSheet("Fordeling 2026")!.cells.size).toBe(0);
    expect(fake.state.formulaAt("Budget", "A1")).toBe("='Fordeling 2026'!C13");

    ctx.workbook.worksheets.getItem("Fordeling 2026").delete();
    ctx.workbook.worksheets.add("Fordeling 2026");
    ctx.workbook.worksheets.getItem("Ark1").delete();
    await ctx.sync();
    expect(fake.state.cellAt("Budget", "A1")).toMatchObject({ formula: "=#REF!C13", value: "#REF!" });
    expect(fake.state.formulaAt("Budget", "A2")).toBe("=SUM(#REF!C8:C9)+#REF!A1");
    // Text in a string literal and another sheet's name that starts alike are not references to it.
    expect(fake.state.cellAt("Budget", "A3")).toMatchObject({ formula: "=\"'Fordeling 2026'!C13\"&Ark10!A1", value: "x" });
  });

  test("clear: All, Contents or Formats of the cells in the range", async () => {
    const fake = new FakeExcel();
    const cell = { value: 1, numberFormat: "0.0", bold: true, indent: 1 };
    fake.state.seed("Ark1", "A1", [[cell, cell, cell]]);
    const ctx = fake.context;
    const ws = ctx.workbook.worksheets.getItem("Ark1");
    ws.getRange("A1").clear("Contents");
    ws.getRange("B1").clear("Formats");
    ws.getRange("C1:C9").clear();
    await ctx.sync();
    expect(fake.state.cellAt("Ark1", "A1")).toMatchObject({ value: null, numberFormat: "0.0", bold: true, indent: 1 });
    expect(fake.state.cellAt("Ark1", "B1")).toMatchObject({ value: 1, numberFormat: "General", bold: false, indent: 0 });
    expect(fake.state.cellAt("Ark1", "C1")).toBeUndefined();
  });

  test("position moves a sheet among the others; a table converted to a range keeps its cells; unfreeze", async () => {
    const fake = new FakeExcel();
    fake.state
      .seed("A", "A1", [["Kolonne"], [1]])
      .seedTable("A", "T", "A1:A2")
      .addSheet("B");
    fake.state.addSheet("C");
    fake.state.findSheet("A")!.frozen = { rows: 1, cols: 1 };
    const ctx = fake.context;
    ctx.workbook.worksheets.getItem("C").position = 0;
    ctx.workbook.worksheets.getItem("A").tables.getItem("T").convertToRange();
    ctx.workbook.worksheets.getItem("A").freezePanes.unfreeze();
    await ctx.sync();
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["C", "A", "B"]);
    expect(fake.state.tables).toEqual([]);
    expect(fake.state.formulaAt("A", "A2")).toBe(1);
    expect(fake.state.findSheet("A")!.frozen).toBeNull();
    ctx.workbook.worksheets.getItem("B").position = 3;
    expect(await code(ctx.sync())).toBe("InvalidArgument");
    ctx.workbook.worksheets.getItem("B").tables.getItem("T").convertToRange();
    expect(await code(ctx.sync())).toBe("ItemNotFound");
  });

  test("each sync records its operations as path and action", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark1");
    fake.context.workbook.worksheets.getItem("Ark1").getRange("A1").load("values");
    await fake.context.sync();
    expect(fake.context.syncs[0].actions).toEqual(['workbook.worksheets.getItem("Ark1").getRange("A1") load']);
  });

  test("Excel.run: each batch on a new context, counted; CalculationType as office.js has it", async () => {
    const fake = new FakeExcel();
    const Excel = fake.namespace();
    const first = await Excel.run(async (context) => context);
    const second = await Excel.run(async (context) => context);
    expect([fake.runs, first === second, second === fake.excel()]).toEqual([2, false, true]);
    expect(Excel.CalculationType.full).toBe("Full");
  });

  test("renaming a sheet keeps its id and moves the formulas into it along; a case-only rename is allowed", async () => {
    const fake = new FakeExcel();
    fake.state
      .seed("Fordeling Fra 2027", "C13", [[1]])
      .seed("Budget", "A1", [
        [{ formula: "='Fordeling Fra 2027'!C13+'fordeling fra 2027'!C14", value: 1 }],
        [{ formula: "=\"'Fordeling Fra 2027'!C13\"", value: "x" }],
      ]);
    const id = fake.state.findSheet("Fordeling Fra 2027")!.id;
    fake.context.workbook.worksheets.getItem("Fordeling Fra 2027").name = "Fordeling fra 2027";
    await fake.context.sync();
    expect(fake.state.findSheet("Fordeling fra 2027")).toMatchObject({ name: "Fordeling fra 2027", id });
    expect(fake.state.formulaAt("Budget", "A1")).toBe("='Fordeling fra 2027'!C13+'Fordeling fra 2027'!C14");
    expect(fake.state.formulaAt("Budget", "A2")).toBe("=\"'Fordeling Fra 2027'!C13\"");
    fake.context.workbook.worksheets.getItem("Budget").name = "Fordeling fra 2027";
    expect(await code(fake.context.sync())).toBe("ItemAlreadyExists");
  });

  test("a protected sheet refuses every change; its protection can be loaded", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Låst", "A1", [["x"]]).seed("Ark1", "A1", [["y"]]);
    fake.state.findSheet("Låst")!.protected = true;
    const sheet = () => fake.context.workbook.worksheets.getItem("Låst");
    const attempts: (() => void)[] = [
      () => (sheet().getRange("A1").formulas = [["z"]]),
      () => sheet().getRange("A1").clear(),
      () => (sheet().getRange("A1").format.font.bold = true),
      () => (sheet().name = "Åben"),
      () => sheet().delete(),
    ];
    for (const attempt of attempts) {
      attempt();
      expect(await code(fake.context.sync())).toBe("AccessDenied");
    }
    const protection = sheet().protection.load("protected");
    await fake.context.sync();
    expect(protection.protected).toBe(true);
    expect(fake.state.formulaAt("Låst", "A1")).toBe("x");
  });

  test("custom XML parts: added, found by namespace, read and replaced; not found under another namespace", async () => {
    const fake = new FakeExcel();
    const ctx = fake.context;
    const part = ctx.workbook.customXmlParts.add('<r xmlns="urn:a">1</r>');
    ctx.workbook.customXmlParts.add('<?xml version="1.0"?><r xmlns="urn:b">2</r>');
    part.setXml('<r xmlns="urn:a">3</r>');
    const found = ctx.workbook.customXmlParts.getByNamespace("urn:a").load("items/id");
    await ctx.sync();
    expect(found.items).toHaveLength(1);
    const xml = ctx.workbook.customXmlParts.getItem(found.items[0].id).getXml();
    await ctx.sync();
    expect(xml.value).toBe('<r xmlns="urn:a">3</r>');
    ctx.workbook.customXmlParts.add("not xml");
    expect(await code(ctx.sync())).toBe("InvalidArgument");
  });

  test("fault points: every operation and every sync's end; the chosen one fails, the operations before it stay applied", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [["x"]]);
    const write = (v: string) => {
      fake.context.workbook.worksheets.getItem("Ark1").getRange("A1").formulas = [[`'${v}`]];
      fake.context.workbook.worksheets.getItem("Ark1").getRange("A2").formulas = [[`'${v}`]];
    };
    write("a");
    await fake.context.sync();
    expect(fake.state.faults.points).toBe(3);
    fake.state.faults.failAt = 5;
    write("b");
    expect(await code(fake.context.sync())).toBe("GeneralException");
    expect([fake.state.formulaAt("Ark1", "A1"), fake.state.formulaAt("Ark1", "A2")]).toEqual(["b", "a"]);
    fake.state.faults.failAt = 8;
    write("c");
    expect(await code(fake.context.sync())).toBe("GeneralException");
    // The reply was lost: every operation ran.
    expect([fake.state.formulaAt("Ark1", "A1"), fake.state.formulaAt("Ark1", "A2")]).toEqual(["c", "c"]);
  });
});
