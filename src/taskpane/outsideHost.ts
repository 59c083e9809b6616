import type { PaneHost } from "./host";

const notInExcel = () => Promise.reject(new Error("Not in Excel"));

/** The host when Office.onReady reports no Excel (the page opened in a plain browser): the pane only says so. */
export function outsideHost(displayLanguage: string): PaneHost {
  return {
    inExcel: false,
    displayLanguage,
    check: notInExcel,
    fill: notInExcel,
    loadSettings: () => Promise.resolve(null),
    saveSettings: notInExcel,
    selectedRange: notInExcel,
    selectCell: notInExcel,
    activateSheet: notInExcel,
    lastRibbonFill: () => null,
    onRibbonFill: () => () => undefined,
  };
}
