/**
 * A sheet plan as worksheet XML and table XML, written directly (no exceljs), so the CLI can
 * place Fordel's sheets into the user's own package. Text is written as inline strings – text
 * stays text, and the workbook's shared-strings part is left as it was.
 */
import { sheetNameKey } from "../engine";
import type { FingerprintCell } from "../sheets/fingerprint";
import { cellAddress } from "../sheets/grid";
import type { PlanCell, SheetPlan } from "../sheets/plan";
import type { StyleBook } from "./styles";
import { escapeCellText, escapeXml } from "./xml";

export const MAIN_NS =
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** One cell's XML at a 1-based row, or "" for nothing to write. */
export function cellXml(
  cell: PlanCell | undefined,
  row: number,
  col: number,
  styles: StyleBook,
): string {
  if (!cell) return "";
  const s = styles.index(cell.format, cell.bold, cell.indent);
  const ref = `${cellAddress(row - 1, col)}`;
  const style = s ? ` s="${s}"` : "";
  const v = cell.value;
  if (cell.formula) {
    const f = `<f>${escapeXml(cell.formula.replace(/^=/, ""))}</f>`;
    if (typeof v === "number" && Number.isFinite(v))
      return `<c r="${ref}"${style}>${f}<v>${v}</v></c>`;
    if (typeof v === "string")
      return `<c r="${ref}"${style} t="str">${f}<v>${escapeCellText(v)}</v></c>`;
    return `<c r="${ref}"${style}>${f}</c>`;
  }
  if (typeof v === "number" && Number.isFinite(v))
    return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (typeof v === "string" && v !== "")
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(v)}</t></is></c>`;
  return s ? `<c r="${ref}"${style}/>` : "";
}

/** A row's XML, or "" when it writes nothing. */
export function rowXml(
  cells: readonly (PlanCell | undefined)[],
  row: number,
  styles: StyleBook,
): string {
  let inner = "";
  for (let c = 0; c < cells.length; c++)
    inner += cellXml(cells[c], row, c, styles);
  return inner ? `<row r="${row}">${inner}</row>` : "";
}

/**
 * The plan's cells as written: the header row of a table as text (Excel requires a table's
 * header cells to be text equal to its column names, unique), everything else as planned.
 */
export function normalizePlan(plan: SheetPlan): {
  cells: PlanCell[][];
  columns: string[];
} {
  const cells = plan.cells.map((row) => row.slice());
  const columns: string[] = [];
  const t = plan.table;
  if (t) {
    const header = (cells[t.row] ??= []);
    const seen = new Set<string>();
    for (let c = 0; c < t.cols; c++) {
      const cell = header[t.col + c];
      let name =
        String(cell?.value ?? "")
          .replace(/[\r\n]+/g, " ")
          .trim() || `Kolonne ${c + 1}`;
      for (let n = 2; seen.has(sheetNameKey(name)); n++)
        name = `${String(cell?.value ?? `Kolonne ${c + 1}`)} ${n}`;
      seen.add(sheetNameKey(name));
      columns.push(name);
      header[t.col + c] = { ...(cell ?? {}), value: name, formula: undefined };
    }
  }
  return { cells, columns };
}

/** What the written cells read back as, for the fingerprint: "=formula", else the value. */
export function writtenRows(
  cells: readonly (readonly (PlanCell | undefined)[])[],
): FingerprintCell[][] {
  return cells.map((row) =>
    Array.from(row, (cell) => {
      if (!cell) return null;
      if (cell.formula)
        return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
      return typeof cell.value === "number" && !Number.isFinite(cell.value)
        ? null
        : (cell.value ?? null);
    }),
  );
}

/** The worksheet part: cells, frozen header, column widths, A4 landscape one page wide, and kept drawing elements. */
export function sheetXml(
  plan: SheetPlan,
  cells: readonly (readonly (PlanCell | undefined)[])[],
  styles: StyleBook,
  tableRid: string | null,
  kept: string[],
): string {
  let rows = "";
  let maxCol = 0;
  for (let r = 0; r < cells.length; r++) {
    rows += rowXml(cells[r] ?? [], r + 1, styles);
    if ((cells[r]?.length ?? 0) > maxCol) maxCol = cells[r].length;
  }
  const t = plan.table;
  const pane = t
    ? `<pane xSplit="1" ySplit="${t.row + 1}" topLeftCell="${cellAddress(t.row + 1, 1)}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>`
    : "";
  const widths = (plan.columnWidths ?? [])
    .map((w, c) =>
      Number.isFinite(w) && w > 0
        ? `<col min="${c + 1}" max="${c + 1}" width="${Math.min(255, w)}" customWidth="1"/>`
        : "",
    )
    .join("");
  const dimension =
    cells.length > 0 && maxCol > 0
      ? `A1:${cellAddress(cells.length - 1, maxCol - 1)}`
      : "A1";
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    `<dimension ref="${dimension}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
    widths ? `<cols>${widths}</cols>` : "",
    rows ? `<sheetData>${rows}</sheetData>` : "<sheetData/>",
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`,
    kept.join(""),
    tableRid
      ? `<tableParts count="1"><tablePart r:id="${tableRid}"/></tableParts>`
      : "",
    `</worksheet>`,
  ].join("");
}

/** The table part of a plan's table. */
export function tableXml(
  plan: SheetPlan,
  id: number,
  columns: string[],
): string {
  const t = plan.table!;
  const ref = `${cellAddress(t.row, t.col)}:${cellAddress(t.row + t.rows - 1, t.col + t.cols - 1)}`;
  const name = escapeXml(t.name);
  const cols = columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
