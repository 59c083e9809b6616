/** The ribbon handler completes its event whatever happens, and opens the pane on errors. */
import type { ExcelFillResult } from "../../src/excel/fill";
import { SETTINGS_KEY } from "../../src/excel/settings";
import type { Finding } from "../../src/engine";

jest.mock("../../src/excel/fill", () => ({ fillWorkbook: jest.fn() }));

interface OfficeMock {
  onReady: jest.Mock;
  actions: { associate: jest.Mock };
  addin: { showAsTaskpane: jest.Mock };
  context: { displayLanguage: string; document: { settings: { get: jest.Mock; set: jest.Mock; saveAsync: jest.Mock } } };
}

const g = globalThis as unknown as { Office?: OfficeMock; Excel?: { run: jest.Mock } };

function installOffice(saved: unknown = null): OfficeMock {
  const office: OfficeMock = {
    onReady: jest.fn((cb?: () => void) => {
      cb?.();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    }),
    actions: { associate: jest.fn() },
    addin: { showAsTaskpane: jest.fn(() => Promise.resolve()) },
    context: {
      displayLanguage: "da-DK",
      document: { settings: { get: jest.fn((k: string) => (k === SETTINGS_KEY ? saved : null)), set: jest.fn(), saveAsync: jest.fn() } },
    },
  };
  g.Office = office;
  g.Excel = { run: jest.fn((batch: (ctx: unknown) => Promise<unknown>) => batch({ fake: "context" })) };
  return office;
}

function outcome(findings: Partial<Finding>[] = []): ExcelFillResult {
  return {
    model: null,
    result: null,
    plan: null,
    findings: findings as Finding[],
    decimals: 1,
    unusable: false,
    syncs: 3,
    requestBytes: [1000],
    written: true,
  };
}

/** Loads commands.ts (and the store it writes to) fresh, with the Office mock in place. */
function load() {
  let mods!: {
    commands: typeof import("../../src/commands/commands");
    lastFill: typeof import("../../src/excel/lastFill");
    fill: { fillWorkbook: jest.Mock };
  };
  jest.isolateModules(() => {
    mods = {
      commands: require("../../src/commands/commands"),
      lastFill: require("../../src/excel/lastFill"),
      fill: require("../../src/excel/fill"),
    };
  });
  return mods;
}

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

describe("ribbon command fillRegionShares", () => {
  test("is associated under the manifest's FunctionName once Office is ready", () => {
    const office = installOffice();
    const { commands } = load();
    expect(office.onReady).toHaveBeenCalledTimes(1);
    expect(office.actions.associate).toHaveBeenCalledWith("fillRegionShares", commands.fillRegionShares);
    expect(commands.FILL_REGION_SHARES).toBe("fillRegionShares");
  });

  test("success: fills with the document's saved settings, records the outcome, completes the event", async () => {
    const office = installOffice({ method: "nearest", lang: "en", decimals: 0 });
    const { commands, lastFill, fill } = load();
    fill.fillWorkbook.mockResolvedValue(outcome([{ severity: "warning", code: "KEY_SUM" }]));
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(fill.fillWorkbook).toHaveBeenCalledWith({ fake: "context" }, { method: "nearest", lang: "en", decimals: 0 }, expect.any(Date));
    expect(lastFill.lastRibbonFill()).toMatchObject({ error: null, outcome: { syncs: 3 } });
    expect(office.addin.showAsTaskpane).not.toHaveBeenCalled();
  });

  test("without saved settings: the defaults, in the display language", async () => {
    const office = installOffice(null);
    office.context.displayLanguage = "en-GB";
    const { commands, fill } = load();
    fill.fillWorkbook.mockResolvedValue(outcome());
    await commands.fillRegionShares({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
    expect(fill.fillWorkbook.mock.calls[0][1]).toEqual({ decimals: null, method: "reconciled", lang: "en" });
  });

  test("error findings open the task pane, which finds them in the shared store", async () => {
    const office = installOffice();
    const { commands, lastFill, fill } = load();
    const seen: unknown[] = [];
    lastFill.onRibbonFill((f) => seen.push(f.outcome?.findings));
    fill.fillWorkbook.mockResolvedValue(outcome([{ severity: "error", code: "BAD_NUMBER" }]));
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([[{ severity: "error", code: "BAD_NUMBER" }]]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("failure: the error is recorded, the pane opened, the event still completed", async () => {
    const office = installOffice();
    const { commands, lastFill, fill } = load();
    fill.fillWorkbook.mockRejectedValue(new Error("RichApi.Error: GeneralException"));
    office.addin.showAsTaskpane.mockRejectedValue(new Error("no shared runtime"));
    const event = { completed: jest.fn() };
    await expect(commands.fillRegionShares(event as unknown as Office.AddinCommands.Event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(lastFill.lastRibbonFill()).toMatchObject({ outcome: null, error: "RichApi.Error: GeneralException" });
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  test("failure before the fill (settings unreadable) still completes the event", async () => {
    const office = installOffice();
    office.context.document.settings.get.mockImplementation(() => {
      throw new Error("settings unavailable");
    });
    const { commands, fill } = load();
    const event = { completed: jest.fn() };
    await commands.fillRegionShares(event as unknown as Office.AddinCommands.Event);
    expect(fill.fillWorkbook).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
