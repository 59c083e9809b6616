/** The ribbon button end to end on the fake workbook: Excel.run → fillWorkbook → planFill → write. */
import { FakeExcel } from "./fake";
import { inputWorkbook } from "./inputs";

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

function install(fake: FakeExcel) {
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  g.Office = {
    onReady: jest.fn(() => Promise.resolve({ host: "Excel" })),
    actions: { associate: jest.fn() },
    addin: { showAsTaskpane },
    context: { displayLanguage: "da-DK", document: { settings: { get: () => null, set: jest.fn(), saveAsync: jest.fn() } } },
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
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Initiativer", "Nøgler", "Fordeling 2026", "Fordeling log"]);
    expect(fake.context.syncCount).toBe(4);
    expect(lastFill.lastRibbonFill()?.error).toBeNull();
    expect(showAsTaskpane).not.toHaveBeenCalled();
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
});
