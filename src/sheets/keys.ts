import { Dec, Group, KeyEntry, makeKey } from "../engine";
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
import { resolveUnit } from "./units";

/** Lines that total a key table rather than name a unit. */
const TOTAL_LINES = new Set(["ialt", "total", "sum", "samlet"]);

/** The unit a cell names, by name or official code. */
const unitOf = (cell: GridCell | undefined) =>
  resolveUnit(
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
    unitOf(unit) !== null && shares.some((c) => readNumber(c).kind === "number")
  );
};

/** One key being collected: name and period, its units' shares and where they came from. */
interface KeyDraft {
  name: string;
  period: string | null;
  entries: { unit: string; value: Dec; group: Group; cell: string }[];
  broken: boolean;
  firstCell: string;
}

/**
 * Reads the keys table (SPEC §1). Long form: `Nøgle`, `År` (blank = every period), `Enhed`,
 * `Andel`. Wide form: first column units, one column per key (header = key name, every
 * period) or per year (header = year; the key is named "<table> <year>"). A key with an
 * unknown unit or a bad share is not used (its rows then lack a key); other keys still are.
 */
export function parseKeys(table: FoundTable, out: FindingList): KeyEntry[] {
  const columns = columnsOf(table.header);
  const drafts = new Map<string, KeyDraft>();
  const draftOf = (
    name: string,
    period: string | null,
    cell: string,
  ): KeyDraft => {
    const id = `${headerKey(name)}\u0000${period ?? ""}`;
    let d = drafts.get(id);
    if (!d)
      drafts.set(
        id,
        (d = { name, period, entries: [], broken: false, firstCell: cell }),
      );
    return d;
  };
  const at = (row: number, i: number) => cellAddress(row, table.col + i);
  const sheet = table.sheet;
  const reportedUnits = new Set<string>();

  const addShare = (
    draft: KeyDraft,
    unitCell: GridCell | undefined,
    unitAddress: string,
    shareCell: GridCell | undefined,
    shareAddress: string,
  ) => {
    const unitText = cellText(unitCell);
    const share = readNumber(shareCell);
    const place = { sheet, period: draft.period ?? undefined };
    if (share.kind === "bad") {
      out.add(
        "error",
        "BAD_NUMBER",
        { text: cellText(shareCell) },
        { ...place, cell: shareAddress },
      );
      draft.broken = true;
      return;
    }
    if (share.kind === "blank") return;
    const unit = unitOf(unitCell);
    if (!unit) {
      // In the wide form one unit cell serves every key column: report it once.
      if (!reportedUnits.has(unitAddress))
        out.add(
          "error",
          "UNKNOWN_UNIT",
          { unit: unitText },
          { ...place, cell: unitAddress },
        );
      reportedUnits.add(unitAddress);
      draft.broken = true;
      return;
    }
    draft.entries.push({
      unit: unit.name,
      value: share.value,
      group: unit.group,
      cell: shareAddress,
    });
  };

  if (isLongForm(columns)) {
    for (const { row, cells } of table.rows) {
      const unitText = cellText(cells[columns.unit!]);
      if (unitText === "" || TOTAL_LINES.has(headerKey(unitText))) continue;
      const name =
        columns.key === undefined
          ? table.source.name
          : cellText(cells[columns.key]) || table.source.name;
      const yearCell =
        columns.year === undefined ? undefined : cells[columns.year];
      const period = yearCell
        ? (periodOf(yearCell) ?? (cellText(yearCell) || null))
        : null;
      const d = draftOf(name, period, at(row, columns.share!));
      addShare(
        d,
        cells[columns.unit!],
        at(row, columns.unit!),
        cells[columns.share!],
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
      const d = draftOf(name, period, at(table.headerRow, i));
      for (const { row, cells } of table.rows) {
        const unitText = cellText(cells[0]);
        if (unitText === "" || TOTAL_LINES.has(headerKey(unitText))) continue;
        addShare(d, cells[0], at(row, 0), cells[i], at(row, i));
      }
    });
  }

  const keys: KeyEntry[] = [];
  for (const d of drafts.values()) {
    if (d.broken) continue;
    const place = { sheet, cell: d.firstCell, period: d.period ?? undefined };
    const groups = new Set(d.entries.map((e) => e.group));
    if (groups.size > 1) {
      const first = d.entries[0].group;
      for (const e of d.entries.filter((x) => x.group !== first))
        out.add(
          "error",
          "UNKNOWN_UNIT",
          { unit: e.unit },
          { ...place, cell: e.cell },
        );
      continue;
    }
    const made = makeKey({
      name: d.name,
      entries: d.entries.map((e) => ({ unit: e.unit, value: e.value })),
    });
    out.addAll(made.findings, place);
    if (made.key)
      keys.push({ key: made.key, group: d.entries[0].group, period: d.period });
  }
  return keys;
}
