import { FindingCode, InitiativeRow, Lang } from "../engine";
import { cellAddress } from "./grid";
import { cellText, unitLine } from "./headers";
import { InitiativeReader } from "./initiative-reader";
import { InitiativeLayout, layoutOf } from "./initiative-layout";
import { buildRows } from "./initiative-rows";
import type { FoundTable } from "./locate";
import { readNumber } from "./numbers";
import { NO_OWN_UNITS, OwnUnits } from "./own-units";
import { FindingList } from "./report";
import { parentsByLayout, parentsByName } from "./tree";
import { checkUserTotals } from "./user-totals";

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
  const layout = layoutOf(table.header);
  const unitText = unitTextOf(table, layout);
  const periods = layout.periods.map((p) => p.label);
  if (!reportHeader(table, layout, out))
    return {
      periods,
      rows: [],
      places: 0,
      placesCell: null,
      unitText,
      titleText: titleTextOf(table),
      usable: false,
    };
  reportUnreadColumns(table, layout, out);
  const reader = new InitiativeReader(table, layout, out);
  reader.readAll();
  const leftOutCode = new Map<number, FindingCode>();
  const parents =
    layout.columns.parent !== undefined
      ? parentsByName(reader.raw, table.sheet, out, leftOutCode)
      : parentsByLayout(reader.raw, table.sheet, out);
  const { rows, rowIndexOf } = buildRows(
    reader.raw,
    parents,
    leftOutCode,
    table.sheet,
    out,
    own,
  );
  checkUserTotals(reader.totals, rows, rowIndexOf, periods, table.sheet, out);
  return {
    periods,
    rows,
    places: reader.places,
    placesCell: reader.placesCell,
    unitText,
    titleText: titleTextOf(table),
    usable: true,
  };
}

/** The header's findings: repeated periods, periods read from dates, missing columns. False when the table cannot be read. */
function reportHeader(
  table: FoundTable,
  layout: InitiativeLayout,
  out: FindingList,
): boolean {
  const { sheet } = table;
  const lang: Lang = out.lang;
  const headerCell = (i: number) => cellAddress(table.headerRow, table.col + i);
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
  const missing = (column: string) =>
    out.add(
      "error",
      "MISSING_COLUMN",
      { table: table.source.name, column },
      { sheet, cell: headerCell(0) },
    );
  if (layout.columns.name === undefined)
    missing(lang === "da" ? "Initiativ" : "Initiative");
  if (layout.periods.length === 0 && layout.duplicates.length === 0)
    missing(lang === "da" ? "en periode, fx 2026" : "a period, e.g. 2026");
  return layout.columns.name !== undefined && layout.periods.length > 0;
}

/** Columns that hold numbers but say nothing Fordel reads are named, never ignored in silence. */
function reportUnreadColumns(
  table: FoundTable,
  layout: InitiativeLayout,
  out: FindingList,
): void {
  const headerCell = (i: number) => cellAddress(table.headerRow, table.col + i);
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
        { sheet: table.sheet, cell: headerCell(col) },
      );
  }
}
