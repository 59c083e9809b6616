/**
 * The state of a fake Excel workbook: sheets of cells, tables, column widths, the event handlers
 * registered through the API. Plain TypeScript with no Office or Node dependency, so a browser
 * test of the task pane can bundle it too. `FakeExcel` (./context.ts) puts the Office.js API
 * subset on top of it.
 */

export type CellValue = string | number | boolean | null;

export interface FakeCell {
  /** The value (a formula's cached result when seeded; null for formulas the fake wrote, it does not calculate). */
  value: CellValue;
  /** Invariant formula starting with "=", when the cell holds one. */
  formula?: string;
  numberFormat: string;
  bold: boolean;
  indent: number;
  /** True when the text was entered with a leading apostrophe (Excel keeps it text). */
  quotePrefix: boolean;
  /** Display text override for seeded cells (e.g. a Danish "109,1"); else derived from value and format. */
  text?: string;
  /** Formats beyond number format, bold and indent, by Office.js path ("font.size", "fill.color", "borders.EdgeTop.style"). */
  look?: Record<string, unknown>;
}

export interface FakeTableState {
  name: string;
  style?: string;
  /** The table shows its Total Row: the last row of its range (`rows` counts it). */
  showTotals?: boolean;
  sheet: FakeSheetState;
  /** 0-based header row and column, and size including the header row. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export class FakeSheetState {
  readonly cells = new Map<string, FakeCell>();
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Frozen rows and columns (freeze panes), when set. */
  frozen: { rows: number; cols: number } | null = null;
  /** Worksheet protection: the fake then refuses every write to the sheet (cells, formats, tables, name). */
  protected = false;
  /** Row heights in points set by hand, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  /** Merged areas ("A2:H2"). */
  readonly merges: string[] = [];
  /** What `worksheet.pageLayout` was given (orientation, paperSize, zoom, print titles and area, footers). */
  readonly page: Record<string, unknown> = {};
  /** Cell notes (ExcelApi 1.18 `worksheet.notes`): the text of each, by 0-based "row,col". */
  readonly notes = new Map<string, string>();
  constructor(
    public name: string,
    /** Excel's Worksheet.id: a GUID in braces, kept when the sheet is renamed, never reused. */
    readonly id: string,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell, created empty when missing (for writes). */
  ensure(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: "General", bold: false, indent: 0, quotePrefix: false };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

import { columnIndex, columnLetters } from "../../../src/sheets/columns";
export { columnIndex, columnLetters };

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "A1", "B2:D9", "C:CV" (whole columns) or "3:5" (whole rows), without a sheet name. */
export function parseAddress(address: string): Rect {
  const parts = address.trim().toUpperCase().replace(/\$/g, "").split(":");
  if (parts.length < 1 || parts.length > 2) throw new Error(`bad address ${address}`);
  const cols = parts.map((p) => /^[A-Z]{1,3}$/.test(p));
  if (cols.every(Boolean)) {
    const [a, b = a] = parts.map(columnIndex);
    return { row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 };
  }
  const rowsOnly = parts.map((p) => /^[0-9]+$/.test(p));
  if (rowsOnly.every(Boolean)) {
    const [a, b = a] = parts.map((p) => Number(p) - 1);
    return { row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS };
  }
  const cells = parts.map((p) => {
    const m = /^([A-Z]{1,3})([0-9]+)$/.exec(p);
    if (!m) throw new Error(`bad address ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  });
  const [a, b = a] = cells;
  const rect = {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
  if (rect.row < 0 || rect.col < 0 || rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) {
    throw new Error(`bad address ${address}`);
  }
  return rect;
}

export function formatAddress(rect: Rect): string {
  const a = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return a;
  return `${a}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

/** Sheet names as Excel quotes them in addresses. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** What a seeded cell may be: a plain value, or a value with its formula, format, indent, bold or text. */
export type SeedCell = CellValue | { value?: CellValue; formula?: string; numberFormat?: string; indent?: number; bold?: boolean; text?: string };

export interface FakeWorkbookOptions {
  /** Locale of the display text (Range.text): "en-US" (default) or e.g. "da-DK". */
  locale?: string;
  /** The ExcelApi requirement set the host has, e.g. "1.8" (default: every one the fake knows). */
  excelApi?: string;
}

/** The collection events the fake has, with the ExcelApi set that brought them. */
export const FAKE_EVENTS = {
  "worksheets.onAdded": "1.7",
  "worksheets.onDeleted": "1.7",
  "worksheets.onChanged": "1.9",
  "tables.onAdded": "1.9",
  "tables.onDeleted": "1.9",
} as const;
export type FakeEventName = keyof typeof FAKE_EVENTS;
export type FakeEventHandler = (args: Record<string, unknown>) => Promise<unknown>;

/** Minor version of an ExcelApi set: "1.9" → 9. */
const apiMinor = (set: string) => Number(set.split(".")[1]);

export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  readonly tables: FakeTableState[] = [];
  /** The workbook's defined names (Name Manager); Excel Tables share their namespace. */
  readonly definedNames: string[] = [];
  activeSheet: FakeSheetState | null = null;
  /** What Range.select() selected last (Excel's selection); null = A1 of the active sheet. */
  selection: ({ sheet: FakeSheetState } & Rect) | null = null;
  readonly locale: string;
  readonly excelApi: string;
  /** Handlers registered through the API (at a sync), by event. */
  readonly handlers = Object.fromEntries(Object.keys(FAKE_EVENTS).map((name) => [name, []])) as unknown as Record<FakeEventName, FakeEventHandler[]>;
  /** What Application.calculate was asked for, in order ("Full", …): the fake does not calculate. */
  readonly calculations: string[] = [];
  /** True while the user edits a cell: Excel then rejects every request (InvalidOperationInCellEditMode). */
  cellEditMode = false;
  /** Workbook structure protection: sheets cannot be added, deleted, renamed or moved. */
  structureProtected = false;
  /** The workbook's custom XML parts (Excel's workbook.customXmlParts), in order. */
  readonly customXmlParts: { id: string; xml: string }[] = [];
  /**
   * Fault injection: every queued operation run at a sync, and the end of every sync, is a
   * numbered fault point (1, 2, … over every request context on this workbook). When `failAt`
   * is a point's number, that point fails with GeneralException: an operation fails before it
   * runs (the operations before it in the request stay applied, as Office.js does not roll back),
   * the end of a sync fails after every operation ran (the reply was lost). `points` counts the
   * points passed; `at` names each (for reports).
   */
  readonly faults: { failAt: number | null; points: number; at: string[]; failWhen?: (label: string) => boolean } = {
    failAt: null,
    points: 0,
    at: [],
  };
  private sheetsMade = 0;
  private partsMade = 0;

  constructor(options: FakeWorkbookOptions = {}) {
    this.locale = options.locale ?? "en-US";
    this.excelApi = options.excelApi ?? "1.18";
  }

  supports(excelApi: string): boolean {
    return apiMinor(excelApi) <= apiMinor(this.excelApi);
  }

  /** A new sheet with a new id, last in the workbook (no checks: the callers make them). */
  createSheet(name: string): FakeSheetState {
    const n = ++this.sheetsMade;
    const sheet = new FakeSheetState(name, `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Passes a fault point (see `faults`); throws when it is the one to fail. */
  faultPoint(label: string): void {
    this.faults.points++;
    this.faults.at.push(label);
    if (this.faults.points === this.faults.failAt || this.faults.failWhen?.(label)) {
      this.faults.failWhen = undefined;
      throw new Error(`injected fault at point ${this.faults.points} (${label})`);
    }
  }

  /** A new custom XML part's id (a GUID in braces, as Excel gives). */
  newPartId(): string {
    return `{AAAAAAAA-${(++this.partsMade).toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
  }

  findSheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => same(s.name, name));
  }

  findTable(name: string): FakeTableState | undefined {
    return this.tables.find((t) => same(t.name, name));
  }

  /** Test set-up: adds a sheet (no request, no sync). */
  addSheet(name: string): FakeSheetState {
    if (this.findSheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = this.createSheet(name);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /**
   * After the sheet named `name` was deleted: every formula that pointed into it now says #REF!
   * where the sheet was (`='Fordeling 2026'!C13` → `=#REF!C13`) and shows #REF!, as Excel does.
   * Text inside string literals is left alone.
   */
  breakReferencesTo(name: string): void {
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const quoted = `'${escape(name.replace(/'/g, "''"))}'!`;
    const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|(?<![A-Za-z0-9_.'])${escape(name)}!` : "";
    const reference = new RegExp(`${quoted}${bare}`, "gi");
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula === undefined) continue;
        // Even parts are outside "…" literals.
        const parts = cell.formula.split('"');
        const broken = parts.map((part, i) => (i % 2 === 0 ? part.replace(reference, "#REF!") : part)).join('"');
        if (broken === cell.formula) continue;
        cell.formula = broken;
        cell.value = "#REF!";
        cell.text = undefined;
      }
    }
  }

  /**
   * After the sheet `from` was renamed `to`: every formula that pointed into it points into the
   * new name, as Excel does (`='Fordeling Fra 2027'!C13` → `='Fordeling fra 2027'!C13`).
   */
  renameReferences(from: string, to: string): void {
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const quoted = `'${escape(from.replace(/'/g, "''"))}'!`;
    const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(from) ? `|(?<![A-Za-z0-9_.'])${escape(from)}!` : "";
    const reference = new RegExp(`${quoted}${bare}`, "gi");
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula === undefined) continue;
        const parts = cell.formula.split('"');
        cell.formula = parts.map((part, i) => (i % 2 === 0 ? part.replace(reference, `${quoteSheet(to)}!`) : part)).join('"');
      }
    }
  }

  /** Excel reporting a change: calls every handler registered for the event and waits for them. */
  async fire(name: FakeEventName, args: Record<string, unknown>): Promise<void> {
    await Promise.all(this.handlers[name].map((handler) => handler(args)));
  }

  /** The user types cells (as `seed`); Excel reports it to the handlers of worksheets.onChanged. */
  async userEdits(sheetName: string, topLeft: string, rows: readonly (readonly SeedCell[])[]): Promise<void> {
    this.seed(sheetName, topLeft, rows);
    const at = parseAddress(topLeft);
    const address = formatAddress({ ...at, rows: rows.length, cols: Math.max(1, ...rows.map((r) => r.length)) });
    const worksheetId = this.findSheet(sheetName)!.id;
    await this.fire("worksheets.onChanged", { type: "WorksheetChanged", worksheetId, address, changeType: "RangeEdited", source: "Local" });
  }

  /** The user adds a sheet (or copies one in, with its cells); Excel reports it to worksheets.onAdded. */
  async userAddsSheet(name: string, rows: readonly (readonly SeedCell[])[] = []): Promise<void> {
    const sheet = this.addSheet(name);
    this.seed(name, "A1", rows);
    await this.fire("worksheets.onAdded", { type: "WorksheetAdded", worksheetId: sheet.id, source: "Local" });
  }

  /** Test set-up: writes rows of seeded cells from `topLeft` on a sheet (created when missing). */
  seed(sheetName: string, topLeft: string, rows: readonly (readonly SeedCell[])[]): this {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseAddress(topLeft);
    rows.forEach((cells, i) =>
      cells.forEach((seed, j) => {
        if (seed === undefined) return;
        const cell = sheet.ensure(at.row + i, at.col + j);
        if (seed === null || typeof seed !== "object") {
          cell.value = seed;
          return;
        }
        if (seed.value !== undefined) cell.value = seed.value;
        if (seed.formula !== undefined) cell.formula = seed.formula;
        if (seed.numberFormat !== undefined) cell.numberFormat = seed.numberFormat;
        if (seed.indent !== undefined) cell.indent = seed.indent;
        if (seed.bold !== undefined) cell.bold = seed.bold;
        if (seed.text !== undefined) cell.text = seed.text;
      }),
    );
    return this;
  }

  /** Test set-up: an Excel Table over `address` (header row included). */
  /** A table over `address` (header row first; with `showTotals` its last row is the Total Row). */
  seedTable(sheetName: string, name: string, address: string, options: { showTotals?: boolean } = {}): this {
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    if (this.findTable(name)) throw new Error(`table ${name} exists`);
    this.tables.push({ name, sheet, ...parseAddress(address), ...(options.showTotals ? { showTotals: true } : {}) });
    return this;
  }

  /** Everything about one sheet as plain data, for deep-equal before/after comparisons. */
  snapshot(sheetName: string): unknown {
    const sheet = this.findSheet(sheetName);
    if (!sheet) return undefined;
    const cells = [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c }]);
    const widths = [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]);
    const tables = this.tables.filter((t) => t.sheet === sheet).map((t) => ({ ...t, sheet: t.sheet.name }));
    return { name: sheet.name, position: this.sheets.indexOf(sheet), cells, widths, frozen: sheet.frozen, tables };
  }

  /** The value a cell shows to a formula reader: formula text or value ("" when empty). */
  formulaAt(sheetName: string, address: string): CellValue {
    const sheet = this.findSheet(sheetName);
    const at = parseAddress(address);
    const cell = sheet?.cell(at.row, at.col);
    if (!cell) return "";
    return cell.formula ?? cell.value ?? "";
  }

  cellAt(sheetName: string, address: string): FakeCell | undefined {
    const at = parseAddress(address);
    return this.findSheet(sheetName)?.cell(at.row, at.col);
  }

  /** Display text as Excel's Range.text would give it (the fake does not calculate formulas: "" for them). */
  textOf(cell: FakeCell | undefined): string {
    if (!cell) return "";
    if (cell.text !== undefined) return cell.text;
    const v = cell.value;
    if (v === null || v === "") return "";
    if (typeof v === "string") return v;
    if (typeof v === "boolean") return this.locale.startsWith("da") ? (v ? "SAND" : "FALSK") : v ? "TRUE" : "FALSE";
    return formatNumber(v, cell.numberFormat, this.locale);
  }
}

/** A small subset of Excel's number formats: General, 0, 0.0…, #,##0…, …%, @. */
export function formatNumber(n: number, format: string, locale: string): string {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (m) {
    const places = m[2]?.length ?? 0;
    const value = m[3] ? n * 100 : n;
    const text = new Intl.NumberFormat(locale, {
      minimumFractionDigits: places,
      maximumFractionDigits: places,
      useGrouping: Boolean(m[1]),
    }).format(value);
    return m[3] ? `${text}%` : text;
  }
  const general = String(Number(n.toPrecision(11)));
  return locale.startsWith("da") ? general.replace(".", ",") : general;
}
