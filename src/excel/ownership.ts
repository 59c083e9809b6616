/* global Excel, OfficeExtension */
/**
 * Which sheets are Fordel's, recorded where a copy of a sheet cannot fake it: a custom XML part of
 * the workbook (workbook.customXmlParts, ExcelApi 1.5) listing, per sheet Fordel wrote, Excel's
 * worksheet id, name, period, group, the fingerprint of what was written and whether the write
 * finished (`OwnershipRecord`, src/sheets/grid.ts). A custom XML part rather than the add-in's
 * document settings: its changes are operations in the same Office.js request as the cells they
 * describe, so the order "record, then content" holds operation by operation, with no separate
 * saveAsync that can succeed or fail on its own; a copied sheet (also into another workbook) does
 * not carry it; and the .xlsx holds it as an ordinary part (customXml/itemN.xml) a CLI can read.
 *
 * Format: `<ownership xmlns="urn:fordel:ownership:1">JSON</ownership>`, the JSON (XML-escaped)
 * being `{ "sheets": OwnershipRecord[] }`.
 *
 * A sheet Fordel is about to add has no id until a sync has returned it: its entry is first
 * recorded with sheetId "" and its name, and such an entry claims a sheet of that name only while
 * the sheet holds nothing beyond A1:C1 (the status line written with it) – so a failure between
 * adding a sheet and recording its id never leaves an empty sheet nobody owns, and an entry can
 * never claim a sheet the user has typed into.
 *
 * Migration: a sheet with the visible mark of Fordel 1 (A1:B1) but no entry is the user's
 * (`legacyMark`): the mark is in cells, so a copy carries it, and whether the user changed the sheet
 * cannot be told without a fingerprint. Fordel writes beside it and a finding (SHEET_KEPT) says so.
 */
import type { ExistingSheet, OwnershipRecord } from "../sheets/grid";
import {
  changedRows,
  fingerprintCells,
  fingerprintRows,
} from "../sheets/fingerprint";
import { sameName } from "../engine";
import { isFordelNote } from "../sheets/notes";

export const OWNERSHIP_NAMESPACE = "urn:fordel:ownership:1";

/** What the read found of the record: the part holding it (null when none yet) and its entries. */
export interface OwnershipState {
  partId: string | null;
  records: OwnershipRecord[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const unescapeXml = (s: string) =>
  s.replace(/&(#x?[0-9a-fA-F]+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    const named: Record<string, string> = {
      lt: "<",
      gt: ">",
      amp: "&",
      quot: '"',
      apos: "'",
    };
    if (e in named) return named[e];
    const code = e.startsWith("#x")
      ? parseInt(e.slice(2), 16)
      : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });

export function recordXml(records: readonly OwnershipRecord[]): string {
  return `<ownership xmlns="${OWNERSHIP_NAMESPACE}">${escapeXml(JSON.stringify({ sheets: records }))}</ownership>`;
}

const isRecord = (r: unknown): r is OwnershipRecord => {
  if (typeof r !== "object" || r === null) return false;
  const o = r as Record<string, unknown>;
  const optional = (v: unknown) => v === undefined || typeof v === "string";
  return (
    typeof o.sheetId === "string" &&
    typeof o.name === "string" &&
    typeof o.fingerprint === "string" &&
    typeof o.complete === "boolean" &&
    optional(o.period) &&
    optional(o.group) &&
    [o.rows, o.previousRows].every(
      (rows) =>
        rows === undefined ||
        (Array.isArray(rows) && rows.every((x) => typeof x === "string")),
    )
  );
};

/** The entries of a record part; anything unreadable gives none (then no sheet is Fordel's: the safe side). */
export function parseRecordXml(xml: string): OwnershipRecord[] {
  const body =
    /<(?:\w+:)?ownership\b[^>]*>([\s\S]*)<\/(?:\w+:)?ownership>/.exec(xml);
  if (!body) return [];
  try {
    const data = JSON.parse(unescapeXml(body[1])) as { sheets?: unknown };
    return Array.isArray(data.sheets) ? data.sheets.filter(isRecord) : [];
  } catch {
    return [];
  }
}

/** Step 1 of a read (with the list of sheets): the record parts. */
export function queueRecordParts(context: Excel.RequestContext): {
  items: () => Excel.CustomXmlPart[];
} {
  const parts = context.workbook.customXmlParts
    .getByNamespace(OWNERSHIP_NAMESPACE)
    .load("items/id");
  return { items: () => parts.items };
}

/** The record part as step 2 queued it: its id and its XML (read after the sync). */
export interface PendingRecord {
  partId: string | null;
  xml?: OfficeExtension.ClientResult<string>;
}

/** Step 2: the XML of the first record part (there is one unless a user copied parts in). */
export function queueRecordXml(parts: Excel.CustomXmlPart[]): PendingRecord {
  const first = parts[0];
  return first ? { partId: first.id, xml: first.getXml() } : { partId: null };
}

/** A sheet of the workbook as step 1 listed it, whether A1:B1 carry the visible mark, and where its used range is (step 2). */
export interface ListedSheet {
  sheet: Excel.Worksheet;
  name: string;
  id: string;
  mark: boolean;
  used: Pick<
    Excel.Range,
    "rowIndex" | "columnIndex" | "rowCount" | "columnCount"
  >;
}

/**
 * Cells of formulas read back per request: a large output sheet (2.000 × 102 cells) is read in
 * row blocks over a few requests, so no response nears Excel on the web's 5 MB.
 */
export const MAX_CELLS_PER_READ = 120_000;

/**
 * A recorded sheet whose used range is larger than this is not read back: Fordel writes no sheet
 * that large (2.000 × 102 cells is 204.000), so something of the user's is there – far below or
 * to the right (a stray cell at XFD1048576 would otherwise mean 150.000 requests) – and the sheet
 * is treated as changed.
 */
export const MAX_CELLS_FINGERPRINTED = 3_000_000;

/** A sheet's used range read back as formulas, with its place (the blocks joined). */
interface ReadBack {
  formulas: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/** Formulas of a range read back, as `fingerprintCells` takes them (its place in the sheet included). */
export function fingerprintOfRange(range: ReadBack): string {
  return fingerprintCells(range.formulas as (string | number | boolean)[][], {
    row: range.rowIndex,
    col: range.columnIndex,
  });
}

/** The rows the user changed as "25:27" (1-based, as Excel names rows), when the record kept row fingerprints. */
function changedRowsOf(
  range: ReadBack,
  recorded: readonly string[] | undefined,
): string | undefined {
  if (!recorded) return undefined;
  const rows = changedRows(
    recorded,
    fingerprintRows(range.formulas as (string | number | boolean)[][], {
      row: range.rowIndex,
      col: range.columnIndex,
    }),
  );
  return rows ? `${rows.first + 1}:${rows.last + 1}` : undefined;
}

/** True when a used range read back holds nothing beyond A1:C1 (a sheet Fordel added, with at most its status line). */
function onlyStatusLine(range: ReadBack): boolean {
  const rows = range.formulas;
  const empty = rows.every((r) => r.every((v) => v === "" || v === null));
  return (
    empty ||
    (range.rowIndex === 0 &&
      rows.length === 1 &&
      range.columnIndex + (rows[0]?.length ?? 0) <= 3)
  );
}

/**
 * Step 3 (one sync, only when there is a record): each recorded sheet's current formulas, to
 * fingerprint them as the plan was (`unchanged`), and its protection; with `notes` (ExcelApi
 * 1.18) its cell notes in the same requests: a note Fordel did not write (src/sheets/notes.ts,
 * as the CLI) is the user's work, so the sheet is changed (kept). Gives every sheet as the rule
 * in src/sheets/ownership.ts needs it, the record and Fordel's own notes (by sheet name) for the writer.
 */
export async function readOwnership(
  context: Excel.RequestContext,
  listed: readonly ListedSheet[],
  part: PendingRecord,
  maxCells = MAX_CELLS_PER_READ,
  notes = false,
): Promise<{
  existing: ExistingSheet[];
  state: OwnershipState;
  syncs: number;
  fordelNotes: Map<string, Excel.Note[]>;
}> {
  const records = part.xml ? parseRecordXml(part.xml.value) : [];
  const state = { partId: part.partId, records };
  const byId = new Map(
    records.filter((r) => r.sheetId).map((r) => [r.sheetId, r]),
  );
  const pending = records.filter((r) => !r.sheetId);
  const entries = listed.map(
    (s) => byId.get(s.id) ?? pending.find((r) => sameName(r.name, s.name)),
  );
  const { reads, syncs } = await readRecorded(
    context,
    listed,
    entries,
    maxCells,
    notes,
  );
  const fordelNotes = new Map<string, Excel.Note[]>();
  const existing = listed.map((s, i) => existingOf(s, reads[i], fordelNotes));
  return { existing, state, syncs, fordelNotes };
}

/** What step 3 read of a recorded sheet. */
interface RecordedRead {
  entry: OwnershipRecord;
  protection: Excel.WorksheetProtection;
  /** null: too large to read back (changed). */
  blocks: Excel.Range[] | null;
  rowIndex: number;
  columnIndex: number;
  notes?: Excel.NoteCollection;
}

/** Reads each recorded sheet's protection, formulas (in blocks of `maxCells`) and, with `notes`, its notes; null for sheets without an entry. */
async function readRecorded(
  context: Excel.RequestContext,
  listed: readonly ListedSheet[],
  entries: readonly (OwnershipRecord | undefined)[],
  maxCells: number,
  notes: boolean,
): Promise<{ reads: (RecordedRead | null)[]; syncs: number }> {
  let syncs = 0;
  let cells = 0;
  const reads: (RecordedRead | null)[] = [];
  for (const [i, s] of listed.entries()) {
    const entry = entries[i];
    if (!entry) {
      reads.push(null);
      continue;
    }
    const protection = s.sheet.protection.load("protected");
    const { rowIndex, columnIndex, rowCount, columnCount } = s.used;
    if (rowCount * columnCount > MAX_CELLS_FINGERPRINTED) {
      reads.push({ entry, protection, blocks: null, rowIndex, columnIndex });
      continue;
    }
    const step = Math.max(1, Math.floor(maxCells / columnCount));
    const blocks: Excel.Range[] = [];
    for (let r = 0; r < rowCount; r += step) {
      const rows = Math.min(step, rowCount - r);
      if (cells > 0 && cells + rows * columnCount > maxCells) {
        // One request per block of `maxCells`, on purpose: the responses stay small.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
        cells = 0;
      }
      cells += rows * columnCount;
      blocks.push(
        s.sheet
          .getRangeByIndexes(rowIndex + r, columnIndex, rows, columnCount)
          .load("formulas"),
      );
    }
    // The log (complete, no fingerprint) is only appended to: a note in it is safe, so not read.
    const noted =
      notes && (Boolean(entry.fingerprint) || !entry.complete)
        ? s.sheet.notes.load("items/content")
        : undefined;
    reads.push({
      entry,
      protection,
      blocks,
      rowIndex,
      columnIndex,
      ...(noted ? { notes: noted } : {}),
    });
  }
  if (cells > 0) {
    await context.sync();
    syncs++;
  }
  return { reads, syncs };
}

/** One listed sheet as the ownership rule needs it: the user's, or Fordel's (changed or not); Fordel's own notes go to `fordelNotes`. */
function existingOf(
  s: ListedSheet,
  read: RecordedRead | null,
  fordelNotes: Map<string, Excel.Note[]>,
): ExistingSheet {
  const user: ExistingSheet = {
    name: s.name,
    id: s.id,
    generated: false,
    ...(s.mark ? { legacyMark: true } : {}),
  };
  if (!read) return user;
  const { entry, protection } = read;
  const claimed = entry.sheetId === s.id;
  if (!read.blocks) {
    // Too large to be only Fordel's: an entry without an id does not claim it; a recorded sheet is changed.
    return claimed ? tooLargeSheet(s, entry, protection) : user;
  }
  const used: ReadBack = {
    formulas: read.blocks.flatMap((b) => b.formulas),
    rowIndex: read.rowIndex,
    columnIndex: read.columnIndex,
  };
  const items = read.notes?.items ?? [];
  const own = items.filter((n) => isFordelNote(n.content));
  const userNote = own.length < items.length;
  // An entry without an id claims only a sheet that holds nothing of the user's.
  if (!claimed && (!onlyStatusLine(used) || userNote)) return user;
  if (own.length > 0 && !userNote) fordelNotes.set(s.name, own);
  const complete = claimed && entry.complete;
  return {
    name: s.name,
    id: s.id,
    generated: true,
    ...(entry.period !== undefined ? { period: entry.period } : {}),
    ...(entry.group !== undefined ? { group: entry.group } : {}),
    ...(!complete
      ? { incomplete: true, ...foreignRows(entry, used) }
      : changeOf(entry, used)),
    ...(userNote ? { unchanged: false } : {}),
    ...(protection.protected ? { protected: true } : {}),
  };
}

/** A recorded sheet too large to read back: changed, with the rows below what Fordel wrote. */
function tooLargeSheet(
  s: ListedSheet,
  entry: OwnershipRecord,
  protection: Excel.WorksheetProtection,
): ExistingSheet {
  const below = entry.rows?.length ?? 0;
  const last = s.used.rowIndex + s.used.rowCount;
  return {
    name: s.name,
    id: s.id,
    generated: true,
    ...(entry.period !== undefined ? { period: entry.period } : {}),
    ...(entry.group !== undefined ? { group: entry.group } : {}),
    ...(entry.complete ? {} : { incomplete: true }),
    unchanged: false,
    ...(last > below ? { changedRows: `${below + 1}:${last}` } : {}),
    ...(protection.protected ? { protected: true } : {}),
  };
}

/**
 * For a half-written sheet: `unchanged: false` and the rows when a row below the status line is
 * neither empty, nor what Fordel was writing, nor what the sheet held before (the user typed
 * into it after the failure); nothing when every row is accounted for (it is repaired).
 */
function foreignRows(
  entry: OwnershipRecord,
  used: ReadBack,
): Pick<ExistingSheet, "unchanged" | "changedRows"> {
  if (!entry.rows) return {};
  const current = fingerprintRows(
    used.formulas as (string | number | boolean)[][],
    { row: used.rowIndex, col: used.columnIndex },
  );
  const foreign = current
    .map((h, r) =>
      r > 0 && h !== "" && h !== entry.rows![r] && h !== entry.previousRows?.[r]
        ? r
        : -1,
    )
    .filter((r) => r >= 0);
  if (foreign.length === 0) return {};
  return {
    unchanged: false,
    changedRows: `${foreign[0] + 1}:${foreign[foreign.length - 1] + 1}`,
  };
}

/** `unchanged` (and where not, the rows changed) of a complete recorded sheet; the log has no fingerprint. */
function changeOf(
  entry: OwnershipRecord,
  used: ReadBack,
): Pick<ExistingSheet, "unchanged" | "changedRows"> {
  if (!entry.fingerprint) return {};
  if (fingerprintOfRange(used) === entry.fingerprint)
    return { unchanged: true };
  const rows = changedRowsOf(used, entry.rows);
  return { unchanged: false, ...(rows ? { changedRows: rows } : {}) };
}
