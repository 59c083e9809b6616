/**
 * How a period sheet looks on screen and on paper (SPEC §3): name column ≈ 40 characters with
 * wrap, amount columns ≈ 11; the table header and the name column frozen; A4 landscape, one page
 * wide, the header row and column A on every page, a footer with sheet, page and time; Kontrol
 * and Kanal outside the print area.
 */
import type { Labels } from "./labels";
import type { PageSetup } from "./plan";
import type { Columns } from "./render-context";

export const NAME_WIDTH = 40;
export const AMOUNT_WIDTH = 12.5;

/** Column widths in characters of a period sheet. */
export function columnWidths(col: Columns): number[] {
  const widths: number[] = [];
  for (let c = 0; c < col.count; c++) widths[c] = AMOUNT_WIDTH;
  widths[col.name] = NAME_WIDTH;
  if (col.status !== null) widths[col.status] = NAME_WIDTH;
  widths[col.control] = 10;
  widths[col.channel] = 16;
  return widths;
}

/** Width in characters of the printed columns (for lines merged over them). */
export function printedWidth(
  widths: readonly number[],
  printed: number,
): number {
  return widths.slice(0, printed).reduce((s, w) => s + w, 0);
}

/** A4 landscape, one page wide, `headerRow` and column A repeated, the footer. */
export function pageSetup(
  L: Labels,
  time: string,
  headerRow: number,
  print: { rows: number; cols: number },
): PageSetup {
  return {
    orientation: "landscape",
    paperSize: 9,
    fitToWidth: 1,
    titleRows: { first: headerRow, last: headerRow },
    titleColumns: { first: 0, last: 0 },
    printArea: print,
    footer: { left: "&A", center: L.page, right: time },
  };
}

/** Points of one line of the sheet's 11-point font. */
const LINE = 15;

/**
 * Heights of rows whose wrapped text needs more than one line, estimated from the text's length
 * and the column's width (neither Excel nor LibreOffice fits a row to wrapped text on opening a
 * file in every case). Rows in `fixed` keep theirs.
 */
export function wrappedRowHeights(
  cells: readonly (readonly (
    | {
        value?: unknown;
        bold?: boolean;
        style?: { wrap?: boolean };
        indent?: number;
      }
    | undefined
  )[])[],
  widths: readonly number[],
  fixed: Record<number, number> = {},
): Record<number, number> {
  const heights: Record<number, number> = { ...fixed };
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row || r in fixed) continue;
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell?.style?.wrap || typeof cell.value !== "string") continue;
      // A column fits about 1,2 characters of text per width unit (the width of a "0"); bold less.
      const per = cell.bold ? 1.0 : 1.2;
      const room = Math.max(
        1,
        Math.floor((widths[c] ?? 10) * per) - 2 * (cell.indent ?? 0),
      );
      const words = cell.value.split(/\s+/);
      let n = 1;
      let used = 0;
      for (const w of words) {
        const need = used === 0 ? w.length : used + 1 + w.length;
        if (need <= room || used === 0) used = need;
        else {
          n++;
          used = w.length;
        }
        while (used > room) {
          n++;
          used -= room;
        }
      }
      lines = Math.max(lines, n);
    }
    if (lines > 1) heights[r] = LINE * lines;
  }
  return heights;
}
