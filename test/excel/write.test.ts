import { readGrid } from "../../src/excel/read";
import { UnsafePlanError } from "../../src/sheets/guard";
import { columnWidthPoints, formatRuns, WorkbookFound, writePlan } from "../../src/excel/write";
import type { ExistingSheet } from "../../src/sheets/grid";
import { markRow } from "../../src/sheets/marker";
import type { WritePlan } from "../../src/sheets/plan";
import { readWorkbook } from "../../src/excel/read";
import { FakeExcel } from "./fake";
import { makePlan } from "./plans";

const NONE: WorkbookFound = { existing: [{ name: "Ark1", generated: false }], tables: [] };

/** The ownership record as a fill's read finds it. */
async function ownershipOf(fake: FakeExcel) {
  const read = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext);
  fake.newContext();
  return read.ownership;
}

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.state.seed("Ark1", "A1", [["input"]]);
  return fake;
}

describe("writePlan", () => {
  test("writes cells, formats, table, widths and the log in two syncs (the new sheets' ids come back with the first)", async () => {
    const fake = workbook();
    const plan = makePlan({ rows: 10, units: 5, existing: NONE.existing });
    const report = await writePlan(fake.excel(), plan, NONE);
    expect(report.syncs).toBe(2);
    expect(fake.context.syncCount).toBe(2);
    expect(fake.context.calculationSuspensions).toBe(2);

    const s = fake.state;
    expect(s.sheets.map((x) => x.name)).toEqual(["Ark1", "Fordeling 2026", "Fordeling log"]);
    expect(s.activeSheet?.name).toBe("Fordeling 2026");
    expect(s.formulaAt("Fordeling 2026", "A1")).toBe("Fordel");
    expect(s.formulaAt("Fordeling 2026", "B1")).toBe("fordel:1");
    // Row 8 (0-based 7) is the first initiative: name, national, 5 units, Kontrol formula.
    expect(s.formulaAt("Fordeling 2026", "A8")).toBe("Initiativ 1");
    expect(s.formulaAt("Fordeling 2026", "B8")).toBe(1);
    expect(s.cellAt("Fordeling 2026", "B8")!.numberFormat).toBe("#,##0.0");
    expect(s.formulaAt("Fordeling 2026", "H8")).toBe("=B8-SUM(C8:G8)");
    expect(s.formulaAt("Fordeling 2026", "B18")).toBe("=SUM(B8:B17)");
    expect(s.cellAt("Fordeling 2026", "B18")!.bold).toBe(true);
    expect(s.cellAt("Fordeling 2026", "A11")!.indent).toBe(1);
    expect(s.cellAt("Fordeling 2026", "A10")!.indent).toBe(0);
    expect(s.cellAt("Fordeling 2026", "D4")!.numberFormat).toBe("0.0000");
    // Header of the allocation table is bold, stays text.
    expect(s.cellAt("Fordeling 2026", "C7")).toMatchObject({ value: "Region Hovedstaden", bold: true, quotePrefix: true });
    expect(s.tables).toEqual([expect.objectContaining({ name: "T_Fordeling_2026", style: "TableStyleLight9", row: 6, col: 0, rows: 11, cols: 8 })]);
    expect(s.findSheet("Fordeling 2026")!.frozen).toEqual({ rows: 7, cols: 1 });
    const widths = s.findSheet("Fordeling 2026")!.columnWidths;
    expect([widths.get(0), widths.get(1), widths.get(6), widths.get(7)]).toEqual([
      columnWidthPoints(36),
      columnWidthPoints(12),
      columnWidthPoints(12),
      columnWidthPoints(10),
    ]);
    // The log: preamble (mark row), bold header, the row; all text stays text, numbers numbers.
    expect([s.formulaAt("Fordeling log", "A1"), s.formulaAt("Fordeling log", "B1")]).toEqual(markRow());
    expect(s.cellAt("Fordeling log", "A2")).toMatchObject({ value: "Tid", bold: true });
    expect([s.formulaAt("Fordeling log", "A3"), s.formulaAt("Fordeling log", "B3"), s.formulaAt("Fordeling log", "D3")]).toEqual([
      "2026-01-15 10:30",
      "2026",
      0.1,
    ]);
  });

  test("what was written reads back as generated sheets", async () => {
    const fake = workbook();
    await writePlan(fake.excel(), makePlan({ rows: 3, units: 5, existing: NONE.existing }), NONE);
    const grid = await readGrid(fake.newContext() as unknown as Excel.RequestContext);
    const id = (name: string) => fake.state.findSheet(name)!.id;
    expect(grid.existing).toEqual([
      { name: "Ark1", id: id("Ark1"), generated: false },
      { name: "Fordeling 2026", id: id("Fordeling 2026"), generated: true, period: "2026", unchanged: true },
      { name: "Fordeling log", id: id("Fordeling log"), generated: true },
    ]);
  });

  test("text that looks like a formula, a number or a boolean stays text", async () => {
    const fake = workbook();
    const names = ['=HYPERLINK("x","y")', "+45 mio.", "-0,8", "@kilde", "2026", "TRUE", "1/2"];
    await writePlan(fake.excel(), makePlan({ rows: names.length, units: 5, names, existing: NONE.existing }), NONE);
    names.forEach((name, i) => {
      const cell = fake.state.cellAt("Fordeling 2026", `A${8 + i}`)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(name);
    });
  });

  test("the log row is appended under Fordel's own log sheet", async () => {
    const fake = workbook();
    await writePlan(fake.excel(), makePlan({ rows: 2, units: 5, existing: NONE.existing }), NONE);
    const found = await readGrid(fake.newContext() as unknown as Excel.RequestContext);
    const again = makePlan({ rows: 2, units: 5, existing: found.existing });
    expect(again.log).toMatchObject({ sheet: "Fordeling log", create: false });
    expect(again.sheets[0].replaces).toBe("Fordeling 2026");
    fake.newContext();
    await writePlan(fake.excel(), again, found);
    expect(fake.state.formulaAt("Fordeling log", "A4")).toBe("2026-01-15 10:30");
    expect(fake.state.formulaAt("Fordeling log", "H4")).toBe("Fordeling 2026");
    expect(fake.state.formulaAt("Fordeling log", "A5")).toBe("");
    expect(fake.state.sheets.map((x) => x.name)).toEqual(["Ark1", "Fordeling 2026", "Fordeling log"]);
    expect(fake.state.tables.map((t) => t.name)).toEqual(["T_Fordeling_2026"]);
  });

  test("a re-fill writes into the generated sheet of the same name: nothing of the old one is left, references into it and its tab stay", async () => {
    const fake = workbook();
    await writePlan(fake.excel(), makePlan({ rows: 10, units: 5, existing: NONE.existing }), NONE);
    const old = fake.state.findSheet("Fordeling 2026")!;
    // Formats and panes are not the user's work (only contents count): the sheet is still Fordel's unchanged sheet.
    fake.state.seed("Fordeling 2026", "K30", [[{ value: null, numberFormat: "0.0", bold: true }]]);
    old.frozen = { rows: 3, cols: 3 };
    fake.state.seed("Budget", "A1", [[{ formula: "='Fordeling 2026'!C13", value: 0.3 }]]);
    const found = await readGrid(fake.newContext() as unknown as Excel.RequestContext);
    const plan = makePlan({ rows: 3, units: 5, existing: found.existing });
    expect(plan.sheets[0]).toMatchObject({ name: "Fordeling 2026", replaces: "Fordeling 2026" });

    const fresh = workbook();
    await writePlan(fresh.excel(), makePlan({ rows: 3, units: 5, existing: NONE.existing }), NONE);
    fake.newContext();
    const report = await writePlan(fake.excel(), plan, { ...found, ownership: await ownershipOf(fake) });

    expect(report.syncs).toBe(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Ark1", "Fordeling 2026", "Fordeling log", "Budget"]);
    expect(fake.state.findSheet("Fordeling 2026")).toBe(old);
    expect(fake.state.formulaAt("Budget", "A1")).toBe("='Fordeling 2026'!C13");
    // The same cells, table, formats and panes as on a first fill (widths are set by the plan).
    const { position, ...written } = fake.state.snapshot("Fordeling 2026") as { position: number };
    const { position: _, ...first } = fresh.state.snapshot("Fordeling 2026") as { position: number };
    expect(written).toEqual(first);
    expect(position).toBe(1);
  });

  test("a generated sheet whose name differs (in case) is the same sheet, renamed in place: references into it follow", async () => {
    const fake = workbook();
    await writePlan(fake.excel(), makePlan({ sheet: "fordeling 2026", rows: 2, units: 5, existing: NONE.existing }), NONE);
    const id = fake.state.findSheet("fordeling 2026")!.id;
    fake.state.seed("Budget", "A1", [[{ formula: "='fordeling 2026'!C8", value: 0.3 }]]);
    const found = await readGrid(fake.newContext() as unknown as Excel.RequestContext);
    const plan = makePlan({ rows: 2, units: 5, existing: found.existing });
    expect(plan.sheets[0]).toMatchObject({ name: "Fordeling 2026", replaces: "fordeling 2026" });
    fake.newContext();
    expect((await writePlan(fake.excel(), plan, { ...found, ownership: await ownershipOf(fake) })).syncs).toBe(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Ark1", "Fordeling 2026", "Fordeling log", "Budget"]);
    expect(fake.state.findSheet("Fordeling 2026")!.id).toBe(id);
    expect(fake.state.formulaAt("Fordeling 2026", "A8")).toBe("Initiativ 1");
    expect(fake.state.formulaAt("Budget", "A1")).toBe("='Fordeling 2026'!C8");
  });

  test("a plan that would replace, overwrite or append to a user's sheet is refused before anything is queued", async () => {
    const fake = workbook();
    fake.state.seed("Fordeling 2026", "A1", [["mine"]]);
    fake.state.seed("Fordeling log", "A1", [["mine too"]]);
    const existing: ExistingSheet[] = [
      { name: "Ark1", generated: false },
      { name: "Fordeling 2026", generated: false },
      { name: "Fordeling log", generated: false },
    ];
    const before = [fake.state.snapshot("Fordeling 2026"), fake.state.snapshot("Fordeling log")];
    const plan = makePlan({ rows: 2, units: 5, existing: [] });
    const replacing: WritePlan = { ...plan, sheets: [{ ...plan.sheets[0], replaces: "Fordeling 2026" }] };
    const appending: WritePlan = { ...plan, log: { ...plan.log, create: false } };
    // (Ownership is the hidden record: a plan's first row is its title, no mark to check.)
    for (const bad of [plan, replacing, appending]) {
      await expect(writePlan(fake.excel(), bad, { existing, tables: [] })).rejects.toThrow(UnsafePlanError);
    }
    expect(fake.context.syncCount).toBe(0);
    expect([fake.state.snapshot("Fordeling 2026"), fake.state.snapshot("Fordeling log")]).toEqual(before);
  });

  test("a plan over the request budget is split into requests under it, with the same result", async () => {
    const plan = makePlan({ rows: 2000, units: 20, existing: NONE.existing });
    const whole = workbook();
    await writePlan(whole.excel(), plan, NONE);
    expect(whole.context.syncCount).toBe(2);

    const split = workbook();
    const report = await writePlan(split.excel(), plan, NONE, { maxRequestBytes: 300_000 });
    expect(report.syncs).toBeGreaterThan(3);
    expect(split.context.syncCount).toBe(report.syncs);
    for (const s of split.context.syncs) expect(s.bytes).toBeLessThan(300_000);
    expect(split.state.snapshot("Fordeling 2026")).toEqual(whole.state.snapshot("Fordeling 2026"));
    expect(split.state.snapshot("Fordeling log")).toEqual(whole.state.snapshot("Fordeling log"));
    expect(split.context.calculationSuspensions).toBe(report.syncs);
  });

  test("format runs merge rows and columns into rectangles", () => {
    const b = { bold: true };
    const runs = formatRuns([[b, b, {}], [b, b, {}], [{}, b], [{ indent: 1 }]], (c) => (c.bold ? 1 : 0));
    expect(runs).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2, value: 1 },
      { row: 2, col: 1, rows: 1, cols: 1, value: 1 },
    ]);
  });
});
