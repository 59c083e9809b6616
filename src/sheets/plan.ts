/**
 * What the renderer asks a host to write: host-agnostic, so the CLI's package writer and Office.js write the
 * same cells. Positions are 0-based from A1 of the sheet.
 */
import type { Finding } from "../engine";
import type { Group } from "../engine";

export interface PlanCell {
  /**
   * A value written as is. Text is always text: hosts must never let it become a formula.
   * Together with `formula` it is the formula's expected result (a host may store it as the cached value).
   */
  value?: string | number | null;
  /** An invariant (en-US) formula starting with "=", written with `formulas`, never `formulasLocal`. */
  formula?: string;
  /** Invariant number format code, e.g. "#,##0.0". */
  format?: string;
  bold?: boolean;
  /** Indent level of a name cell (tree depth); hosts align such a cell left, so the indent shows. */
  indent?: number;
  /** How the cell looks beyond its number format and bold (fill, font, border, wrap). */
  style?: CellStyle;
  /** A cell note (Excel's note, an .xlsx comment): e.g. the exact value of a cell rounded against ROUND. */
  note?: string;
}

/** The look of a cell; colours are RGB hex without "#" ("FFF2CC"). */
export interface CellStyle {
  fill?: string;
  fontColor?: string;
  /** Font size in points (the sheet's font otherwise). */
  fontSize?: number;
  /** A thin line above the cell (totals). */
  topBorder?: boolean;
  wrap?: boolean;
  align?: "left" | "right";
}

/** The font of every cell Fordel writes on a sheet: named and sized, never the workbook's default by chance. */
export interface PlanFont {
  name: string;
  size: number;
}

/** How a sheet prints (SPEC §3): A4 landscape, one page wide, titles repeated, a footer. */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  /** OOXML paperSize: 9 = A4. */
  paperSize: 9;
  /** Pages wide (1); tall is free. */
  fitToWidth: number;
  /** Rows repeated at the top of every page, 0-based inclusive. */
  titleRows?: { first: number; last: number };
  /** Columns repeated at the left of every page, 0-based inclusive. */
  titleColumns?: { first: number; last: number };
  /** The print area from A1: Kontrol and Kanal stay outside it. */
  printArea?: { rows: number; cols: number };
  /** Footer sections with Excel's codes (&A sheet, &P page, &N pages). */
  footer: { left: string; center: string; right: string };
}

/** A block of cells merged into one (0-based, sizes include the first row/column). */
export interface PlanMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A block of the sheet to be formatted as an Excel Table. */
export interface PlanTable {
  name: string;
  /** 0-based top-left row/col of the header row, and the size including the header. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The identity of the findings sheet in Fordel's record (a sheet of no period). */
export const FINDINGS_GROUP = "Fund";

export interface SheetPlan {
  /** Final sheet name (clashes already resolved). */
  name: string;
  /**
   * The period and group of units the sheet shows (a period sheet of the renderer), so hosts can
   * match results to sheets; the findings sheet has period "" and group FINDINGS_GROUP.
   */
  period?: string;
  /** The group of units (a change report: the group followed by " Ændringer", its own identity). */
  group?: Group | string;
  /**
   * The current name of the sheet Fordel wrote earlier that this one is written into (found by
   * src/sheets/ownership.ts: the same period and group, else the same name), if any. Hosts empty
   * that same sheet and rename it to `name` when the names differ – never delete and re-add it,
   * so the user's formulas into it survive.
   */
  replaces?: string;
  /** True when the sheet replaced was left half written by an earlier fill (it is repaired). */
  repairs?: boolean;
  /** `fingerprintPlan(cells)`: what the host records, so the next fill can tell whether the user changed the sheet. */
  fingerprint?: string;
  /** `fingerprintPlanRows(cells)`: recorded with it, so the next fill can say which rows the user changed. */
  rowFingerprints?: string[];
  /** Rows of cells from A1; shorter rows mean nothing to write to their right. */
  cells: PlanCell[][];
  table?: PlanTable;
  /**
   * Per row of the period (`PeriodAllocation.rows`): the sheet row (0-based) its figures are on,
   * -1 when left out; absent when rows are not sheet rows (the transposed layout).
   */
  rowOfPosition?: number[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Row heights in points by 0-based row, where text wraps over several lines. */
  rowHeights?: Record<number, number>;
  /** Rows and columns frozen from A1 (the table header and the name column). */
  freeze?: { rows: number; cols: number };
  font?: PlanFont;
  page?: PageSetup;
  merges?: PlanMerge[];
}

/** One row to append to the `Fordeling log` sheet (created with `preamble` and `header` when missing). */
export interface LogPlan {
  /** Final name of the log sheet (a user's own sheet with the default name is not used). */
  sheet: string;
  /**
   * True when the sheet must be created: `preamble` rows first (the title), then `header`, then
   * `row`. False: append `row` below the last used row.
   */
  create: boolean;
  /** Rows written above `header` when the sheet is created: [title]. */
  preamble?: string[][];
  /**
   * With `create`: the current name of Fordel's log sheet whose creation never finished (an
   * earlier fill failed); hosts empty it and create the log in it.
   */
  replaces?: string;
  header: string[];
  row: (string | number)[];
  /** Column widths in characters for a new log, sized to its content. */
  columnWidths?: number[];
}

export interface WritePlan {
  sheets: SheetPlan[];
  log: LogPlan;
  /**
   * Text a host shows in A1 while it writes a sheet, so a sheet left half written by a failure
   * says so on the sheet; the plan's own first row replaces it last.
   */
  writingNote?: string;
  /** What choosing the sheets found (sheets kept because the user changed them, sheets repaired). */
  findings?: Finding[];
}
