import { BLOCK, Channel, Dec, InitiativeRow, Lang, Recipient } from "../engine";
import { cellAddress, GridCell } from "./grid";
import {
  cellText,
  headerKey,
  InitiativeColumn,
  initiativeColumnOf,
  isHerafLabel,
  periodOf,
} from "./headers";
import { FoundTable, RowAfterBlank } from "./locate";
import { nameKey } from "./names";
import { readNumber } from "./numbers";
import { channelReader, parseRecipient } from "./recipient";
import { FindingList } from "./report";

export interface InitiativesResult {
  periods: string[];
  /** Rows in tree order (every parent before its children), ids = positions. */
  rows: InitiativeRow[];
  /** Finest decimal places used by the period amounts (0 when there are none). */
  places: number;
  /** The first amount cell that uses `places` decimals (null when there are no amounts). */
  placesCell: StepSource | null;
  /** False when the table lacks the name column or any period column. */
  usable: boolean;
}

interface Layout {
  columns: Partial<Record<InitiativeColumn, number>>;
  periods: { label: string; col: number }[];
  /** Each `I alt` column with the period indexes it totals. */
  totals: { col: number; periods: number[] }[];
}

/** The cell whose decimals decided the default step, as written (SPEC §2: the step is chosen openly). */
export interface StepSource {
  sheet: string;
  cell: string;
  /** The cell's text as shown, e.g. "1.000,00". */
  text: string;
  places: number;
}

/** One sheet row before the tree is known. */
interface RawRow {
  name: string;
  nameCell: string;
  indent: number;
  parentName: string;
  /** The row's own channel (null: blank, taken from the parent or Blok). */
  channel: Channel | null;
  recipientText: string;
  recipientCell: string;
  keyText: string;
  keyCell?: string;
  amounts: (Dec | null)[];
  /** Per period: the cell held something that is not a usable number (BAD_NUMBER names it). */
  unreadable: boolean[];
  amountCells: string[];
}

const FORMULA_START = /^[=+\-@]/;

function layoutOf(header: readonly GridCell[]): Layout {
  const layout: Layout = { columns: {}, periods: [], totals: [] };
  let sinceTotal: number[] = [];
  header.forEach((cell, i) => {
    const role = initiativeColumnOf(cellText(cell));
    if (role === "total") {
      layout.totals.push({ col: i, periods: sinceTotal });
      sinceTotal = [];
      return;
    }
    if (role) {
      if (layout.columns[role] === undefined) layout.columns[role] = i;
      return;
    }
    const label = periodOf(cell);
    if (
      label !== null &&
      !layout.periods.some((p) => headerKey(p.label) === headerKey(label))
    ) {
      sinceTotal.push(layout.periods.length);
      layout.periods.push({ label, col: i });
    }
  });
  return layout;
}

/**
 * A row below a blank row is still an initiative when it has a name and an amount in a period
 * column; a note (`Kilde: …`) or a total line (`I alt`) below a blank row ends the table.
 */
export const initiativeAfterBlank: RowAfterBlank = (cells, header) => {
  const layout = layoutOf(header);
  if (layout.columns.name === undefined) return false;
  const name = cellText(cells[layout.columns.name]);
  return (
    name !== "" &&
    initiativeColumnOf(name) !== "total" &&
    layout.periods.some((p) => readNumber(cells[p.col]).kind === "number")
  );
};

/**
 * Reads the initiatives table (SPEC §1): names, the "heraf" tree (by `Overordnet` or by the
 * name cell's indent), period amounts, `I alt` checks, channel, recipient and key. Blank
 * `Kanal`, `Modtager` and `Nøgle` cells of a sub-item take the parent's.
 */
export function parseInitiatives(
  table: FoundTable,
  out: FindingList,
): InitiativesResult {
  const lang: Lang = out.lang;
  const layout = layoutOf(table.header);
  const sheet = table.sheet;
  const tableName = table.source.name;
  const headerCell = (i: number) => cellAddress(table.headerRow, table.col + i);
  const at = (row: number, i: number) => cellAddress(row, table.col + i);

  if (layout.columns.name === undefined) {
    out.add(
      "error",
      "MISSING_COLUMN",
      { table: tableName, column: lang === "da" ? "Initiativ" : "Initiative" },
      { sheet, cell: headerCell(0) },
    );
  }
  if (layout.periods.length === 0) {
    out.add(
      "error",
      "MISSING_COLUMN",
      {
        table: tableName,
        column: lang === "da" ? "en periode, fx 2026" : "a period, e.g. 2026",
      },
      { sheet, cell: headerCell(0) },
    );
  }
  if (layout.columns.name === undefined || layout.periods.length === 0) {
    return {
      periods: layout.periods.map((p) => p.label),
      rows: [],
      places: 0,
      placesCell: null,
      usable: false,
    };
  }
  const periods = layout.periods.map((p) => p.label);
  const c = layout.columns;
  const text = (cells: GridCell[], col: number | undefined) =>
    col === undefined ? "" : cellText(cells[col]);
  let places = 0;
  let placesCell: StepSource | null = null;

  const raw: RawRow[] = [];
  const readChannel = channelReader();
  for (const { row, cells } of table.rows) {
    const nameCell = cells[c.name!];
    let name = cellText(nameCell);
    if (isHerafLabel(name)) continue;
    const amounts: (Dec | null)[] = [];
    const amountCells: string[] = [];
    const bad = new Set<number>();
    layout.periods.forEach((p, k) => {
      const address = at(row, p.col);
      amountCells.push(address);
      const n = readNumber(cells[p.col]);
      if (n.kind === "number") {
        amounts.push(n.value);
        if (placesCell === null || n.places > places)
          placesCell = {
            sheet,
            cell: address,
            text: cellText(cells[p.col]),
            places: n.places,
          };
        places = Math.max(places, n.places);
      } else {
        amounts.push(null);
        if (n.kind === "bad") bad.add(k);
      }
    });
    if (name === "") {
      if (amounts.every((a) => a === null) && bad.size === 0) continue;
      name = lang === "da" ? `(række ${row + 1})` : `(row ${row + 1})`;
    }
    const place = { sheet, initiative: name };
    layout.periods.forEach((p, k) => {
      if (bad.has(k))
        out.add(
          "error",
          "BAD_NUMBER",
          { text: cellText(cells[p.col]) },
          { ...place, cell: amountCells[k], period: p.label },
        );
    });
    if (typeof nameCell?.value === "string" && FORMULA_START.test(name)) {
      out.add(
        "info",
        "TEXT_LOOKS_LIKE_FORMULA",
        { text: name },
        { ...place, cell: at(row, c.name!) },
      );
    }
    for (const total of layout.totals) {
      const n = readNumber(cells[total.col]);
      if (n.kind === "bad") {
        out.add(
          "error",
          "BAD_NUMBER",
          { text: cellText(cells[total.col]) },
          { ...place, cell: at(row, total.col) },
        );
      } else if (
        n.kind === "number" &&
        !total.periods.some((k) => bad.has(k))
      ) {
        const sum = total.periods.reduce(
          (s, k) => s.plus(amounts[k] ?? 0),
          new Dec(0),
        );
        if (!sum.eq(n.value)) {
          out.add(
            "warning",
            "PERIOD_TOTAL_MISMATCH",
            {
              initiative: name,
              sum: sum.toString(),
              total: n.value.toString(),
            },
            { ...place, cell: at(row, total.col) },
          );
        }
      }
    }
    const channelText = text(cells, c.channel);
    raw.push({
      name,
      nameCell: at(row, c.name!),
      indent: nameCell?.indent ?? 0,
      parentName: text(cells, c.parent),
      channel: channelText === "" ? null : readChannel(channelText),
      recipientText: text(cells, c.recipient),
      recipientCell: c.recipient === undefined ? "" : at(row, c.recipient),
      keyText: text(cells, c.key),
      ...(c.key === undefined ? {} : { keyCell: at(row, c.key) }),
      amounts,
      unreadable: layout.periods.map((_, k) => bad.has(k)),
      amountCells,
    });
  }

  const parents =
    c.parent !== undefined
      ? parentsByName(raw, sheet, out)
      : parentsByIndent(raw);
  const rows = buildRows(raw, parents, sheet, out);
  return { periods, rows, places, placesCell, usable: true };
}

/** Parent index per row from the `Overordnet` column; -2 marks a row left out (unknown parent or a cycle). */
function parentsByName(
  raw: RawRow[],
  sheet: string,
  out: FindingList,
): number[] {
  const byName = new Map<string, number[]>();
  raw.forEach((r, i) => {
    const k = nameKey(r.name);
    byName.set(k, [...(byName.get(k) ?? []), i]);
  });
  const parents = raw.map((r, i) => {
    if (r.parentName === "") return -1;
    const candidates = (byName.get(nameKey(r.parentName)) ?? []).filter(
      (j) => j !== i,
    );
    const before = candidates.filter((j) => j < i);
    return before.length > 0
      ? before[before.length - 1]
      : candidates.length > 0
        ? candidates[0]
        : -3;
  });
  const left = new Set<number>();
  const leaveOut = (r: RawRow, i: number) => {
    out.add(
      "error",
      "UNKNOWN_PARENT",
      { parent: r.parentName, initiative: r.name },
      { sheet, cell: r.nameCell, initiative: r.name },
    );
    left.add(i);
  };
  raw.forEach((r, i) => {
    if (parents[i] === -3) {
      leaveOut(r, i);
      return;
    }
    // A cycle (A under B under A) has no top: report it at each row on it.
    const seen = new Set<number>([i]);
    for (let p = parents[i]; p >= 0; p = parents[p]) {
      if (seen.has(p)) {
        leaveOut(r, i);
        break;
      }
      seen.add(p);
    }
  });
  return parents.map((p, i) => {
    for (let q: number = i; q >= 0; q = parents[q]) if (left.has(q)) return -2;
    return p;
  });
}

/** Parent index per row from the name cells' indent: the nearest row above with less indent. */
function parentsByIndent(raw: RawRow[]): number[] {
  const stack: { index: number; indent: number }[] = [];
  return raw.map((r, i) => {
    while (stack.length > 0 && stack[stack.length - 1].indent >= r.indent)
      stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1].index : -1;
    stack.push({ index: i, indent: r.indent });
    return parent;
  });
}

/** What a row passes on to the rows under it. */
interface Inherited {
  channel: Channel;
  recipient: Recipient;
  key: string | null;
}

/** Rows in tree order (preorder, siblings in sheet order) with inherited channel, recipient and key. */
function buildRows(
  raw: RawRow[],
  parents: number[],
  sheet: string,
  out: FindingList,
): InitiativeRow[] {
  const children = raw.map(() => [] as number[]);
  const roots: number[] = [];
  parents.forEach((p, i) => {
    if (p === -1) roots.push(i);
    else if (p >= 0) children[p].push(i);
  });
  const rows: InitiativeRow[] = [];
  const visit = (
    i: number,
    parentId: number | null,
    inherited: Inherited | null,
  ) => {
    const r = raw[i];
    const place = { sheet, initiative: r.name };
    let recipient: Recipient;
    if (r.recipientText === "" && inherited) recipient = inherited.recipient;
    else {
      const parsed = parseRecipient(r.recipientText);
      recipient = parsed.recipient;
      for (const problem of parsed.problems) {
        if (problem.kind === "unknown-unit")
          out.add(
            "error",
            "UNKNOWN_UNIT",
            { unit: problem.unit },
            { ...place, cell: r.recipientCell },
          );
        else
          out.add(
            "error",
            "BAD_NUMBER",
            { text: problem.text },
            { ...place, cell: r.recipientCell },
          );
      }
    }
    const channel = r.channel ?? inherited?.channel ?? BLOCK;
    const keyName = r.keyText === "" ? (inherited?.key ?? null) : r.keyText;
    const id = rows.length;
    rows.push({
      id,
      name: r.name,
      parent: parentId,
      channel,
      recipient,
      keyName,
      amounts: r.amounts,
      ...(r.unreadable.some((u) => u) ? { unreadable: r.unreadable } : {}),
      source: {
        sheet,
        nameCell: r.nameCell,
        amountCells: r.amountCells,
        ...(r.keyCell ? { keyCell: r.keyCell } : {}),
        ...(r.recipientCell ? { recipientCell: r.recipientCell } : {}),
      },
    });
    visitSiblings(children[i], id, { channel, recipient, key: keyName });
  };
  // A name repeated among siblings is a duplicate (the same name under other parents is not).
  const visitSiblings = (
    siblings: number[],
    parentId: number | null,
    inherited: Inherited | null,
  ) => {
    const seen = new Set<string>();
    for (const i of siblings) {
      const k = nameKey(raw[i].name);
      if (seen.has(k)) {
        out.add(
          "warning",
          "DUPLICATE_INITIATIVE",
          { initiative: raw[i].name },
          { sheet, cell: raw[i].nameCell, initiative: raw[i].name },
        );
      }
      seen.add(k);
      visit(i, parentId, inherited);
    }
  };
  visitSiblings(roots, null, null);
  return rows;
}
