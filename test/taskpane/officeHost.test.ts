/** The pane's Excel host over the adapter, on the fake Excel of test/excel (no Office needed). */
import type { SettingsStore } from "../../src/excel/settings";
import { recordRibbonFill } from "../../src/excel/lastFill";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";
import type { FillProgress, RibbonFillReport } from "../../src/taskpane/host";
import { officeHost, type ExcelRun } from "../../src/taskpane/officeHost";
import { FakeExcel } from "../excel/fake";
import { inputWorkbook } from "../excel/inputs";

const NOW = new Date(2026, 0, 15, 10, 30);

function memoryStore(): SettingsStore {
  const values = new Map<string, unknown>();
  return {
    get: (key: string) => values.get(key) ?? null,
    set: (key: string, value: unknown) => void values.set(key, JSON.parse(JSON.stringify(value))),
    saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
  } as unknown as SettingsStore;
}

function hostOn(fake: FakeExcel) {
  const run: ExcelRun = (batch) => batch(fake.newContext() as unknown as Excel.RequestContext);
  return officeHost({ run, displayLanguage: "da-DK", settings: memoryStore(), now: () => NOW });
}

describe("officeHost", () => {
  test("check reads the workbook and writes nothing", async () => {
    const fake = inputWorkbook({ rows: 10, group: "Regioner" });
    const view = await hostOn(fake).check({ ...DEFAULT_SETTINGS }, {});
    expect(view.tables).toEqual([
      { role: "initiatives", kind: "table", name: "Initiativer", sheet: "Initiativer", address: "A1:C11" },
      { role: "keys", kind: "table", name: "Nøgler", sheet: "Nøgler", address: "A1:C6" },
    ]);
    expect(view.periods).toEqual(["2026"]);
    expect(view.units[0].units).toHaveLength(5);
    expect(view.initiatives).toBe(10);
    expect(view.detectedDecimals).toBe(1);
    expect(fake.state.findSheet("Fordeling 2026")).toBeFalsy();
  });

  test("check plans the fill without writing: which sheets it would create, then replace; the preview per period", async () => {
    const fake = inputWorkbook({ rows: 10, group: "Regioner" });
    const before = await hostOn(fake).check({ ...DEFAULT_SETTINGS }, {});
    expect(before.writes).toEqual({
      sheets: [
        { name: "Fordeling 2026", replaces: null },
        { name: "Fordeling fund", replaces: null },
      ],
      allocations: 1,
      log: "Fordeling log",
    });
    expect(fake.state.findSheet("Fordeling 2026")).toBeFalsy();
    const preview = before.preview!;
    expect(preview.map((p) => [p.period, p.group, p.sheet, p.units.length, p.totals.length])).toEqual([["2026", "Regioner", "Fordeling 2026", 5, 5]]);
    expect(before.step).toMatchObject({ decimals: 1, reason: "amounts" });
    expect(before.method).toBe("reconciled");

    await hostOn(fake).fill({ ...DEFAULT_SETTINGS }, {}, () => undefined);
    const after = await hostOn(fake).check({ ...DEFAULT_SETTINGS }, {});
    expect(after.writes).toEqual({
      sheets: [
        { name: "Fordeling 2026", replaces: "Fordeling 2026" },
        { name: "Fordeling fund", replaces: "Fordeling fund" },
      ],
      allocations: 1,
      log: "Fordeling log",
    });
  });

  test("fill writes the sheet, reports each stage and the result per period", async () => {
    const fake = inputWorkbook({ rows: 10, group: "Regioner" });
    const stages: FillProgress[] = [];
    const view = await hostOn(fake).fill({ ...DEFAULT_SETTINGS }, {}, (p) => stages.push(p));
    expect(stages.map((s) => s.stage)).toEqual(["reading", "computing", "writing"]);
    expect(view.periods.map((p) => [p.period, p.sheet, p.rows, p.units, p.checks])).toEqual([
      ["2026", "Fordeling 2026", 10, 5, { rowsAddUp: true, childrenAddUp: true, columnsAddUp: true }],
    ]);
    expect(fake.state.findSheet("Fordeling 2026")).toBeTruthy();
    expect(view.logSheet).toBe("Fordeling log");
  });

  test("activateSheet activates the sheet written", async () => {
    const fake = inputWorkbook({ rows: 3, group: "Regioner" });
    const host = hostOn(fake);
    await host.fill({ ...DEFAULT_SETTINGS }, {}, () => undefined);
    await host.activateSheet("Fordeling 2026");
    expect(fake.state.activeSheet?.name).toBe("Fordeling 2026");
  });

  test("settings go to the document and come back", async () => {
    const host = hostOn(new FakeExcel());
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings({ method: "nearest", lang: "en", decimals: 0, periods: ["2026"] });
    expect(await host.loadSettings()).toEqual({ method: "nearest", lang: "en", decimals: 0, periods: ["2026"] });
  });

  test("the ribbon's fills reach the pane", () => {
    const host = hostOn(new FakeExcel());
    const heard: RibbonFillReport[] = [];
    const stop = host.onRibbonFill((fill) => heard.push(fill));
    recordRibbonFill({ at: NOW, outcome: null, error: "Excel is busy." });
    stop();
    recordRibbonFill({ at: NOW, outcome: null, error: "later" });
    expect(heard.map((f) => f.error)).toEqual(["Excel is busy."]);
    expect(host.lastRibbonFill()?.error).toBe("later");
  });

  test("selectCell selects the cell on its sheet; selectedRange gives sheet and local address", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Aftale");
    fake.state.addSheet("Min tabel");
    const host = hostOn(fake);
    await host.selectCell("Aftale", "C7");
    expect([fake.state.activeSheet?.name, fake.state.selection?.row, fake.state.selection?.col]).toEqual(["Aftale", 6, 2]);
    await host.selectCell("Min tabel", "B2:H20");
    expect(await host.selectedRange()).toEqual({ sheet: "Min tabel", address: "B2:H20" });
  });

  test("selectCell activates the sheet before selecting (select alone may do nothing on an inactive sheet, office-js #5118)", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Aftale");
    fake.state.addSheet("Noter");
    await hostOn(fake).selectCell("Noter", "B3");
    const actions = fake.context.syncs[0].actions.map((a) => a.split(" ").pop());
    expect(actions).toEqual(["activate", "select"]);
  });
});
