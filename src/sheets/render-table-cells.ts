/**
 * What the parts of the allocation table (render-table.ts, render-totals.ts) share while they
 * write it: the period, its columns, the looks, and the exact value of every amount cell written
 * so far, so a formula is written only where it gives exactly the result's number.
 */
import { PeriodAllocation } from "../engine";
import { rowRefs, sumOf } from "./formulas";
import type { CellStyle, PlanCell } from "./plan";
import { CHECK_GREY, Columns, PeriodContext } from "./render-context";
import { PeriodFigures } from "./render-amounts";

// Looks shared by every cell that has them (the writers look a style up once per object).
export const GREY: CellStyle = { fontColor: CHECK_GREY };
export const NAME: CellStyle = { wrap: true, align: "left" };
export const WRAP: CellStyle = { wrap: true };
export const LEFT: CellStyle = { align: "left" };

/** The exact amounts written so far, by sheet row (from the table's header) and column: 0 where none. */
export class Values {
  private readonly rows: bigint[][] = [];
  constructor(private readonly top: number) {}
  set(r: number, c: number, value: bigint): void {
    (this.rows[r - this.top] ??= [])[c] = value;
  }
  get(r: number, c: number): bigint {
    return this.rows[r - this.top]?.[c] ?? 0n;
  }
}

/** One table being written: its period, columns, rows on the sheet and the cells so far. */
export interface Table {
  p: PeriodAllocation;
  ctx: PeriodContext;
  col: Columns;
  /** Sheet row (0-based) of the header. */
  top: number;
  figures: PeriodFigures;
  /** National, the units and other money: the columns of amounts, in order. */
  amountCols: number[];
  values: Values;
  /** Per row of the period: whether it is on the sheet. */
  shown: boolean[];
  /** Per row of the period: its sheet row (0-based), -1 when left out. */
  sheetRows: number[];
  /** The table's rows so far, from the header. */
  cells: PlanCell[][];
}

/** The sheet rows of those of the period's rows that are on the sheet. */
export function onSheet(t: Table, rows: readonly number[]): number[] {
  return rows.filter((i) => t.shown[i]).map((i) => t.sheetRows[i]);
}

/** Writes an amount (or a blank cell for null) and remembers its exact value. */
export function putAmount(
  t: Table,
  row: PlanCell[],
  r: number,
  c: number,
  value: bigint | null,
  formula: string | null,
): void {
  if (value === null) {
    row[c] = {};
    return;
  }
  t.values.set(r, c, value);
  // An amount off the step (a row not allocated for that reason) is shown with all its decimals, never rounded by the format.
  const format = t.figures.formatOf(value);
  const number = t.figures.number(value);
  row[c] =
    formula === null
      ? { value: number, format }
      : { formula: `=${formula}`, value: number, format };
}

/** The exact sum of the cells written in column `c` of the sheet rows `rows`. */
export function sumOfRows(
  t: Table,
  c: number,
  rows: readonly number[],
): bigint {
  let sum = 0n;
  for (const r of rows) sum += t.values.get(r, c);
  return sum;
}

/** `SUM` of the rows' cells in column `c` when that is exactly `expected`, else null. */
export function sumFormula(
  t: Table,
  c: number,
  rows: readonly number[],
  expected: bigint | null,
): string | null {
  return expected !== null && sumOfRows(t, c, rows) === expected
    ? sumOf(rowRefs(c, rows))
    : null;
}

/**
 * Kontrol: national minus the units and other money, as one subtraction of one SUM (the units
 * and Øvrige modtagere are adjacent), so Excel and LibreOffice show an exact 0, not 1E-14.
 */
export function controlCell(t: Table, sr: number): PlanCell {
  const { col, values, figures } = t;
  const ref = (c: number) => rowRefs(c, [sr])[0];
  const lastCol = col.other ?? col.firstUnit + unitsOf(col) - 1;
  let value = values.get(sr, col.national);
  for (let c = col.firstUnit; c <= lastCol; c++) value -= values.get(sr, c);
  const formula =
    lastCol >= col.firstUnit
      ? `${ref(col.national)}-SUM(${ref(col.firstUnit)}:${ref(lastCol)})`
      : ref(col.national);
  return {
    formula: `=${formula}`,
    value: figures.number(value),
    format: figures.formatOf(value),
    style: GREY,
  };
}

/** How many unit columns: from the first unit to Øvrige modtagere / Status / Kontrol. */
function unitsOf(col: Columns): number {
  return (col.other ?? col.status ?? col.control) - col.firstUnit;
}
