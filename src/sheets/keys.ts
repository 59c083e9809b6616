import { BrokenKey, KeyEntry, makeKey } from "../engine";
import { cellAddress, GridCell } from "./grid";
import { cellText, KeyColumn, keyColumnOf } from "./headers";
import {
  brokenOf,
  cellOfKeyFinding,
  groupOf,
  missingUnits,
  placeOf,
} from "./key-draft";
import { KeyLines, labelOf } from "./key-lines";
import { FoundTable, RowAfterBlank } from "./locate";
import { readNumber } from "./numbers";
import { FindingList } from "./report";

function columnsOf(
  header: readonly GridCell[],
): Partial<Record<KeyColumn, number>> {
  const columns: Partial<Record<KeyColumn, number>> = {};
  header.forEach((cell, i) => {
    const role = keyColumnOf(cellText(cell));
    if (role && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}

/** Long form: `Enhed` and `Andel` columns; else the wide form (units in the first column). */
const isLongForm = (columns: Partial<Record<KeyColumn, number>>) =>
  columns.unit !== undefined && columns.share !== undefined;

/** A line below a blank row is still part of the keys when it names a unit and gives it a share. */
export const keyLineAfterBlank: RowAfterBlank = (cells, header) => {
  const columns = columnsOf(header);
  const [unit, shares] = isLongForm(columns)
    ? [cells[columns.unit!], [cells[columns.share!]]]
    : [cells[0], cells.slice(1)];
  return (
    labelOf(unit).kind === "unit" &&
    shares.some((c) => readNumber(c).kind === "number")
  );
};

/** What `readKeys` found: the usable keys, and the broken ones rows must not look past. */
export interface ReadKeys {
  keys: KeyEntry[];
  broken: BrokenKey[];
}

/**
 * Reads the keys table (SPEC §1). Long form: `Nøgle`, `År` (blank = every period), `Enhed`,
 * `Andel`. Wide form: first column units, one column per key (header = key name, every
 * period) or per year (header = year; the key is named "<table> <year>"). Every line is a
 * unit of its key, or a total/group line skipped with one info finding; a key with an unknown
 * unit, a blank or bad share, mixed groups or a key error is broken: not used, and returned in
 * `broken` so the rows that would have used it are folded into its first error.
 */
export function readKeys(table: FoundTable, out: FindingList): ReadKeys {
  const columns = columnsOf(table.header);
  const long = isLongForm(columns);
  const lines = new KeyLines(table, out, long);
  if (long) lines.queueLongForm(columns);
  else lines.queueWideForm();
  lines.readLines();
  columnsNotRead(table, long ? Object.values(columns) : null, out);
  const read = finishKeys(lines, table.sheet, out);
  if (lines.drafts.size === 0) read.broken.push(noKeys(table, out));
  reportAggregates(lines.aggregates, table.sheet, out);
  return read;
}

/** Each draft made a key (with its findings), or broken by its first error. */
function finishKeys(
  lines: KeyLines,
  sheet: string,
  out: FindingList,
): ReadKeys {
  const read: ReadKeys = { keys: [], broken: [] };
  for (const d of lines.drafts.values()) {
    const group = groupOf(d, lines.aggregates, out, sheet);
    if (d.cause) {
      read.broken.push(brokenOf(d, group));
      continue;
    }
    const made = makeKey({
      name: d.name,
      entries: d.entries.map((e) => ({ unit: e.unit.name, value: e.value })),
    });
    const missing = made.key ? missingUnits(d, group) : null;
    for (const f of made.findings) {
      // With units missing, the sum is off because of them: said once, in KEY_MISSING_UNITS.
      if (missing && (f.code === "KEY_SUM" || f.code === "KEY_READING")) {
        missing.params.sum = String(f.params.sum);
        continue;
      }
      out.addAll([f], placeOf(sheet, cellOfKeyFinding(d, f), d.period));
      if (f.severity === "error") d.cause ??= out.items[out.items.length - 1];
    }
    if (!made.key || group === null) {
      if (d.cause) read.broken.push(brokenOf(d, group));
      continue;
    }
    if (missing)
      out.add(
        "warning",
        "KEY_MISSING_UNITS",
        missing.params,
        placeOf(sheet, d.firstCell, d.period),
      );
    read.keys.push({ key: made.key, group, period: d.period });
  }
  return read;
}

/**
 * Nothing in the table reads as a key: one finding on the table, and every row that needs a
 * key is folded into it rather than reported once per row.
 */
function noKeys(table: FoundTable, out: FindingList): BrokenKey {
  out.add(
    "error",
    "KEY_EMPTY",
    {
      key: table.source.name,
      header:
        table.header
          .map(cellText)
          .filter((t) => t !== "")
          .join(" | ") || "–",
    },
    {
      sheet: table.sheet,
      cell: cellAddress(table.headerRow, table.col),
    },
  );
  return {
    name: null,
    group: null,
    period: null,
    cause: out.items[out.items.length - 1],
  };
}

/** The total and group lines skipped: one info finding names them all. */
function reportAggregates(
  aggregates: ReadonlyMap<string, string>,
  sheet: string,
  out: FindingList,
): void {
  if (aggregates.size === 0) return;
  const lines = [...aggregates].map(([cell, text]) => `${text} (${cell})`);
  out.add(
    "info",
    "KEY_AGGREGATE_LINES",
    { count: lines.length, lines: lines.join(", ") },
    { sheet, cell: aggregates.keys().next().value },
  );
}

/** Reads the keys table; only the usable keys (see `readKeys`). */
export function parseKeys(table: FoundTable, out: FindingList): KeyEntry[] {
  return readKeys(table, out).keys;
}

/**
 * KEY_COLUMN_NOT_READ: a column with numbers that no key is read from (long form: any column
 * besides Nøgle, År, Enhed and Andel; wide form: one without a header), so no figure is
 * dropped in silence. `used` null: the wide form.
 */
function columnsNotRead(
  table: FoundTable,
  used: number[] | null,
  out: FindingList,
): void {
  const width = Math.max(
    table.header.length,
    ...table.rows.map((r) => r.cells.length),
  );
  for (let i = used ? 0 : 1; i < width; i++) {
    const title = cellText(table.header[i]);
    if (used ? used.includes(i) : title !== "") continue;
    const numbers = table.rows.filter(
      (r) => readNumber(r.cells[i]).kind === "number",
    );
    if (numbers.length === 0) continue;
    out.add(
      "info",
      "KEY_COLUMN_NOT_READ",
      { header: title, count: numbers.length },
      {
        sheet: table.sheet,
        cell: cellAddress(table.headerRow, table.col + i),
      },
    );
  }
}
