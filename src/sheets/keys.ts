import {
  BrokenKey,
  Finding,
  FindingCode,
  FindingParams,
  KeyEntry,
  makeKey,
  Severity,
} from "../engine";
import { cellAddress, GridCell } from "./grid";
import {
  cellText,
  headerKey,
  KeyColumn,
  keyColumnOf,
  periodOf,
} from "./headers";
import { FoundTable, RowAfterBlank } from "./locate";
import { readNumber } from "./numbers";
import { FindingList } from "./report";
import {
  brokenOf,
  cellOfKeyFinding,
  groupOf,
  KeyDraft,
  missingUnits,
  placeOf,
} from "./key-draft";
import { looksLikeUnit, readUnitLabel, UnitLabel } from "./units";
import { nameKey } from "../engine";
import { OWN_DRAFT_GROUP } from "./own-units";

/** What a unit cell says: a number cell is a code. */
const labelOf = (cell: GridCell | undefined): UnitLabel =>
  readUnitLabel(
    cell && typeof cell.value === "number" ? cell.value : cellText(cell),
  );

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
  const drafts = new Map<string, KeyDraft>();
  const draftOf = (
    name: string,
    period: string | null,
    cell: string,
    group: string | null = null,
  ): KeyDraft => {
    const id = `${headerKey(name)}\u0000${period ?? ""}`;
    let d = drafts.get(id);
    if (!d)
      drafts.set(
        id,
        (d = { name, period, entries: [], cause: null, firstCell: cell }),
      );
    if (group && !d.groupName) d.groupName = group;
    return d;
  };
  // Lines are read once every line of a key is known: a key of mostly unknown names is one of
  // own units (hospitals), a key of mostly regions with an unknown name has a misspelt region.
  const lines: Parameters<typeof addLine>[] = [];
  const counts = new Map<KeyDraft, { standard: number; own: number }>();
  const queue = (...line: Parameters<typeof addLine>) => {
    lines.push(line);
    const [draft, unitCell] = line;
    const label = labelOf(unitCell);
    const text = cellText(unitCell);
    const c = counts.get(draft) ?? { standard: 0, own: 0 };
    if (label.kind === "unit") c.standard++;
    else if (label.kind === "unknown" && text !== "" && !looksLikeUnit(text))
      c.own++;
    counts.set(draft, c);
  };
  const isOwnKey = (d: KeyDraft) => {
    const c = counts.get(d);
    return c !== undefined && c.own > c.standard;
  };
  // One spelling per own unit across the keys table (the first seen).
  const ownSpelling = new Map<string, string>();
  const at = (row: number, i: number) => cellAddress(row, table.col + i);
  const sheet = table.sheet;
  // In the wide form one unit cell serves every key column: its findings are reported once.
  const reportedCells = new Map<string, Finding>();
  const aggregates = new Map<string, string>();

  // Errors carry the key's name, so FORDEL functions given that name can say why it is missing.
  const report = (
    severity: Severity,
    code: FindingCode,
    params: FindingParams,
    cell: string,
    period: string | null,
  ): Finding => {
    const known = reportedCells.get(cell);
    if (known) return known;
    out.add(severity, code, params, placeOf(sheet, cell, period));
    const made = out.items[out.items.length - 1];
    reportedCells.set(cell, made);
    return made;
  };
  const breaks = (draft: KeyDraft, f: Finding) => {
    if (f.severity === "error") draft.cause ??= f;
  };

  const addLine = (
    draft: KeyDraft,
    unitCell: GridCell | undefined,
    unitAddress: string,
    shareCell: GridCell | undefined,
    shareAddress: string,
  ) => {
    const unitText = cellText(unitCell);
    const label = labelOf(unitCell);
    if (label.kind === "aggregate") {
      aggregates.set(unitAddress, unitText);
      return;
    }
    const share = readNumber(shareCell);
    const uncomputed = shareCell?.uncomputed === true;
    if (unitText === "") {
      if (share.kind === "number")
        breaks(
          draft,
          report(
            "error",
            "KEY_BLANK_UNIT",
            { key: draft.name, value: share.value.toString() },
            unitAddress,
            draft.period,
          ),
        );
      return;
    }
    let unit = label.kind === "unit" ? label.unit : null;
    if (
      label.kind === "unknown" &&
      isOwnKey(draft) &&
      !looksLikeUnit(unitText)
    ) {
      const k = nameKey(unitText);
      if (!ownSpelling.has(k)) ownSpelling.set(k, unitText.trim());
      unit = { name: ownSpelling.get(k)!, code: "", group: OWN_DRAFT_GROUP };
    }
    if (unit === null) {
      breaks(
        draft,
        report(
          "error",
          "UNKNOWN_UNIT",
          { unit: unitText, key: draft.name },
          unitAddress,
          draft.period,
        ),
      );
      return;
    }
    if (label.kind === "unit" && label.codeDisagrees)
      report(
        "warning",
        "KEY_CODE_NAME_MISMATCH",
        { text: unitText, unit: label.unit.name, ...label.codeDisagrees },
        unitAddress,
        draft.period,
      );
    if (uncomputed || share.kind === "blank") {
      const params: FindingParams = { key: draft.name, unit: unit.name };
      if (uncomputed) params.uncomputed = 1;
      breaks(
        draft,
        report("error", "KEY_BLANK_SHARE", params, shareAddress, draft.period),
      );
      return;
    }
    if (share.kind === "bad") {
      breaks(
        draft,
        report(
          "error",
          "BAD_NUMBER",
          { text: cellText(shareCell), key: draft.name },
          shareAddress,
          draft.period,
        ),
      );
      return;
    }
    // A long-form key's findings point at its first unit's share (not at a skipped total line).
    if (long && draft.entries.length === 0) draft.firstCell = shareAddress;
    draft.entries.push({
      unit,
      value: share.value,
      cell: shareAddress,
      label: unitText,
      labelCell: unitAddress,
    });
  };

  if (long) {
    for (const { row, cells } of table.rows) {
      const unitCell = cells[columns.unit!];
      const shareCell = cells[columns.share!];
      if (
        cellText(unitCell) === "" &&
        readNumber(shareCell).kind === "blank" &&
        !shareCell?.uncomputed
      )
        continue;
      const name =
        columns.key === undefined
          ? table.source.name
          : cellText(cells[columns.key]) || table.source.name;
      const yearCell =
        columns.year === undefined ? undefined : cells[columns.year];
      const period = yearCell
        ? (periodOf(yearCell) ?? (cellText(yearCell) || null))
        : null;
      const group =
        columns.group === undefined ? null : cellText(cells[columns.group]);
      const d = draftOf(name, period, at(row, columns.share!), group || null);
      queue(
        d,
        unitCell,
        at(row, columns.unit!),
        shareCell,
        at(row, columns.share!),
      );
    }
  } else {
    table.header.forEach((cell, i) => {
      if (i === 0) return;
      const title = cellText(cell);
      if (title === "") return;
      const period = periodOf(cell);
      const name = period !== null ? `${table.source.name} ${period}` : title;
      // A key per year is one group over the years: named by the table, as its keys are.
      const d = draftOf(
        name,
        period,
        at(table.headerRow, i),
        period !== null ? table.source.name : null,
      );
      for (const { row, cells } of table.rows) {
        if (
          cellText(cells[0]) === "" &&
          readNumber(cells[i]).kind === "blank" &&
          !cells[i]?.uncomputed
        )
          continue;
        queue(d, cells[0], at(row, 0), cells[i], at(row, i));
      }
    });
  }
  for (const line of lines) addLine(...line);

  columnsNotRead(table, long ? Object.values(columns) : null, out);

  const read: ReadKeys = { keys: [], broken: [] };
  for (const d of drafts.values()) {
    const group = groupOf(d, aggregates, out, sheet);
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

  if (drafts.size === 0) {
    // Nothing in the table reads as a key: one finding on the table, and every row that needs
    // a key is folded into it rather than reported once per row.
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
      { sheet, cell: at(table.headerRow, 0) },
    );
    read.broken.push({
      name: null,
      group: null,
      period: null,
      cause: out.items[out.items.length - 1],
    });
  }
  if (aggregates.size > 0) {
    const lines = [...aggregates].map(([cell, text]) => `${text} (${cell})`);
    out.add(
      "info",
      "KEY_AGGREGATE_LINES",
      { count: lines.length, lines: lines.join(", ") },
      { sheet, cell: aggregates.keys().next().value },
    );
  }
  return read;
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
