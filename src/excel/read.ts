/* global Excel */
/**
 * Reads what the parser needs from the open workbook (src/sheets/grid.ts) in two syncs:
 * 1. the list of sheets, and the Excel Tables by the names the parser looks for (./named.ts);
 * 2. for what exists: each such table's range, the used range of each sheet with such a name,
 *    the ranges picked in the task pane (of whole columns or rows only the used part), each with
 *    values and text, and the indent for the initiatives only (their tree); A1:B1 of every sheet
 *    (the visible mark of older versions) and Fordel's ownership record (./ownership.ts);
 * 3. only when there is a record: the formulas and protection of the sheets it lists, to tell
 *    whether the user changed them since Fordel wrote them.
 * Of every other Excel Table only its name and sheet are read, in step 1: the renderer gives
 * generated tables unused names, and the writer converts the tables of a sheet it writes into.
 * Why not one: the marks are in cells of every sheet, so the sheet names must be known before
 * those ranges can be asked for; and nothing is ever called on an object that may be a null
 * object (Office does not document that as supported), so the tables' ranges also wait for step 1.
 */
import {
  ExistingSheet,
  GridBlock,
  GridTable,
  INITIATIVE_TABLE_NAMES,
  KEY_TABLE_NAMES,
  WorkbookGrid,
} from "../sheets/grid";
import { isGeneratedSheet, MARK_RANGE } from "../sheets/marker";
import {
  OwnershipState,
  queueRecordParts,
  queueRecordXml,
  readOwnership,
} from "./ownership";
import { localAddress } from "./address";
import { blockOf, cellsOf, PendingBlock, queueBlock } from "./block";
import { sameName } from "../sheets/names";
import { lookUpNamed } from "./named";

/** A range in the workbook, e.g. { sheet: "Ark1", address: "A1:F12" }. */
export interface RangeRef {
  sheet: string;
  address: string;
}

/** Ranges the user picked in the task pane for tables without an Excel Table or sheet of their name. */
export interface PickedRanges {
  initiatives?: RangeRef;
  keys?: RangeRef;
}

export interface ReadGridOptions {
  picked?: PickedRanges;
  /** Cells of Fordel's sheets' formulas read back per request (default ./ownership.ts MAX_CELLS_PER_READ). */
  maxCellsPerRead?: number;
}

export interface GridRead {
  grid: WorkbookGrid;
  syncs: number;
  /** Fordel's ownership record as read, for the writer. */
  ownership: OwnershipState;
  /** True when the workbook's structure is protected: no sheet can be added or renamed. */
  structureProtected: boolean;
}

/** A picked range whose sheet no longer exists, and the like: the task pane shows the message. */
export class HostInputError extends Error {}

const TABLE_NAMES = [...INITIATIVE_TABLE_NAMES, ...KEY_TABLE_NAMES];

/** Rows and columns, 0-based, from `first` to `last` inclusive. */
interface Lines {
  first: number;
  last: number;
}

/** A picked range of whole columns ("C:F") or whole rows ("3:40"): only what of it is used is read. */
interface WholeLines {
  rows?: Lines;
  cols?: Lines;
}

interface PendingPick {
  block: PendingBlock;
  /** Keep only these lines of what was read (the used range of the sheet, for a pick of whole lines). */
  clip?: WholeLines;
}

const columnNumber = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "C:F", "$C:$F", "D" → whole columns; "3:40" → whole rows; anything else (e.g. "B2:H20") → null. */
export function wholeLines(address: string): WholeLines | null {
  const parts = address.toUpperCase().replace(/\$/g, "").split(":");
  if (parts.length > 2) return null;
  const lines = (values: number[]): Lines => ({
    first: Math.min(...values),
    last: Math.max(...values),
  });
  if (parts.every((p) => /^[A-Z]{1,3}$/.test(p)))
    return { cols: lines(parts.map(columnNumber)) };
  if (parts.every((p) => /^[0-9]+$/.test(p)))
    return { rows: lines(parts.map((p) => Number(p) - 1)) };
  return null;
}

function pickedBlock(p: PendingPick): GridBlock {
  const block = blockOf(p.block);
  return p.clip ? clipBlock(block, p.clip) : block;
}

/** The part of `block` inside the lines; no cells when they do not meet. */
function clipBlock(block: GridBlock, clip: WholeLines): GridBlock {
  const height = block.cells.length;
  const width = block.cells[0]?.length ?? 0;
  const span = (start: number, size: number, lines?: Lines) =>
    lines
      ? {
          from: Math.max(start, lines.first),
          to: Math.min(start + size - 1, lines.last),
        }
      : { from: start, to: start + size - 1 };
  const rows = span(block.row, height, clip.rows);
  const cols = span(block.col, width, clip.cols);
  if (rows.from > rows.to || cols.from > cols.to) {
    return {
      sheet: block.sheet,
      row: clip.rows?.first ?? block.row,
      col: clip.cols?.first ?? block.col,
      cells: [],
    };
  }
  return {
    sheet: block.sheet,
    row: rows.from,
    col: cols.from,
    cells: block.cells
      .slice(rows.from - block.row, rows.to - block.row + 1)
      .map((r) => r.slice(cols.from - block.col, cols.to - block.col + 1)),
  };
}

export async function readGrid(
  context: Excel.RequestContext,
  options: ReadGridOptions = {},
): Promise<WorkbookGrid> {
  return (await readWorkbook(context, options)).grid;
}

/** `readGrid`, also saying how many syncs it took. */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadGridOptions = {},
): Promise<GridRead> {
  const named = lookUpNamed(context, TABLE_NAMES, {
    indentFor: INITIATIVE_TABLE_NAMES,
  });
  const everyTable = context.workbook.tables.load(
    "items/name, items/worksheet/name",
  );
  const recordParts = queueRecordParts(context);
  const definedNames = context.workbook.names.load("items/name");
  const structure = context.workbook.protection.load("protected");
  await context.sync();

  const sheets = named.sheets();
  const sheetNamed = (name: string) =>
    sheets.find((s) => sameName(s.name, name));

  const reads = named.queueReads();
  // Only the name and sheet are used (renderer, writer): the place is not read (0, 0) nor the cells.
  const otherTables = everyTable.items
    .filter((t) => !reads.tableNames.has(t.name.toLowerCase()))
    .map((t): GridTable => ({
      name: t.name,
      sheet: t.worksheet.name,
      row: 0,
      col: 0,
      cells: [],
    }));

  const pick = (
    ref: RangeRef | undefined,
    indent: boolean,
  ): PendingPick | undefined => {
    if (!ref) return undefined;
    const sheet = sheetNamed(ref.sheet);
    if (!sheet)
      throw new HostInputError(
        `The sheet "${ref.sheet}" of the picked range no longer exists.`,
      );
    const address = localAddress(ref.address);
    // Whole columns or rows hold a million cells or more: read the sheet's used range and keep their part of it.
    const whole = wholeLines(address);
    return whole
      ? {
          block: queueBlock(sheet.name, sheet.getUsedRange(true), indent),
          clip: whole,
        }
      : { block: queueBlock(sheet.name, sheet.getRange(address), indent) };
  };
  const pickedInitiatives = pick(options.picked?.initiatives, true);
  const pickedKeys = pick(options.picked?.keys, false);

  const marks = sheets.map((s) => ({
    name: s.name,
    range: s.getRange(MARK_RANGE).load("values, text"),
    // Where each sheet's content is, so the formulas of Fordel's sheets can be read in blocks (./ownership.ts).
    used: s
      .getUsedRange(true)
      .load("rowIndex, columnIndex, rowCount, columnCount"),
  }));
  const record = queueRecordXml(recordParts.items());
  await context.sync();

  const ownership = await readOwnership(
    context,
    sheets.map((sheet, i) => ({
      sheet,
      name: sheet.name,
      id: sheet.id,
      mark: isGeneratedSheet(cellsOf(marks[i].range)),
      used: marks[i].used,
    })),
    record,
    options.maxCellsPerRead,
  );
  const existing: ExistingSheet[] = ownership.existing;
  const found = reads.blocks();
  const grid: WorkbookGrid = {
    tables: [...found.tables, ...otherTables],
    sheets: found.sheets,
    existing,
    ...(definedNames.items.length > 0
      ? { definedNames: definedNames.items.map((n) => n.name) }
      : {}),
  };
  if (pickedInitiatives)
    grid.pickedInitiatives = pickedBlock(pickedInitiatives);
  if (pickedKeys) grid.pickedKeys = pickedBlock(pickedKeys);
  return {
    grid,
    syncs: 2 + ownership.syncs,
    ownership: ownership.state,
    structureProtected: structure.protected,
  };
}
