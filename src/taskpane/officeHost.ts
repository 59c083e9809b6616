/* global Excel, Office */
/**
 * The pane's host in Excel: PaneHost over the Office.js adapter (src/excel) and the one
 * planner (src/sheets): a check analyses only, a fill plans and writes. Each call is one
 * Excel.run; reads and writes are the adapter's.
 */
import { loadMessages } from "../engine";
import { localAddress } from "../excel/address";
import { fillWorkbook } from "../excel/fill";
import { lastRibbonFill, onRibbonFill } from "../excel/lastFill";
import { readGrid } from "../excel/read";
import {
  loadSettings,
  saveSettings,
  type SettingsStore,
} from "../excel/settings";
import { planFill } from "../sheets/fill";
import type { OfficeThemeView, PaneHost } from "./host";
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
  officeTheme?: OfficeThemeView | null;
}

/** Office.context.officeTheme, or null where the host does not have it (it throws in some hosts). */
function currentTheme(): OfficeThemeView | null {
  try {
    const theme = Office.context.officeTheme;
    if (!theme) return null;
    return {
      bodyBackgroundColor: theme.bodyBackgroundColor,
      isDarkTheme: theme.isDarkTheme,
      themeId: theme.themeId,
    };
  } catch {
    return null;
  }
}

export function officeHost(options?: OfficeHostOptions): PaneHost {
  const {
    run,
    displayLanguage,
    settings: store,
    now = () => new Date(),
    officeTheme = null,
  } = options ?? {
    run: ((batch) => Excel.run(batch)) as ExcelRun,
    displayLanguage: Office.context.displayLanguage,
    officeTheme: currentTheme(),
  };
  return {
    inExcel: true,
    displayLanguage,
    officeTheme,
    // Planned as a fill would be, nothing written: the pane shows which sheets it would write.
    check: (settings, picked) =>
      run(async (context) => {
        await loadMessages(settings.lang);
        const grid = await readGrid(context, { picked });
        const outcome = planFill(grid, settings, now());
        return checkViewOf(outcome, settings, outcome.plan);
      }),
    fill: (settings, picked, onProgress) =>
      run(async (context) => {
        // The findings sheet is written in the settings' language.
        await loadMessages(settings.lang);
        return fillViewOf(
          await fillWorkbook(context, settings, now(), {
            picked,
            planFill,
            onProgress: (stage) => onProgress({ stage }),
          }),
        );
      }),
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
