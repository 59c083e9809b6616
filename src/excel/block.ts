/* global Excel, OfficeExtension */
/** A range read as the parser's grid block: values and text, and the cells' indent where asked. */
import type { GridBlock, GridCell } from "../sheets/grid";
import { gridCell } from "./cells";

export interface PendingBlock {
  sheet: string;
  range: Excel.Range;
  /** Only when the indent is read (the initiatives' tree); else every cell's indent is 0. */
  indents?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** Queues the reads of `range` (on the sheet named `sheet`); `blockOf` gives the block after the sync. */
export function queueBlock(
  sheet: string,
  range: Excel.Range,
  indent: boolean,
): PendingBlock {
  range.load("values, text, rowIndex, columnIndex");
  return {
    sheet,
    range,
    indents: indent
      ? range.getCellProperties({ format: { indentLevel: true } })
      : undefined,
  };
}

export function blockOf(p: PendingBlock): GridBlock {
  return {
    sheet: p.sheet,
    row: p.range.rowIndex,
    col: p.range.columnIndex,
    cells: cellsOf(p.range, p.indents?.value),
  };
}

/** The cells of a range read with values and text (and the cell properties' indent). */
export function cellsOf(
  range: Pick<Excel.Range, "values" | "text">,
  indents?: Excel.CellProperties[][],
): GridCell[][] {
  return range.values.map((row, i) =>
    row.map((v, j) =>
      gridCell(v, range.text[i]?.[j], indents?.[i]?.[j]?.format?.indentLevel),
    ),
  );
}
