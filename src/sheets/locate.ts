import { cellAddress, GridBlock, GridCell, WorkbookGrid } from "./grid";
import { cellText } from "./headers";

/** Where a table was found (SPEC §1: Excel Table by name, else a sheet by name, else the picked range). */
export interface TableSource {
  kind: "table" | "sheet" | "picked";
  /** The Excel Table's or sheet's name ("picked" ranges: the sheet name). */
  name: string;
  sheet: string;
  /** Address of the header row and data, e.g. "A1:F20". */
  range: string;
}

/** A located table: its header row and data rows, with absolute 0-based positions for addresses. */
export interface FoundTable {
  source: TableSource;
  sheet: string;
  /** Absolute 0-based row of the header and column of the first cell. */
  headerRow: number;
  col: number;
  header: GridCell[];
  /** Data rows with their absolute 0-based row. */
  rows: { row: number; cells: GridCell[] }[];
}

const sameName = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

const isEmptyRow = (cells: readonly GridCell[]) =>
  cells.every((c) => cellText(c) === "");

function rangeOf(
  top: number,
  col: number,
  bottom: number,
  width: number,
): string {
  return `${cellAddress(top, col)}:${cellAddress(Math.max(top, bottom), col + Math.max(1, width) - 1)}`;
}

/** An Excel Table: the first row is the header, every non-empty row below is data. */
function fromTable(
  block: GridBlock,
  name: string,
  kind: TableSource["kind"],
): FoundTable | null {
  if (block.cells.length === 0) return null;
  const [header, ...body] = block.cells;
  const rows = body
    .map((cells, i) => ({ row: block.row + 1 + i, cells }))
    .filter((r) => !isEmptyRow(r.cells));
  const width = Math.max(...block.cells.map((r) => r.length));
  return {
    source: {
      kind,
      name,
      sheet: block.sheet,
      range: rangeOf(
        block.row,
        block.col,
        block.row + block.cells.length - 1,
        width,
      ),
    },
    sheet: block.sheet,
    headerRow: block.row,
    col: block.col,
    header,
    rows,
  };
}

/**
 * A sheet or picked range: the first non-empty row is the header; data runs to the first empty
 * row after it (so notes further down, such as a source line, are not read as initiatives).
 */
function fromRegion(
  block: GridBlock,
  name: string,
  kind: TableSource["kind"],
): FoundTable | null {
  const start = block.cells.findIndex((r) => !isEmptyRow(r));
  if (start < 0) return null;
  const rows: FoundTable["rows"] = [];
  let i = start + 1;
  while (i < block.cells.length && isEmptyRow(block.cells[i])) i++;
  for (; i < block.cells.length && !isEmptyRow(block.cells[i]); i++)
    rows.push({ row: block.row + i, cells: block.cells[i] });
  const last = rows.length > 0 ? rows[rows.length - 1].row : block.row + start;
  const width = Math.max(...block.cells.slice(start, i).map((r) => r.length));
  return {
    source: {
      kind,
      name,
      sheet: block.sheet,
      range: rangeOf(block.row + start, block.col, last, width),
    },
    sheet: block.sheet,
    headerRow: block.row + start,
    col: block.col,
    header: block.cells[start],
    rows,
  };
}

/** Finds a table by any of `names`: Excel Table first, then a sheet, then the picked range. */
export function locateTable(
  grid: WorkbookGrid,
  names: readonly string[],
  picked?: GridBlock,
): FoundTable | null {
  for (const name of names) {
    const table = grid.tables.find((t) => sameName(t.name, name));
    if (table) {
      const found = fromTable(table, table.name, "table");
      if (found) return found;
    }
  }
  for (const name of names) {
    const sheet = grid.sheets.find((s) => sameName(s.sheet, name));
    if (sheet) {
      const found = fromRegion(sheet, sheet.sheet, "sheet");
      if (found) return found;
    }
  }
  return picked ? fromRegion(picked, picked.sheet, "picked") : null;
}
