/**
 * What a host (Excel via Office.js, or the CLI reading the .xlsx package itself) reads from a workbook, in one
 * host-agnostic shape. The parser turns it into the model; nothing else re-parses cells.
 */

/** One cell as the host sees it: the typed value, the text shown, and the name-cell indent. */
export interface GridCell {
  /** number for numeric cells, string for text, boolean, or null for empty. */
  value: string | number | boolean | null;
  /** The text as displayed (Excel's `text`), used for messages and text-number parsing. */
  text: string;
  /** Indent level (Excel's format.indentLevel / the cell style's alignment indent); 0 when unknown. */
  indent: number;
  /**
   * True for a formula whose value was never calculated (a file written by a script and never
   * opened in a spreadsheet program): `value` is then null, but the cell is not blank.
   */
  uncomputed?: boolean;
}

/** A rectangular block of cells with its position in the sheet (0-based row and column of the top-left cell). */
export interface GridBlock {
  sheet: string;
  row: number;
  col: number;
  cells: GridCell[][];
}

/** An Excel Table (ListObject): its name and its range including the header row (and the Total Row, if shown). */
export interface GridTable extends GridBlock {
  name: string;
  /** True when the table shows its Total Row: the last row of `cells` is that row, never data. */
  totalRow?: boolean;
}

/** What the host knows about a sheet that already exists (for name clashes and re-fills). */
export interface ExistingSheet {
  name: string;
  /**
   * True when Fordel generated this sheet. Being moved (issue 11) from visible cells (A1:B1, which a
   * copy of the sheet carries too) to a record a copy cannot fake: in Excel the sheet ids in the
   * document's settings, in an .xlsx a custom part; see `OwnershipRecord`.
   */
  generated: boolean;
  /**
   * For a generated sheet: false when its content no longer has the fingerprint Fordel recorded
   * when it wrote it (the user typed into it) – for an incomplete sheet: when it holds content
   * Fordel neither wrote nor was writing; undefined when the host cannot tell.
   */
  unchanged?: boolean;
  /** For a changed sheet, when the host can tell: the rows the user changed, e.g. "25:27" (a finding names them). */
  changedRows?: string;
  /** For a generated sheet: true when Fordel's record says its write never finished. */
  incomplete?: boolean;
  /** For a generated sheet: the period and group of units Fordel wrote it for (its identity across renames). */
  period?: string;
  group?: string;
  /** The host's stable id of the sheet (as in `OwnershipRecord.sheetId`), when it has one. */
  id?: string;
  /** True when the sheet is protected: Fordel cannot write into it, so it is kept like a changed sheet. */
  protected?: boolean;
  /**
   * Not generated, but carrying Fordel's visible mark (A1:B1): a copy of an output sheet, or one
   * written by a version of Fordel before ownership records. It is the user's; a finding says why
   * Fordel wrote beside it.
   */
  legacyMark?: boolean;
}

/** What a host records, out of sight, for each sheet Fordel writes (one entry per sheet). */
export interface OwnershipRecord {
  /**
   * The host's stable id of the sheet (Excel's worksheet id; in an .xlsx the sheet's sheetId).
   * Empty while a sheet Fordel is about to add has no id yet (Excel): such an entry claims only
   * an empty sheet of its name (see src/excel/ownership.ts).
   */
  sheetId: string;
  name: string;
  period?: string;
  group?: string;
  /** `fingerprintCells` of what was written (src/sheets/fingerprint.ts). */
  fingerprint: string;
  /** `fingerprintRows` of what was written, when the host keeps them (to say which rows the user changed). */
  rows?: string[];
  /**
   * While a write is incomplete: `rows` of what the sheet held before it began. A row that is
   * neither empty, nor what is being written, nor what was there is the user's (typed into a
   * half-written sheet): the sheet is then kept, not repaired.
   */
  previousRows?: string[];
  /** False from before the first change until the write has finished. */
  complete: boolean;
}

/** Everything the parser and renderer need from a workbook, read in one go. */
export interface WorkbookGrid {
  /** Every Excel Table in the workbook, by name. */
  tables: GridTable[];
  /**
   * The used range of every sheet Fordel did not generate: the parser looks for the tables by
   * sheet name first, else by their header row on any sheet (SPEC §1).
   */
  sheets: GridBlock[];
  /** Every sheet in the workbook. */
  existing: ExistingSheet[];
  /**
   * False when the host does not write cell notes (the add-in, until Excel's notes – ExcelApi
   * 1.18 – are confirmed to be cleared with a re-filled sheet): the sheets then say where the
   * exact values of the cells rounded against ROUND are instead. Default: notes are written.
   */
  notes?: boolean;
  /** The workbook's defined names: a table Fordel adds must not take one (Excel refuses it). */
  definedNames?: string[];
  /** Optional range the user picked for the initiatives table (task pane). */
  pickedInitiatives?: GridBlock;
  /** Optional range the user picked for the keys table. */
  pickedKeys?: GridBlock;
  /**
   * What the user points at by text (the command line's `--initiatives` / `--keys`): a sheet
   * name, an Excel Table's name or a range such as `'Ark1'!B3:H40` (src/sheets/where.ts).
   */
  where?: { initiatives?: string; keys?: string };
}

/** Names the parser looks for: hosts read these tables/sheets (case-insensitive). */
export const INITIATIVE_TABLE_NAMES = ["Initiativer", "Initiatives"];
export const KEY_TABLE_NAMES = [
  "Nøgler",
  "Keys",
  "Noegler",
  "Fordelingsnøgler",
  "Fordelingsnøgle",
  "Nøgle",
];

export { cellAddress } from "./columns";
