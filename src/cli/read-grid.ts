/**
 * An .xlsx package → WorkbookGrid, read from the sheet XML itself (shared and inline strings,
 * numbers, formulas with or without a cached value, indent and number format from the styles,
 * tables with their Total Row). Works the same for files saved by Excel, LibreOffice, openpyxl
 * or exceljs, and stays within LIMITS: used ranges are trimmed to the cells that hold something,
 * and cells far from the rest are named in a finding instead of blowing up the grid.
 */
import { finding, Finding, Lang } from "../engine";
import { columnIndex, columnLetters } from "../sheets/columns";
import { fingerprintCells, FingerprintCell } from "../sheets/fingerprint";
import {
  cellAddress,
  ExistingSheet,
  GridBlock,
  GridCell,
  GridTable,
  WorkbookGrid,
} from "../sheets/grid";
import { isGeneratedSheet } from "../sheets/marker";
import { hasForeignNotes } from "./notes";
import { Limits } from "./limits";
import { readOwnership, OwnershipFile, RecordedSheet } from "./ownership";
import type { SheetEntry, XlsxPackage } from "./package";
import { InputProblem } from "./problems";
import { attrs, decodeCell, decodeRange, runText, unescapeXml } from "./xml";

/** A sheet's filled cells in document order (1-based positions), as parallel arrays. */
export interface SheetCells {
  rows: number[];
  cols: number[];
  cells: GridCell[];
  /** What the fingerprint sees: "=formula" or the stored value (only for sheets Fordel's record names). */
  content: FingerprintCell[];
  maxRow: number;
  /** True when `rows` never decreases (as Excel, LibreOffice and openpyxl write): rows can be found by bisection. */
  sorted: boolean;
  maxCol: number;
}

/** A sheet with no cells read (yet). */
function emptySheetCells(): SheetCells {
  return {
    rows: [],
    cols: [],
    cells: [],
    content: [],
    maxRow: 0,
    maxCol: 0,
    sorted: true,
  };
}

export interface ReadResult {
  grid: WorkbookGrid;
  findings: Finding[];
  ownership: OwnershipFile | null;
  /** Per sheet (by sheetId): its last used row, for appending to the log. */
  lastRow: Map<string, number>;
  /** Per sheet (by sheetId): the fingerprint-ready content, for Fordel's own sheets. */
  contents: Map<string, FingerprintCell[][]>;
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

interface CellStyle {
  places: number | null;
  date: boolean;
  indent: number;
}

/** Decimal places a number format shows ("#,##0.0" → 1), or null for General and text formats. */
export function formatPlaces(numFmt: string | undefined): number | null {
  if (!numFmt || /general|@/i.test(numFmt)) return null;
  const section = numFmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

function isDateFormat(code: string): boolean {
  const bare = code.replace(/\\.|"[^"]*"|\[[^\]]*\]/g, "");
  return !/general/i.test(bare) && /[ymdhsb]/i.test(bare.split(";")[0]);
}

function readStyles(xml: string | null): CellStyle[] {
  if (!xml) return [];
  const formats = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    formats.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const section =
    /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  const styles: CellStyle[] = [];
  if (!section) return styles;
  for (const m of section[1].matchAll(
    /<(?:\w+:)?xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?xf>)/g,
  )) {
    const id = Number(attrs(m[1]).numFmtId ?? 0);
    const code = formats.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
    const align = /<(?:\w+:)?alignment\b([^>]*)>/.exec(m[2] ?? "");
    const indent = align ? Number(attrs(align[1]).indent ?? 0) : 0;
    styles.push({
      places: formatPlaces(code),
      date:
        (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || isDateFormat(code),
      indent: Number.isFinite(indent) ? indent : 0,
    });
  }
  return styles;
}

function readSharedStrings(xml: string | null, limits: Limits): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g,
  )) {
    out.push(m[1] ? runText(m[1]) : "");
    if (out.length > limits.cells)
      throw new InputProblem("tooManyCells", { limit: limits.cells });
  }
  return out;
}

/** A shared formula moved from its master cell by (dr, dc): relative references shift, absolute ones stay. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(
      /(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g,
      (
        all,
        pre: string,
        colAbs: string,
        letters: string,
        rowAbs: string,
        row: string,
      ) => {
        const col = columnIndex(letters) + 1;
        const newCol = colAbs ? col : col + dc;
        const newRow = rowAbs ? Number(row) : Number(row) + dr;
        if (newCol < 1 || newRow < 1) return all;
        const address = columnLetters(newCol - 1);
        return `${pre}${colAbs}${address}${rowAbs}${newRow}`;
      },
    );
  }
  return parts.join('"');
}

function isoDate(serial: number, date1904: boolean): string | number {
  const days = serial + (date1904 ? 1462 : 0);
  const ms = Date.UTC(1899, 11, 30) + Math.round(days * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? serial : d.toISOString().slice(0, 10);
}

/** What reading one sheet's cells carries from cell to cell. */
interface CellReading {
  strings: readonly string[];
  styles: readonly CellStyle[];
  date1904: boolean;
  withFormulas: boolean;
  budget: { cells: number };
  limits: Limits;
  /** Shared formulas by their index: the master's text and cell. */
  shared: Map<string, { f: string; row: number; col: number }>;
  cellRe: RegExp;
  out: SheetCells;
}

const NO_STYLE: CellStyle = { places: null, date: false, indent: 0 };

/** One sheet's filled cells. `withFormulas`: keep what the fingerprint needs, shared formulas expanded (Fordel's sheets only). */
function readSheetCells(
  xml: string,
  strings: readonly string[],
  styles: readonly CellStyle[],
  date1904: boolean,
  withFormulas: boolean,
  budget: { cells: number },
  limits: Limits,
): SheetCells {
  const out = emptySheetCells();
  const data =
    /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/(?:\w+:)?sheetData>)/.exec(
      xml,
    );
  if (!data?.[1]) return out;
  const reading: CellReading = {
    strings,
    styles,
    date1904,
    withFormulas,
    budget,
    limits,
    shared: new Map(),
    cellRe: /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
    out,
  };
  let rowNo = 0;
  const rowRe = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  let rm: RegExpExecArray | null;
  while ((rm = rowRe.exec(data[1]))) {
    const ra = attrs(rm[1]);
    rowNo = ra.r ? Number(ra.r) : rowNo + 1;
    if (!(rowNo >= 1 && rowNo <= 1048576)) continue;
    if (rm[2]) readRow(reading, rm[2], rowNo);
  }
  return out;
}

/** The cells of one row (`rowNo`, 1-based); a cell's own reference wins over its place. */
function readRow(reading: CellReading, xml: string, rowNo: number): void {
  const { cellRe } = reading;
  let colNo = 0;
  cellRe.lastIndex = 0;
  let cm: RegExpExecArray | null;
  while ((cm = cellRe.exec(xml))) {
    const a = attrs(cm[1]);
    const at = a.r ? decodeCell(a.r) : null;
    colNo = at ? at.col : colNo + 1;
    const inner = cm[2];
    if (!inner || colNo > 16384) continue;
    readCell(reading, a, inner, at ? at.row : rowNo, colNo);
  }
}

/** One cell (its attributes and inner XML) at row `r`, column `colNo`; skipped when empty. */
function readCell(
  reading: CellReading,
  a: Record<string, string>,
  inner: string,
  r: number,
  colNo: number,
): void {
  const fm = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(
    inner,
  );
  const vm = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  const t = a.t ?? "n";
  const raw = storedValue(t, inner, vm, reading.strings);
  const style = reading.styles[Number(a.s ?? 0)] ?? NO_STYLE;
  const value =
    typeof raw === "number" && style.date
      ? isoDate(raw, reading.date1904)
      : raw;
  const formula = fm ? formulaOf(reading, fm, r, colNo) : null;
  // No cached value: no <v>, or an empty one where a text result is not possible (openpyxl writes <v></v>).
  const uncomputed =
    fm !== null && t !== "inlineStr" && (!vm || (vm[1] === "" && t !== "str"));
  if (value === null && !fm) return;
  if (value === "" && !fm) return;
  addCell(
    reading,
    r,
    colNo,
    gridCell(value, style, uncomputed),
    fm ? `=${formula}` : raw,
  );
}

/** The value stored in a cell of type `t` (`<v>`, or the inline string), null when none. */
function storedValue(
  t: string,
  inner: string,
  vm: RegExpExecArray | null,
  strings: readonly string[],
): string | number | boolean | null {
  if (t === "inlineStr") {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
    return is ? runText(is[1]) : vm ? unescapeXml(vm[1]) : null;
  }
  if (!vm) return null;
  const v = unescapeXml(vm[1]);
  if (t === "s") return strings[Number(v)] ?? "";
  if (t === "str" || t === "e") return v;
  if (t === "b") return v.trim() === "1" || v.trim() === "true";
  if (t === "d") return v.slice(0, 10);
  if (v.trim() === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
}

/**
 * A cell's formula: its own text, or a shared formula's master (moved to this cell when the
 * fingerprint needs it); a master is remembered for the cells that share it.
 */
function formulaOf(
  reading: CellReading,
  fm: RegExpExecArray,
  r: number,
  colNo: number,
): string {
  const fa = attrs(fm[1]);
  const text = unescapeXml(fm[2] ?? "");
  if (fa.t !== "shared" || fa.si === undefined) return text;
  const master = reading.shared.get(fa.si);
  if (text !== "" || !master) {
    reading.shared.set(fa.si, { f: text, row: r, col: colNo });
    return text;
  }
  return reading.withFormulas
    ? shiftFormula(master.f, r - master.row, colNo - master.col)
    : master.f;
}

/** The cell as the sheets' reader sees it: value, the text shown (its format's decimals), indent. */
function gridCell(
  value: string | number | boolean | null,
  style: CellStyle,
  uncomputed: boolean,
): GridCell {
  let text = value === null ? "" : String(value);
  if (
    typeof value === "number" &&
    style.places !== null &&
    Number.isFinite(value)
  )
    text = value.toFixed(Math.min(style.places, 20));
  return uncomputed
    ? { value, text, indent: style.indent, uncomputed: true }
    : { value, text, indent: style.indent };
}

/** Adds a read cell to the sheet's cells (within the bound on cells). */
function addCell(
  reading: CellReading,
  r: number,
  colNo: number,
  cell: GridCell,
  content: FingerprintCell,
): void {
  const { out } = reading;
  if (--reading.budget.cells < 0)
    throw new InputProblem("tooManyCells", { limit: reading.limits.cells });
  if (out.rows.length > 0 && r < out.rows[out.rows.length - 1])
    out.sorted = false;
  out.rows.push(r);
  out.cols.push(colNo);
  out.cells.push(cell);
  if (reading.withFormulas) out.content.push(content);
  if (r > out.maxRow) out.maxRow = r;
  if (colNo > out.maxCol) out.maxCol = colNo;
}

const EMPTY: GridCell = Object.freeze({
  value: null,
  text: "",
  indent: 0,
}) as GridCell;

/**
 * The indexes [from, to) of the cells that may lie in rows top..bottom: found by bisection when
 * the rows are in order, so many small tables on a large sheet do not each scan every cell.
 */
function rowSpan(s: SheetCells, top: number, bottom: number): [number, number] {
  if (!s.sorted) return [0, s.rows.length];
  const first = (row: number) => {
    let lo = 0;
    let hi = s.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s.rows[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first(top), first(bottom + 1)];
}

/** The cells of a 1-based inclusive rectangle as a dense block (blank cells shared). */
function denseBlock(
  sheet: string,
  s: SheetCells,
  top: number,
  left: number,
  bottom: number,
  right: number,
): GridBlock {
  const cells: GridCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: GridCell[] = new Array(right - left + 1);
    row.fill(EMPTY);
    cells.push(row);
  }
  const [from, to] = rowSpan(s, top, bottom);
  for (let i = from; i < to; i++) {
    const r = s.rows[i];
    const c = s.cols[i];
    if (r >= top && r <= bottom && c >= left && c <= right)
      cells[r - top][c - left] = s.cells[i];
  }
  return { sheet, row: top - 1, col: left - 1, cells };
}

/**
 * How far a sparse range may reach: a used range much larger than the cells it holds (a stray
 * cell in row 1.048.576) is cut; a table a few thousand rows below a title is not.
 */
function sparseBound(filled: number, budget: number): number {
  return Math.min(budget, Math.max(200_000, 50 * filled));
}

/** Ends of the groups of sorted positions that more than `gap` empty positions separate. */
function groupEnds(sorted: readonly number[], gap: number): number[] {
  const ends: number[] = [];
  for (let i = 0; i < sorted.length; i++)
    if (i === sorted.length - 1 || sorted[i + 1] - sorted[i] > gap)
      ends.push(sorted[i]);
  return ends;
}

/** The used range from A1, cut where it would reach far beyond the cells it holds; far cells are a finding. */
function usedRange(
  name: string,
  s: SheetCells,
  budget: { grid: number },
  limits: Limits,
  findings: Finding[],
  lang: Lang,
): GridBlock {
  let bottom = s.maxRow;
  let right = s.maxCol;
  const bound = sparseBound(
    s.cells.length,
    Math.min(budget.grid, limits.gridCells),
  );
  if (bottom * right > bound) {
    [bottom, right] = rowsWithinBound(s, bound, limits);
    if (bottom * right > bound)
      right = colsWithinBound(s, bottom, bound, limits);
    const far = farCellsFinding(name, s, bottom, right, limits, lang);
    if (far) findings.push(far);
  }
  if (bottom * right > budget.grid)
    throw new InputProblem("tooManyCells", { limit: limits.gridCells });
  budget.grid -= bottom * right;
  return bottom === 0 || right === 0
    ? { sheet: name, row: 0, col: 0, cells: [] }
    : denseBlock(name, s, 1, 1, bottom, right);
}

/** Rows: groups from the top while the rectangle they span stays within the bound; [bottom, right]. */
function rowsWithinBound(
  s: SheetCells,
  bound: number,
  limits: Limits,
): [number, number] {
  const order = s.rows.map((_, i) => i).sort((a, b) => s.rows[a] - s.rows[b]);
  const ends = new Set(
    groupEnds(
      order.map((i) => s.rows[i]),
      limits.gapRows,
    ),
  );
  let widest = 0;
  let bottom = 0;
  let right = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (s.cols[i] > widest) widest = s.cols[i];
    const next = order[k + 1];
    if (
      ends.has(s.rows[i]) &&
      (next === undefined || s.rows[next] !== s.rows[i])
    ) {
      if (bottom > 0 && s.rows[i] * widest > bound) break;
      bottom = s.rows[i];
      right = widest;
    }
  }
  return [bottom, right];
}

/** Columns of the rows kept: groups from the left while the rectangle stays within the bound; the right edge. */
function colsWithinBound(
  s: SheetCells,
  bottom: number,
  bound: number,
  limits: Limits,
): number {
  const cols: number[] = [];
  for (let i = 0; i < s.cols.length; i++)
    if (s.rows[i] <= bottom) cols.push(s.cols[i]);
  cols.sort((a, b) => a - b);
  let right = 0;
  for (const end of groupEnds(cols, limits.gapCols)) {
    if (bottom * end > bound) break;
    right = end;
  }
  return right;
}

/** CELLS_NOT_READ for the cells beyond the range kept (how many, the first), or null. */
function farCellsFinding(
  name: string,
  s: SheetCells,
  bottom: number,
  right: number,
  limits: Limits,
  lang: Lang,
): Finding | null {
  let count = 0;
  let first = "";
  for (let i = 0; i < s.cells.length; i++)
    if (s.rows[i] > bottom || s.cols[i] > right) {
      if (count++ === 0) first = cellAddress(s.rows[i] - 1, s.cols[i] - 1);
    }
  if (count === 0) return null;
  return finding(
    "warning",
    "CELLS_NOT_READ",
    {
      count,
      sheet: name,
      first,
      gap: Math.min(limits.gapRows, limits.gapCols),
    },
    { sheet: name, cell: first },
    lang,
  );
}

/** A table's range clipped to the cells that hold something (a table over whole columns is mostly empty). */
function readTable(
  pkg: XlsxPackage,
  part: string,
  sheet: string,
  s: SheetCells,
  budget: { grid: number },
  limits: Limits,
): GridTable | null {
  const xml = pkg.text(part);
  const root = xml && /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
  if (!root) return null;
  const a = attrs(root[1]);
  const range = decodeRange(a.ref ?? "");
  if (!range) return null;
  const headerRows = a.headerRowCount === "0" ? 0 : 1;
  let bottom = range.top + headerRows - 1;
  let right = range.left;
  const [from, to] = rowSpan(s, range.top, range.bottom);
  for (let i = from; i < to; i++) {
    const r = s.rows[i];
    const c = s.cols[i];
    if (r < range.top || r > range.bottom || c < range.left || c > range.right)
      continue;
    if (r > bottom) bottom = r;
    if (c > right) right = c;
  }
  bottom = Math.max(bottom, range.top);
  const totalRow = Number(a.totalsRowCount ?? 0) > 0 && bottom === range.bottom;
  const area = (bottom - range.top + 1) * (right - range.left + 1);
  if (area > budget.grid)
    throw new InputProblem("tooManyCells", { limit: limits.gridCells });
  budget.grid -= area;
  return {
    name: a.displayName ?? a.name ?? "",
    ...denseBlock(sheet, s, range.top, range.left, bottom, right),
    ...(totalRow ? { totalRow: true } : {}),
  };
}

/** Rows of fingerprint content from A1 (sparse rows stay sparse arrays: empty cells do not count). */
function contentRows(s: SheetCells): FingerprintCell[][] {
  const rows: FingerprintCell[][] = [];
  for (let i = 0; i < s.cells.length; i++) {
    const r = s.rows[i] - 1;
    (rows[r] ??= [])[s.cols[i] - 1] =
      i < s.content.length ? s.content[i] : s.cells[i].value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

/**
 * The grid of a package. A sheet is Fordel's (`generated`) only when Fordel's record names its
 * sheetId; `unchanged` compares its content now with the fingerprint recorded when it was
 * written. A workbook from before records (visible mark in A1:B1, no record) has its marked
 * sheets taken as Fordel's but `unchanged: false`, so nothing in them is ever cleared.
 */
export function readGrid(
  pkg: XlsxPackage,
  limits: Limits,
  lang: Lang,
  /** Also the cells of Fordel's own sheets (reading a published output back, `--previous`). */
  withGenerated = false,
): ReadResult {
  const strings = readSharedStrings(
    pkg.text(resolve(pkg, "sharedStrings")),
    limits,
  );
  const styles = readStyles(pkg.text(resolve(pkg, "styles")));
  const workbook = pkg.text(pkg.workbookPart) ?? "";
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook);
  const date1904 = pr ? /^(1|true)$/.test(attrs(pr[1]).date1904 ?? "") : false;
  const ownership = readOwnership(pkg);
  const records = new Map((ownership?.sheets ?? []).map((r) => [r.sheetId, r]));
  const result: ReadResult = {
    grid: { tables: [], sheets: [], existing: [] },
    findings: [],
    ownership,
    lastRow: new Map(),
    contents: new Map(),
  };
  const budget = { cells: limits.cells, grid: limits.gridCells };
  for (const sheet of pkg.sheets) {
    const record = records.get(sheet.sheetId);
    const xml =
      sheet.kind === "worksheet" && sheet.part ? pkg.text(sheet.part) : null;
    const s = xml
      ? readSheetCells(
          xml,
          strings,
          styles,
          date1904,
          Boolean(record) || !ownership,
          budget,
          limits,
        )
      : emptySheetCells();
    result.lastRow.set(sheet.sheetId, s.maxRow);
    const existing = existingSheet(pkg, sheet, s, record, !ownership, result);
    result.grid.existing.push(existing);
    if (sheet.part && sheet.kind === "worksheet")
      for (const rel of pkg.rels(sheet.part))
        if (/\/table$/.test(rel.type) && rel.part) {
          const t = readTable(pkg, rel.part, sheet.name, s, budget, limits);
          if (t) result.grid.tables.push(t);
        }
    if (!existing.generated || withGenerated)
      result.grid.sheets.push(
        usedRange(sheet.name, s, budget, limits, result.findings, lang),
      );
  }
  return result;
}

/**
 * What the fill must know of a sheet already there: Fordel's when the record names it (and
 * unchanged when its content and relationships are as recorded), or, in a workbook from before
 * records, when it has the visible mark (then never unchanged). Fordel's sheets' content goes
 * into `result.contents`.
 */
function existingSheet(
  pkg: XlsxPackage,
  sheet: SheetEntry,
  s: SheetCells,
  record: RecordedSheet | undefined,
  beforeRecords: boolean,
  result: ReadResult,
): ExistingSheet {
  const existing: ExistingSheet = { name: sheet.name, generated: false };
  if (record) {
    const content = contentRows(s);
    result.contents.set(sheet.sheetId, content);
    existing.generated = true;
    // A table, drawing or comments added to the sheet are the user's work too, even over unchanged cells.
    const sheetRels = sheet.part ? pkg.rels(sheet.part) : [];
    const rels = sheetRels.length;
    // Fordel writes notes of its own: a note by anyone else is the user's (it shares their part).
    existing.unchanged =
      fingerprintCells(content) === record.fingerprint &&
      (record.rels === undefined || record.rels === rels) &&
      !hasForeignNotes(sheetRels, (part) => pkg.text(part));
    if (!record.complete) existing.incomplete = true;
    if (record.period !== undefined) existing.period = record.period;
    if (record.group !== undefined) existing.group = record.group;
  } else if (beforeRecords && hasVisibleMark(s)) {
    existing.generated = true;
    existing.unchanged = false;
    result.contents.set(sheet.sheetId, contentRows(s));
  }
  return existing;
}

/** True when A1:B1 hold Fordel's visible mark (sheets from before records). */
function hasVisibleMark(s: SheetCells): boolean {
  const a1 = [
    [0, 0],
    [0, 0],
  ].map(() => ({ value: null, text: "", indent: 0 }) as GridCell);
  for (let i = 0; i < s.cells.length && s.rows[i] === 1; i++)
    if (s.cols[i] <= 2) a1[s.cols[i] - 1] = s.cells[i];
  return isGeneratedSheet([a1]);
}

/** The part of the workbook's relationship of a kind ("styles", "sharedStrings"). */
function resolve(pkg: XlsxPackage, kind: string): string {
  const rel = pkg
    .rels(pkg.workbookPart)
    .find((r) => r.type.endsWith(`/${kind}`));
  return rel?.part ?? "";
}

/**
 * The formulas of a rectangle on one sheet (0-based, inclusive), shared formulas expanded, as
 * "=SUM(B2:B6)" or null: `fordel round` reads totals from them (SPEC §5).
 */
export function readFormulas(
  pkg: XlsxPackage,
  sheetName: string,
  box: { top: number; left: number; bottom: number; right: number },
  limits: Limits,
): (string | null)[][] {
  const out = Array.from({ length: box.bottom - box.top + 1 }, () =>
    new Array<string | null>(box.right - box.left + 1).fill(null),
  );
  const sheet = pkg.sheets.find(
    (s) => s.name.toLowerCase() === sheetName.toLowerCase(),
  );
  const xml =
    sheet?.kind === "worksheet" && sheet.part ? pkg.text(sheet.part) : null;
  if (!xml) return out;
  const s = readSheetCells(
    xml,
    [],
    [],
    false,
    true,
    { cells: limits.cells },
    limits,
  );
  for (let i = 0; i < s.cells.length; i++) {
    const [r, c] = [s.rows[i] - 1 - box.top, s.cols[i] - 1 - box.left];
    const content = s.content[i];
    if (
      r >= 0 &&
      c >= 0 &&
      r < out.length &&
      c < out[0].length &&
      typeof content === "string" &&
      content.startsWith("=") &&
      content !== s.cells[i].value
    )
      out[r][c] = content;
  }
  return out;
}
