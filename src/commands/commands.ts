/* global Office, Excel */
/**
 * Ribbon commands, in the shared runtime. "Fill region shares" fills with the settings saved
 * in the document (or the defaults); when the fill finds errors, keeps a sheet the user changed
 * (and writes beside it), or fails, it opens the task pane, which shows the findings recorded in
 * src/excel/lastFill.ts.
 */
import { hasErrors, loadMessages, sheetsKept } from "../engine";
import { fillWorkbook } from "../excel/fill";
import { recordRibbonFill } from "../excel/lastFill";
import { loadSettings, settingsOrDefault } from "../excel/settings";
import { ROUND_SELECTION, roundSelectionCommand } from "./round";

/** The id the manifest's ExecuteFunction names (FunctionName). */
export const FILL_REGION_SHARES = "fillRegionShares";

export async function fillRegionShares(
  event: Office.AddinCommands.Event,
): Promise<void> {
  try {
    const settings = settingsOrDefault(
      loadSettings(),
      Office.context.displayLanguage,
    );
    await loadMessages(settings.lang);
    const outcome = await Excel.run((context) =>
      fillWorkbook(context, settings, new Date()),
    );
    recordRibbonFill({ at: new Date(), outcome, error: null });
    if (
      outcome.unusable ||
      hasErrors(outcome.findings) ||
      sheetsKept(outcome.findings)
    )
      await showTaskpane();
  } catch (error) {
    recordRibbonFill({
      at: new Date(),
      outcome: null,
      error: error instanceof Error ? error.message : String(error),
    });
    await showTaskpane();
  } finally {
    event.completed();
  }
}

async function showTaskpane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Without the shared runtime (older Excel) the pane cannot be opened from code; the user opens it.
  }
}

export function registerCommands(): void {
  Office.onReady(() => {
    Office.actions.associate(FILL_REGION_SHARES, fillRegionShares);
    Office.actions.associate(ROUND_SELECTION, roundSelectionCommand);
  });
}

if (typeof Office !== "undefined") registerCommands();
