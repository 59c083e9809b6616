import { cellAddress, GridBlock, GridCell, WorkbookGrid } from "./grid";
import { cellText } from "./headers";
import { sameName } from "./names";

/** Where a table was found (SPEC §1: Excel Table by name, else a sheet by name, else the picked range). */
export interface TableSource {
  kind: "table" | "sheet" | "picked";
  /** The Excel Table's or sheet's name ("picked" ranges: the sheet name). */
  name: string;
  sheet: string;
  /** Address of the header row and data, e.g. "A1:F20". */
  range: string;
}

/** Where each input table was found (null: not found). */
export interface TableSources {
  initiatives: TableSource | null;
  keys: TableSource | null;
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
  /** Absolute 0-based rows below the table's end that look like data but were not read. */
  notRead: number[];
}

/**
 * Whether a row that follows blank rows still belongs to the table, judged by the table's header.
 * Each table's parser says what its data rows look like.
 */
export type RowAfterBlank = (
  cells: readonly GridCell[],
  header: readonly GridCell[],
) => boolean;

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
    notRead: [],
  };
}

/**
 * A sheet or picked range: the first non-empty row is the header; data runs down to an empty row
 * that is not followed by a row of data (`afterBlank`), so a spacer row inside the table is
 * skipped while a note further down, such as a source line, is not read as data.
 */
function fromRegion(
  block: GridBlock,
  name: string,
  kind: TableSource["kind"],
  afterBlank: RowAfterBlank,
): FoundTable | null {
  const start = block.cells.findIndex((r) => !isEmptyRow(r));
  if (start < 0) return null;
  const header = block.cells[start];
  const nonEmptyFrom = (i: number) => {
    while (i < block.cells.length && isEmptyRow(block.cells[i])) i++;
    return i;
  };
  const rows: FoundTable["rows"] = [];
  let i = nonEmptyFrom(start + 1);
  for (; i < block.cells.length; i++) {
    if (isEmptyRow(block.cells[i])) {
      const next = nonEmptyFrom(i);
      if (next === block.cells.length || !afterBlank(block.cells[next], header))
        break;
      i = next;
    }
    rows.push({ row: block.row + i, cells: block.cells[i] });
  }
  const last = rows.length > 0 ? rows[rows.length - 1].row : block.row + start;
  // Below the end (e.g. under a note), rows that look like data are reported, never guessed in.
  const notRead: number[] = [];
  for (let j = i; j < block.cells.length; j++)
    if (!isEmptyRow(block.cells[j]) && afterBlank(block.cells[j], header))
      notRead.push(block.row + j);
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
    header,
    rows,
    notRead,
  };
}

/**
 * Finds a table by any of `names`: Excel Table first, then a sheet, then the picked range. On a
 * sheet or picked range, rows below a blank row are read while `afterBlank` says they are data.
 */
export function locateTable(
  grid: WorkbookGrid,
  names: readonly string[],
  picked?: GridBlock,
  afterBlank: RowAfterBlank = () => false,
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
      const found = fromRegion(sheet, sheet.sheet, "sheet", afterBlank);
      if (found) return found;
    }
  }
  return picked ? fromRegion(picked, picked.sheet, "picked", afterBlank) : null;
}
