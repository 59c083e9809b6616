/* global Excel, Office */
/**
 * The pane's host in Excel: PaneHost over the Office.js adapter (src/excel) and the one
 * planner (src/sheets): a check analyses only, a fill plans and writes. Each call is one
 * Excel.run; reads and writes are the adapter's.
 */
import { localAddress } from "../excel/address";
import { fillWorkbook } from "../excel/fill";
import { lastRibbonFill, onRibbonFill } from "../excel/lastFill";
import { readGrid } from "../excel/read";
import {
  loadSettings,
  saveSettings,
  type SettingsStore,
} from "../excel/settings";
import { analyseFill } from "../sheets/analyse";
import { planFill } from "../sheets/fill";
import type { PaneHost } from "./host";
import { checkViewOf, fillViewOf } from "./views";

export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface OfficeHostOptions {
  /** Excel.run, or a fake's in tests. */
  run: ExcelRun;
  displayLanguage: string;
  /** The document's settings (default: Office.context.document.settings). */
  settings?: SettingsStore;
  now?: () => Date;
}

export function officeHost(options?: OfficeHostOptions): PaneHost {
  const {
    run,
    displayLanguage,
    settings: store,
    now = () => new Date(),
  } = options ?? {
    run: ((batch) => Excel.run(batch)) as ExcelRun,
    displayLanguage: Office.context.displayLanguage,
  };
  return {
    inExcel: true,
    displayLanguage,
    check: (settings, picked) =>
      run(async (context) => {
        const grid = await readGrid(context, { picked });
        return checkViewOf(analyseFill(grid, settings), settings);
      }),
    fill: (settings, picked, onProgress) =>
      run(async (context) =>
        fillViewOf(
          await fillWorkbook(context, settings, now(), {
            picked,
            planFill,
            onProgress: (stage) => onProgress({ stage }),
          }),
        ),
      ),
    loadSettings: async () => loadSettings(store),
    saveSettings: (settings) => saveSettings(settings, store),
    selectedRange: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange().load("address");
        const sheet = range.worksheet.load("name");
        await context.sync();
        return { sheet: sheet.name, address: localAddress(range.address) };
      }),
    selectCell: (sheet, cell) =>
      run(async (context) => {
        // Activate first: select() on a cell of an inactive sheet may do nothing (office-js #5118).
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell).select();
        await context.sync();
      }),
    activateSheet: (name) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      }),
    lastRibbonFill,
    onRibbonFill,
  };
}
