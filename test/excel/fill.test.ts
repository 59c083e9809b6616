/** A whole fill on the fake workbook: read → plan (hand-made stand-in) → write. */
import { DEFAULT_MAX_REQUEST_BYTES } from "../../src/excel/budget";
import { fillWorkbook } from "../../src/excel/fill";
import { DEFAULT_SETTINGS } from "../../src/sheets/settings";
import { FakeExcel } from "./fake";
import { PlanShape, stubPlanFill } from "./plans";

const NOW = new Date("2026-01-15T10:30:00");

async function fill(fake: FakeExcel, shape: PlanShape) {
  fake.newContext();
  return fillWorkbook(fake.excel(), DEFAULT_SETTINGS, NOW, { planFill: stubPlanFill(shape) });
}

function userWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.state
    .seed("Initiativer", "A1", [["Initiativ", "2026"], ["Senfølger", 60]])
    .seed("Fordeling 2026", "A2", [
      ["Min egen fordeling", { value: 109.1, numberFormat: "#,##0.0", bold: true }],
      [{ value: "heraf", indent: 2 }, { formula: "=B2*2", value: 218.2 }],
    ])
    .seed("Fordeling log", "A1", [["Mine noter"], ["skal blive"]]);
  fake.state.findSheet("Fordeling 2026")!.columnWidths.set(0, 80);
  fake.state.seedTable("Fordeling 2026", "Mine", "A2:B3");
  return fake;
}

describe("fillWorkbook", () => {
  test.each([
    ["10 rows × 5 regions", { rows: 10, units: 5 }],
    ["2.000 rows × 98 municipalities", { rows: 2000, units: 98 }],
  ])("%s: at most 3 syncs, every request under 4 MB", async (_, shape) => {
    const fake = new FakeExcel();
    fake.state.seed("Initiativer", "A1", [["Initiativ"]]);
    const result = await fill(fake, shape);
    expect(result.written).toBe(true);
    expect(result.syncs).toBe(fake.context.syncCount);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(fake.context.largestRequestBytes).toBeLessThan(DEFAULT_MAX_REQUEST_BYTES);
    const rows = shape.rows + 8;
    expect(fake.state.formulaAt("Fordeling 2026", `A${rows}`)).toBe("I alt");
  });

  test("a re-fill leaves the user's own sheet Fordeling 2026 and log untouched, byte for byte", async () => {
    const fake = userWorkbook();
    const before = JSON.stringify([fake.state.snapshot("Fordeling 2026"), fake.state.snapshot("Fordeling log")]);

    const first = await fill(fake, { rows: 10, units: 5 });
    expect(first.plan!.sheets[0]).toMatchObject({ name: "Fordeling 2026 (2)" });
    expect(first.plan!.log).toMatchObject({ sheet: "Fordeling log (2)", create: true });

    const second = await fill(fake, { rows: 12, units: 5 });
    expect(second.plan!.sheets[0]).toMatchObject({ name: "Fordeling 2026 (2)", replaces: "Fordeling 2026 (2)" });
    expect(second.plan!.log).toMatchObject({ sheet: "Fordeling log (2)", create: false });

    expect(JSON.stringify([fake.state.snapshot("Fordeling 2026"), fake.state.snapshot("Fordeling log")])).toBe(before);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Initiativer",
      "Fordeling 2026",
      "Fordeling log",
      "Fordeling log (2)",
      "Fordeling 2026 (2)",
    ]);
    // The replaced sheet has the second fill's 12 rows; the log has one row per fill.
    expect(fake.state.formulaAt("Fordeling 2026 (2)", "A19")).toBe("Initiativ 12");
    expect(fake.state.formulaAt("Fordeling log (2)", "A3")).toBe("2026-01-15 10:30");
    expect(fake.state.formulaAt("Fordeling log (2)", "A4")).toBe("2026-01-15 10:30");
    expect(fake.state.formulaAt("Fordeling log (2)", "A5")).toBe("");
  });

  test("nothing is written when the planner finds the input unusable", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [["x"]]);
    const result = await fillWorkbook(fake.excel(), DEFAULT_SETTINGS, NOW, {
      planFill: () => ({ model: null, result: null, plan: null, findings: [], decimals: null, unusable: true }),
    });
    expect([result.written, result.unusable, result.syncs]).toEqual([false, true, 2]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Ark1"]);
  });

  test("reports its stages", async () => {
    const fake = new FakeExcel();
    fake.state.seed("Ark1", "A1", [["x"]]);
    const stages: string[] = [];
    await fillWorkbook(fake.excel(), DEFAULT_SETTINGS, NOW, { planFill: stubPlanFill({ rows: 1, units: 5 }), onProgress: (s) => stages.push(s) });
    expect(stages).toEqual(["reading", "computing", "writing"]);
  });
});
