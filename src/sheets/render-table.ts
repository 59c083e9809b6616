/**
 * The allocation table of a period sheet (SPEC §3): header, one row per initiative with an amount
 * in the period (tree by indent), the channel subtotals, `I alt` and what the totals leave out.
 * Formulas (sub-item parents, subtotals, totals, Kontrol) are written only where they give
 * exactly the result's number from the cells they add; elsewhere the value itself is written.
 */
import {
  AdjustedCell,
  AllocatedRow,
  channelName,
  PeriodAllocation,
} from "../engine";
import type { CellStyle, PlanCell } from "./plan";
import { ADJUSTED_FILL, Columns, PeriodContext } from "./render-context";
import { PeriodFigures } from "./render-amounts";
import {
  controlCell,
  GREY,
  NAME,
  onSheet,
  putAmount,
  sumFormula,
  Table,
  Values,
  WRAP,
} from "./render-table-cells";
import { exactStepsText, exactText } from "./render-text";
import { totalRows } from "./render-totals";
import { cellRef } from "./step";

/** The look of an adjusted cell, shared (the writers look a style up once per object). */
const ADJUSTED: CellStyle = { fill: ADJUSTED_FILL };

/** True when a row shows nothing in the period: no amount, no share, no reason to show it. */
export function isEmptyRow(r: AllocatedRow): boolean {
  return (
    r.status !== "error" &&
    !r.underError &&
    r.national === null &&
    r.other === null &&
    (r.steps ?? r.values).every((v) => v === null || v === undefined)
  );
}

/** Per row of the period: why it is not allocated to the units (SPEC §3), or null. */
export function statusTexts(
  p: PeriodAllocation,
  ctx: PeriodContext,
): (string | null)[] {
  const { L } = ctx;
  const excluded = new Map(p.excluded.map((x) => [x.position, x]));
  return p.rows.map((r, i) => {
    if (r.status !== "error" && r.underError) return L.underError;
    if (r.status === "other" && r.otherTo !== undefined)
      return L.otherStatus(r.otherTo);
    if (r.status !== "error") return null;
    const x = excluded.get(i);
    const place = x?.sheet && x.cell ? cellRef(x.sheet, x.cell) : "";
    const held = x?.cell
      ? ctx.findings.find(
          (f) =>
            f.severity === "error" &&
            f.cell === x.cell &&
            (x.sheet === undefined || f.sheet === x.sheet),
        )?.params.text
      : undefined;
    return (
      L.notAllocated(
        r.reason ?? null,
        place,
        held === undefined ? "" : String(held),
      ) + (x ? L.notInTotals : L.inParent)
    );
  });
}

/** What the table adds to the sheet: its rows (from the header), and where things landed. */
export interface TableRows {
  cells: PlanCell[][];
  /** Rows of the period left out because they have no amount in it. */
  omitted: number;
  /** Rows (sheet, 0-based) of the subtotals and the total. */
  totalRows: number[];
  /** Per row of the period (`PeriodAllocation.rows`): its sheet row (0-based), -1 when left out. */
  sheetRows: number[];
}

/**
 * The table's cells from its header row (sheet row `top`). `shown` says which of the period's
 * rows are on the sheet (rows without an amount are left out); the sheet rows follow in order.
 */
export function tableRows(
  p: PeriodAllocation,
  ctx: PeriodContext,
  col: Columns,
  top: number,
  statuses: readonly (string | null)[],
): TableRows {
  const shown = p.rows.map((r) => !isEmptyRow(r));
  const t: Table = {
    p,
    ctx,
    col,
    top,
    figures: new PeriodFigures(p),
    amountCols: [
      col.national,
      ...p.units.map((_, i) => col.firstUnit + i),
      ...(col.other === null ? [] : [col.other]),
    ],
    values: new Values(top),
    shown,
    sheetRows: sheetRowsOf(shown, top + 1),
    cells: [tableHeader(p, ctx, col)],
  };
  const rowCells = initiativeRows(t, statuses);
  rowCells.forEach((row, i) => {
    if (!shown[i]) return;
    row[col.control] = controlCell(t, t.sheetRows[i]);
    t.cells.push(row);
  });
  return {
    cells: t.cells,
    omitted: shown.filter((s) => !s).length,
    totalRows: totalRows(t),
    sheetRows: t.sheetRows,
  };
}

/** Per row of the period: its sheet row (from `first`, in order), -1 when left out. */
function sheetRowsOf(shown: readonly boolean[], first: number): number[] {
  const sheetRows: number[] = [];
  let next = first;
  shown.forEach((s, i) => (sheetRows[i] = s ? next++ : -1));
  return sheetRows;
}

/** The table's header row: the name, the amounts' columns, Status, Kontrol and Kanal. */
function tableHeader(
  p: PeriodAllocation,
  ctx: PeriodContext,
  col: Columns,
): PlanCell[] {
  const { L } = ctx;
  const header: PlanCell[] = [];
  header[col.name] = { value: L.initiative, bold: true, style: NAME };
  header[col.national] = { value: L.national, bold: true };
  p.units.forEach(
    (u, i) =>
      (header[col.firstUnit + i] = { value: u, bold: true, style: WRAP }),
  );
  if (col.other !== null)
    header[col.other] = { value: L.other, bold: true, style: WRAP };
  if (col.status !== null) header[col.status] = { value: L.status, bold: true };
  header[col.control] = { value: L.control, bold: true, style: GREY };
  header[col.channel] = { value: L.channel, bold: true, style: GREY };
  return header;
}

/**
 * One row of cells per row of the period (empty for those left out), without Kontrol. Sub-items
 * come after their parent, so rows are written bottom-up: children's values are known first.
 */
function initiativeRows(
  t: Table,
  statuses: readonly (string | null)[],
): PlanCell[][] {
  const { p } = t;
  const childrenOf = childrenByRow(p);
  const units = p.units.length;
  const adjusted = new Map(
    p.adjusted.map((a) => [a.position * units + a.unit, a]),
  );
  const rowCells: PlanCell[][] = p.rows.map(() => []);
  for (let i = p.rows.length - 1; i >= 0; i--) {
    if (!t.shown[i]) continue;
    const kids = p.rows[i].sumOfChildren ? onSheet(t, childrenOf[i]) : [];
    initiativeRow(t, i, rowCells[i], kids, statuses[i]);
    for (let u = 0; u < units; u++) {
      const a = adjusted.get(i * units + u);
      const c = t.col.firstUnit + u;
      const row = rowCells[i];
      if (a && row[c]?.value !== undefined)
        row[c] = markAdjusted(row[c], a, t.ctx, p.decimals);
    }
  }
  return rowCells;
}

/** Per row of the period: the positions of its sub-items. */
function childrenByRow(p: PeriodAllocation): number[][] {
  const positions = new Map<number, number>();
  p.rows.forEach((r, i) => positions.set(r.row, i));
  const childrenOf = p.rows.map(() => [] as number[]);
  p.rows.forEach((r, i) => {
    if (r.parent !== null && positions.has(r.parent))
      childrenOf[positions.get(r.parent)!].push(i);
  });
  return childrenOf;
}

/** Name, amounts (a SUM of the sub-items `kids` where that is exact), Kanal and Status of row `i`. */
function initiativeRow(
  t: Table,
  i: number,
  row: PlanCell[],
  kids: readonly number[],
  status: string | null,
): void {
  const { col, ctx } = t;
  const r = t.p.rows[i];
  const sr = t.sheetRows[i];
  row[col.name] = { value: r.name, indent: r.depth, style: NAME };
  const amounts = amountsOf(r, t.figures, t.p.units.length);
  t.amountCols.forEach((c, k) =>
    putAmount(
      t,
      row,
      sr,
      c,
      amounts[k],
      kids.length > 0 ? sumFormula(t, c, kids, amounts[k]) : null,
    ),
  );
  row[col.channel] =
    r.depth === 0
      ? { value: channelName(r.channel, ctx.lang), style: GREY }
      : {};
  if (col.status !== null)
    row[col.status] = status === null ? {} : { value: status, style: WRAP };
}

/** National, the units' values and other money of a row, in column order (null = blank cell). */
function amountsOf(
  r: AllocatedRow,
  figures: PeriodFigures,
  units: number,
): (bigint | null)[] {
  return [
    r.national === null ? null : figures.of(r.national),
    ...figures.unitFigures(r.steps ? undefined : r.values, r.steps, units),
    r.other === null ? null : figures.of(r.other),
  ];
}

/** A cell shown other than plain ROUND: a light fill and, where the host writes notes, the exact value. */
export function markAdjusted(
  cell: PlanCell,
  a: AdjustedCell,
  ctx: PeriodContext,
  decimals: number,
): PlanCell {
  return {
    ...cell,
    style: ADJUSTED,
    ...(ctx.notes ? { note: adjustedNote(a, ctx, decimals) } : {}),
  };
}

/** The note of an adjusted cell: its exact value, and whether it was rounded up or down. */
function adjustedNote(
  a: AdjustedCell,
  ctx: PeriodContext,
  decimals: number,
): string {
  const { exactSteps, shownSteps } = a;
  if (exactSteps && shownSteps !== undefined) {
    // Whole numbers only (shown < exact: shown · denominator < numerator, denominator > 0).
    const sign = exactSteps.denominator < 0n ? -1n : 1n;
    return ctx.L.adjustedNote(
      exactStepsText(exactSteps, ctx.lang, decimals),
      shownSteps * exactSteps.denominator * sign < exactSteps.numerator * sign,
    );
  }
  return ctx.L.adjustedNote(
    exactText(a.exact, ctx.lang, decimals),
    a.shown.lt(a.exact),
  );
}
