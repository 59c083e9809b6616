/**
 * A sheet plan as worksheet XML and table XML, written directly (no exceljs), so the CLI can
 * place Fordel's sheets into the user's own package. Text is written as inline strings – text
 * stays text, and the workbook's shared-strings part is left as it was.
 */
import { sheetNameKey } from "../engine";
import type { FingerprintCell } from "../sheets/fingerprint";
import { cellAddress } from "../sheets/grid";
import { columnLetters } from "../sheets/columns";
import type {
  PageSetup,
  PlanCell,
  PlanFont,
  PlanMerge,
  SheetPlan,
} from "../sheets/plan";
import type { StyleBook } from "./styles";
import { escapeCellText, escapeXml } from "./xml";

export const MAIN_NS =
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const LETTERS: string[] = [];
/** A column's letters, each worked out once (a sheet of 100 columns has millions of cells). */
function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

/** One cell's XML at a 1-based row, or "" for nothing to write. */
export function cellXml(
  cell: PlanCell | undefined,
  row: number,
  col: number,
  styles: StyleBook,
  font?: PlanFont,
): string {
  if (!cell) return "";
  const s = styles.index(cell, font);
  const ref = `${letters(col)}${row}`;
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

/** A row's XML, or "" when it writes nothing; `height` in points for a row of wrapped, merged text. */
export function rowXml(
  cells: readonly (PlanCell | undefined)[],
  row: number,
  styles: StyleBook,
  font?: PlanFont,
  height?: number,
): string {
  let inner = "";
  for (let c = 0; c < cells.length; c++)
    inner += cellXml(cells[c], row, c, styles, font);
  const ht = height ? ` ht="${height}" customHeight="1"` : "";
  return inner || ht ? `<row r="${row}"${ht}>${inner}</row>` : "";
}

/** `'Fordeling 2026'` as a defined name or formula writes a sheet. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The footer in Excel's codes (&L left, &C centre, &R right; a literal & doubled). */
export function footerText(page: PageSetup): string {
  const f = page.footer;
  const part = (code: string, text: string) => (text ? `&${code}${text}` : "");
  return part("L", f.left) + part("C", f.center) + part("R", f.right);
}

/** The print titles and print area of a sheet, as the values of `_xlnm.Print_Titles` / `_xlnm.Print_Area`. */
export function printNames(
  name: string,
  page: PageSetup,
): { titles: string | null; area: string | null } {
  const q = quotedSheet(name);
  const abs = (a: string) => a.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
  const col = (c: number) => cellAddress(0, c).replace(/\d+$/, "");
  const titles = [
    ...(page.titleColumns
      ? [
          `${q}!$${col(page.titleColumns.first)}:$${col(page.titleColumns.last)}`,
        ]
      : []),
    ...(page.titleRows
      ? [`${q}!$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`]
      : []),
  ];
  const a = page.printArea;
  const area =
    a && a.rows > 0 && a.cols > 0
      ? `${q}!${abs(cellAddress(0, 0))}:${abs(cellAddress(a.rows - 1, a.cols - 1))}`
      : null;
  return { titles: titles.length > 0 ? titles.join(",") : null, area };
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
  return cells.map((row) => Array.from(row, writtenCell));
}

/** What one written cell reads back as (see `writtenRows`). */
export function writtenCell(cell: PlanCell | undefined): FingerprintCell {
  if (!cell) return null;
  if (cell.formula)
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  return typeof cell.value === "number" && !Number.isFinite(cell.value)
    ? null
    : (cell.value ?? null);
}

/**
 * The worksheet part: cells, frozen panes, column widths, merged lines, the page (A4 landscape,
 * one page wide, footer), the notes' drawing (`notesRid`) and kept drawing elements.
 */
export function sheetXml(
  plan: SheetPlan,
  cells: readonly (readonly (PlanCell | undefined)[])[],
  styles: StyleBook,
  tableRid: string | null,
  kept: string[],
  notesRid: string | null = null,
): string {
  return [
    ...sheetXmlPieces(plan, cells, styles, tableRid, kept, notesRid),
  ].join("");
}

/** Rows of XML given to the deflater at a time: about a megabyte, never the whole sheet. */
const PIECE = 1 << 20;

/** `sheetXml` in pieces of about a megabyte each, made as they are taken. */
export function* sheetXmlPieces(
  plan: SheetPlan,
  cells: readonly (readonly (PlanCell | undefined)[])[],
  styles: StyleBook,
  tableRid: string | null,
  kept: string[],
  notesRid: string | null = null,
): Generator<string> {
  let maxCol = 0;
  for (const row of cells) if ((row?.length ?? 0) > maxCol) maxCol = row.length;
  const [head, tail] = sheetFrame(
    plan,
    cells.length,
    maxCol,
    tableRid,
    kept,
    notesRid,
  );
  let rows = "";
  let any = false;
  for (let r = 0; r < cells.length; r++) {
    const xml = rowXml(
      cells[r] ?? [],
      r + 1,
      styles,
      plan.font,
      plan.rowHeights?.[r],
    );
    if (xml === "") continue;
    if (!any) rows = `${head}<sheetData>`;
    any = true;
    rows += xml;
    if (rows.length >= PIECE) {
      yield rows;
      rows = "";
    }
  }
  yield any ? `${rows}</sheetData>${tail}` : `${head}<sheetData/>${tail}`;
}

/** The worksheet part around its rows: what comes before `<sheetData>` and after it. */
function sheetFrame(
  plan: SheetPlan,
  rowCount: number,
  maxCol: number,
  tableRid: string | null,
  kept: string[],
  notesRid: string | null,
): [string, string] {
  const t = plan.table;
  const freeze = plan.freeze ?? (t ? { rows: t.row + 1, cols: 1 } : null);
  const widths = colsXml(plan.columnWidths ?? []);
  const head = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    `<dimension ref="${dimensionRef(rowCount, maxCol)}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${paneXml(freeze)}</sheetView></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
    widths ? `<cols>${widths}</cols>` : "",
  ].join("");
  const tail = [
    mergeCellsXml(plan.merges ?? []),
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    pageSetupXml(plan.page),
    kept.filter((k) => /^<drawing\b/.test(k)).join(""),
    notesRid ? `<legacyDrawing r:id="${notesRid}"/>` : "",
    kept.filter((k) => !/^<drawing\b/.test(k)).join(""),
    tableRid
      ? `<tableParts count="1"><tablePart r:id="${tableRid}"/></tableParts>`
      : "",
    `</worksheet>`,
  ].join("");
  return [head, tail];
}

/** The sheet's used range: A1 to its last row and column ("A1" for an empty sheet). */
function dimensionRef(rowCount: number, maxCol: number): string {
  return rowCount > 0 && maxCol > 0
    ? `A1:${cellAddress(rowCount - 1, maxCol - 1)}`
    : "A1";
}

/** Frozen rows and columns as a pane and its selection; "" when nothing is frozen. */
function paneXml(freeze: { rows: number; cols: number } | null): string {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return "";
  const active =
    freeze.rows > 0 && freeze.cols > 0
      ? "bottomRight"
      : freeze.rows > 0
        ? "bottomLeft"
        : "topRight";
  return `<pane${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""} topLeftCell="${cellAddress(freeze.rows, freeze.cols)}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
}

/** The merged ranges of more than one cell; "" when there are none. */
function mergeCellsXml(all: readonly PlanMerge[]): string {
  const merges = all.filter((m) => m.rows * m.cols > 1);
  if (merges.length === 0) return "";
  const refs = merges
    .map(
      (m) =>
        `<mergeCell ref="${cellAddress(m.row, m.col)}:${cellAddress(m.row + m.rows - 1, m.col + m.cols - 1)}"/>`,
    )
    .join("");
  return `<mergeCells count="${merges.length}">${refs}</mergeCells>`;
}

/** The page (A4 landscape, one page wide when the plan says nothing) and its footer. */
function pageSetupXml(page: PageSetup | undefined): string {
  return page
    ? `<pageSetup paperSize="${page.paperSize}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="0"/><headerFooter><oddFooter>${escapeXml(footerText(page))}</oddFooter></headerFooter>`
    : `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`;
}

/** The widths of the columns that have one (at most Excel's 255). */
function colsXml(widths: readonly number[]): string {
  return widths
    .map((w, c) =>
      Number.isFinite(w) && w > 0
        ? `<col min="${c + 1}" max="${c + 1}" width="${Math.min(255, w)}" customWidth="1"/>`
        : "",
    )
    .join("");
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
