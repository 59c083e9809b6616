/* global Office, Excel, window, URLSearchParams */
/**
 * The ribbon's "Round selection": rounds the selected table to a new sheet (src/excel/round-selection.ts);
 * when the selection may be rounded in place (no formulas but its totals, nothing wrong), a small
 * dialog (confirm.html) offers that with one click. With errors, the new sheet lists them.
 */
import { langOf, type Lang } from "../engine";
import { cellAddress } from "../sheets/grid";
import { parseRange } from "../sheets/where";

/** The id the manifest's ExecuteFunction names (FunctionName). */
export const ROUND_SELECTION = "roundSelection";

export async function roundSelectionCommand(
  event: Office.AddinCommands.Event,
): Promise<void> {
  const lang: Lang = langOf(Office.context.displayLanguage);
  try {
    // Loaded on the first click: the page opens without the table rounding's code.
    const { roundSelection } = await import("../excel/round-selection");
    const first = await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      // "'Min side'!B2:F7": the sheet and the cells, read as every range reference is.
      const where = parseRange(selected.address);
      if (!where?.sheet) return null;
      const ref = {
        sheet: where.sheet,
        address: `${cellAddress(where.top, where.left)}:${cellAddress(where.bottom, where.right)}`,
      };
      return {
        ref,
        result: await roundSelection(context, ref, {
          lang,
          decimals: null,
          inPlace: false,
          now: new Date(),
        }),
      };
    });
    if (!first?.result.mayWriteInPlace) return;
    const moved = first.result.rounding.adjusted.length;
    const question =
      lang === "da"
        ? `Afrundet på arket „${first.result.sheets[0]}“: ${moved} tal afviger fra AFRUND. Skriv de afrundede tal ind i markeringen i stedet? De gamle tal gemmes på et ark.`
        : `Rounded on the sheet "${first.result.sheets[0]}": ${moved} figures differ from ROUND. Write the rounded figures into the selection instead? The old figures are kept on a sheet.`;
    if (await confirmed(question, lang))
      await Excel.run((context) =>
        roundSelection(context, first.ref, {
          lang,
          decimals: null,
          inPlace: true,
          now: new Date(),
        }),
      );
  } catch {
    // Excel refused (a protected sheet, a selection of several areas): nothing more to do from the ribbon.
  } finally {
    event.completed();
  }
}

/** One click of confirmation in a small dialog; false when it is closed or cannot open. */
function confirmed(question: string, lang: Lang): Promise<boolean> {
  const [yes, no] =
    lang === "da"
      ? ["Skriv på stedet", "Behold det nye ark"]
      : ["Write in place", "Keep the new sheet"];
  const url = `${window.location.origin}/confirm.html?${new URLSearchParams({ q: question, yes, no })}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 25, width: 30, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded)
          return resolve(false);
        const dialog = opened.value;
        dialog.addEventHandler(
          Office.EventType.DialogMessageReceived,
          (arg) => {
            dialog.close();
            resolve("message" in arg && arg.message === "yes");
          },
        );
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
          resolve(false),
        );
      },
    );
  });
}
