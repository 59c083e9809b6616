import {
  BLOCK,
  Channel,
  Dec,
  FindingCode,
  InitiativeRow,
  Lang,
  nameKey,
  Recipient,
} from "../engine";
import { cellAddress, GridCell } from "./grid";
import { cellText, isHerafLabel, unitLine } from "./headers";
import { InitiativeLayout, layoutOf } from "./initiative-layout";
import type { FoundTable } from "./locate";
import {
  CellNumber,
  isAmbiguousText,
  Notation,
  notationOf,
  readNumber,
} from "./numbers";
import { channelReader, parseRecipient } from "./recipient";
import { NO_OWN_UNITS, OwnUnits } from "./own-units";
import { FindingList } from "./report";
import {
  LEFT_OUT,
  parentsByLayout,
  parentsByName,
  startsWithHeraf,
  TreeRow,
} from "./tree";
import {
  checkUserTotals,
  TotalScope,
  totalScope,
  UserTotal,
} from "./user-totals";

export { initiativeAfterBlank, INITIATIVES_TABLE } from "./initiative-layout";

export interface InitiativesResult {
  periods: string[];
  /** Rows in tree order (every parent before its children), ids = positions. */
  rows: InitiativeRow[];
  /** Finest decimal places used by the period amounts (0 when there are none). */
  places: number;
  /** The first amount cell that uses `places` decimals (null when there are no amounts). */
  placesCell: StepSource | null;
  /** The table's unit as written (`Mio. kr. (2025-pl)`), or null. */
  unitText: string | null;
  /** The table's title as written in the top line above it (`Kræftplan V`), null when none. */
  titleText?: string | null;
  /** False when the table lacks the name column or any period column. */
  usable: boolean;
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
interface RawRow extends TreeRow {
  /** The row's own channel (null: blank, taken from the parent or Blok). */
  channel: Channel | null;
  recipientText: string;
  recipientCell: string;
  keyText: string;
  keyCell?: string;
  /** The row's `Videre` cell (a split for a second step), as written. */
  passOnText: string;
  passOnCell?: string;
  amountCells: string[];
  unreadable: boolean[];
}

const FORMULA_START = /^[=+\-@]/;

/** Indent of a name cell: Excel's indent counts as four leading spaces (a tab as four). */
function indentOf(cell: GridCell | undefined): number {
  const raw = typeof cell?.value === "string" ? cell.value : "";
  const lead = /^[ \u00a0\t]*/.exec(raw)![0];
  const spaces = [...lead].reduce((n, ch) => n + (ch === "\t" ? 4 : 1), 0);
  return (cell?.indent ?? 0) * 4 + spaces;
}

/** The notation the table's text numbers show (SPEC §1): one way only, or null when none or both. */
function tableNotation(
  table: FoundTable,
  cols: readonly number[],
): { notation: Notation | null; mixed: boolean } {
  const seen = new Set<Notation>();
  for (const { cells } of table.rows)
    for (const c of cols) {
      const v = cells[c]?.value;
      if (typeof v !== "string") continue;
      const n = notationOf(v);
      if (n) seen.add(n);
    }
  return seen.size === 1
    ? { notation: [...seen][0], mixed: false }
    : { notation: null, mixed: seen.size > 1 };
}

/** The unit line of the table: in the name column's header, above the table, or in a period header. */
function unitTextOf(
  table: FoundTable,
  layout: InitiativeLayout,
): string | null {
  if (layout.unit) return layout.unit;
  for (let i = table.above.length - 1; i >= 0; i--) {
    const line = unitLine(table.above[i]);
    if (line) return line;
  }
  for (const p of layout.periods) {
    const line = p.note ? unitLine(p.note) : null;
    if (line) return line;
  }
  return null;
}

/** The top line above the table when it is a title, not the unit line: the output sheets' title starts with it. */
function titleTextOf(table: FoundTable): string | null {
  const first = table.above[0]?.replace(/\s+/g, " ").trim() ?? "";
  if (!first || first.length > 80 || !/\p{L}/u.test(first) || unitLine(first))
    return null;
  return first;
}

/**
 * Reads the initiatives table (SPEC §1): names, the "heraf" tree, period amounts, the user's own
 * total rows and `I alt` columns (checked, never allocated), channel, recipient and key. Blank
 * `Kanal`, `Modtager` and `Nøgle` cells of a sub-item take the parent's.
 */
export function parseInitiatives(
  table: FoundTable,
  out: FindingList,
  own: OwnUnits = NO_OWN_UNITS,
): InitiativesResult {
  const lang: Lang = out.lang;
  const layout = layoutOf(table.header);
  const sheet = table.sheet;
  const tableName = table.source.name;
  const headerCell = (i: number) => cellAddress(table.headerRow, table.col + i);
  const at = (row: number, i: number) => cellAddress(row, table.col + i);
  const unitText = unitTextOf(table, layout);

  for (const d of layout.duplicates)
    out.add(
      "error",
      "DUPLICATE_PERIOD",
      { period: d.label, cells: d.cols.map(headerCell).join(", ") },
      { sheet, cell: headerCell(d.cols[1]), period: d.label },
    );
  for (const p of layout.periods)
    if (p.fromDate)
      out.add(
        "info",
        "PERIOD_FROM_DATE",
        { text: cellText(table.header[p.col]), period: p.label },
        { sheet, cell: headerCell(p.col), period: p.label },
      );
  if (layout.columns.name === undefined) {
    out.add(
      "error",
      "MISSING_COLUMN",
      { table: tableName, column: lang === "da" ? "Initiativ" : "Initiative" },
      { sheet, cell: headerCell(0) },
    );
  }
  if (layout.periods.length === 0 && layout.duplicates.length === 0) {
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
      unitText,
      titleText: titleTextOf(table),
      usable: false,
    };
  }
  const periods = layout.periods.map((p) => p.label);
  const c = layout.columns;
  const text = (cells: GridCell[], col: number | undefined) =>
    col === undefined ? "" : cellText(cells[col]);

  // Columns that hold numbers but say nothing Fordel reads are named, never ignored in silence.
  for (const col of layout.unknown) {
    const row = table.rows.find(
      (r) => readNumber(r.cells[col]).kind === "number",
    );
    if (row)
      out.add(
        "warning",
        "COLUMN_NOT_READ",
        {
          header: cellText(table.header[col]),
          column: headerCell(col).replace(/\d+$/, ""),
        },
        { sheet, cell: headerCell(col) },
      );
  }

  const numberCols = [
    ...layout.periods.map((p) => p.col),
    ...layout.totals.map((t) => t.col),
  ];
  const evidence = tableNotation(table, numberCols);
  const notation: Notation = evidence.notation ?? lang;
  const ambiguous: string[] = [];
  let ambiguousText = "";
  const read = (cells: GridCell[], col: number, address: string) => {
    const cell = cells[col];
    if (
      evidence.notation === null &&
      typeof cell?.value === "string" &&
      isAmbiguousText(cell.value)
    )
      if (ambiguous.push(address) === 1) ambiguousText = cell.value;
    return readNumber(cell, notation);
  };
  const channels = new Set<string>();
  if (c.channel !== undefined)
    for (const { cells } of table.rows) {
      const t = text(cells, c.channel);
      if (t !== "") channels.add(t);
    }

  let places = 0;
  let placesCell: StepSource | null = null;
  const raw: RawRow[] = [];
  const totals: UserTotal[] = [];
  const readChannel = channelReader();
  let labelPending = false;
  let breakPending = false;
  let previousRow = table.headerRow;

  const readTotal = (
    row: number,
    cells: GridCell[],
    label: string,
    scope: TotalScope,
  ) => {
    const amounts: (Dec | null)[] = [];
    const amountCells: string[] = [];
    layout.periods.forEach((p) => {
      const address = at(row, p.col);
      const n = read(cells, p.col, address);
      amounts.push(n.kind === "number" ? n.value : null);
      amountCells.push(address);
    });
    totals.push({
      label,
      scope,
      nameCell: at(row, c.name!),
      before: raw.length,
      amounts,
      amountCells,
    });
  };

  for (const { row, cells } of table.rows) {
    if (row > previousRow + 1) breakPending = true;
    previousRow = row;
    const nameCell = cells[c.name!];
    let name = cellText(nameCell);
    if (isHerafLabel(name)) {
      labelPending = true;
      continue;
    }
    const scope = totalScope(name, channels);
    if (scope) {
      readTotal(row, cells, name, scope);
      breakPending = true;
      labelPending = false;
      continue;
    }
    const amounts: (Dec | null)[] = [];
    const amountCells: string[] = [];
    const unreadable: boolean[] = [];
    const bad = new Set<number>();
    layout.periods.forEach((p, k) => {
      const address = at(row, p.col);
      amountCells.push(address);
      const n = read(cells, p.col, address);
      unreadable.push(n.kind === "bad");
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
      if (!bad.has(k)) return;
      const n = readNumber(cells[p.col]);
      if (n.kind === "bad" && n.uncomputed)
        out.add(
          "error",
          "UNCOMPUTED_FORMULA",
          {},
          { ...place, cell: amountCells[k], period: p.label },
        );
      else
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
    checkTotalColumns(
      layout,
      cells,
      amounts,
      bad,
      name,
      (col) => at(row, col),
      read,
      out,
      place,
    );
    const channelText = text(cells, c.channel);
    raw.push({
      name,
      nameCell: at(row, c.name!),
      indent: indentOf(nameCell),
      heraf: startsWithHeraf(name),
      labelAbove: labelPending,
      breakAbove: breakPending,
      parentName: text(cells, c.parent),
      channel: channelText === "" ? null : readChannel(channelText),
      recipientText: text(cells, c.recipient),
      recipientCell: c.recipient === undefined ? "" : at(row, c.recipient),
      keyText: text(cells, c.key),
      ...(c.key === undefined ? {} : { keyCell: at(row, c.key) }),
      passOnText: text(cells, c.passOn),
      ...(c.passOn === undefined ? {} : { passOnCell: at(row, c.passOn) }),
      amounts,
      amountCells,
      unreadable,
    });
    labelPending = false;
    breakPending = false;
  }
  if (table.totalRow) {
    const { row, cells } = table.totalRow;
    readTotal(
      row,
      cells,
      cellText(cells[c.name!]) || (lang === "da" ? "Total-række" : "Total Row"),
      { kind: "all" },
    );
  }
  if (ambiguous.length > 0)
    out.add(
      "warning",
      "AMBIGUOUS_NUMBER",
      {
        text: ambiguousText.trim(),
        cells:
          ambiguous.slice(0, 5).join(", ") + (ambiguous.length > 5 ? " …" : ""),
        count: ambiguous.length,
        notation,
        mixed: evidence.mixed ? 1 : 0,
      },
      { sheet, cell: ambiguous[0] },
    );

  const leftOutCode = new Map<number, FindingCode>();
  const parents =
    c.parent !== undefined
      ? parentsByName(raw, sheet, out, leftOutCode)
      : parentsByLayout(raw, sheet, out);
  const { rows, rowIndexOf } = buildRows(
    raw,
    parents,
    leftOutCode,
    sheet,
    out,
    own,
  );
  checkUserTotals(totals, rows, rowIndexOf, periods, sheet, out);
  return {
    periods,
    rows,
    places,
    placesCell,
    unitText,
    titleText: titleTextOf(table),
    usable: true,
  };
}

/** Each `I alt` column of a row against the sum of its periods. */
function checkTotalColumns(
  layout: InitiativeLayout,
  cells: GridCell[],
  amounts: readonly (Dec | null)[],
  bad: ReadonlySet<number>,
  name: string,
  address: (col: number) => string,
  read: (cells: GridCell[], col: number, address: string) => CellNumber,
  out: FindingList,
  place: { sheet: string; initiative: string },
): void {
  for (const total of layout.totals) {
    const n = read(cells, total.col, address(total.col));
    if (n.kind === "bad") {
      out.add(
        "warning",
        "BAD_NUMBER",
        { text: cellText(cells[total.col]) },
        { ...place, cell: address(total.col) },
      );
    } else if (n.kind === "number" && !total.periods.some((k) => bad.has(k))) {
      const sum = total.periods.reduce(
        (s, k) => s.plus(amounts[k] ?? 0),
        new Dec(0),
      );
      if (!sum.eq(n.value))
        out.add(
          "warning",
          "PERIOD_TOTAL_MISMATCH",
          { initiative: name, sum: sum.toString(), total: n.value.toString() },
          { ...place, cell: address(total.col) },
        );
    }
  }
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
  leftOutCode: ReadonlyMap<number, FindingCode>,
  sheet: string,
  out: FindingList,
  own: OwnUnits,
): { rows: InitiativeRow[]; rowIndexOf: Map<number, number> } {
  const children = raw.map(() => [] as number[]);
  const roots: number[] = [];
  parents.forEach((p, i) => {
    if (p === -1) roots.push(i);
    else if (p >= 0) children[p].push(i);
  });
  // Rows whose parent cannot be placed come last at top level, excluded in every period.
  parents.forEach((p, i) => {
    if (p === LEFT_OUT) roots.push(i);
  });
  const rows: InitiativeRow[] = [];
  const rowIndexOf = new Map<number, number>();
  // A name repeated among siblings is a duplicate (the same name under other parents is not).
  const duplicate = new Set<number>();
  for (const siblings of [roots, ...children]) {
    const seen = new Set<string>();
    for (const i of siblings) {
      const k = nameKey(raw[i].name);
      if (seen.has(k)) duplicate.add(i);
      seen.add(k);
    }
  }
  // Depth-first with an explicit stack: a chain of sub-items may be thousands of rows deep.
  const stack: {
    i: number;
    parentId: number | null;
    inherited: Inherited | null;
  }[] = [];
  for (let j = roots.length - 1; j >= 0; j--)
    stack.push({ i: roots[j], parentId: null, inherited: null });
  while (stack.length > 0) {
    const { i, parentId, inherited } = stack.pop()!;
    const r = raw[i];
    const place = { sheet, initiative: r.name };
    if (duplicate.has(i))
      out.add(
        "warning",
        "DUPLICATE_INITIATIVE",
        { initiative: r.name },
        { ...place, cell: r.nameCell },
      );
    let recipient: Recipient;
    if (r.recipientText === "" && inherited) recipient = inherited.recipient;
    else {
      const parsed = parseRecipient(r.recipientText, own);
      recipient = parsed.recipient;
      for (const problem of parsed.problems) {
        if (problem.kind === "unknown-unit")
          out.add(
            "error",
            "UNKNOWN_UNIT",
            // As a recipient: the message says where the amount went (Øvrige modtagere) and what to do.
            { unit: problem.unit, recipient: r.recipientText.trim() },
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
    rowIndexOf.set(i, id);
    rows.push({
      id,
      name: r.name,
      parent: parentId,
      channel,
      recipient,
      keyName,
      amounts: r.amounts,
      ...(r.unreadable.some(Boolean) ? { unreadable: r.unreadable } : {}),
      ...(parents[i] === LEFT_OUT ? { leftOut: leftOutCode.get(i) } : {}),
      ...(r.passOnText !== "" ? { passOn: r.passOnText } : {}),
      source: {
        sheet,
        nameCell: r.nameCell,
        amountCells: r.amountCells,
        ...(r.keyCell ? { keyCell: r.keyCell } : {}),
        ...(r.recipientCell ? { recipientCell: r.recipientCell } : {}),
        ...(r.passOnCell ? { passOnCell: r.passOnCell } : {}),
      },
    });
    const next: Inherited = { channel, recipient, key: keyName };
    for (let j = children[i].length - 1; j >= 0; j--)
      stack.push({ i: children[i][j], parentId: id, inherited: next });
  }
  return { rows, rowIndexOf };
}
