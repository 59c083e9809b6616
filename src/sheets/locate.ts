import {
  cellAddress,
  GridBlock,
  GridCell,
  GridTable,
  WorkbookGrid,
} from "./grid";
import { cellText } from "./headers";
import { sameName } from "../engine";

/** Where a table was found (SPEC §1: what the user points at, an Excel Table or sheet by name, else by its header). */
export interface TableSource {
  kind: "table" | "sheet" | "picked";
  /** The Excel Table's or sheet's name ("picked" ranges: the sheet name). */
  name: string;
  sheet: string;
  /** Address of the header row and data, e.g. "A1:F20". */
  range: string;
  /** True when no name matched and the table was recognised by its header row. */
  byHeader?: boolean;
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
  /** Data rows with their absolute 0-based row (cells from `col`). */
  rows: { row: number; cells: GridCell[] }[];
  /** An Excel Table's Total Row: never data, checked as the user's total. */
  totalRow?: { row: number; cells: GridCell[] };
  /** Absolute 0-based rows below the table's end that look like data but were not read. */
  notRead: number[];
  /** Non-empty text of the rows above the header on a sheet (title, unit line), top first. */
  above: string[];
}

/**
 * Whether a row that follows blank rows still belongs to the table, judged by the table's header.
 * Each table's parser says what its data rows look like.
 */
export type RowAfterBlank = (
  cells: readonly GridCell[],
  header: readonly GridCell[],
) => boolean;

/** What one kind of input table (initiatives, keys) looks like, so it can be found wherever it is. */
export interface TableKind {
  /** Names of Excel Tables and sheets that are this table, in order of preference. */
  names: readonly string[];
  /**
   * When `cells` is this table's header row (`next`: the next non-empty row below it), the
   * column where the table starts; else null.
   */
  headerStart: (
    cells: readonly GridCell[],
    next: readonly GridCell[] | undefined,
  ) => number | null;
  afterBlank: RowAfterBlank;
}

/** What locating found: the table, or the candidates when several fit and none was named. */
export interface Located {
  table: FoundTable | null;
  /** More than one sheet or table has this table's header and none is named: the user must choose. */
  ambiguous: TableSource[];
}

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

/** The longest row's length, without spreading (a sheet may have a million rows). */
function widthOf(rows: readonly (readonly GridCell[])[]): number {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

/** An Excel Table: the first row is the header, every non-empty row below is data, the Total Row is kept apart. */
function fromTable(
  block: GridTable,
  name: string,
  kind: TableSource["kind"],
): FoundTable | null {
  if (block.cells.length === 0) return null;
  const last = block.cells.length - 1;
  const totalAt = block.totalRow && last > 0 ? last : -1;
  const rows: FoundTable["rows"] = [];
  for (let i = 1; i < block.cells.length; i++)
    if (i !== totalAt && !isEmptyRow(block.cells[i]))
      rows.push({ row: block.row + i, cells: block.cells[i] });
  return {
    source: {
      kind,
      name,
      sheet: block.sheet,
      range: rangeOf(
        block.row,
        block.col,
        block.row + last,
        widthOf(block.cells),
      ),
    },
    sheet: block.sheet,
    headerRow: block.row,
    col: block.col,
    header: block.cells[0],
    rows,
    ...(totalAt > 0
      ? { totalRow: { row: block.row + totalAt, cells: block.cells[totalAt] } }
      : {}),
    notRead: [],
    above: [],
  };
}

/** Index of the first non-empty row at or after `i`. */
function nonEmptyFrom(
  cells: readonly (readonly GridCell[])[],
  i: number,
): number {
  while (i < cells.length && isEmptyRow(cells[i])) i++;
  return i;
}

/** The header row of `kind` in a block: its index and first column, or null. */
function findHeader(
  block: GridBlock,
  kind: TableKind,
): { index: number; first: number } | null {
  const cells = block.cells;
  for (
    let i = nonEmptyFrom(cells, 0);
    i < cells.length;
    i = nonEmptyFrom(cells, i + 1)
  ) {
    const next = nonEmptyFrom(cells, i + 1);
    const first = kind.headerStart(cells[i], cells[next]);
    if (first !== null) return { index: i, first };
  }
  return null;
}

/**
 * The last column of a table whose header row is `header` (from `first`): up to the first column
 * that is empty in the header and in every row below down to the first blank row, so a second
 * table to the right is not read into this one.
 */
function lastColumn(
  cells: readonly (readonly GridCell[])[],
  index: number,
  first: number,
): number {
  const header = cells[index];
  let end = index + 1;
  while (end < cells.length && !isEmptyRow(cells[end])) end++;
  const width = widthOf(cells.slice(index, end));
  let last = first;
  for (let c = first; c < width; c++) {
    let used = cellText(header[c]) !== "";
    for (let r = index + 1; !used && r < end; r++)
      used = cellText(cells[r][c]) !== "";
    if (!used) break;
    last = c;
  }
  return last;
}

/**
 * A sheet or picked range: the header row is the first row `kind` recognises (title and unit rows
 * above it and blank columns before it are allowed); with none recognised, the first non-empty
 * row, so the parser can say what is missing. Data runs down to an empty row that is not followed
 * by a row of data (`afterBlank`), so a spacer row inside the table is skipped while a note further
 * down, such as a source line, is not read as data.
 */
function fromRegion(
  block: GridBlock,
  name: string,
  kind: TableSource["kind"],
  tableKind: TableKind,
  isAnyHeader: (
    cells: readonly GridCell[],
    next?: readonly GridCell[],
  ) => boolean,
): FoundTable | null {
  const cells = block.cells;
  const found = findHeader(block, tableKind);
  const start = found?.index ?? nonEmptyFrom(cells, 0);
  if (start >= cells.length) return null;
  const first =
    found?.first ?? cells[start].findIndex((c) => cellText(c) !== "");
  const last = lastColumn(cells, start, first);
  const cut = (row: readonly GridCell[]) => row.slice(first, last + 1);
  const header = cut(cells[start]);
  const rows: FoundTable["rows"] = [];
  let i = nonEmptyFrom(cells, start + 1);
  for (; i < cells.length; i++) {
    if (isEmptyRow(cut(cells[i]))) {
      const next = nonEmptyFrom(cells, i);
      if (
        next === cells.length ||
        !tableKind.afterBlank(cut(cells[next]), header)
      )
        break;
      i = next;
    }
    rows.push({ row: block.row + i, cells: cut(cells[i]) });
  }
  const lastRow =
    rows.length > 0 ? rows[rows.length - 1].row : block.row + start;
  // Below the end (e.g. under a note), rows that look like data are reported, never guessed in;
  // the header of another table ends the search.
  const notRead: number[] = [];
  for (let j = i; j < cells.length; j++) {
    if (isEmptyRow(cells[j])) continue;
    if (isAnyHeader(cells[j], cells[nonEmptyFrom(cells, j + 1)])) break;
    if (tableKind.afterBlank(cut(cells[j]), header))
      notRead.push(block.row + j);
  }
  const above: string[] = [];
  for (let j = 0; j < start; j++) {
    const text = cells[j]
      .map(cellText)
      .filter((t) => t !== "")
      .join(" ");
    if (text !== "") above.push(text);
  }
  return {
    source: {
      kind,
      name,
      sheet: block.sheet,
      range: rangeOf(
        block.row + start,
        block.col + first,
        lastRow,
        last - first + 1,
      ),
    },
    sheet: block.sheet,
    headerRow: block.row + start,
    col: block.col + first,
    header,
    rows,
    notRead,
    above,
  };
}

const isTable = (block: GridBlock): block is GridTable => "name" in block;

/**
 * The text of up to three rows right above an Excel Table on its sheet (a title, the unit line
 * `Mio. kr. (2025-pl)`), top first, as a table read from a sheet has them.
 */
function aboveTable(grid: WorkbookGrid, table: FoundTable): FoundTable {
  const sheet = grid.sheets.find((s) => sameName(s.sheet, table.sheet));
  if (!sheet) return table;
  const above: string[] = [];
  for (
    let r = Math.max(sheet.row, table.headerRow - 3);
    r < table.headerRow;
    r++
  ) {
    const text = (sheet.cells[r - sheet.row] ?? [])
      .map(cellText)
      .filter((t) => t !== "")
      .join(" ");
    if (text !== "") above.push(text);
  }
  return { ...table, above };
}

/**
 * Finds a table of `kind` (SPEC §1): what the user picked (a range, a sheet or an Excel Table),
 * else an Excel Table by name, else a sheet by name, else the one Excel Table or sheet whose
 * header row is recognised (`byHeader`); several such candidates are `ambiguous`.
 * `others` are the other kinds of table, whose header rows end a table read from a sheet.
 */
export function locateTable(
  grid: WorkbookGrid,
  kind: TableKind,
  picked?: GridBlock,
  others: readonly TableKind[] = [],
): Located {
  const kinds = [kind, ...others];
  const isAnyHeader = (
    cells: readonly GridCell[],
    next?: readonly GridCell[],
  ) => kinds.some((k) => k.headerStart(cells, next) !== null);
  const region = (block: GridBlock, source: TableSource["kind"]) =>
    fromRegion(block, block.sheet, source, kind, isAnyHeader);
  const found = (table: FoundTable | null): Located => ({
    table,
    ambiguous: [],
  });

  if (picked)
    return found(
      isTable(picked)
        ? fromTable(picked, picked.name, "picked")
        : region(picked, "picked"),
    );
  for (const name of kind.names) {
    const table = grid.tables.find(
      (t) => sameName(t.name, name) && t.cells.length > 0,
    );
    if (table) {
      const t = fromTable(table, table.name, "table");
      return found(t && aboveTable(grid, t));
    }
  }
  for (const name of kind.names) {
    const sheet = grid.sheets.find((s) => sameName(s.sheet, name));
    if (sheet) {
      const table = region(sheet, "sheet");
      if (table) return found(table);
    }
  }
  // No name matched: every Excel Table and sheet whose header row is recognised is a candidate.
  const candidates: FoundTable[] = [];
  for (const t of grid.tables) {
    if (t.cells.length === 0) continue;
    if (kind.headerStart(t.cells[0], t.cells[1]) === null) continue;
    const table = fromTable(t, t.name, "table");
    if (table) candidates.push(table);
  }
  for (const s of grid.sheets) {
    if (!findHeader(s, kind)) continue;
    const table = region(s, "sheet");
    // A sheet whose header is an Excel Table's is that table, already a candidate.
    if (
      table &&
      !candidates.some(
        (c) => c.sheet === table.sheet && c.headerRow === table.headerRow,
      )
    )
      candidates.push(table);
  }
  for (const c of candidates) c.source.byHeader = true;
  if (candidates.length === 1) return found(candidates[0]);
  return { table: null, ambiguous: candidates.map((c) => c.source) };
}
