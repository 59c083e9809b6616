/**
 * Bounds on the work the command line does for any input, so a hostile or accidental file
 * (a decompression bomb, a table over whole columns, a stray cell in row 1.048.576) ends with
 * a clear message in seconds instead of exhausting time or memory.
 */
export const LIMITS = {
  /** The input file on disk. */
  fileBytes: 200_000_000,
  /** Parts in the package. */
  parts: 20_000,
  /** One part unpacked (a sheet's XML); larger parts are refused, whatever the zip header claims. */
  partBytes: 120_000_000,
  /** All parts Fordel unpacks together. */
  totalBytes: 300_000_000,
  /** Filled cells read over the whole workbook. */
  cells: 2_000_000,
  /** Cells (filled or blank) in the rectangles handed to the parser. */
  gridCells: 2_500_000,
  /** Empty rows (columns) after which cells further down (right) are far from the rest. */
  gapRows: 1_000,
  gapCols: 200,
};
export type Limits = typeof LIMITS;
