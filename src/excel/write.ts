/* global Excel */
/**
 * Writes a WritePlan (src/sheets/plan.ts) into the open workbook in as few requests as fit:
 * normally one sync for the whole plan. Each sheet's cells go as 2-D blocks from A1 – values and
 * formulas together in one `formulas` array, number formats in a `numberFormat` array – split by
 * rows only when a request would pass the size budget. Text is written with a leading apostrophe
 * so it stays text. The plan has resolved every name already; this only refuses, before touching
 * anything, a plan that would delete or overwrite a sheet the add-in did not generate.
 * A re-fill writes into the generated sheet it replaces (same name): the user's formulas that
 * point into it (`='Fordeling 2026'!C13`) keep working and its tab stays where it was; deleting
 * the sheet would turn them into #REF! for good.
 */
import { cellAddress, ExistingSheet } from "../sheets/grid";
import {
  GENERATED_MARK,
  GENERATED_MARK_VERSION,
  markRow,
} from "../sheets/marker";
import type { LogPlan, PlanCell, SheetPlan, WritePlan } from "../sheets/plan";
import {
  bulkSetCost,
  DEFAULT_MAX_REQUEST_BYTES,
  jsonBytes,
  RequestBudget,
} from "./budget";
import { CellInput, cellInput, valueInput } from "./cells";
import { checkPlan } from "./guard";

export interface WriteOptions {
  /** Request size budget (default ~4 MB; Excel on the web rejects requests over 5 MB). */
  maxRequestBytes?: number;
}

/** What the read found (src/excel/read.ts) that the writer needs. */
export interface WorkbookFound {
  /** Every sheet, in workbook order, with Fordel's mark or not. */
  existing: readonly ExistingSheet[];
  /** Every Excel Table, by name and sheet. */
  tables: readonly { name: string; sheet: string }[];
  /** The workbook's defined names (Excel Tables and defined names share one namespace). */
  definedNames?: readonly string[];
}

export interface WriteReport {
  syncs: number;
  /** Estimated size of each request sent (an upper bound of the real body). */
  requestBytes: number[];
  /** Generated tables given another name than the plan's, because a defined name has it: plan name → name given. */
  renamedTables?: Record<string, string>;
}

const GENERAL = "General";
/** The allocation table's style (the CLI writes the same). */
export const TABLE_STYLE = "TableStyleLight9";

/** Excel column width in points for a width in characters (7 px a character, 5 px padding, 0.75 pt a px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((Math.max(0, characters) * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Writes the plan. `found` is what `readGrid` found: by the name and mark of every sheet, a sheet
 * to be replaced must be one Fordel generated, a new sheet's name must be free, and the log row is
 * only appended to Fordel's own log sheet – otherwise this throws before queuing anything.
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  found: WorkbookFound,
  options: WriteOptions = {},
): Promise<WriteReport> {
  checkPlan(plan, found.existing);
  const budget = new RequestBudget(
    context,
    options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    () => context.application.suspendApiCalculationUntilNextSync(),
  );
  const sheets = context.workbook.worksheets;
  const tableNames = freeTableNames(plan, found);

  // Every replaced sheet first: the renderer may give a new table a name one of them frees.
  for (const sheet of plan.sheets)
    if (sheet.replaces)
      await replaceSheet(context, budget, sheet, sheet.replaces, found);
  for (const sheet of plan.sheets) {
    if (!sheet.replaces) {
      await budget.fit(jsonBytes(sheet.name), 1);
      sheets.add(sheet.name);
    }
    await writeSheet(budget, sheet, tableNames.get(sheet.name));
  }
  await writeLog(context, budget, plan.log);
  if (plan.sheets.length > 0) {
    await budget.fit(0, 0);
    budget.sheet(plan.sheets[0].name).activate();
  }
  await budget.flush();
  const renamed = [...tableNames.entries()].filter(
    ([sheet, name]) =>
      plan.sheets.find((s) => s.name === sheet)?.table?.name !== name,
  );
  return {
    syncs: budget.syncs,
    requestBytes: budget.requestBytes,
    ...(renamed.length > 0
      ? {
          renamedTables: Object.fromEntries(
            renamed.map(([sheet, name]) => [
              plan.sheets.find((s) => s.name === sheet)!.table!.name,
              name,
            ]),
          ),
        }
      : {}),
  };
}

/**
 * The name each generated table gets, by sheet: the plan's, unless a defined name of the
 * workbook (or a table the write keeps) has it – Excel Tables and defined names share one
 * namespace, and `table.name = …` would fail mid-write – then the plan's name with "_2", "_3", ….
 */
function freeTableNames(
  plan: WritePlan,
  found: WorkbookFound,
): Map<string, string> {
  const replaced = new Set(
    plan.sheets.flatMap((s) => (s.replaces ? [s.replaces.toLowerCase()] : [])),
  );
  const taken = new Set(
    [
      ...(found.definedNames ?? []),
      ...found.tables
        .filter((t) => !replaced.has(t.sheet.toLowerCase()))
        .map((t) => t.name),
    ].map((n) => n.toLowerCase()),
  );
  const names = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (!sheet.table) continue;
    const base = sheet.table.name;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    names.set(sheet.name, name);
  }
  return names;
}

/**
 * Makes `plan.name` an empty sheet in the place of the generated sheet `replaces`. Same name: the
 * sheet itself is emptied – its Excel Tables converted to plain cells, then all its cells' contents
 * and formats cleared – so references into it stay. Another name (the case differs): the old sheet
 * is deleted and the new one put at its position.
 */
async function replaceSheet(
  context: Excel.RequestContext,
  budget: RequestBudget,
  plan: SheetPlan,
  replaces: string,
  found: WorkbookFound,
): Promise<void> {
  if (replaces === plan.name) {
    // convertToRange, not delete: Excel keeps every cell (and turns structured references to the table into cell references).
    for (const table of found.tables) {
      if (table.sheet !== replaces) continue;
      // Both in one request (the budget syncs only before a fit).
      await budget.fit(jsonBytes(table.name), 4, 2);
      const t = budget.sheet(plan.name).tables.getItem(table.name);
      // A filter left on would keep its rows hidden once the table is plain cells.
      t.clearFilters();
      t.convertToRange();
    }
    // One request: the used range is where it was before the clear.
    await budget.fit(0, 1, 2);
    const used = budget.sheet(plan.name).getUsedRange();
    used.clear("All");
    // Rows hidden by a filter of the sheet (not a table's) or by hand are shown again.
    used.rowHidden = false;
    await budget.fit(0, 1);
    budget.sheet(plan.name).freezePanes.unfreeze();
    return;
  }
  const position = found.existing.findIndex((s) => s.name === replaces);
  await budget.fit(jsonBytes(plan.name), 1);
  budget.sheet(replaces).delete();
  budget.forgetSheets();
  context.workbook.worksheets.add(plan.name);
  // Deleted and added one for one, so every other sheet is back at its index of `existing`.
  if (position >= 0) {
    await budget.fit(0, 0);
    budget.sheet(plan.name).position = position;
  }
}

/** Writes a sheet's cells, formats, table and widths into the (empty) sheet of its name. */
async function writeSheet(
  budget: RequestBudget,
  plan: SheetPlan,
  tableName: string | undefined,
): Promise<void> {
  // One object for the sheet per request (a later request, when the plan is split, looks it up again).
  const sheet = () => budget.sheet(plan.name);

  const width = Math.max(0, ...plan.cells.map((r) => r.length));
  if (width > 0)
    await writeBlocks(
      budget,
      sheet,
      0,
      plan.cells.map((row) => padRow(row, width)),
    );

  // Each format for many cells at once: one multi-area range per format value (split only when long).
  for (const address of areaAddresses(
    formatRuns(plan.cells, (c) => (c.bold ? 1 : 0)),
  )) {
    await budget.fit(jsonBytes(address), 3);
    sheet().getRanges(address).format.font.bold = true;
  }
  const indents = formatRuns(plan.cells, (c) => c.indent ?? 0);
  for (const level of [...new Set(indents.map((r) => r.value))].sort()) {
    for (const address of areaAddresses(
      indents.filter((r) => r.value === level),
    )) {
      await budget.fit(jsonBytes(address), 2);
      sheet().getRanges(address).format.indentLevel = level;
    }
  }
  if (plan.table) {
    const t = plan.table;
    // All in one request: the table object `add` returns is not valid after a sync.
    await budget.fit(jsonBytes(tableName ?? t.name) + 40, 5, 4);
    const table = sheet().tables.add(
      sheet().getRangeByIndexes(t.row, t.col, t.rows, t.cols),
      true,
    );
    table.name = tableName ?? t.name;
    table.style = TABLE_STYLE;
    // Names and the table's header stay in view, as in the CLI's output.
    sheet().freezePanes.freezeAt(sheet().getRangeByIndexes(0, 0, t.row + 1, 1));
  }
  for (const run of widthRuns(plan.columnWidths ?? [])) {
    await budget.fit(0, 2);
    sheet().getRangeByIndexes(0, run.col, 1, run.cols).format.columnWidth =
      columnWidthPoints(run.width);
  }
}

/**
 * Longest address of a multi-area range (`getRanges`). Excel refuses some long ones: office-js
 * #5198 saw an 8.207-character address fail and shorter ones work; we stay at half of 8.192.
 */
export const MAX_AREAS_ADDRESS = 4000;

/** The runs as multi-area addresses ("A8,A10:A11,C8:H8"), each at most MAX_AREAS_ADDRESS long. */
export function areaAddresses(runs: readonly Run[]): string[] {
  const addresses: string[] = [];
  let current = "";
  for (const r of runs) {
    const first = cellAddress(r.row, r.col);
    const area =
      r.rows === 1 && r.cols === 1
        ? first
        : `${first}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
    if (current && current.length + 1 + area.length > MAX_AREAS_ADDRESS) {
      addresses.push(current);
      current = "";
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) addresses.push(current);
  return addresses;
}

function padRow(
  row: readonly PlanCell[],
  width: number,
): (PlanCell | undefined)[] {
  return Array.from({ length: width }, (_, j) => row[j]);
}

/**
 * Writes rows from `top` as row-chunks, each a `numberFormat` and a `formulas` array, a chunk at
 * most half a request so two fit in one; formats first, so a value meets its cell's format.
 */
async function writeBlocks(
  budget: RequestBudget,
  sheet: () => Excel.Worksheet,
  top: number,
  rows: readonly (readonly (PlanCell | undefined)[])[],
): Promise<void> {
  // Two chunks (a number format and a formulas array) fit in one request with room to spare.
  const chunkLimit = (budget.maxBytes - 20_000) / 2;
  let start = 0;
  while (start < rows.length) {
    const formulas: CellInput[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    let anyFormat = false;
    for (let i = start; i < rows.length; i++) {
      const f = rows[i].map(cellInput);
      const n = rows[i].map((c) => c?.format ?? GENERAL);
      const rowBytes = jsonBytes(f) + jsonBytes(n);
      if (formulas.length > 0 && bytes + rowBytes > chunkLimit) break;
      formulas.push(f);
      formats.push(n);
      anyFormat ||= n.some((x) => x !== GENERAL);
      bytes += rowBytes;
    }
    const width = formulas[0].length;
    if (anyFormat) {
      await budget.fitCost(bulkSetCost(formats));
      sheet().getRangeByIndexes(
        top + start,
        0,
        formats.length,
        width,
      ).numberFormat = formats;
    }
    await budget.fitCost(bulkSetCost(formulas));
    sheet().getRangeByIndexes(top + start, 0, formulas.length, width).formulas =
      formulas;
    start += formulas.length;
  }
}

interface Run {
  row: number;
  col: number;
  rows: number;
  cols: number;
  value: number;
}

/**
 * Rectangles of cells sharing a non-zero value of `key` (bold, indent): runs along each row,
 * merged with the same run in the rows below, so a format is one operation per block, not per cell.
 */
export function formatRuns(
  cells: readonly (readonly PlanCell[])[],
  key: (c: PlanCell) => number,
): Run[] {
  const done: Run[] = [];
  let open = new Map<string, Run>();
  cells.forEach((row, i) => {
    const next = new Map<string, Run>();
    let j = 0;
    while (j < row.length) {
      const v = row[j] ? key(row[j]) : 0;
      if (!v) {
        j++;
        continue;
      }
      let k = j + 1;
      while (k < row.length && row[k] && key(row[k]) === v) k++;
      const id = `${j}:${k}:${v}`;
      const above = open.get(id);
      if (above) {
        above.rows++;
        open.delete(id);
        next.set(id, above);
      } else next.set(id, { row: i, col: j, rows: 1, cols: k - j, value: v });
      j = k;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

function widthRuns(
  widths: readonly number[],
): { col: number; cols: number; width: number }[] {
  const runs: { col: number; cols: number; width: number }[] = [];
  widths.forEach((w, col) => {
    if (!(w > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.width === w && last.col + last.cols === col) last.cols++;
    else runs.push({ col, cols: 1, width: w });
  });
  return runs;
}

function carriesMark(row: readonly unknown[] | undefined): boolean {
  return row?.[0] === GENERATED_MARK && row?.[1] === GENERATED_MARK_VERSION;
}

/**
 * A new log sheet gets the plan's preamble (which starts with the mark row; the mark is added
 * when a plan lacks it, so the sheet is known as Fordel's next time), the header and the row;
 * an existing one gets the row below its last used row, found by Excel in the same request.
 */
async function writeLog(
  context: Excel.RequestContext,
  budget: RequestBudget,
  log: LogPlan,
): Promise<void> {
  const row = log.row.map(valueInput);
  if (log.create) {
    const preamble: (string | number)[][] = log.preamble ?? [];
    const top = carriesMark(preamble[0]) ? preamble : [markRow(), ...preamble];
    const lines = [...top, log.header, log.row];
    const width = Math.max(...lines.map((l) => l.length));
    const values = lines.map((l) =>
      Array.from({ length: width }, (_, j) => valueInput(l[j])),
    );
    const cost = bulkSetCost(values);
    await budget.fit(
      jsonBytes(log.sheet) + cost.argumentBytes!,
      4 + cost.objectPaths,
      1 + (cost.actions ?? 1),
    );
    context.workbook.worksheets.add(log.sheet);
    const sheet = budget.sheet(log.sheet);
    sheet.getRangeByIndexes(0, 0, values.length, width).formulas = values;
    sheet.getRangeByIndexes(top.length, 0, 1, width).format.font.bold = true;
    for (const [c, h] of log.header.entries()) {
      await budget.fit(0, 2);
      budget.sheet(log.sheet).getRangeByIndexes(0, c, 1, 1).format.columnWidth =
        columnWidthPoints(Math.max(12, h.length + 2));
    }
    return;
  }
  if (row.length === 0) return;
  await budget.fit(jsonBytes(row), 5);
  const used = budget.sheet(log.sheet).getUsedRange(true);
  used
    .getLastRow()
    .getCell(0, 0)
    .getOffsetRange(1, 0)
    .getResizedRange(0, row.length - 1).formulas = [row];
}
