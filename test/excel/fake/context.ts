/**
 * An in-memory fake of the Office.js Excel API subset Fordel uses, honest about its semantics:
 * - every call on a proxy object only queues an operation; operations run in order at `sync()`;
 * - reading a property that was not loaded and synced throws (PropertyNotLoaded), as does
 *   reading a ClientResult's value before the sync;
 * - `*OrNullObject` gives an object whose `isNullObject` is known after the sync; calling a
 *   method on a null object fails the batch (Office does not document that as supported);
 * - each sync's request size is the JSON of its queued operations; over 5 MB the request is
 *   rejected whole (RequestPayloadSizeLimitExceeded), as Excel on the web does;
 * - an operation that fails stops the batch; the ones before it stay applied (Office.js does
 *   not roll back);
 * - while the user edits a cell, every request is rejected (InvalidOperationInCellEditMode);
 * - an event handler is registered at the sync, on a host with the event's ExcelApi set (else
 *   that sync fails: ApiNotFound). The test fires events (`state.userEdits`, …); the fake's own
 *   API writes raise none;
 * - fault injection (`state.faults`): each operation run at a sync and the end of each sync is a
 *   numbered fault point; the chosen point fails (GeneralException) – an operation before it
 *   runs, a sync's end after all its operations ran (the reply was lost). What it assumes of
 *   Excel: a failed request leaves the operations before the failure applied, in order, and
 *   nothing after it; a later request on the same workbook works again;
 * - deleting a sheet turns every formula into it into #REF! for good (a new sheet of that name
 *   does not mend them); renaming a sheet rewrites the formulas into it to the new name (as Excel);
 *   `Range.clear` leaves formulas into the cleared cells pointing there;
 * - Worksheet ids are GUIDs kept across renames and never reused (assumed to persist with the
 *   file, as Excel's do in practice; Office documents them as unique and rename-proof);
 * - a protected sheet (`FakeSheetState.protected`) refuses every change to its cells, formats,
 *   tables, panes and name (AccessDenied; unlocked cells are not modelled);
 * - custom XML parts (workbook.customXmlParts): add, getItem, getByNamespace (the root
 *   element's default xmlns), getXml, setXml, delete; a copied sheet does not carry them.
 * - cell notes (worksheet.notes, ExcelApi 1.18; on an older host every request using them fails
 *   with ApiNotFound): load "items/content", add(cell, content), note.delete(). Assumed of Excel:
 *   a loaded note stays the same note for the request context (its delete in a later request
 *   deletes that note, or fails with ItemNotFound when it is gone); `add` on a cell that has a
 *   note fails (InvalidArgument); `Range.clear` leaves notes alone (Fordel deletes its own);
 *   a note on a protected sheet cannot be added or deleted (AccessDenied).
 * It does not calculate formulas: a written formula has no value, and `application.calculate`
 * is only recorded.
 */
import {
  CellValue,
  FAKE_EVENTS,
  FakeCell,
  FakeEventHandler,
  FakeEventName,
  FakeSheetState,
  FakeTableState,
  FakeWorkbookState,
  MAX_COLS,
  MAX_ROWS,
  Rect,
  formatAddress,
  parseAddress,
  quoteSheet,
} from "./workbook";

/** Excel on the web's request limit. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** How the request body goes on the wire. */
const UTF8 = new TextEncoder();

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

interface Op {
  /** What travels in the request (its JSON size counts). */
  wire: unknown;
  run: () => void;
}

export interface SyncRecord {
  bytes: number;
  operations: number;
  /** Each operation as "path action" (without its arguments), to check what a request asks for. */
  actions: string[];
}

/** Parses "a, b/c" | ["a"] | { a: true } into property paths. */
function propertyPaths(props: unknown): string[] {
  if (props === undefined) throw new FakeOfficeError("InvalidArgument", "load() without properties is not supported by the fake");
  if (typeof props === "string")
    return props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.map(String);
  if (typeof props === "object" && props !== null) {
    const o = props as Record<string, unknown>;
    if (typeof o.select === "string") return propertyPaths(o.select);
    return Object.keys(o).filter((k) => o[k]);
  }
  throw new FakeOfficeError("InvalidArgument", "bad load argument");
}

/** Base of every proxy: a path (for the request JSON), loaded properties, null-object state. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined = undefined;

  constructor(
    readonly ctx: FakeRequestContext,
    readonly path: string,
  ) {}

  protected get<T>(name: string): T {
    if (this.nullState === true) return undefined as T;
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Load it and call context.sync() first.`);
    }
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'isNullObject' is not available before context.sync().");
    }
    return this.nullState;
  }

  /** Queues an operation on this object. */
  protected queue(action: string, args: unknown, run: () => void): void {
    this.ctx._enqueue({ wire: { path: this.path, action, args }, run });
  }

  /** For collection loads: fills in what the collection read. */
  _fill(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
    this.nullState = false;
  }

  /** Set at the sync of an `*OrNullObject` lookup. */
  _setNull(isNull: boolean): void {
    this.nullState = isNull;
  }
}

type Resolver<T> = () => T;

// ---------------------------------------------------------------- ranges

interface RangeTarget extends Rect {
  sheet: FakeSheetState;
}

export class FakeCellPropertiesResult {
  private v: unknown;
  private done = false;
  get value(): { format: { indentLevel: number } }[][] {
    if (!this.done) throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value is not available before context.sync().");
    return this.v as { format: { indentLevel: number } }[][];
  }
  _set(v: unknown): void {
    this.v = v;
    this.done = true;
  }
}

const RANGE_PROPERTIES = ["values", "text", "formulas", "numberFormat", "address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

export class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly resolve: Resolver<RangeTarget>,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(this);
  }

  /** Merges the range into one cell (its first cell's content stays; the fake keeps the area). */
  merge(across?: boolean): void {
    this.queue("merge", Boolean(across), () => {
      const t = this.resolve();
      writable(t.sheet);
      t.sheet.merges.push(formatAddress(t));
    });
  }

  load(props?: unknown): this {
    const paths = propertyPaths(props);
    for (const p of paths) {
      if (!RANGE_PROPERTIES.includes(p)) throw new FakeOfficeError("InvalidArgument", `fake Range cannot load '${p}'`);
    }
    this.queue("load", paths, () => {
      const t = this.resolve();
      // Only cell data weighs in the answer: the place of a huge range (rowCount, …) loads fine.
      const cellData = paths.some((p) => ["values", "text", "formulas", "numberFormat"].includes(p));
      if (cellData && t.rows * t.cols > 5_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "range too large to load");
      for (const p of paths) this.loaded.set(p, readRangeProperty(this.ctx.state, t, p));
    });
    return this;
  }

  get values(): CellValue[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v);
  }
  get formulas(): CellValue[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v);
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.queue("numberFormat", v, () => {
      const t = this.resolve();
      writable(t.sheet);
      checkShape(v, t, "numberFormat");
      eachCell(t, v, (cell, x) => {
        if (x === null) return;
        if (typeof x !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat entries must be strings");
        cell.numberFormat = x;
      });
    });
  }
  get text(): string[][] {
    return this.get("text");
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  private write(kind: "values" | "formulas", v: unknown[][]): void {
    this.queue(kind, v, () => {
      const t = this.resolve();
      writable(t.sheet);
      checkShape(v, t, kind);
      eachCell(t, v, (cell, x) => enterValue(cell, x));
    });
  }

  /**
   * Clears the cells of the range: "All" (default) their contents and formats, or only one of
   * them. Formulas elsewhere that point into the range keep pointing there (as in Excel);
   * Excel Tables in it stay (the fake's Excel Tables have no cell formats of their own).
   */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    if (!["All", "Contents", "Formats"].includes(applyTo))
      throw new FakeOfficeError("InvalidArgument", `the fake clears All, Contents or Formats, not ${applyTo}`);
    this.queue("clear", applyTo, () => {
      const t = this.resolve();
      writable(t.sheet);
      for (const [key, cell] of [...t.sheet.cells]) {
        const [r, c] = key.split(",").map(Number);
        if (r < t.row || r >= t.row + t.rows || c < t.col || c >= t.col + t.cols) continue;
        if (applyTo === "All") {
          t.sheet.cells.delete(key);
          continue;
        }
        if (applyTo === "Contents") {
          Object.assign(cell, { value: null, quotePrefix: false, text: undefined });
          delete cell.formula;
        } else Object.assign(cell, { numberFormat: "General", bold: false, indent: 0 });
      }
    });
  }

  /** Shows (false) or hides the rows of the range; the fake has no hidden rows, so only `false` is taken. */
  set rowHidden(v: boolean) {
    this.queue("rowHidden", v, () => {
      if (v !== false) throw new FakeOfficeError("InvalidArgument", "the fake only shows rows (rowHidden = false)");
      this.resolve();
    });
  }

  /** The range's sheet (loads only `name`). */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.worksheet`, () => this.resolve().sheet);
  }

  /** Selects the range and activates its sheet, as Excel does. */
  select(): void {
    this.queue("select", null, () => {
      const t = this.resolve();
      this.ctx.state.activeSheet = t.sheet;
      this.ctx.state.selection = { ...t };
    });
  }

  getCellProperties(options: { format?: { indentLevel?: boolean } }): FakeCellPropertiesResult {
    const result = new FakeCellPropertiesResult();
    if (!options.format?.indentLevel) throw new FakeOfficeError("InvalidArgument", "the fake only gives format.indentLevel");
    this.queue("getCellProperties", options, () => {
      const t = this.resolve();
      const rows: { format: { indentLevel: number } }[][] = [];
      for (let i = 0; i < t.rows; i++) {
        const row: { format: { indentLevel: number } }[] = [];
        for (let j = 0; j < t.cols; j++) row.push({ format: { indentLevel: t.sheet.cell(t.row + i, t.col + j)?.indent ?? 0 } });
        rows.push(row);
      }
      result._set(rows);
    });
    return result;
  }

  private derived(name: string, f: (t: RangeTarget) => Rect): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.${name}`, () => {
      const t = this.resolve();
      const r = f(t);
      if (r.row < 0 || r.col < 0 || r.rows < 1 || r.cols < 1 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS) {
        throw new FakeOfficeError("InvalidArgument", `${name} leaves the sheet`);
      }
      return { sheet: t.sheet, ...r };
    });
  }

  /** Row `index` of the range (Office.js sends a large array as chunks on such rows' bounding rectangles). */
  getRow(index: number): FakeRange {
    return this.derived(`getRow(${index})`, (t) => ({ row: t.row + index, col: t.col, rows: 1, cols: t.cols }));
  }
  /** The smallest range holding this range and `other` (on the same sheet). */
  getBoundingRect(other: FakeRange): FakeRange {
    return this.derived(`getBoundingRect(${other.path})`, (t) => {
      const o = other.resolve();
      if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument", "getBoundingRect of ranges on two sheets");
      const row = Math.min(t.row, o.row);
      const col = Math.min(t.col, o.col);
      return { row, col, rows: Math.max(t.row + t.rows, o.row + o.rows) - row, cols: Math.max(t.col + t.cols, o.col + o.cols) - col };
    });
  }
  getLastRow(): FakeRange {
    return this.derived("getLastRow()", (t) => ({ row: t.row + t.rows - 1, col: t.col, rows: 1, cols: t.cols }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (t) => ({ row: t.row + row, col: t.col + column, rows: 1, cols: 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (t) => ({
      row: t.row + rowOffset,
      col: t.col + columnOffset,
      rows: t.rows,
      cols: t.cols,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (t) => ({
      row: t.row,
      col: t.col,
      rows: t.rows + deltaRows,
      cols: t.cols + deltaColumns,
    }));
  }
}

/**
 * The formats Fordel sets beyond bold and indent, on a range or a multi-area range: each is kept in
 * the cell's `look` under its Office.js path; row heights on the sheet. Write-only, as the rest.
 */
function lookFormat(
  apply: (action: string, v: unknown, f: (cell: FakeCell) => void) => void,
  rows: (f: (sheet: FakeSheetState, row: number) => void) => void,
): Record<string, unknown> {
  const set = (key: string) => (v: unknown) => apply(key, v, (cell) => ((cell.look ??= {})[key] = v));
  const props = (target: object, keys: Record<string, string>) => {
    for (const [name, key] of Object.entries(keys))
      Object.defineProperty(target, name, {
        get: () => {
          throw new FakeOfficeError("PropertyNotLoaded", `format.${key} is write-only in the fake`);
        },
        set: set(key),
        enumerable: true,
      });
    return target;
  };
  const format: Record<string, unknown> = {
    fill: props({}, { color: "fill.color" }),
    borders: {
      getItem: (edge: string) => props({}, { style: `borders.${edge}.style` }),
    },
  };
  props(format, { wrapText: "wrapText", horizontalAlignment: "horizontalAlignment" });
  Object.defineProperty(format, "rowHeight", {
    set: (v: number) => {
      if (!(v >= 0 && v <= 409)) throw new FakeOfficeError("InvalidArgument", `rowHeight ${v}`);
      rows((sheet, row) => sheet.rowHeights.set(row, v));
    },
    enumerable: true,
  });
  Object.defineProperty(format, "useStandardHeight", {
    set: (v: boolean) => {
      if (v) rows((sheet, row) => sheet.rowHeights.delete(row));
    },
    enumerable: true,
  });
  return format;
}

/** font.name, font.size, font.color on a font object (bold stays the fake's own). */
function lookFont(font: object, apply: (action: string, v: unknown, f: (cell: FakeCell) => void) => void): void {
  for (const key of ["name", "size", "color"])
    Object.defineProperty(font, key, {
      get: () => {
        throw new FakeOfficeError("PropertyNotLoaded", `format.font.${key} is write-only in the fake`);
      },
      set: (v: unknown) => {
        apply(`font.${key}`, v, (cell) => ((cell.look ??= {})[`font.${key}`] = v));
      },
      enumerable: true,
    });
}

export class FakeRangeFormat {
  readonly font: { bold: boolean };
  constructor(private readonly range: FakeRange) {
    const self = this;
    this.font = {
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "format.font.bold is write-only in the fake");
      },
      set bold(v: boolean) {
        self.apply("format.font.bold", v, (cell) => (cell.bold = Boolean(v)));
      },
    };
    lookFont(this.font, (action, v, f) => this.apply(`format.${action}`, v, f));
    const look = lookFormat(
      (action, v, f) => this.apply(`format.${action}`, v, f),
      (f) =>
        this.range.ctx._enqueue({
          wire: { path: `${this.range.path}.format`, action: "rows", args: null },
          run: () => {
            const t = this.range.resolve();
            writable(t.sheet);
            // A whole-sheet range ("2:1048576") is fine: only the rows set by hand are kept.
            for (const row of [...t.sheet.rowHeights.keys()]) if (row >= t.row && row < t.row + t.rows) f(t.sheet, row);
            for (let row = t.row; row < t.row + Math.min(t.rows, 10_000); row++) f(t.sheet, row);
          },
        }),
    );
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(look));
  }

  set indentLevel(v: number) {
    if (!Number.isInteger(v) || v < 0 || v > 250) throw new FakeOfficeError("InvalidArgument", `indentLevel ${v}`);
    this.apply("format.indentLevel", v, (cell) => (cell.indent = v));
  }
  get indentLevel(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "format.indentLevel is write-only in the fake");
  }

  /** Width in points of every column of the range. */
  set columnWidth(v: number) {
    if (!(v >= 0 && v <= 255 * 7.5)) throw new FakeOfficeError("InvalidArgument", `columnWidth ${v}`);
    this.range.ctx._enqueue({
      wire: { path: `${this.range.path}.format`, action: "columnWidth", args: v },
      run: () => {
        const t = this.range.resolve();
        writable(t.sheet);
        for (let c = t.col; c < t.col + t.cols; c++) t.sheet.columnWidths.set(c, v);
      },
    });
  }
  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "format.columnWidth is write-only in the fake");
  }

  private apply(action: string, v: unknown, f: (cell: FakeCell) => void): void {
    this.range.ctx._enqueue({
      wire: { path: `${this.range.path}.format`, action, args: v },
      run: () => {
        const t = this.range.resolve();
        writable(t.sheet);
        if (t.rows * t.cols > 2_000_000) throw new FakeOfficeError("InvalidArgument", "the fake formats at most 2M cells at once");
        for (let i = 0; i < t.rows; i++) for (let j = 0; j < t.cols; j++) f(t.sheet.ensure(t.row + i, t.col + j));
      },
    });
  }
}

/** A protected sheet refuses every change (Excel: AccessDenied; the fake does not model unlocked cells). */
function writable(sheet: FakeSheetState): FakeSheetState {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${sheet.name} is protected.`);
  return sheet;
}

function checkShape(v: unknown, t: RangeTarget, what: string): asserts v is unknown[][] {
  if (!Array.isArray(v) || v.length !== t.rows || v.some((r) => !Array.isArray(r) || r.length !== t.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the ${what} array does not match the size of the range (${t.rows}×${t.cols}).`,
    );
  }
}

function eachCell(t: RangeTarget, v: unknown[][], f: (cell: FakeCell, x: unknown) => void): void {
  for (let i = 0; i < t.rows; i++) for (let j = 0; j < t.cols; j++) f(t.sheet.ensure(t.row + i, t.col + j), v[i][j]);
}

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)?(\.\d+)?([eE][+-]?\d+)?%?$/;

/**
 * A value entered through `values` or `formulas`, as Excel takes typed input: a leading
 * apostrophe keeps text (and is not part of the value); "=…" is a formula, and so is text that
 * starts with "+", "-" or "@" but is not a number; numbers and TRUE/FALSE in text are converted;
 * a cell formatted as Text ("@") keeps what it is given. null leaves the cell unchanged.
 */
function enterValue(cell: FakeCell, x: unknown): void {
  if (x === null || x === undefined) return;
  cell.quotePrefix = false;
  cell.text = undefined;
  delete cell.formula;
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new FakeOfficeError("InvalidArgument", `not a finite number: ${x}`);
    cell.value = x;
    return;
  }
  if (typeof x === "boolean") {
    cell.value = x;
    return;
  }
  if (typeof x !== "string") throw new FakeOfficeError("InvalidArgument", `cannot enter ${typeof x}`);
  if (x === "") {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = x;
    return;
  }
  if (x.startsWith("'")) {
    cell.value = x.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const compact = x.trim();
  if (NUMBER.test(compact) && /\d/.test(compact)) {
    const n = Number(compact.replace(/,/g, "").replace(/%$/, ""));
    if (Number.isFinite(n)) {
      cell.value = compact.endsWith("%") ? n / 100 : n;
      return;
    }
  }
  if (/^(true|false)$/i.test(compact)) {
    cell.value = compact.toLowerCase() === "true";
    return;
  }
  if (x.startsWith("=") || x.startsWith("+") || x.startsWith("-") || x.startsWith("@")) {
    cell.formula = x.startsWith("=") ? x : `=${x}`;
    cell.value = null;
    return;
  }
  cell.value = x;
}

function readRangeProperty(state: FakeWorkbookState, t: RangeTarget, p: string): unknown {
  const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] => {
    const rows: T[][] = [];
    for (let i = 0; i < t.rows; i++) {
      const row: T[] = [];
      for (let j = 0; j < t.cols; j++) row.push(f(t.sheet.cell(t.row + i, t.col + j)));
      rows.push(row);
    }
    return rows;
  };
  switch (p) {
    case "values":
      return grid((c) => c?.value ?? "");
    case "formulas":
      return grid((c) => c?.formula ?? c?.value ?? "");
    case "text":
      return grid((c) => state.textOf(c));
    case "numberFormat":
      return grid((c) => c?.numberFormat ?? "General");
    case "address":
      return `${quoteSheet(t.sheet.name)}!${formatAddress(t)}`;
    case "rowIndex":
      return t.row;
    case "columnIndex":
      return t.col;
    case "rowCount":
      return t.rows;
    case "columnCount":
      return t.cols;
  }
  throw new FakeOfficeError("InvalidArgument", p);
}

// ---------------------------------------------------------------- sheets

const BAD_SHEET_NAME = /[[\]:*?/\\]/;

export class FakeWorksheet extends Proxy {
  readonly tables: FakeWorksheetTables;
  /** What Fordel sets of the page (kept in the sheet's `page`). */
  readonly pageLayout: Record<string, unknown>;
  readonly freezePanes: { freezeAt(range: FakeRange): void; unfreeze(): void };

  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly resolve: Resolver<FakeSheetState>,
  ) {
    super(ctx, path);
    this.tables = new FakeWorksheetTables(this);
    const page = (key: string) => (v: unknown) =>
      this.queue(`pageLayout.${key}`, v, () => {
        writable(this._sheet()).page[key] = v;
      });
    const footers: Record<string, unknown> = {};
    for (const key of ["leftFooter", "centerFooter", "rightFooter"]) Object.defineProperty(footers, key, { set: page(key), enumerable: true });
    this.pageLayout = {
      headersFooters: { defaultForAllPages: footers },
      setPrintTitleRows: page("printTitleRows"),
      setPrintTitleColumns: page("printTitleColumns"),
      setPrintArea: page("printArea"),
    };
    for (const key of ["orientation", "paperSize", "zoom"]) Object.defineProperty(this.pageLayout, key, { set: page(key), enumerable: true });
    this.freezePanes = {
      freezeAt: (range: FakeRange) =>
        this.queue("freezePanes.freezeAt", range.path, () => {
          const sheet = writable(this._sheet());
          const t = range.resolve();
          if (t.sheet !== sheet || t.row !== 0 || t.col !== 0) throw new FakeOfficeError("InvalidArgument", "freezeAt needs a range from A1 of the sheet");
          sheet.frozen = { rows: t.rows, cols: t.cols };
        }),
      unfreeze: () =>
        this.queue("freezePanes.unfreeze", null, () => {
          writable(this._sheet()).frozen = null;
        }),
    };
  }

  get name(): string {
    return this.get("name");
  }
  /** Renames the sheet; formulas that point into it follow the new name (as in Excel). */
  set name(v: string) {
    this.queue("name", v, () => {
      const sheet = writable(this._sheet());
      structureEditable(this.ctx);
      if (!v || v.length > 31 || BAD_SHEET_NAME.test(v) || v.startsWith("'") || v.endsWith("'")) {
        throw new FakeOfficeError("InvalidArgument", `bad sheet name ${JSON.stringify(v)}`);
      }
      const other = this.ctx.state.findSheet(v);
      if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${v} exists.`);
      const old = sheet.name;
      sheet.name = v;
      this.ctx.state.renameReferences(old, v);
    });
  }
  get id(): string {
    return this.get("id");
  }
  /** Worksheet.protection: only `protected` can be loaded. */
  get protection(): FakeProtection {
    const owner = this;
    let loaded: boolean | undefined;
    const protection: FakeProtection = {
      load(props: unknown) {
        if (propertyPaths(props).join() !== "protected") throw new FakeOfficeError("InvalidArgument", "fake protection loads only 'protected'");
        owner.queue("protection.load", props, () => void (loaded = owner._sheet().protected));
        return protection;
      },
      get protected(): boolean {
        if (loaded === undefined) throw new FakeOfficeError("PropertyNotLoaded", "protection.protected is not loaded");
        return loaded;
      },
    };
    return protection;
  }
  get position(): number {
    return this.get("position");
  }
  /** Moves the sheet to this 0-based place among the sheets. */
  set position(v: number) {
    this.queue("position", v, () => {
      const sheet = this._sheet();
      structureEditable(this.ctx);
      const sheets = this.ctx.state.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw new FakeOfficeError("InvalidArgument", `position ${v}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(v, 0, sheet);
    });
  }

  load(props?: unknown): this {
    const paths = propertyPaths(props);
    if (paths.some((p) => p !== "name" && p !== "id")) throw new FakeOfficeError("InvalidArgument", `fake Worksheet loads only name, id`);
    this.queue("load", paths, () => {
      if (this.nullState === true) return;
      const sheet = this.resolve();
      for (const p of paths) this.loaded.set(p, p === "name" ? sheet.name : sheet.id);
    });
    return this;
  }

  /** The sheet, failing when this proxy is a null object (methods on null objects are not used). */
  _sheet(): FakeSheetState {
    if (this.nullState === true) throw new FakeOfficeError("InvalidOperation", "method called on a null object");
    return this.resolve();
  }

  getRange(address?: string): FakeRange {
    const rect = parseAddress(address ?? "A:XFD");
    return new FakeRange(this.ctx, `${this.path}.getRange(${JSON.stringify(address)})`, () => ({ sheet: this._sheet(), ...rect }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
      throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`);
    }
    return new FakeRange(this.ctx, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => ({
      sheet: this._sheet(),
      ...rect,
    }));
  }

  /**
   * A multi-area range ("A8,A10:A11,C8:H8"): only its format (bold, indent) is used. Excel refuses
   * some long addresses (office-js #5198: one of 8.207 characters failed); the fake refuses any
   * over 8.192 characters – a claim to confirm in real Excel (TESTING.md).
   */
  getRanges(address: string): FakeRangeAreas {
    if (typeof address !== "string" || address.length > MAX_AREAS_ADDRESS) {
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    const rects = address.split(",").map((a) => parseAddress(a));
    return new FakeRangeAreas(this.ctx, `${this.path}.getRanges(${JSON.stringify(address)})`, () => {
      const sheet = this._sheet();
      return rects.map((r) => ({ sheet, ...r }));
    });
  }

  /** Smallest range holding every value (and, unless valuesOnly, every format); A1 on a blank sheet. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getUsedRange(${Boolean(valuesOnly)})`, () => {
      const sheet = this._sheet();
      return { sheet, ...(usedRect(sheet, Boolean(valuesOnly)) ?? { row: 0, col: 0, rows: 1, cols: 1 }) };
    });
  }

  /** The sheet's cell notes (ExcelApi 1.18). */
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, `${this.path}.notes`, () => this._sheet());
  }

  delete(): void {
    this.queue("delete", null, () => {
      const sheet = writable(this._sheet());
      structureEditable(this.ctx);
      const state = this.ctx.state;
      const visible = state.sheets.length;
      if (visible <= 1) throw new FakeOfficeError("InvalidOperation", "a workbook must keep at least one sheet");
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      for (let i = state.tables.length - 1; i >= 0; i--) if (state.tables[i].sheet === sheet) state.tables.splice(i, 1);
      if (state.activeSheet === sheet) state.activeSheet = state.sheets[0];
      // As Excel: formulas on the other sheets that pointed into it are #REF! for good (a new sheet of the name does not mend them).
      state.breakReferencesTo(sheet.name);
    });
  }

  activate(): void {
    this.queue("activate", null, () => {
      this.ctx.state.activeSheet = this._sheet();
    });
  }
}

function usedRect(sheet: FakeSheetState, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = (cell.value !== null && cell.value !== "") || cell.formula !== undefined;
    const hasFormat = cell.numberFormat !== "General" || cell.bold || cell.indent > 0;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const [r, c] = key.split(",").map(Number);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Base of the workbook's collections (worksheets, tables): added/deleted events, loaded items, null-object lookup. */
abstract class FakeCollection<Item extends Proxy> extends Proxy {
  readonly onAdded: FakeEventHandlers;
  readonly onDeleted: FakeEventHandlers;

  constructor(ctx: FakeRequestContext, kind: "worksheets" | "tables") {
    super(ctx, `workbook.${kind}`);
    this.onAdded = new FakeEventHandlers(ctx, `${kind}.onAdded`);
    this.onDeleted = new FakeEventHandlers(ctx, `${kind}.onDeleted`);
  }

  get items(): Item[] {
    return this.get("items");
  }

  /** The item named `name`, looked up at the sync: a null object when `find` has none. */
  protected itemOrNullObject<State>(name: string, find: (name: string) => State | undefined, make: (path: string, resolve: Resolver<State>) => Item): Item {
    let found: State | undefined;
    const item = make(`${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
      if (!found) throw new FakeOfficeError("InvalidOperation", "method called on a null object");
      return found;
    });
    this.queue("getItemOrNullObject", name, () => {
      found = find(name);
      item._setNull(!found);
    });
    return item;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  readonly onChanged: FakeEventHandlers;

  constructor(ctx: FakeRequestContext) {
    super(ctx, "worksheets");
    this.onChanged = new FakeEventHandlers(ctx, "worksheets.onChanged");
  }

  load(props?: unknown): this {
    const paths = propertyPaths(props);
    if (paths.some((p) => p !== "items/name" && p !== "items/id"))
      throw new FakeOfficeError("InvalidArgument", "fake worksheets load only items/name, items/id");
    this.queue("load", paths, () => {
      const items = this.ctx.state.sheets.map((sheet, i) => {
        const ws = new FakeWorksheet(this.ctx, `workbook.worksheets.items[${i}]`, () => live(this.ctx, sheet));
        ws._fill({
          ...(paths.includes("items/name") ? { name: sheet.name } : {}),
          ...(paths.includes("items/id") ? { id: sheet.id } : {}),
        });
        return ws;
      });
      this.loaded.set("items", items);
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `workbook.worksheets.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this.ctx.state.findSheet(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.itemOrNullObject(
      name,
      (n) => this.ctx.state.findSheet(n),
      (path, resolve) => new FakeWorksheet(this.ctx, path, () => live(this.ctx, resolve())),
    );
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheetState | undefined;
    const ws = new FakeWorksheet(this.ctx, `workbook.worksheets.add(${JSON.stringify(name)})`, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "sheet not added");
      return live(this.ctx, created);
    });
    this.queue("add", name, () => {
      structureEditable(this.ctx);
      if (!name || name.length > 31 || BAD_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
        throw new FakeOfficeError("InvalidArgument", `bad sheet name ${JSON.stringify(name)}`);
      }
      if (this.ctx.state.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      created = this.ctx.state.createSheet(name);
    });
    return ws;
  }
}

export interface FakeProtection {
  load(props: unknown): FakeProtection;
  readonly protected: boolean;
}

/** Workbook.protection: only `protected` (the structure) can be loaded. */
function workbookProtection(ctx: FakeRequestContext): FakeProtection {
  let loaded: boolean | undefined;
  const protection: FakeProtection = {
    load(props: unknown) {
      if (propertyPaths(props).join() !== "protected") throw new FakeOfficeError("InvalidArgument", "fake protection loads only 'protected'");
      ctx._enqueue({ wire: { path: "workbook.protection", action: "load", args: props }, run: () => void (loaded = ctx.state.structureProtected) });
      return protection;
    },
    get protected(): boolean {
      if (loaded === undefined) throw new FakeOfficeError("PropertyNotLoaded", "protection.protected is not loaded");
      return loaded;
    },
  };
  return protection;
}

/** Adding, deleting, renaming or moving a sheet needs an unprotected workbook structure. */
function structureEditable(ctx: FakeRequestContext): void {
  if (ctx.state.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
}

function live(ctx: FakeRequestContext, sheet: FakeSheetState): FakeSheetState {
  if (!ctx.state.sheets.includes(sheet)) throw new FakeOfficeError("ItemNotFound", `sheet ${sheet.name} was deleted`);
  return sheet;
}

// ---------------------------------------------------------------- tables

const TABLE_NAME = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;

export class FakeTable extends Proxy {
  readonly worksheet: FakeWorksheet;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly resolve: Resolver<FakeTableState>,
  ) {
    super(ctx, path);
    this.worksheet = new FakeWorksheet(ctx, `${path}.worksheet`, () => this._table().sheet);
  }

  private _table(): FakeTableState {
    if (this.nullState === true) throw new FakeOfficeError("InvalidOperation", "method called on a null object");
    const t = this.resolve();
    if (!this.ctx.state.tables.includes(t)) throw new FakeOfficeError("ItemNotFound", `table ${t.name} was deleted`);
    return t;
  }

  get showTotals(): boolean {
    return this.get("showTotals");
  }

  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.queue("name", v, () => {
      const t = this._table();
      if (this.ctx.state.definedNames.some((n) => n.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `A defined name ${v} exists.`);
      }
      if (!TABLE_NAME.test(v) || /^[A-Za-z]{1,3}[0-9]+$/.test(v) || v.length > 255) {
        throw new FakeOfficeError("InvalidArgument", `bad table name ${v}`);
      }
      const other = this.ctx.state.findTable(v);
      if (other && other !== t) throw new FakeOfficeError("InvalidArgument", `A table named ${v} exists.`);
      t.name = v;
    });
  }

  set style(v: string) {
    this.queue("style", v, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) throw new FakeOfficeError("InvalidArgument", `unknown table style ${v}`);
      this._table().style = v;
    });
  }

  load(props?: unknown): this {
    const paths = propertyPaths(props);
    if (paths.some((p) => !["name", "worksheet/name", "worksheet/id", "showTotals"].includes(p))) {
      throw new FakeOfficeError("InvalidArgument", "fake Table loads name, worksheet/name, worksheet/id, showTotals");
    }
    this.queue("load", paths, () => {
      if (this.nullState === true) return;
      const t = this._table();
      if (paths.includes("name")) this.loaded.set("name", t.name);
      if (paths.includes("showTotals")) this.loaded.set("showTotals", t.showTotals === true);
      if (paths.includes("worksheet/name")) this.worksheet._fill({ name: t.sheet.name });
      if (paths.includes("worksheet/id")) this.worksheet._fill({ id: t.sheet.id });
    });
    return this;
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange()`, () => {
      const t = this._table();
      return { sheet: t.sheet, row: t.row, col: t.col, rows: t.rows, cols: t.cols };
    });
  }

  /** Clears the table's filters (the fake has none to clear: it checks the table exists). */
  clearFilters(): void {
    this.queue("clearFilters", null, () => void this._table());
  }

  /** Ends the table, keeping its cells as they are (Excel: "All data is preserved"); gives that range. */
  convertToRange(): FakeRange {
    let cells: RangeTarget | undefined;
    this.queue("convertToRange", null, () => {
      const t = this._table();
      writable(t.sheet);
      cells = { sheet: t.sheet, row: t.row, col: t.col, rows: t.rows, cols: t.cols };
      this.ctx.state.tables.splice(this.ctx.state.tables.indexOf(t), 1);
    });
    return new FakeRange(this.ctx, `${this.path}.convertToRange()`, () => {
      if (!cells) throw new FakeOfficeError("InvalidOperation", "table not converted");
      return cells;
    });
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "tables");
  }

  load(props?: unknown): this {
    const paths = propertyPaths(props);
    if (paths.some((p) => !["items/name", "items/worksheet/name", "items/showTotals"].includes(p))) {
      throw new FakeOfficeError("InvalidArgument", "fake tables load items/name, items/worksheet/name, items/showTotals");
    }
    this.queue("load", paths, () => {
      this.loaded.set(
        "items",
        this.ctx.state.tables.map((state, i) => {
          const t = new FakeTable(this.ctx, `workbook.tables.items[${i}]`, () => state);
          t._fill({ name: state.name, showTotals: state.showTotals === true });
          t.worksheet._fill({ name: state.sheet.name });
          return t;
        }),
      );
    });
    return this;
  }

  getItemOrNullObject(name: string): FakeTable {
    return this.itemOrNullObject(
      name,
      (n) => this.ctx.state.findTable(n),
      (path, resolve) => new FakeTable(this.ctx, path, resolve),
    );
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, `workbook.tables.getItem(${JSON.stringify(name)})`, () => {
      const t = this.ctx.state.findTable(name);
      if (!t) throw new FakeOfficeError("ItemNotFound", `table ${name}`);
      return t;
    });
  }
}

export class FakeWorksheetTables {
  constructor(private readonly sheet: FakeWorksheet) {}

  /** The table of this name on this sheet (ItemNotFound at the sync when the sheet has none of that name). */
  getItem(name: string): FakeTable {
    return new FakeTable(this.sheet.ctx, `${this.sheet.path}.tables.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this.sheet._sheet();
      const t = this.sheet.ctx.state.findTable(name);
      if (!t || t.sheet !== sheet) throw new FakeOfficeError("ItemNotFound", `no table ${name} on sheet ${sheet.name}`);
      return t;
    });
  }

  /** A table over a Range of this sheet (addresses as strings are not accepted: Excel may read them on the active sheet). */
  add(range: FakeRange, hasHeaders: boolean): FakeTable {
    if (!(range instanceof FakeRange)) throw new FakeOfficeError("InvalidArgument", "the fake takes a Range for tables.add");
    const ctx = this.sheet.ctx;
    let created: FakeTableState | undefined;
    const table = new FakeTable(ctx, `${this.sheet.path}.tables.add(${range.path})`, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "table not added");
      return created;
    });
    ctx._enqueue({
      wire: { path: `${this.sheet.path}.tables`, action: "add", args: [range.path, hasHeaders] },
      run: () => {
        const sheet = writable(this.sheet._sheet());
        const t = range.resolve();
        if (t.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "range on another sheet");
        if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "the fake only adds tables with headers");
        const overlaps = ctx.state.tables.some(
          (o) => o.sheet === sheet && o.row < t.row + t.rows && t.row < o.row + o.rows && o.col < t.col + t.cols && t.col < o.col + o.cols,
        );
        if (overlaps) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
        // Excel makes header cells text (and unique); the fake requires text headers.
        for (let j = 0; j < t.cols; j++) {
          const v = sheet.cell(t.row, t.col + j)?.value;
          if (typeof v !== "string" || v === "") throw new FakeOfficeError("InvalidArgument", `table header ${j + 1} is not text`);
        }
        let n = ctx.state.tables.length + 1;
        while (ctx.state.findTable(`Table${n}`)) n++;
        created = { name: `Table${n}`, sheet, row: t.row, col: t.col, rows: t.rows, cols: t.cols };
        ctx.state.tables.push(created);
      },
    });
    return table;
  }
}

/** A multi-area range: its format applies to every area, in one operation. */
export class FakeRangeAreas extends Proxy {
  readonly format: { font: { bold: boolean }; indentLevel: number };

  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly resolve: Resolver<RangeTarget[]>,
  ) {
    super(ctx, path);
    const apply = (action: string, v: unknown, f: (cell: FakeCell) => void) =>
      this.queue(`format.${action}`, v, () => {
        for (const t of this.resolve()) for (let i = 0; i < t.rows; i++) for (let j = 0; j < t.cols; j++) f(t.sheet.ensure(t.row + i, t.col + j));
      });
    const writeOnly = (what: string) => () => {
      throw new FakeOfficeError("PropertyNotLoaded", `${what} is write-only in the fake`);
    };
    this.format = {
      font: Object.defineProperty({} as { bold: boolean }, "bold", {
        get: writeOnly("format.font.bold"),
        set: (v: boolean) => {
          apply("font.bold", v, (cell) => (cell.bold = Boolean(v)));
        },
      }),
      indentLevel: 0,
    };
    lookFont(this.format.font, apply);
    Object.defineProperties(
      this.format,
      Object.getOwnPropertyDescriptors(
        lookFormat(apply, () => {
          throw new FakeOfficeError("InvalidArgument", "row heights of a multi-area range are not used by Fordel");
        }),
      ),
    );
    Object.defineProperty(this.format, "indentLevel", {
      get: writeOnly("format.indentLevel"),
      set: (v: number) => {
        if (!Number.isInteger(v) || v < 0 || v > 250) throw new FakeOfficeError("InvalidArgument", `indentLevel ${v}`);
        apply("indentLevel", v, (cell) => (cell.indent = v));
      },
    });
  }
}

/** Longest multi-area address the fake takes (see FakeWorksheet.getRanges). */
export const MAX_AREAS_ADDRESS = 8192;

/** The workbook's defined names: only their names are read. */
export class FakeNamedItemCollection extends Proxy {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.names");
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
  load(props?: unknown): this {
    const paths = propertyPaths(props);
    if (paths.some((p) => p !== "items/name")) throw new FakeOfficeError("InvalidArgument", "fake names load items/name");
    this.queue("load", paths, () =>
      this.loaded.set(
        "items",
        this.ctx.state.definedNames.map((name) => ({ name })),
      ),
    );
    return this;
  }
}

// ---------------------------------------------------------------- events

/** An event of a collection (Office's EventHandlers): `add` takes effect at the sync. */
export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly name: FakeEventName,
  ) {}

  add(handler: FakeEventHandler): FakeEventHandlerResult {
    if (typeof handler !== "function") throw new FakeOfficeError("InvalidArgument", "an event handler must be a function");
    this.ctx._enqueue({
      wire: { path: `workbook.${this.name}`, action: "add" },
      run: () => {
        const since = FAKE_EVENTS[this.name];
        if (!this.ctx.state.supports(since)) throw new FakeOfficeError("ApiNotFound", `${this.name} needs ExcelApi ${since}`);
        this.ctx.state.handlers[this.name].push(handler);
      },
    });
    return new FakeEventHandlerResult(this.ctx, this.name, handler);
  }
}

/** What `add` gives: `remove` unregisters the handler at the sync. */
export class FakeEventHandlerResult {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly name: FakeEventName,
    private readonly handler: FakeEventHandler,
  ) {}

  remove(): void {
    this.ctx._enqueue({
      wire: { path: `workbook.${this.name}`, action: "remove" },
      run: () => {
        const handlers = this.ctx.state.handlers[this.name];
        const i = handlers.indexOf(this.handler);
        if (i < 0) throw new FakeOfficeError("InvalidOperation", `the handler is not registered for ${this.name}`);
        handlers.splice(i, 1);
      },
    });
  }
}

// ---------------------------------------------------------------- cell notes (ExcelApi 1.18)

const NOTES_SET = "1.18";

function notesSupported(ctx: FakeRequestContext): void {
  if (!ctx.state.supports(NOTES_SET)) throw new FakeOfficeError("ApiNotFound", `worksheet.notes needs ExcelApi ${NOTES_SET}`);
}

/** A note as loaded: bound to its sheet and cell ("row,col"). */
export class FakeNote extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheet: FakeSheetState,
    private readonly key: string,
  ) {
    super(ctx, path);
  }

  get content(): string {
    return this.get("content");
  }

  delete(): void {
    this.queue("delete", null, () => {
      notesSupported(this.ctx);
      const sheet = writable(live(this.ctx, this.sheet));
      if (!sheet.notes.delete(this.key)) throw new FakeOfficeError("ItemNotFound", `no note at ${this.key}`);
    });
  }
}

export class FakeNoteCollection extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheet: Resolver<FakeSheetState>,
  ) {
    super(ctx, path);
  }

  get items(): FakeNote[] {
    return this.get("items");
  }

  load(props?: unknown): this {
    const paths = propertyPaths(props);
    if (paths.join() !== "items/content") throw new FakeOfficeError("InvalidArgument", "fake notes load only 'items/content'");
    this.queue("load", paths, () => {
      notesSupported(this.ctx);
      const sheet = this.sheet();
      const keys = [...sheet.notes.keys()].sort((a, b) => {
        const [ra, ca] = a.split(",").map(Number);
        const [rb, cb] = b.split(",").map(Number);
        return ra - rb || ca - cb;
      });
      const items = keys.map((key, i) => {
        const note = new FakeNote(this.ctx, `${this.path}.items[${i}]`, sheet, key);
        note._fill({ content: sheet.notes.get(key) });
        return note;
      });
      this.loaded.set("items", items);
    });
    return this;
  }

  /** A note on one cell ("C5", or a one-cell range). */
  add(cellAddress: string | FakeRange, content: string): void {
    const address = typeof cellAddress === "string" ? cellAddress : cellAddress.path;
    this.queue("add", [address, content], () => {
      notesSupported(this.ctx);
      const sheet = writable(this.sheet());
      const t = typeof cellAddress === "string" ? { sheet, ...parseAddress(cellAddress) } : cellAddress.resolve();
      if (t.sheet !== sheet || t.rows !== 1 || t.cols !== 1) throw new FakeOfficeError("InvalidArgument", `a note goes on one cell of the sheet: ${address}`);
      const key = `${t.row},${t.col}`;
      if (sheet.notes.has(key)) throw new FakeOfficeError("InvalidArgument", `the cell ${address} has a note`);
      if (typeof content !== "string") throw new FakeOfficeError("InvalidArgument", "a note's content is text");
      sheet.notes.set(key, content);
    });
  }
}

// ---------------------------------------------------------------- custom XML parts

/** The namespace of a part's root element (its default xmlns), as Excel matches getByNamespace. */
function namespaceOf(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*)(\s[^>]*)?>/.exec(xml.replace(/<\?[^>]*\?>/g, ""));
  const ns = root?.[2] ? /\sxmlns="([^"]*)"/.exec(root[2]) : null;
  return ns ? ns[1] : null;
}

function checkXml(xml: unknown): string {
  if (typeof xml !== "string" || namespaceOf(xml) === null) throw new FakeOfficeError("InvalidArgument", "not an XML document with a namespace");
  return xml;
}

export class FakeStringResult {
  private v: string | undefined;
  get value(): string {
    if (this.v === undefined) throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value is not available before context.sync().");
    return this.v;
  }
  _set(v: string): void {
    this.v = v;
  }
}

type PartState = { id: string; xml: string };

/** A custom XML part (ExcelApi 1.5): its XML is read with getXml and replaced with setXml. */
export class FakeCustomXmlPart extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly resolve: Resolver<PartState>,
  ) {
    super(ctx, path);
  }

  private part(): PartState {
    const p = this.resolve();
    if (!this.ctx.state.customXmlParts.includes(p)) throw new FakeOfficeError("ItemNotFound", "the custom XML part was deleted");
    return p;
  }

  get id(): string {
    return this.get("id");
  }

  load(props?: unknown): this {
    const paths = propertyPaths(props);
    if (paths.some((p) => p !== "id")) throw new FakeOfficeError("InvalidArgument", "fake CustomXmlPart loads only id");
    this.queue("load", paths, () => this.loaded.set("id", this.part().id));
    return this;
  }

  getXml(): FakeStringResult {
    const result = new FakeStringResult();
    this.queue("getXml", null, () => result._set(this.part().xml));
    return result;
  }

  setXml(xml: string): void {
    this.queue("setXml", xml, () => {
      this.part().xml = checkXml(xml);
    });
  }

  delete(): void {
    this.queue("delete", null, () => {
      const parts = this.ctx.state.customXmlParts;
      parts.splice(parts.indexOf(this.part()), 1);
    });
  }
}

export interface FakeScopedParts {
  load(props: unknown): FakeScopedParts;
  readonly items: FakeCustomXmlPart[];
  /** A part of the namespace by its id (how Office.js addresses a loaded item later). */
  getItem(id: string): FakeCustomXmlPart;
}

/** workbook.customXmlParts: add, getItem by id, getByNamespace (whose items are loaded with their ids). */
export class FakeCustomXmlPartCollection extends Proxy {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.customXmlParts");
  }

  add(xml: string): FakeCustomXmlPart {
    let created: PartState | undefined;
    this.queue("add", xml, () => {
      created = { id: this.ctx.state.newPartId(), xml: checkXml(xml) };
      this.ctx.state.customXmlParts.push(created);
    });
    return new FakeCustomXmlPart(this.ctx, `${this.path}.add()`, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "part not added");
      return created;
    });
  }

  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, `${this.path}.getItem(${JSON.stringify(id)})`, () => {
      const p = this.ctx.state.customXmlParts.find((x) => x.id === id);
      if (!p) throw new FakeOfficeError("ItemNotFound", `custom XML part ${id}`);
      return p;
    });
  }

  getByNamespace(namespaceUri: string): FakeScopedParts {
    const ctx = this.ctx;
    let items: FakeCustomXmlPart[] | undefined;
    const path = `${this.path}.getByNamespace(${JSON.stringify(namespaceUri)})`;
    const scoped: FakeScopedParts = {
      load(props: unknown) {
        if (propertyPaths(props).join() !== "items/id") throw new FakeOfficeError("InvalidArgument", "fake getByNamespace loads only items/id");
        ctx._enqueue({
          wire: { path, action: "load", args: props },
          run: () => {
            items = ctx.state.customXmlParts
              .filter((p) => namespaceOf(p.xml) === namespaceUri)
              .map((p, i) => {
                const part = new FakeCustomXmlPart(ctx, `${path}.items[${i}]`, () => p);
                part._fill({ id: p.id });
                return part;
              });
          },
        });
        return scoped;
      },
      get items(): FakeCustomXmlPart[] {
        if (!items) throw new FakeOfficeError("PropertyNotLoaded", "items are not loaded");
        return items;
      },
      getItem: (id: string) => this.getItem(id),
    };
    return scoped;
  }
}

/** Excel.CalculationType as office.js has it. */
export const CALCULATION_TYPE = { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" } as const;
const CALCULATION_TYPES: string[] = Object.values(CALCULATION_TYPE);

// ---------------------------------------------------------------- context

function actionOf(wire: unknown): string {
  const { path, action } = wire as { path: string; action: string };
  return `${path} ${action}`;
}

export class FakeRequestContext {
  readonly application: { suspendApiCalculationUntilNextSync(): void; calculate(calculationType: string): void };
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    tables: FakeTableCollection;
    customXmlParts: FakeCustomXmlPartCollection;
    names: FakeNamedItemCollection;
    protection: FakeProtection;
    application: FakeRequestContext["application"];
    getSelectedRange(): FakeRange;
  };
  /** One record per sync: its request size and number of operations. */
  readonly syncs: SyncRecord[] = [];
  /** How often calculation was suspended. */
  calculationSuspensions = 0;
  private pending: Op[] = [];

  constructor(readonly state: FakeWorkbookState) {
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this._enqueue({
          wire: { path: "application", action: "suspendApiCalculationUntilNextSync" },
          run: () => void this.calculationSuspensions++,
        }),
      calculate: (calculationType: string) =>
        this._enqueue({
          wire: { path: "application", action: "calculate", args: calculationType },
          run: () => {
            if (!CALCULATION_TYPES.includes(calculationType)) throw new FakeOfficeError("InvalidArgument", `calculationType ${calculationType}`);
            this.state.calculations.push(calculationType);
          },
        }),
    };
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      // Excel has the application both on the context and on the workbook.
      application: this.application,
      tables: new FakeTableCollection(this),
      customXmlParts: new FakeCustomXmlPartCollection(this),
      names: new FakeNamedItemCollection(this),
      protection: workbookProtection(this),
      getSelectedRange: () =>
        new FakeRange(this, "workbook.getSelectedRange()", () => {
          const { selection, sheets, activeSheet } = this.state;
          if (selection && sheets.includes(selection.sheet)) return { ...selection };
          const sheet = activeSheet ?? sheets[0];
          if (!sheet) throw new FakeOfficeError("ItemNotFound", "the workbook has no sheet");
          return { sheet, row: 0, col: 0, rows: 1, cols: 1 };
        }),
    };
  }

  _enqueue(op: Op): void {
    this.pending.push(op);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.bytes));
  }

  /** Runs the queued operations in order; rejects the whole request when its JSON is over 5 MB. */
  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    // The platform's UTF-8 encoder, not the adapter's own count (src/excel/request-size.ts), so tests can check that count.
    const bytes = UTF8.encode(JSON.stringify({ actions: ops.map((o) => o.wire) })).length;
    this.syncs.push({ bytes, operations: ops.length, actions: ops.map((o) => actionOf(o.wire)) });
    await Promise.resolve();
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload (${bytes} bytes) exceeds the size limit.`);
    }
    if (this.state.cellEditMode) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "The operation isn't available while Excel is in Edit cell mode.");
    }
    for (const op of ops) {
      try {
        this.state.faultPoint(actionOf(op.wire));
        op.run();
      } catch (e) {
        if (e instanceof FakeOfficeError) throw e;
        throw new FakeOfficeError("GeneralException", e instanceof Error ? e.message : String(e));
      }
    }
    try {
      this.state.faultPoint("sync reply");
    } catch (e) {
      throw new FakeOfficeError("GeneralException", e instanceof Error ? e.message : String(e));
    }
  }
}
