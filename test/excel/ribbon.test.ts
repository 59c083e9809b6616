/** The ribbon button end to end on the fake workbook: Excel.run → fillWorkbook → planFill → write. */
import { FakeExcel } from "./fake";
import { inputWorkbook } from "./inputs";

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

function install(fake: FakeExcel, saved: unknown = null) {
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  g.Office = {
    onReady: jest.fn(() => Promise.resolve({ host: "Excel" })),
    actions: { associate: jest.fn() },
    addin: { showAsTaskpane },
    context: { displayLanguage: "da-DK", document: { settings: { get: () => saved, set: jest.fn(), saveAsync: jest.fn() } } },
  };
  g.Excel = { run: (batch: (ctx: Excel.RequestContext) => Promise<unknown>) => batch(fake.excel()) };
  let mods!: { commands: typeof import("../../src/commands/commands"); lastFill: typeof import("../../src/excel/lastFill") };
  jest.isolateModules(() => {
    mods = { commands: require("../../src/commands/commands"), lastFill: require("../../src/excel/lastFill") };
  });
  return { ...mods, showAsTaskpane };
}

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

describe("Fill region shares, end to end", () => {
  test("fills the workbook, completes the event, leaves the pane closed", async () => {
    const fake = inputWorkbook({ rows: 5, group: "Regioner" });
    const { commands, lastFill, showAsTaskpane } = install(fake);
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Initiativer", "Nøgler", "Fordeling 2026", "Fordeling fund", "Fordeling log"]);
    expect(fake.context.syncCount).toBe(5);
    expect(lastFill.lastRibbonFill()?.error).toBeNull();
    expect(showAsTaskpane).not.toHaveBeenCalled();
  });

  test("saved periods the workbook does not have: the error finding, the pane opens, nothing written and no log row", async () => {
    const fake = inputWorkbook({ rows: 5, group: "Regioner" });
    const before = fake.state.sheets.map((s) => s.name);
    const { commands, lastFill, showAsTaskpane } = install(fake, { method: "reconciled", lang: "da", decimals: null, periods: ["2025"] });
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    const findings = lastFill.lastRibbonFill()!.outcome!.findings;
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: "error", code: "PERIOD_NOT_IN_TABLE", period: "2025" })]));
    expect(findings.find((f) => f.code === "PERIOD_NOT_IN_TABLE")!.message).toMatch(/^Perioden 2025 findes ikke i tabellen, som har 2026\./);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(before);
    expect(fake.state.findSheet("Fordeling log")).toBeUndefined();
  });

  test("an amount that is not a number: the rest is filled, the pane opens with the finding", async () => {
    const fake = inputWorkbook({ rows: 5, group: "Regioner" });
    fake.state.seed("Initiativer", "C3", [["ca. 40"]]);
    const { commands, lastFill, showAsTaskpane } = install(fake);
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    const findings = lastFill.lastRibbonFill()!.outcome!.findings;
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: "error", code: "BAD_NUMBER", cell: "C3" })]));
    expect(fake.state.findSheet("Fordeling 2026")).toBeDefined();
  });

  test("Excel fails part-way through a re-fill: the pane opens with SHEET_INCOMPLETE, the sheet says so, the next fill completes it", async () => {
    const fake = inputWorkbook({ rows: 5, group: "Regioner" });
    const { commands, lastFill, showAsTaskpane } = install(fake);
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    // The sheet's content block (after its status line and the clearing): Excel refuses it.
    fake.state.faults.failWhen = (label) => /"Fordeling 2026"\)\.getRangeByIndexes\(0,0,([2-9]|\d\d+),\d+\) formulas$/.test(label);
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(2);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    const report = lastFill.lastRibbonFill()!;
    expect(report.error).toBeNull();
    const stopped = report.outcome!.findings.find((f) => f.code === "SHEET_INCOMPLETE")!;
    expect(stopped).toMatchObject({ severity: "error", sheet: "Fordeling 2026" });
    expect(stopped.message).toContain("udfyld igen");
    expect(fake.state.formulaAt("Fordeling 2026", "A1")).toMatch(/^UFÆRDIGT/);

    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(lastFill.lastRibbonFill()!.outcome!.findings.map((f) => f.code)).toContain("SHEET_REPAIRED");
    expect(fake.state.formulaAt("Fordeling 2026", "A1")).toMatch(/^Fordeling 2026/);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Initiativer", "Nøgler", "Fordeling 2026", "Fordeling fund", "Fordeling log"]);
  });

  test("a re-fill that keeps a sheet the user changed opens the pane: the new figures are beside it", async () => {
    const fake = inputWorkbook({ rows: 5, group: "Regioner" });
    const { commands, lastFill, showAsTaskpane } = install(fake);
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    fake.state.seed("Fordeling 2026", "A30", [["mine noter"]]);
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(lastFill.lastRibbonFill()!.outcome!.findings.find((f) => f.code === "SHEET_KEPT")).toMatchObject({ sheet: "Fordeling 2026" });
    expect(fake.state.formulaAt("Fordeling 2026", "A30")).toBe("mine noter");
    expect(fake.state.findSheet("Fordeling 2026 (2)")).toBeDefined();
  });
});
