/* global Excel */
/**
 * Writes a WritePlan (src/sheets/plan.ts) into the open workbook in as few requests as fit:
 * normally one sync for a re-fill, two when sheets are added (their ids come back with the first).
 * Each sheet's cells go as 2-D blocks from A1 – values and formulas together in one `formulas`
 * array, number formats in a `numberFormat` array – split by rows only when a request would pass
 * the size budget. Text is written with a leading apostrophe so it stays text.
 *
 * Crash-consistent (SPEC §3): Office.js runs a request's operations in order and rolls nothing
 * back, so a failure may stop the write after any operation. The order makes every such stop safe:
 * 1. everything checkable is checked before the first change (src/sheets/guard.ts: which sheets
 *    may be written, names, table names vs the tables that stay);
 * 2. the ownership record (./ownership.ts) says "incomplete" for every sheet about to be written
 *    before anything else changes; a sheet added is recorded by name first, then by its id;
 * 3. a sheet gets its status line (A1: "INCOMPLETE: fill again") before it is emptied or
 *    written, so a half-written sheet says so on the sheet;
 * 4. a sheet written into is the same sheet, renamed in place when its name changes – never
 *    deleted and re-added – so the user's formulas into it never become #REF!;
 * 5. last, each sheet's own first row (its title) replaces the status line, the log row is
 *    appended and the record says "complete". The next fill finds any sheet left incomplete and
 *    writes it again.
 */
import { sheetNameKey } from "../engine";
import { checkPlan } from "../sheets/guard";
import type { ExistingSheet } from "../sheets/grid";
import type { LogPlan, PlanCell, SheetPlan, WritePlan } from "../sheets/plan";
import {
  bulkSetCost,
  DEFAULT_MAX_REQUEST_BYTES,
  jsonBytes,
  RequestBudget,
} from "./request-size";
import { CellInput, cellInput, valueInput } from "./cells";
import { OwnershipLedger } from "./ledger";
import { areaAddresses, formatRuns } from "./areas";
import { writeLook } from "./sheet-look";
import { addNotes, deleteOwnNotes } from "./notes";

export { areaAddresses, formatRuns, MAX_AREAS_ADDRESS } from "./areas";
import type { OwnershipState } from "./ownership";

export interface WriteOptions {
  /** Request size budget (default ~4 MB; Excel on the web rejects requests over 5 MB). */
  maxRequestBytes?: number;
}

/** What the read found (src/excel/read.ts) that the writer needs. */
export interface WorkbookFound {
  /** Every sheet, in workbook order, as the ownership rule sees it. */
  existing: readonly ExistingSheet[];
  /** Every Excel Table, by name and sheet. */
  tables: readonly { name: string; sheet: string }[];
  /** Fordel's ownership record as `readWorkbook` read it; absent = none yet (a record part is added, so pass what was read). */
  ownership?: OwnershipState;
  /** The workbook's defined names (Excel Tables and defined names share one namespace). */
  definedNames?: readonly string[];
  /** The host has cell notes (ExcelApi 1.18): the plan's notes are written. */
  notes?: boolean;
  /** With `notes`: the notes Fordel wrote on its sheets as read, by sheet name (deleted before a sheet is written anew). */
  fordelNotes?: ReadonlyMap<string, readonly Excel.Note[]>;
}

export interface WriteReport {
  syncs: number;
  /** Estimated size of each request sent (an upper bound of the real body). */
  requestBytes: number[];
  /** Generated tables given another name than the plan's, because a defined name has it: plan name → name given. */
  renamedTables?: Record<string, string>;
}

/** The write stopped part-way (an Excel error): `incomplete` are the sheets the record marks unfinished. */
export class WriteFailedError extends Error {
  /** Excel's error code (e.g. RequestPayloadSizeLimitExceeded), when it gave one. */
  readonly code?: string;
  constructor(
    readonly cause: unknown,
    readonly incomplete: string[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "WriteFailedError";
    const code = (cause as { code?: unknown } | null)?.code;
    if (typeof code === "string") this.code = code;
  }
}

const GENERAL = "General";
/** The allocation table's style (the CLI writes the same). */
export const TABLE_STYLE = "TableStyleLight9";
/** Status text when a plan brings none (plans made by hand in tests). */
const WRITING = "Fordel: incomplete – fill again.";

/** Excel column width in points for a width in characters (7 px a character, 5 px padding, 0.75 pt a px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((Math.max(0, characters) * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Writes the plan. `found` is what `readGrid` found: the shared guard refuses – before queuing
 * anything – a plan that would write into a sheet the ownership rule does not give Fordel.
 * Throws WriteFailedError when Excel fails part-way (see the order above).
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  found: WorkbookFound,
  options: WriteOptions = {},
): Promise<WriteReport> {
  // Defined names are not refused here: the renderer avoids them, and freeTableNames renames past any left.
  checkPlan(plan, found.existing, { tables: found.tables });
  const budget = new RequestBudget(
    context,
    options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    () => context.application.suspendApiCalculationUntilNextSync(),
  );
  const note = plan.writingNote ?? WRITING;
  const ledger = new OwnershipLedger(context, found.existing, found.ownership);
  const idOf = (name: string) =>
    found.existing.find((s) => s.name === name)?.id ?? "";
  for (const sheet of plan.sheets)
    ledger.begin({
      sheetId: sheet.replaces ? idOf(sheet.replaces) : "",
      name: sheet.name,
      ...(sheet.period !== undefined ? { period: sheet.period } : {}),
      ...(sheet.group !== undefined ? { group: sheet.group } : {}),
      fingerprint: sheet.fingerprint ?? "",
      ...(sheet.rowFingerprints ? { rows: sheet.rowFingerprints } : {}),
    });
  const log = plan.log;
  if (log.create)
    ledger.begin({
      sheetId: log.replaces ? idOf(log.replaces) : "",
      name: log.sheet,
      fingerprint: "",
    });
  const tableNames = freeTableNames(plan, found);
  try {
    await write(context, budget, plan, found, ledger, note, tableNames);
  } catch (error) {
    throw new WriteFailedError(error, ledger.incomplete());
  }
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

async function write(
  context: Excel.RequestContext,
  budget: RequestBudget,
  plan: WritePlan,
  found: WorkbookFound,
  ledger: OwnershipLedger,
  note: string,
  tableNames: Map<string, string>,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const log = plan.log;
  // 1. The record first: every sheet about to be written is incomplete.
  await budget.fit(jsonBytes(ledger.xml()), 3);
  ledger.queueSave(budget.syncs);

  // 2. Sheets added: each with its status line (and the log with its title), their ids loaded.
  const added: { name: string; sheet: Excel.Worksheet }[] = [];
  const addSheet = async (name: string, firstRow: (string | number)[]) => {
    // The sheet, its status line and its id in one request.
    await budget.fit(jsonBytes(name) + jsonBytes(firstRow), 4, 3);
    const sheet = sheets.add(name);
    statusLine(budget.sheet(name), firstRow, false);
    added.push({ name, sheet: sheet.load("id") });
  };
  for (const sheet of plan.sheets)
    if (!sheet.replaces) await addSheet(sheet.name, statusRow(note));
  const newLog = log.create && !log.replaces;
  if (newLog) await addSheet(log.sheet, logTitle(log));
  if (added.length > 0) {
    await budget.flush();
    for (const a of added) ledger.setId(a.name, a.sheet.id);
    await budget.fit(jsonBytes(ledger.xml()), 3);
    ledger.queueSave(budget.syncs);
  }

  // 3. Sheets written into: renamed in place, status line, emptied.
  for (const sheet of plan.sheets)
    if (sheet.replaces)
      await emptySheet(budget, sheet.replaces, sheet.name, note, found);
  if (log.create && log.replaces) {
    await emptySheet(budget, log.replaces, log.sheet, "", found);
    await budget.fit(jsonBytes(logTitle(log)), 3, 2);
    statusLine(budget.sheet(log.sheet), logTitle(log));
  }

  // 4. The content, under the status line.
  for (const sheet of plan.sheets)
    await writeSheet(
      budget,
      sheet,
      tableNames.get(sheet.name),
      note,
      found.notes === true,
    );
  if (log.create) await writeLogHeader(budget, log);

  // 5. Done: each sheet's own first row over its status line, the log row, the record says complete.
  for (const sheet of plan.sheets) {
    const first = sheet.cells[0] ?? [];
    const own = Array.from({ length: Math.max(1, first.length) }, (_, j) =>
      cellInput(first[j]),
    );
    await budget.fit(jsonBytes(own));
    budget.sheet(sheet.name).getRangeByIndexes(0, 0, 1, own.length).formulas = [
      own,
    ];
  }
  await appendLogRow(budget, log);
  ledger.complete();
  await budget.fit(jsonBytes(ledger.xml()), 3);
  ledger.queueSave(budget.syncs);
  if (plan.sheets.length > 0) {
    await budget.fit(0, 0);
    budget.sheet(plan.sheets[0].name).activate();
  }
  await budget.flush();
  ledger.confirm();
}

/** The status line: the "incomplete" note in A1, where the title goes once the sheet is written. */
function statusRow(note: string): string[] {
  return [note];
}

/**
 * Writes `row` from A1 as text; on a sheet written before, the formats of those cells (the title's
 * font) reset after – so a stop between the two leaves a sheet that already says it is unfinished.
 */
function statusLine(
  sheet: Excel.Worksheet,
  row: (string | number)[],
  reset = true,
): void {
  const range = sheet.getRangeByIndexes(0, 0, 1, row.length);
  range.formulas = [row.map(valueInput)];
  if (reset) range.clear("Formats");
}

/**
 * Makes `replaces` – Fordel's own sheet – an empty sheet named `name` with only its status line:
 * renamed in place when the names differ (Excel moves the formulas that point into it along), its
 * Excel Tables converted to plain cells (convertToRange, not delete: Excel keeps every cell and
 * turns structured references to the table into cell references), then every cell but the status
 * line cleared. It stays the same sheet, so references into it and its tab's place stay.
 */
async function emptySheet(
  budget: RequestBudget,
  replaces: string,
  name: string,
  note: string,
  found: WorkbookFound,
): Promise<void> {
  if (replaces !== name) {
    await budget.fit(jsonBytes(name), 0);
    budget.sheet(replaces).name = name;
    // Later operations find it by its new name.
    budget.forgetSheets();
  }
  const sheet = () => budget.sheet(name);
  if (note) {
    await budget.fit(jsonBytes(note), 3, 2);
    statusLine(sheet(), statusRow(note));
  }
  // Fordel's own notes go with the cells; a sheet with a note of the user's is never emptied (./ownership.ts).
  await deleteOwnNotes(budget, found.fordelNotes?.get(replaces) ?? []);
  for (const table of found.tables) {
    if (table.sheet !== replaces) continue;
    // Both in one request (the budget syncs only before a fit).
    await budget.fit(jsonBytes(table.name), 4, 2);
    const t = sheet().tables.getItem(table.name);
    // A filter left on would keep its rows hidden once the table is plain cells.
    t.clearFilters();
    t.convertToRange();
  }
  // Every cell but the status line; rows hidden by a filter of the sheet or by hand are shown again.
  await budget.fit(0, 1, 2);
  const below = sheet().getRange("2:1048576");
  below.clear("All");
  below.rowHidden = false;
  // Heights set for the last fill's wrapped lines go back to the standard height.
  await budget.fit(0, 1);
  sheet().getRange("1:1048576").format.useStandardHeight = true;
  await budget.fit(0, 1);
  sheet()
    .getRange(note ? "B1:XFD1" : "1:1")
    .clear("All");
  await budget.fit(0, 1);
  sheet().freezePanes.unfreeze();
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
    plan.sheets.flatMap((s) => (s.replaces ? [sheetNameKey(s.replaces)] : [])),
  );
  const taken = new Set(
    [
      ...(found.definedNames ?? []),
      ...found.tables
        .filter((t) => !replaced.has(sheetNameKey(t.sheet)))
        .map((t) => t.name),
    ].map(sheetNameKey),
  );
  const names = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (!sheet.table) continue;
    const base = sheet.table.name;
    let name = base;
    for (let n = 2; taken.has(sheetNameKey(name)); n++) name = `${base}_${n}`;
    taken.add(sheetNameKey(name));
    names.set(sheet.name, name);
  }
  return names;
}

/** Writes a sheet's cells, formats, table and widths into the (empty) sheet of its name. */
async function writeSheet(
  budget: RequestBudget,
  plan: SheetPlan,
  tableName: string | undefined,
  note: string,
  notes: boolean,
): Promise<void> {
  // One object for the sheet per request (a later request, when the plan is split, looks it up again).
  const sheet = () => budget.sheet(plan.name);

  const width = Math.max(0, ...plan.cells.map((r) => r.length));
  // Row 1 keeps the status note until the very end (see writePlan).
  const rows = plan.cells.map((row) => padRow(row, width));
  if (rows[0]) rows[0] = padRow([{ value: note }], width);
  if (width > 0) await writeBlocks(budget, sheet, 0, rows);

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
    // Names and the table's header stay in view, as in the CLI's output (a plan's own panes win below).
    if (!plan.freeze)
      sheet().freezePanes.freezeAt(
        sheet().getRangeByIndexes(0, 0, t.row + 1, 1),
      );
  }
  for (const run of widthRuns(plan.columnWidths ?? [])) {
    await budget.fit(0, 2);
    sheet().getRangeByIndexes(0, run.col, 1, run.cols).format.columnWidth =
      columnWidthPoints(run.width);
  }
  await writeLook(budget, plan);
  if (notes) await addNotes(budget, sheet, plan);
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

/** The rows above the header of a new log: the plan's preamble (its title), never empty. */
function logPreamble(log: LogPlan): (string | number)[][] {
  const preamble: (string | number)[][] = log.preamble ?? [];
  return preamble.length > 0 ? preamble : [[log.sheet]];
}

/** Row 1 of a new log (written with the sheet, so the sheet is never empty). */
function logTitle(log: LogPlan): (string | number)[] {
  return logPreamble(log)[0];
}

/** The rest of a new log's preamble and its bold header, under its first row. */
async function writeLogHeader(
  budget: RequestBudget,
  log: LogPlan,
): Promise<void> {
  const lines = [...logPreamble(log).slice(1), log.header];
  const width = Math.max(...lines.map((l) => l.length));
  const values = lines.map((l) =>
    Array.from({ length: width }, (_, j) => valueInput(l[j])),
  );
  const cost = bulkSetCost(values);
  await budget.fit(
    cost.argumentBytes!,
    3 + cost.objectPaths,
    1 + (cost.actions ?? 1),
  );
  const sheet = budget.sheet(log.sheet);
  sheet.getRangeByIndexes(1, 0, values.length, width).formulas = values;
  sheet.getRangeByIndexes(values.length, 0, 1, width).format.font.bold = true;
  for (const [c, h] of log.header.entries()) {
    await budget.fit(0, 2);
    budget.sheet(log.sheet).getRangeByIndexes(0, c, 1, 1).format.columnWidth =
      columnWidthPoints(log.columnWidths?.[c] ?? Math.max(12, h.length + 2));
  }
}

/** The fill's row, below the last used row of the log (found by Excel in the same request). */
async function appendLogRow(
  budget: RequestBudget,
  log: LogPlan,
): Promise<void> {
  const row = log.row.map(valueInput);
  if (row.length === 0) return;
  await budget.fit(jsonBytes(row), 5);
  const used = budget.sheet(log.sheet).getUsedRange(true);
  used
    .getLastRow()
    .getCell(0, 0)
    .getOffsetRange(1, 0)
    .getResizedRange(0, row.length - 1).formulas = [row];
}
