/* global Excel */
/**
 * The tables the parser looks for by name (Initiativer, Nøgler, …): each an Excel Table or a
 * sheet of that name. Used by the fill (src/excel/read.ts) and by keys by name in the custom
 * functions (src/functions/workbook.ts). Two steps, each ended by a sync the caller makes, so a
 * caller can queue its own reads into the same two requests:
 * 1. `lookUpNamed` queues the Tables by name (`getItemOrNullObject`, case-insensitive as Excel's
 *    names are) and the list of sheets (name and id);
 * 2. `queueReads` queues, for what exists, each Table's range and the used range (values only)
 *    of each sheet whose name is one of the names, ignoring case and surrounding spaces as the
 *    locator does (src/sheets/locate.ts); `blocks` gives them after the sync.
 * Methods are never called on what may be a null object (Office does not document that as
 * supported), which is why the ranges wait for the first sync.
 */
import type { GridBlock, GridTable } from "../sheets/grid";
import { sameName, sheetNameKey } from "../engine";
import { blockOf, queueBlock } from "./block";

export interface NamedOptions {
  /** The names whose Table or sheet is read with each cell's indent too (the initiatives' tree); elsewhere it is 0. */
  indentFor?: readonly string[];
}

export interface NamedBlocks {
  tables: GridTable[];
  /** A blank sheet is one empty cell (A1), as Excel gives its used range. */
  sheets: GridBlock[];
  /** The ids of the sheets these tables and sheets are on, each once (for change events). */
  sheetIds: string[];
}

export interface NamedReads {
  /** The Tables found, by lower-case name. */
  readonly tableNames: ReadonlySet<string>;
  /** Ranges queued: 0 when none of the names exists (a caller with nothing else may skip the sync). */
  readonly count: number;
  /** After the second sync. */
  blocks(): NamedBlocks;
}

export interface NamedLookup {
  /** After the first sync: every sheet of the workbook, in order, with its name and id. */
  sheets(): Excel.Worksheet[];
  /** After the first sync: queues the reads of what exists. */
  queueReads(): NamedReads;
}

/** Sheet names as the locator compares them. */

export function lookUpNamed(
  context: Excel.RequestContext,
  names: readonly string[],
  options: NamedOptions = {},
): NamedLookup {
  const indentFor = options.indentFor ?? [];
  const indent = (name: string) => indentFor.some((n) => sameName(n, name));
  const tables = names.map((name) =>
    context.workbook.tables
      .getItemOrNullObject(name)
      .load("name, worksheet/name, worksheet/id, showTotals"),
  );
  const worksheets = context.workbook.worksheets.load("items/name, items/id");
  const sheets = () => worksheets.items;

  const queueReads = (): NamedReads => {
    const found = new Map<string, Excel.Table>();
    for (const t of tables)
      if (!t.isNullObject) found.set(sheetNameKey(t.name), t);
    const pendingTables = [...found.values()].map((t) => ({
      name: t.name,
      totalRow: t.showTotals,
      sheetId: t.worksheet.id,
      block: queueBlock(t.worksheet.name, t.getRange(), indent(t.name)),
    }));
    const pendingSheets = sheets()
      .filter((s) => names.some((n) => sameName(n, s.name)))
      .map((s) => ({
        sheetId: s.id,
        block: queueBlock(s.name, s.getUsedRange(true), indent(s.name)),
      }));
    return {
      tableNames: new Set(found.keys()),
      count: pendingTables.length + pendingSheets.length,
      blocks: () => ({
        tables: pendingTables.map(({ name, totalRow, block }) => ({
          name,
          ...blockOf(block),
          // The Total Row is the range's last row: never a key or initiative (src/sheets/grid.ts).
          ...(totalRow ? { totalRow: true } : {}),
        })),
        sheets: pendingSheets.map(({ block }) => blockOf(block)),
        sheetIds: [
          ...new Set(
            [...pendingTables, ...pendingSheets].map((p) => p.sheetId),
          ),
        ],
      }),
    };
  };
  return { sheets, queueReads };
}

/** Both steps with their syncs; the second only when something of the names exists. */
export async function readNamed(
  context: Excel.RequestContext,
  names: readonly string[],
  options: NamedOptions = {},
): Promise<NamedBlocks> {
  const lookup = lookUpNamed(context, names, options);
  await context.sync();
  const reads = lookup.queueReads();
  if (reads.count > 0) await context.sync();
  return reads.blocks();
}
