/** Whole fills on the fake workbook: read → planFill (src/sheets/fill.ts) → write. */
import { DEFAULT_MAX_REQUEST_BYTES } from "../../src/excel/request-size";
import { fillWorkbook } from "../../src/excel/fill";
import { readGrid } from "../../src/excel/read";
import { DEFAULT_SETTINGS, FillSettings } from "../../src/sheets/fill-types";
import { FakeExcel } from "./fake";
import { inputWorkbook, seedInput } from "./inputs";

const NOW = new Date(2026, 0, 15, 10, 30);
const SETTINGS: FillSettings = { ...DEFAULT_SETTINGS, decimals: 1 };

async function fill(fake: FakeExcel, now = NOW) {
  fake.newContext();
  return fillWorkbook(fake.excel(), SETTINGS, now);
}

describe("fillWorkbook", () => {
  test.each([
    ["10 rows × 5 regions", { rows: 10, group: "Regioner" as const }, "Fordeling 2026", 5],
    ["2.000 rows × 98 municipalities", { rows: 2000, group: "Kommuner" as const }, "Fordeling 2026 Kommuner", 98],
  ])("%s: 5 syncs in all (3 read, 2 write: new sheets' ids), every request under 4 MB", async (_, shape, sheet, units) => {
    const fake = inputWorkbook(shape);
    const result = await fill(fake);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.syncs).toBe(fake.context.syncCount);
    expect(result.syncs).toBe(5);
    expect(fake.context.largestRequestBytes).toBeLessThan(DEFAULT_MAX_REQUEST_BYTES);
    expect(fake.context.calculationSuspensions).toBe(2);
    expect(result.plan!.sheets.map((s) => s.name)).toEqual([sheet, "Fordeling fund"]);
    // Every plan cell is in the sheet: formulas as formulas, values as values.
    const written = fake.state.findSheet(sheet)!;
    const plan = result.plan!.sheets[0];
    expect(plan.cells[0][0].value).toMatch(/^Fordeling 2026/);
    expect(plan.table!.cols).toBeGreaterThanOrEqual(units + 3);
    const mismatches: string[] = [];
    let checked = 0;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = written.cell(r, c);
        const want = cell.formula ?? cell.value;
        if (want === undefined || want === null || want === "") return;
        checked++;
        if ((cell.formula ? got?.formula : got?.value) !== want) mismatches.push(`${r},${c}: ${String(want)}`);
      }),
    );
    expect(checked).toBeGreaterThan(shape.rows * units);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test("a re-fill leaves the user's own sheets Fordeling 2026 and Fordeling log untouched, byte for byte", async () => {
    const fake = inputWorkbook({ rows: 10, group: "Regioner" });
    fake.state
      .seed("Fordeling 2026", "A2", [
        ["Min egen fordeling", { value: 109.1, numberFormat: "#,##0.0", bold: true }],
        [
          { value: "heraf", indent: 2 },
          { formula: "=B2*2", value: 218.2 },
        ],
      ])
      .seedTable("Fordeling 2026", "Mine", "A2:B3")
      .seed("Fordeling log", "A1", [["Mine noter"], ["skal blive"]]);
    fake.state.findSheet("Fordeling 2026")!.columnWidths.set(0, 80);
    const mine = () => JSON.stringify([fake.state.snapshot("Fordeling 2026"), fake.state.snapshot("Fordeling log")]);
    const before = mine();

    const first = await fill(fake);
    expect(first.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling 2026 (2)", undefined],
      ["Fordeling fund", undefined],
    ]);
    expect(first.plan!.log).toMatchObject({ sheet: "Fordeling log (2)", create: true });

    const second = await fill(fake, new Date(2026, 0, 16, 9, 0));
    expect(second.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling 2026 (2)", "Fordeling 2026 (2)"],
      ["Fordeling fund", "Fordeling fund"],
    ]);
    expect(second.plan!.log).toMatchObject({ sheet: "Fordeling log (2)", create: false });
    // 4 to read (the fourth: the recorded sheets' formulas), 1 to write.
    expect(second.syncs).toBe(5);

    expect(mine()).toBe(before);
    const grid = await readGrid(fake.newContext() as unknown as Excel.RequestContext);
    expect(grid.existing.map((s) => [s.name, s.generated])).toEqual([
      ["Initiativer", false],
      ["Nøgler", false],
      ["Fordeling 2026", false],
      ["Fordeling log", false],
      ["Fordeling 2026 (2)", true],
      ["Fordeling fund", true],
      ["Fordeling log (2)", true],
    ]);
    // One log row per fill, under the header, in Fordel's own log sheet.
    const log = fake.state.findSheet("Fordeling log (2)")!;
    const firstColumn = [...log.cells.entries()].filter(([k]) => k.endsWith(",0")).map(([, c]) => c.value);
    expect(firstColumn.filter((v) => typeof v === "string" && v.startsWith("2026-01-1"))).toHaveLength(2);
  });

  test("a re-fill keeps the user's formulas that point into the generated sheet, and the sheet's tab where it was", async () => {
    const fake = inputWorkbook({ rows: 10, group: "Regioner" });
    await fill(fake);
    fake.state.seed("Budget Syddanmark", "A1", [["Fra Fordel", { formula: "='Fordeling 2026'!C13", value: 1 }]]);
    const order = fake.state.sheets.map((s) => s.name);
    expect(order).toEqual(["Initiativer", "Nøgler", "Fordeling 2026", "Fordeling fund", "Fordeling log", "Budget Syddanmark"]);
    const id = fake.state.findSheet("Fordeling 2026")!.id;

    const again = await fill(fake, new Date(2026, 0, 16, 9, 0));
    expect(again.plan!.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["Fordeling 2026", "Fordeling 2026"],
      ["Fordeling fund", "Fordeling fund"],
    ]);
    expect(again.syncs).toBe(5);
    expect(fake.state.formulaAt("Budget Syddanmark", "B1")).toBe("='Fordeling 2026'!C13");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(order);
    expect(fake.state.findSheet("Fordeling 2026")!.id).toBe(id);
    // C13 holds the re-fill's figure.
    const planned = again.plan!.sheets[0].cells[12][2];
    expect(fake.state.formulaAt("Fordeling 2026", "C13")).toBe(planned.formula ?? planned.value);
    expect(fake.state.tables.filter((t) => t.sheet.name === "Fordeling 2026")).toHaveLength(1);
  });

  test("a user's Excel Table with the name Fordel would give its table does not clash", async () => {
    const fake = inputWorkbook({ rows: 3, group: "Regioner" });
    fake.state.seed("Mine", "A1", [["Kolonne"], [1]]).seedTable("Mine", "Fordeling_2026", "A1:A2");
    const result = await fill(fake);
    const name = result.plan!.sheets[0].table!.name;
    expect(name).not.toBe("Fordeling_2026");
    expect(fake.state.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["Initiativer", "Initiativer"],
      ["Nøgler", "Nøgler"],
      ["Fordeling_2026", "Mine"],
      [name, "Fordeling 2026"],
    ]);
    // A re-fill reuses names freed by the sheet it replaces, and never touches the user's table.
    const again = await fill(fake);
    expect(again.written).toBe(true);
    expect(fake.state.tables.filter((t) => t.sheet.name === "Mine").map((t) => t.name)).toEqual(["Fordeling_2026"]);
  });

  test("a defined name equal to the table name Fordel would give: checked before writing, the table gets another name", async () => {
    const fake = inputWorkbook({ rows: 3, group: "Regioner" });
    fake.state.definedNames.push("fordeling_2026");
    const result = await fill(fake);
    expect(result.written).toBe(true);
    expect(result.plan!.sheets[0].table!.name).toBe("Fordeling_2026_2");
    expect(fake.state.findTable("Fordeling_2026_2")?.sheet.name).toBe("Fordeling 2026");
  });

  test("initiative names that look like formulas are written as text", async () => {
    const names = ['=HYPERLINK("x","y")', "+45 ekstra", "@kilde", "2026"];
    const fake = inputWorkbook({ rows: names.length, group: "Regioner", names });
    const result = await fill(fake);
    const sheet = fake.state.findSheet("Fordeling 2026")!;
    const nameCells = [...sheet.cells.values()].filter((c) => typeof c.value === "string" && names.includes(c.value));
    expect(nameCells.map((c) => c.value).sort()).toEqual([...names].sort());
    for (const cell of nameCells) expect(cell.formula).toBeUndefined();
    expect(result.findings.some((f) => f.code === "TEXT_LOOKS_LIKE_FORMULA")).toBe(true);
  });

  test("without an initiatives table nothing is written, in three syncs (the reads)", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [["x"]]);
    const before = fake.state.snapshot("Ark1");
    const result = await fill(fake);
    expect([result.written, result.unusable, result.syncs]).toEqual([false, true, 3]);
    expect(result.findings.map((f) => f.code)).toContain("MISSING_TABLE");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Ark1"]);
    expect(fake.state.snapshot("Ark1")).toEqual(before);
  });

  test("reports its stages", async () => {
    const fake = seedInput(new FakeExcel(), { rows: 2, group: "Regioner" });
    const stages: string[] = [];
    await fillWorkbook(fake.excel(), SETTINGS, NOW, { onProgress: (s) => stages.push(s) });
    expect(stages).toEqual(["reading", "computing", "writing"]);
  });
});
