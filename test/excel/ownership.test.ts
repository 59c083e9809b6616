/**
 * Which sheets a fill may write into, in the fake Excel: identity by the record (not by name or
 * visible cells), the user's edits kept, copies the user's. Illustrative figures.
 */
import { fillWorkbook } from "../../src/excel/fill";
import { OWNERSHIP_NAMESPACE, parseRecordXml, recordXml } from "../../src/excel/ownership";
import { readGrid, readWorkbook } from "../../src/excel/read";
import { DEFAULT_SETTINGS, FillSettings } from "../../src/sheets/fill-types";
import { FakeExcel, SeedCell } from "./fake";
import { seedInput } from "./inputs";

const SETTINGS: FillSettings = { ...DEFAULT_SETTINGS, decimals: 1 };
let minute = 0;
const fill = (fake: FakeExcel, settings = SETTINGS) =>
  fillWorkbook(fake.newContext() as unknown as Excel.RequestContext, settings, new Date(2026, 0, 15, 10, minute++));
const read = async (fake: FakeExcel) => (await readGrid(fake.newContext() as unknown as Excel.RequestContext)).existing;
const codes = (findings: { code: string }[]) => findings.map((f) => f.code).filter((c) => c.startsWith("SHEET_"));

/** An input whose one period column is headed `period` (e.g. "Fra 2027"). */
function periodInput(period: string): FakeExcel {
  const fake = new FakeExcel({ locale: "da-DK" });
  fake.state
    .seed("Initiativer", "A1", [
      ["Initiativ", period],
      ["Senfølger", 10.5],
      ["Screening", 3.2],
    ])
    .seedTable("Initiativer", "Initiativer", "A1:B3")
    .seed("Nøgler", "A1", [
      ["Nøgle", "Enhed", "Andel"],
      ["K", "Region Hovedstaden", 0.6],
      ["K", "Region Sjælland", 0.4],
    ])
    .seedTable("Nøgler", "Nøgler", "A1:C3");
  return fake;
}

/** Every cell of a sheet as seed cells (what Excel's "Move or Copy… (create a copy)" carries). */
function cellsOf(fake: FakeExcel, name: string): SeedCell[][] {
  const rows: SeedCell[][] = [];
  for (const [key, c] of fake.state.findSheet(name)!.cells) {
    const [r, col] = key.split(",").map(Number);
    (rows[r] ??= [])[col] = c.formula ? { formula: c.formula, value: c.value } : c.value;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? null));
}

describe("a sheet keeps its identity", () => {
  test("`Fra 2027` → `fra 2027`: the same sheet, renamed in place; the user's formula into it follows and shows the new figures", async () => {
    const fake = periodInput("Fra 2027");
    await fill(fake);
    const sheet = fake.state.findSheet("Fordeling Fra 2027")!;
    fake.state.seed("Budget", "A1", [[{ formula: "='Fordeling Fra 2027'!C13", value: 6.3 }]]);
    fake.state.seed("Initiativer", "B1", [["fra 2027"]]);

    const again = await fill(fake);
    expect(again.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling fra 2027", "Fordeling Fra 2027"],
      ["Fordeling fund", "Fordeling fund"],
    ]);
    expect(codes(again.findings)).toEqual([]);
    expect(fake.state.findSheet("Fordeling fra 2027")).toBe(sheet);
    expect(sheet.id).toBe(fake.state.findSheet("fordeling fra 2027")!.id);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Initiativer", "Nøgler", "Fordeling fra 2027", "Fordeling fund", "Fordeling log", "Budget"]);
    expect(fake.state.formulaAt("Budget", "A1")).toBe("='Fordeling fra 2027'!C13");
    expect(fake.state.formulaAt("Fordeling fra 2027", "A6")).toBe("Senfølger");
  });

  test("the UI language changes the sheet's name: still the same sheet", async () => {
    const fake = periodInput("2027");
    await fill(fake);
    const id = fake.state.findSheet("Fordeling 2027")!.id;
    fake.state.seed("Budget", "A1", [[{ formula: "='Fordeling 2027'!C13", value: 6.3 }]]);
    const again = await fill(fake, { ...SETTINGS, lang: "en" });
    expect(again.plan!.sheets.map((s) => s.name)).toEqual(["Allocation 2027", "Allocation findings"]);
    expect(fake.state.findSheet("Allocation 2027")!.id).toBe(id);
    expect(fake.state.formulaAt("Budget", "A1")).toBe("='Allocation 2027'!C13");
    // The log is found by its name (it is appended to, never renamed): an English log is started.
    expect(again.plan!.log).toMatchObject({ sheet: "Allocation log", create: true });
  });
});

describe("the user's work is never erased", () => {
  test("a note under the table and the user's own Excel Table: the sheet is kept, the fill writes beside it, a finding says which and why", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 4, group: "Regioner" });
    await fill(fake);
    const kept = fake.state.findSheet("Fordeling 2026")!;
    fake.state.seed("Fordeling 2026", "A25", [["Min note: tjek Screening med økonomi"]]);
    fake.state.seed("Fordeling 2026", "K1", [["Mine tal"], [1], [2]]).seedTable("Fordeling 2026", "MineTal", "K1:K3");
    fake.state.seed("Budget", "A1", [[{ formula: "='Fordeling 2026'!C13", value: 1 }]]);
    const before = JSON.stringify(fake.state.snapshot("Fordeling 2026"));

    const again = await fill(fake);
    expect(again.written).toBe(true);
    expect(again.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling 2026 (2)", undefined],
      ["Fordeling fund", "Fordeling fund"],
    ]);
    const found = again.findings.find((f) => f.code === "SHEET_KEPT")!;
    // Rows 1–25: the user's table in K1:K3 and the note in A25.
    expect(found).toMatchObject({ severity: "warning", sheet: "Fordeling 2026", cell: "1:25", params: { reason: "changed", written: "Fordeling 2026 (2)" } });
    expect(found.message).toContain("række 1:25");
    expect(found.message).toContain("„Fordeling 2026 (2)“");
    expect(JSON.stringify(fake.state.snapshot("Fordeling 2026"))).toBe(before);
    expect(fake.state.findSheet("Fordeling 2026")).toBe(kept);
    expect(fake.state.findTable("MineTal")?.sheet).toBe(kept);
    expect(fake.state.formulaAt("Budget", "A1")).toBe("='Fordeling 2026'!C13");

    // The next fill writes into its own "(2)" sheet again (same sheet), and still keeps the user's.
    const id = fake.state.findSheet("Fordeling 2026 (2)")!.id;
    const third = await fill(fake);
    expect(third.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling 2026 (2)", "Fordeling 2026 (2)"],
      ["Fordeling fund", "Fordeling fund"],
    ]);
    expect(fake.state.findSheet("Fordeling 2026 (2)")!.id).toBe(id);
    expect(codes(third.findings)).toEqual(["SHEET_KEPT"]);
    expect(JSON.stringify(fake.state.snapshot("Fordeling 2026"))).toBe(before);
    expect(fake.state.sheets).toHaveLength(7);
  });

  test("a changed cell inside the table: the finding names its row", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 4, group: "Regioner" });
    await fill(fake);
    fake.state.seed("Fordeling 2026", "C14", [[99]]);
    const again = await fill(fake);
    expect(again.findings.find((f) => f.code === "SHEET_KEPT")).toMatchObject({ cell: "14:14", params: { rows: "14:14" } });
    expect(fake.state.formulaAt("Fordeling 2026", "C14")).toBe(99);
  });

  test("typed into a sheet a failed fill left half written: the sheet is kept, not repaired over the user's text", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 4, group: "Regioner" });
    await fill(fake);
    const sheet = fake.state.findSheet("Fordeling 2026")!;
    fake.state.faults.failWhen = (label) => label.includes("Fordeling 2026") && label.endsWith("numberFormat");
    expect((await fill(fake)).written).toBe(false);
    expect(fake.state.formulaAt("Fordeling 2026", "A1")).toMatch(/^UFÆRDIGT/);
    fake.state.seed("Fordeling 2026", "A40", [["min note"]]);

    const again = await fill(fake);
    expect(again.written).toBe(true);
    expect(again.plan!.sheets[0].name).toBe("Fordeling 2026 (2)");
    expect(again.findings.find((f) => f.code === "SHEET_KEPT")).toMatchObject({ sheet: "Fordeling 2026", cell: "40:40" });
    expect(fake.state.findSheet("Fordeling 2026")).toBe(sheet);
    expect(fake.state.formulaAt("Fordeling 2026", "A40")).toBe("min note");
  });

  test("a half-written sheet nobody typed into is repaired in place", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 4, group: "Regioner" });
    await fill(fake);
    const id = fake.state.findSheet("Fordeling 2026")!.id;
    fake.state.faults.failWhen = (label) => label.includes("Fordeling 2026") && label.endsWith("formulas") && !label.includes("(0,0,1,");
    expect((await fill(fake)).written).toBe(false);
    const again = await fill(fake);
    expect(again.plan!.sheets.map((s) => [s.name, s.replaces, s.repairs])).toEqual([
      ["Fordeling 2026", "Fordeling 2026", true],
      ["Fordeling fund", "Fordeling fund", true],
    ]);
    expect(codes(again.findings)).toEqual(["SHEET_REPAIRED", "SHEET_REPAIRED"]);
    expect(fake.state.findSheet("Fordeling 2026")!.id).toBe(id);
  });

  test("a protected output sheet is kept (Fordel cannot write into it) and the finding says to unprotect it", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 4, group: "Regioner" });
    await fill(fake);
    fake.state.findSheet("Fordeling 2026")!.protected = true;
    const again = await fill(fake);
    expect(again.written).toBe(true);
    expect(again.findings.find((f) => f.code === "SHEET_KEPT")).toMatchObject({ sheet: "Fordeling 2026", params: { reason: "protected" } });
    expect(again.plan!.sheets[0].name).toBe("Fordeling 2026 (2)");
  });

  test("a copy of an output sheet is the user's (it carries no mark; older versions' copies did)", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 4, group: "Regioner" });
    await fill(fake);
    await fake.state.userAddsSheet("Fordeling 2026 (2)", cellsOf(fake, "Fordeling 2026"));
    fake.state.seed("Fordeling 2026 (2)", "A30", [["kopi med mine rettelser"]]);
    const copy = JSON.stringify(fake.state.snapshot("Fordeling 2026 (2)"));
    const existing = await read(fake);
    expect(existing.find((s) => s.name === "Fordeling 2026 (2)")).toEqual({ name: "Fordeling 2026 (2)", id: expect.any(String), generated: false });

    const again = await fill(fake);
    expect(again.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling 2026", "Fordeling 2026"],
      ["Fordeling fund", "Fordeling fund"],
    ]);
    expect(JSON.stringify(fake.state.snapshot("Fordeling 2026 (2)"))).toBe(copy);

    // The original deleted and the copy renamed in its place: still the user's; Fordel writes beside it.
    fake.state.sheets.splice(fake.state.sheets.indexOf(fake.state.findSheet("Fordeling 2026")!), 1);
    fake.state.findSheet("Fordeling 2026 (2)")!.name = "Fordeling 2026";
    const third = await fill(fake);
    expect(third.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling 2026 (2)", undefined],
      ["Fordeling fund", "Fordeling fund"],
    ]);
    expect(JSON.stringify({ ...(fake.state.snapshot("Fordeling 2026") as object), name: "", position: 0 })).toBe(
      JSON.stringify({ ...JSON.parse(copy), name: "", position: 0 }),
    );
  });

  test("a record that is not Fordel's format, or names sheets that are gone, makes no sheet Fordel's", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 2, group: "Regioner" });
    fake.state.customXmlParts.push({ id: "{X}", xml: `<ownership xmlns="${OWNERSHIP_NAMESPACE}">not json</ownership>` });
    fake.state.seed("Fordeling 2026", "A1", [["mine"]]);
    const result = await fill(fake);
    expect(result.plan!.sheets[0].name).toBe("Fordeling 2026 (2)");
    expect(fake.state.formulaAt("Fordeling 2026", "A1")).toBe("mine");
    const records = parseRecordXml(fake.state.customXmlParts[0].xml);
    expect(records.map((r) => [r.name, r.complete])).toEqual([
      ["Fordeling 2026 (2)", true],
      ["Fordeling fund", true],
      ["Fordeling log", true],
    ]);
    expect(parseRecordXml(recordXml(records))).toEqual(records);
  });

  test("a protected workbook structure: refused before the first change when sheets must be added; a re-fill in place still works", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 2, group: "Regioner" });
    fake.state.structureProtected = true;
    const refused = await fill(fake);
    expect(refused.written).toBe(false);
    expect(refused.findings.find((f) => f.code === "WORKBOOK_PROTECTED")).toMatchObject({ severity: "error" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Initiativer", "Nøgler"]);
    expect(fake.state.customXmlParts).toEqual([]);

    fake.state.structureProtected = false;
    await fill(fake);
    fake.state.structureProtected = true;
    const again = await fill(fake);
    expect(again.written).toBe(true);
    expect(codes(again.findings)).toEqual([]);
  });

  test("the formulas of Fordel's sheets are read back in blocks when large: the same answer over more requests", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 6, group: "Regioner" });
    await fill(fake);
    fake.state.seed("Fordeling 2026", "B40", [["note"]]);
    const whole = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext);
    const blocks = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext, { maxCellsPerRead: 25 });
    expect(whole.syncs).toBe(4);
    expect(blocks.syncs).toBeGreaterThan(10);
    expect(blocks.grid.existing).toEqual(whole.grid.existing);
    expect(whole.grid.existing.find((s) => s.name === "Fordeling 2026")).toMatchObject({ unchanged: false, changedRows: "40:40" });
  });

  test("a stray cell of the user's far away (XFD1048576) on Fordel's sheet: kept without reading a million rows", async () => {
    const fake = seedInput(new FakeExcel({ locale: "da-DK" }), { rows: 2, group: "Regioner" });
    await fill(fake);
    fake.state.seed("Fordeling 2026", "XFD1048576", [["x"]]);
    const read = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext);
    expect(read.syncs).toBeLessThanOrEqual(5);
    const sheet = read.grid.existing.find((s) => s.name === "Fordeling 2026")!;
    expect(sheet).toMatchObject({ generated: true, unchanged: false });
    expect(sheet.changedRows).toMatch(/:1048576$/);
    const again = await fill(fake);
    expect(again.plan!.sheets[0].name).toBe("Fordeling 2026 (2)");
    expect(fake.state.formulaAt("Fordeling 2026", "XFD1048576")).toBe("x");
  });
});
