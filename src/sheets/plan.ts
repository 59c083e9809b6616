/**
 * What the renderer asks a host to write: host-agnostic, so exceljs and Office.js write the
 * same cells. Positions are 0-based from A1 of the sheet.
 */
import type { Group } from "../engine/table";

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
  /** Indent level of a name cell (tree depth). */
  indent?: number;
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

export interface SheetPlan {
  /** Final sheet name (clashes already resolved). */
  name: string;
  /** The period and group of units the sheet shows (a period sheet of the renderer), so hosts can match results to sheets. */
  period?: string;
  group?: Group;
  /** Name of an earlier generated sheet this one replaces (delete it first), if any. */
  replaces?: string;
  /** Rows of cells from A1; shorter rows mean nothing to write to their right. */
  cells: PlanCell[][];
  table?: PlanTable;
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
}

/** One row to append to the `Fordeling log` sheet (created with `preamble` and `header` when missing). */
export interface LogPlan {
  /** Final name of the log sheet (a user's own sheet with the default name is not used). */
  sheet: string;
  /**
   * True when the sheet must be created: `preamble` rows first (the mark row, so A1:B1 carry
   * Fordel's mark), then `header`, then `row`. False: append `row` below the last used row.
   */
  create: boolean;
  /** Rows written above `header` when the sheet is created: [markRow()…, title]. */
  preamble?: string[][];
  header: string[];
  row: (string | number)[];
}

export interface WritePlan {
  sheets: SheetPlan[];
  log: LogPlan;
}
