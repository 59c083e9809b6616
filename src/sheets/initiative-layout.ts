import type { GridCell } from "./grid";
import { INITIATIVE_TABLE_NAMES } from "./grid";
import {
  cellText,
  headerKey,
  InitiativeColumn,
  initiativeColumnOf,
  PeriodHeader,
  readPeriod,
  unitInNameHeader,
} from "./headers";
import type { RowAfterBlank, TableKind } from "./locate";
import { readNumber } from "./numbers";

/** A period column: its header as read and its column index in the table. */
export interface PeriodColumn extends PeriodHeader {
  col: number;
}

/** What the initiatives table's header row says about its columns. */
export interface InitiativeLayout {
  columns: Partial<Record<InitiativeColumn, number>>;
  /** Period columns in sheet order, one per period (a period written twice is in `duplicates`). */
  periods: PeriodColumn[];
  /** Each `I alt` column with the period indexes it totals. */
  totals: { col: number; periods: number[] }[];
  /** Columns of a period that already has a column: the period is not used (an error names both). */
  duplicates: { label: string; cols: number[] }[];
  /** Columns that are neither a known column nor a period (blank headers included). */
  unknown: number[];
  /** The unit written in the name column's header (`Initiativ, mio.kr.`), or null. */
  unit: string | null;
}

const layouts = new WeakMap<readonly GridCell[], InitiativeLayout>();

/** The layout of a header row (computed once per row: the row-end test asks for it per row). */
export function layoutOf(header: readonly GridCell[]): InitiativeLayout {
  let layout = layouts.get(header);
  if (!layout) layouts.set(header, (layout = computeLayout(header)));
  return layout;
}

function computeLayout(header: readonly GridCell[]): InitiativeLayout {
  const layout: InitiativeLayout = {
    columns: {},
    periods: [],
    totals: [],
    duplicates: [],
    unknown: [],
    unit: null,
  };
  const byLabel = new Map<string, PeriodColumn[]>();
  const found: PeriodColumn[] = [];
  const totalCols: number[] = [];
  header.forEach((cell, i) => {
    const role = initiativeColumnOf(cellText(cell));
    if (role === "total") {
      totalCols.push(i);
      return;
    }
    if (role) {
      if (layout.columns[role] === undefined) layout.columns[role] = i;
      if (role === "name") layout.unit = unitInNameHeader(cellText(cell));
      return;
    }
    const period = readPeriod(cell);
    if (!period) {
      layout.unknown.push(i);
      return;
    }
    const column = { ...period, col: i };
    const k = headerKey(period.label);
    byLabel.set(k, [...(byLabel.get(k) ?? []), column]);
    found.push(column);
  });
  for (const [, columns] of byLabel)
    if (columns.length > 1)
      layout.duplicates.push({
        label: columns[0].label,
        cols: columns.map((c) => c.col),
      });
  const duplicated = new Set(layout.duplicates.flatMap((d) => d.cols));
  layout.periods = found.filter((p) => !duplicated.has(p.col));
  // Each `I alt` column totals the periods between it and the previous `I alt` column.
  let from = -1;
  for (const col of totalCols) {
    layout.totals.push({
      col,
      periods: layout.periods
        .map((p, k) => ({ p, k }))
        .filter(({ p }) => p.col > from && p.col < col)
        .map(({ k }) => k),
    });
    from = col;
  }
  return layout;
}

/** The initiatives header: a name column and at least one period column; the table starts at its first filled cell. */
export function initiativesHeaderStart(
  cells: readonly GridCell[],
): number | null {
  const layout = layoutOf(cells);
  if (layout.columns.name === undefined) return null;
  if (layout.periods.length + layout.duplicates.length === 0) return null;
  return cells.findIndex((c) => cellText(c) !== "");
}

/**
 * A row below a blank row is still part of the table when it has a name and an amount in a
 * period column (a total line such as `I alt` too: it is checked); a note (`Kilde: …`) ends it.
 */
export const initiativeAfterBlank: RowAfterBlank = (cells, header) => {
  const layout = layoutOf(header);
  if (layout.columns.name === undefined) return false;
  const name = cellText(cells[layout.columns.name]);
  return (
    name !== "" &&
    layout.periods.some((p) => readNumber(cells[p.col]).kind === "number")
  );
};

/** The initiatives table as the locator looks for it. */
export const INITIATIVES_TABLE: TableKind = {
  names: INITIATIVE_TABLE_NAMES,
  headerStart: (cells) => initiativesHeaderStart(cells),
  afterBlank: initiativeAfterBlank,
};
