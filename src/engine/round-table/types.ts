import type { Dec } from "../decimal";
import type { Finding } from "../findings";

/**
 * What one row (or column) of a table is: a row of figures, a total of other rows (by index,
 * a tree: every row is a member of at most one total), or a row holding no figures (a label
 * row, a blank row). Indexes are positions in the range, 0-based.
 */
export type Role =
  { kind: "figures" } | { kind: "total"; of: number[] } | { kind: "label" };

export interface TableInput {
  /** The range's figures in its shape: null where it holds no figure (a label, a blank). */
  figures: (Dec | null)[][];
  rows: Role[];
  cols: Role[];
  /** Excel's ROUND decimals: 1 → 0,1; 0 → 1; -3 → 1.000. */
  decimals: number;
  /**
   * True where a total's figure was typed rather than computed (a formula): a typed total that
   * is not the sum of its parts is a finding, and is kept where the parts can move to meet it.
   */
  typed?: boolean[][];
  /** Where a cell is, for findings (the sheets layer gives sheet and A1 address). */
  place?: (row: number, col: number) => { sheet?: string; cell?: string };
  lang?: "da" | "en";
}

/** A total cell the rounding could not keep as its exact value rounded down or up. */
export interface TotalNotKept {
  row: number;
  col: number;
  exact: Dec;
  shown: Dec;
}

export interface RoundedTable {
  decimals: number;
  /** The rounded figures in the range's shape (null where the range holds no figure). */
  shown: (Dec | null)[][];
  /** The exact value each shown figure was rounded from (a total: the sum of its parts, or a typed total kept). */
  exact: (Dec | null)[][];
  /** Plain ROUND of each exact value (half away from zero), to count what moved. */
  plain: (Dec | null)[][];
  /** Per cell: how far (in steps) the shown figure may be from its exact value: 0 = rounded down or up; 1 = within one step (the parts of a typed total kept). */
  slack: number[][];
  /** Totals that could not be kept (subtotals on both dimensions, or a typed total its parts cannot meet). */
  notKept: TotalNotKept[];
  /** True when the total deviation is the least possible: false when a total was not kept, or with subtotals on both dimensions. */
  optimal: boolean;
  /** Σ |shown − exact| over every figure shown. */
  deviation: Dec;
  findings: Finding[];
}
