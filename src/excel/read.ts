/* global Excel, OfficeExtension */
/**
 * Reads what the parser needs from the open workbook (the contract in src/sheets/grid.ts):
 * 1. the sheets (names and ids), every Excel Table (name, sheet, Total Row shown or not), the
 *    defined names, the workbook's structure protection and Fordel's ownership part (./ownership.ts);
 * 2. each sheet's mark (A1:B1) and the place of its used range (values only) and of every
 *    Table, the ranges picked in the task pane with values and text (of whole columns or rows
 *    only the used part; the initiatives' with every cell's indent), and the ownership record;
 * 3. only when there is a record: the formulas and protection of the sheets it lists, to tell
 *    whether the user changed them (./ownership.ts, in blocks of MAX_CELLS_PER_READ cells), and
 *    with `notes` (ExcelApi 1.18) their cell notes in the same requests;
 * 4. the used range, with values and text, of every sheet that is not output (Fordel's by the
 *    record, or carrying the visible mark: a copy or an older version's), and every Table not on
 *    such a sheet, each with its cells' indent (the initiatives' tree; of a large range only the
 *    first INDENT_COLUMNS columns, where names stand) – in requests whose answer stays under
 *    some READ_BYTES.
 * Why not fewer: the record decides which sheets are Fordel's, so it comes before their cells;
 * and nothing is ever called on an object that may be a null object.
 * Large sheets: a used range is read whole. We assume input sheets of up to some 10⁵ cells; a
 * sheet of more is read in a request of its own, and when Excel on the web refuses the answer
 * (over 5 MB: some 200.000 cells) the fill fails with Excel's error and writes nothing.
 */
import {
  ExistingSheet,
  GridBlock,
  GridTable,
  WorkbookGrid,
} from "../sheets/grid";
import { columnIndex } from "../sheets/columns";
import { isGeneratedSheet, MARK_RANGE } from "../sheets/marker";
import { localAddress } from "./address";
import {
  OwnershipState,
  queueRecordParts,
  queueRecordXml,
  readOwnership,
} from "./ownership";
import { blockOf, cellsOf, PendingBlock, queueBlock } from "./block";
import { sameName } from "../engine";

/**
 * Each cell's indent costs some 30 bytes of Excel's answer (`{"format":{"indentLevel":0}}`), more
 * than its value and text together (some 20). A range of up to INDENT_ALL_CELLS cells (an input
 * table of 2.000 rows × 25 columns) has every cell's indent read, so the initiatives' tree is
 * there whichever column holds their names; of a larger one only the first INDENT_COLUMNS columns.
 */
export const INDENT_ALL_CELLS = 50_000;
export const INDENT_COLUMNS = 4;
/** Bytes of Excel's answer one request of step 3 may ask for (Excel on the web refuses 5 MB). */
export const READ_BYTES = 3_000_000;
const VALUE_TEXT_BYTES = 20;
const INDENT_BYTES = 30;

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
  /** Also read the values of Fordel's own period sheets (revision, SPEC §2), in the same requests. */
  published?: boolean;
  /** The host has cell notes (ExcelApi 1.18, ./requirements.ts): read them on Fordel's sheets, and the plan writes them. */
  notes?: boolean;
}

export interface GridRead {
  grid: WorkbookGrid;
  syncs: number;
  /** The workbook's defined names (a generated table must not take one: src/excel/write.ts). */
  definedNames: string[];
  /** Fordel's ownership record as read, for the writer. */
  ownership: OwnershipState;
  /** With `notes`: the notes Fordel wrote on its sheets, by sheet name as read (the writer deletes them before writing anew). */
  fordelNotes?: Map<string, Excel.Note[]>;
  /** True when the workbook's structure is protected: no sheet can be added or renamed. */
  structureProtected: boolean;
  /** With `published`: the used range of each of Fordel's period sheets (values, to revise against). */
  published?: GridBlock[];
  /** Fordel's period sheets too large to read back for a revision. */
  publishedTooLarge?: string[];
}

/** A picked range whose sheet no longer exists, and the like: the task pane shows the message. */
export class HostInputError extends Error {}

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

/** "C:F", "$C:$F", "D" → whole columns; "3:40" → whole rows; anything else (e.g. "B2:H20") → null. */
export function wholeLines(address: string): WholeLines | null {
  const parts = address.toUpperCase().replace(/\$/g, "").split(":");
  if (parts.length > 2) return null;
  const lines = (values: number[]): Lines => ({
    first: Math.min(...values),
    last: Math.max(...values),
  });
  if (parts.every((p) => /^[A-Z]{1,3}$/.test(p)))
    return { cols: lines(parts.map(columnIndex)) };
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
  // 1.
  const worksheets = context.workbook.worksheets.load("items/name, items/id");
  const everyTable = context.workbook.tables.load(
    "items/name, items/worksheet/name, items/showTotals",
  );
  const names = context.workbook.names.load("items/name");
  const structure = context.workbook.protection.load("protected");
  const recordParts = queueRecordParts(context);
  await context.sync();
  let syncs = 1;

  // 2.
  const sheets = worksheets.items;
  const marks = sheets.map((s) => ({
    sheet: s,
    mark: s.getRange(MARK_RANGE).load("values, text"),
    used: s
      .getUsedRange(true)
      .load("rowIndex, columnIndex, rowCount, columnCount"),
  }));
  const tables: TableRead[] = everyTable.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    totalRow: t.showTotals,
    place: t.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
  }));
  const pickedInitiatives = queuePick(
    sheets,
    options.picked?.initiatives,
    true,
  );
  const pickedKeys = queuePick(sheets, options.picked?.keys, false);
  const record = queueRecordXml(recordParts.items());
  await context.sync();
  syncs++;

  // 3.
  const ownership = await readOwnership(
    context,
    marks.map(({ sheet, mark, used }) => ({
      sheet,
      name: sheet.name,
      id: sheet.id,
      mark: isGeneratedSheet(cellsOf(mark)),
      used,
    })),
    record,
    options.maxCellsPerRead,
    options.notes === true,
  );
  syncs += ownership.syncs;
  const existing: ExistingSheet[] = ownership.existing;

  // 4.
  const tooLarge: string[] = [];
  const reads = inputReads(sheets, tables, marks, existing, options, tooLarge);
  const blocks = await readBlocks(context, reads, tables);
  syncs += blocks.syncs;

  const definedNames = names.items.map((n) => n.name);
  const grid = gridOf(tables, blocks, existing, definedNames, options);
  if (pickedInitiatives)
    grid.pickedInitiatives = pickedBlock(pickedInitiatives);
  if (pickedKeys) grid.pickedKeys = pickedBlock(pickedKeys);
  return {
    grid,
    syncs,
    definedNames,
    ownership: ownership.state,
    ...(options.notes === true ? { fordelNotes: ownership.fordelNotes } : {}),
    structureProtected: structure.protected,
    ...(options.published
      ? { published: blocks.published, publishedTooLarge: tooLarge }
      : {}),
  };
}

/** The grid the parser reads: the Tables, the input sheets, the sheets that exist and the defined names. */
function gridOf(
  tables: readonly TableRead[],
  blocks: { tables: GridBlock[]; sheets: GridBlock[] },
  existing: ExistingSheet[],
  definedNames: string[],
  options: ReadGridOptions,
): WorkbookGrid {
  return {
    tables: tables.map((t, k): GridTable => ({
      name: t.name,
      ...blocks.tables[k],
      ...(t.totalRow ? { totalRow: true } : {}),
    })),
    sheets: blocks.sheets,
    existing,
    // Without ExcelApi 1.18 there are no cell notes (see WorkbookGrid.notes); the legend points to the pane.
    ...(options.notes === true ? {} : { notes: false }),
    ...(definedNames.length > 0 ? { definedNames } : {}),
  };
}

/** An Excel Table as listed in step 1, its place queued in step 2. */
interface TableRead {
  name: string;
  sheet: string;
  totalRow: boolean;
  place: Place;
}

/** Queues a picked range's cells (of whole lines: the sheet's used range, to be clipped). */
function queuePick(
  sheets: readonly Excel.Worksheet[],
  ref: RangeRef | undefined,
  indent: boolean,
): PendingPick | undefined {
  if (!ref) return undefined;
  const sheet = sheets.find((s) => sameName(s.name, ref.sheet));
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
}

/**
 * The ranges step 4 reads. Output sheets – Fordel's, or carrying its mark (a copy, an older
 * version's) – are not input: their Tables are listed by name and sheet, their cells not read.
 * Fordel's own period sheets are read back (values only) when a revision asks for them; one too
 * large to read back (a stray cell far away) is not revised against, and said (`tooLarge`).
 */
function inputReads(
  sheets: readonly Excel.Worksheet[],
  tables: readonly TableRead[],
  marks: readonly { sheet: Excel.Worksheet; used: Place }[],
  existing: readonly ExistingSheet[],
  options: ReadGridOptions,
  tooLarge: string[],
): Read[] {
  const output = (e: ExistingSheet) => e.generated || e.legacyMark === true;
  const isOutput = (sheet: string) =>
    existing.some((e) => output(e) && sameName(e.name, sheet));
  const sheetNamed = (name: string) =>
    sheets.find((s) => sameName(s.name, name));
  return [
    ...tables.flatMap((t, k): Read[] =>
      isOutput(t.sheet)
        ? []
        : [{ sheet: sheetNamed(t.sheet)!, place: t.place, table: k }],
    ),
    ...marks
      .filter((_, k) => !output(existing[k]))
      .map(({ sheet, used }): Read => ({ sheet, place: used })),
    ...marks
      .filter(
        ({ used }, k) =>
          options.published === true &&
          existing[k].generated &&
          existing[k].period !== undefined &&
          publishable(used, existing[k].name, tooLarge),
      )
      .map(({ sheet, used }): Read => ({
        sheet,
        place: used,
        published: true,
      })),
  ];
}

/** Reads the ranges, in batches: the Tables' cells (by index), the input sheets' and Fordel's published ones. */
async function readBlocks(
  context: Excel.RequestContext,
  reads: readonly Read[],
  tables: readonly TableRead[],
): Promise<{
  tables: GridBlock[];
  sheets: GridBlock[];
  published: GridBlock[];
  syncs: number;
}> {
  const out = {
    tables: tables.map((t): GridBlock => ({
      sheet: t.sheet,
      row: 0,
      col: 0,
      cells: [],
    })),
    sheets: [] as GridBlock[],
    published: [] as GridBlock[],
    syncs: 0,
  };
  for (const batch of batches(reads)) {
    const pending = batch.map((read) => ({
      read,
      block: queueBlock(
        read.sheet.name,
        read.sheet.getRangeByIndexes(
          read.place.rowIndex,
          read.place.columnIndex,
          read.place.rowCount,
          read.place.columnCount,
        ),
        false,
      ),
      indents: queueIndents(read.sheet, read.place),
    }));
    // One request per batch on purpose: a single answer over 5 MB would be refused by Excel on the web.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    out.syncs++;
    for (const { read, block, indents } of pending) {
      const cells = withIndents(blockOf(block), indents);
      if (read.published) out.published.push(cells);
      else if (read.table === undefined) out.sheets.push(cells);
      else out.tables[read.table] = cells;
    }
  }
  return out;
}

/** Cells of one of Fordel's period sheets read back for a revision at most (a 2.000 × 98 sheet is ~0,2 M). */
const MAX_PUBLISHED_CELLS = 1_000_000;

function publishable(used: Place, name: string, tooLarge: string[]): boolean {
  if (used.rowCount * used.columnCount <= MAX_PUBLISHED_CELLS) return true;
  tooLarge.push(name);
  return false;
}

type IndentRead = OfficeExtension.ClientResult<Excel.CellProperties[][]>;

/** A range to read in step 3: a Table (`table`, its index) or a sheet's used range. */
interface Read {
  sheet: Excel.Worksheet;
  place: Place;
  table?: number;
  /** One of Fordel's period sheets, read back for a revision. */
  published?: boolean;
}

/** The reads in requests whose answer is at most some READ_BYTES (a larger one alone). */
function batches(reads: readonly Read[]): Read[][] {
  const out: Read[][] = [];
  let bytes = Infinity;
  for (const read of reads) {
    const { rowCount, columnCount } = read.place;
    const size =
      rowCount * columnCount * VALUE_TEXT_BYTES +
      rowCount * indentColumns(read.place) * INDENT_BYTES;
    if (bytes + size > READ_BYTES) {
      out.push([]);
      bytes = 0;
    }
    out[out.length - 1].push(read);
    bytes += size;
  }
  return out;
}

/** How many columns (from the left) of a range have their indent read. */
function indentColumns(place: Place): number {
  return place.rowCount * place.columnCount <= INDENT_ALL_CELLS
    ? place.columnCount
    : Math.min(INDENT_COLUMNS, place.columnCount);
}

interface Place {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Queues the indent of `place` on `sheet` (of its first columns when it is large). */
function queueIndents(sheet: Excel.Worksheet, place: Place): IndentRead {
  return sheet
    .getRangeByIndexes(
      place.rowIndex,
      place.columnIndex,
      place.rowCount,
      indentColumns(place),
    )
    .getCellProperties({ format: { indentLevel: true } });
}

/** The block with the indents read (from its top-left cell; 0 where none was read). */
function withIndents(block: GridBlock, indents: IndentRead): GridBlock {
  const levels = indents.value;
  return {
    ...block,
    cells: block.cells.map((row, r) =>
      row.map((cell, c) => ({
        ...cell,
        indent: levels[r]?.[c]?.format?.indentLevel ?? cell.indent,
      })),
    ),
  };
}
