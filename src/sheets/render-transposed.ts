/**
 * The transposed layout (`--layout transposed`, SPEC §3): units as rows, initiatives as columns –
 * for municipal sheets, 98 units read down a page instead of across 14. The first row is the
 * national amounts, then one row per unit (with its code and share), Øvrige modtagere, and the
 * Kontrol row last, outside the print area. A unit's `I alt` is a SUM of the top-level columns
 * where that gives exactly the result's total.
 */
import { AdjustedCell, Dec, PeriodAllocation, shareDecimal } from "../engine";
import { rowRefs, sumOf } from "./formulas";
import { amountFormat, SHARE_FORMAT } from "./labels";
import type { PlanCell, SheetPlan } from "./plan";
import {
  CHECK_GREY,
  PeriodContext,
  SHEET_FONT,
  TABLE_HEADER_ROW,
  TITLE_SIZE,
} from "./render-context";
import { infoLine, sheetTitle, unitCode, wrappedHeight } from "./render-header";
import {
  AMOUNT_WIDTH,
  NAME_WIDTH,
  pageSetup,
  wrappedRowHeights,
} from "./render-page";
import { isEmptyRow, markAdjusted, statusTexts } from "./render-table";

const num = (d: Dec): number => Number(d.toString());

// Columns: Enhed, Kode, Andel, one per initiative shown, I alt.
const FIRST = 3;
const colOf = (k: number) => FIRST + k;

/** One transposed sheet being written: its period, the rows shown as columns, the rows so far. */
interface Transposed {
  p: PeriodAllocation;
  ctx: PeriodContext;
  /** The period's rows shown, as columns in order. */
  shown: number[];
  totalCol: number;
  formatOf: (v: Dec) => string;
  /** The adjusted cells, by position · units + unit. */
  adjusted: Map<number, AdjustedCell>;
  /** The rows under the header. */
  cells: PlanCell[][];
}

export function renderTransposed(
  p: PeriodAllocation,
  ctx: PeriodContext,
): Omit<SheetPlan, "fingerprint" | "rowFingerprints"> {
  const fmt = amountFormat(p.decimals);
  const shown = p.rows
    .map((r, i) => (isEmptyRow(r) ? -1 : i))
    .filter((i) => i >= 0);
  const t: Transposed = {
    p,
    ctx,
    shown,
    totalCol: FIRST + shown.length,
    formatOf: (v) =>
      v.decimalPlaces() > Math.max(0, p.decimals)
        ? amountFormat(v.decimalPlaces())
        : fmt,
    adjusted: new Map(
      p.adjusted.map((a) => [a.position * p.units.length + a.unit, a]),
    ),
    cells: [],
  };
  const top = TABLE_HEADER_ROW;
  const header = transposedHeader(t, statusTexts(p, ctx));
  const nationalRow = top + 1;
  amountLine(
    t,
    [{ value: ctx.L.national, bold: true }],
    nationalRow,
    shown.map((i) => p.rows[i].national),
    p.total.national,
  );
  p.units.forEach((_, u) => unitRow(t, u, top + 2 + u));
  const lastAmountRow = otherRow(t, top + 1 + p.units.length);
  if (p.excluded.length > 0) excludedRow(t);
  const printedRows = top + 1 + t.cells.length;
  t.cells.push(controlRow(t, nationalRow, lastAmountRow));
  return transposedPlan(t, header, printedRows);
}

/** Enhed, Kode, Andel, one column per initiative shown (its status as a note) and I alt. */
function transposedHeader(
  t: Transposed,
  statuses: readonly (string | null)[],
): PlanCell[] {
  const { p, ctx } = t;
  const { L } = ctx;
  const header: PlanCell[] = [
    { value: L.unitColumn, bold: true },
    { value: L.code, bold: true },
    { value: L.share, bold: true },
  ];
  t.shown.forEach((i, k) => {
    const r = p.rows[i];
    header[colOf(k)] = {
      value: `${"– ".repeat(r.depth)}${r.name}`,
      bold: true,
      style: { wrap: true },
      ...(statuses[i] && ctx.notes ? { note: statuses[i]! } : {}),
    };
  });
  header[t.totalCol] = { value: L.total, bold: true };
  return header;
}

/**
 * One line of amounts (per initiative shown) and its I alt: a SUM of the top-level columns
 * (a sub-item's money is in its parent's) where that gives exactly the total.
 */
function amountLine(
  t: Transposed,
  row: PlanCell[],
  sr: number,
  values: (Dec | null)[],
  total: Dec | null,
): void {
  const { p, formatOf } = t;
  values.forEach((v, k) => {
    if (v !== null) row[colOf(k)] = { value: num(v), format: formatOf(v) };
  });
  if (total !== null) {
    const refs = t.shown
      .map((i, k) => (p.rows[i].depth === 0 && values[k] !== null ? k : -1))
      .filter((k) => k >= 0);
    const sum = refs.reduce((s, k) => s.plus(values[k]!), new Dec(0));
    const formula = sum.eq(total)
      ? `=${sumOf(refs.map((k) => rowRefs(colOf(k), [sr])[0]))}`
      : undefined;
    row[t.totalCol] = {
      value: num(total),
      format: formatOf(total),
      bold: true,
      ...(formula ? { formula } : {}),
    };
  }
  t.cells.push(row);
}

/** Unit `u`'s row (sheet row `sr`): name, code, share in the key, its amounts, the adjusted marked. */
function unitRow(t: Transposed, u: number, sr: number): void {
  const { p, ctx } = t;
  const unit = p.units[u];
  const index = p.key ? p.key.units.indexOf(unit) : -1;
  const row: PlanCell[] = [
    { value: unit },
    { value: unitCode(unit) },
    index >= 0
      ? { value: num(shareDecimal(p.key!, index)), format: SHARE_FORMAT }
      : {},
  ];
  amountLine(
    t,
    row,
    sr,
    t.shown.map((i) => p.rows[i].values[u] ?? null),
    p.total.values[u],
  );
  t.shown.forEach((i, k) => {
    const a = t.adjusted.get(i * p.units.length + u);
    const c = colOf(k);
    if (a && row[c]?.value !== undefined)
      row[c] = markAdjusted(row[c], a, ctx, p.decimals);
  });
}

/** Øvrige modtagere under the units when there is other money; the last amount row. */
function otherRow(t: Transposed, lastUnitRow: number): number {
  const { p } = t;
  const hasOther =
    p.rows.some((r) => r.other !== null) || !p.total.other.isZero();
  if (!hasOther) return lastUnitRow;
  amountLine(
    t,
    [{ value: t.ctx.L.other }],
    lastUnitRow + 1,
    t.shown.map((i) => p.rows[i].other),
    p.total.other,
  );
  return lastUnitRow + 1;
}

/** What the totals leave out: how many rows, and their national amounts' sum under I alt. */
function excludedRow(t: Transposed): void {
  const { p } = t;
  const { L } = t.ctx;
  const unreadable = p.excluded.filter((x) => x.national === null).length;
  const row: PlanCell[] = [
    { value: L.excluded, bold: true },
    { value: L.excludedLine(p.excluded.length, unreadable) },
  ];
  row[t.totalCol] = {
    value: num(p.excludedTotal),
    format: t.formatOf(p.excludedTotal),
  };
  t.cells.push(row);
}

/** Kontrol: national minus the units and other money, per initiative; last, grey, not printed. */
function controlRow(
  t: Transposed,
  nationalRow: number,
  lastAmountRow: number,
): PlanCell[] {
  const { p } = t;
  const control: PlanCell[] = [
    { value: t.ctx.L.control, bold: true, style: { fontColor: CHECK_GREY } },
  ];
  t.shown.forEach((i, k) => {
    const c = colOf(k);
    const r = p.rows[i];
    const ref = (row: number) => rowRefs(c, [row])[0];
    let value = r.national ?? new Dec(0);
    for (const v of r.values) if (v) value = value.minus(v);
    if (r.other) value = value.minus(r.other);
    control[c] = {
      formula: `=${ref(nationalRow)}-SUM(${ref(nationalRow + 1)}:${ref(lastAmountRow)})`,
      value: num(value),
      format: t.formatOf(value),
      style: { fontColor: CHECK_GREY },
    };
  });
  return control;
}

/** The sheet: title and info line above the header, widths, heights, print setup. */
function transposedPlan(
  t: Transposed,
  header: PlanCell[],
  printedRows: number,
): Omit<SheetPlan, "fingerprint" | "rowFingerprints"> {
  const { p, ctx, shown } = t;
  const top = TABLE_HEADER_ROW;
  const widths = [
    NAME_WIDTH / 2 + 6,
    7,
    9,
    ...shown.map(() => AMOUNT_WIDTH),
    AMOUNT_WIDTH + 1,
  ];
  const printed = t.totalCol + 1;
  const width = widths.reduce((s, w) => s + w, 0);
  const info = `${infoLine(p, ctx, p.rows.length - shown.length)} · ${ctx.L.legend(p.adjusted.length, ctx.notes)}`;
  const head: PlanCell[][] = [
    [
      {
        value: sheetTitle(p, ctx),
        bold: true,
        style: { fontSize: TITLE_SIZE },
      },
    ],
    [{ value: info, style: { wrap: true, align: "left" } }],
    [],
    [],
  ];
  return {
    name: ctx.name,
    period: p.period,
    group: p.group,
    ...(ctx.replaces ? { replaces: ctx.replaces } : {}),
    ...(ctx.repairs ? { repairs: true } : {}),
    cells: [...head, header, ...t.cells],
    columnWidths: widths,
    rowHeights: wrappedRowHeights([...head, header, ...t.cells], widths, {
      1: wrappedHeight(info, width),
    }),
    merges: [{ row: 1, col: 0, rows: 1, cols: printed }],
    freeze: { rows: top + 1, cols: 1 },
    font: SHEET_FONT,
    page: pageSetup(ctx.L, ctx.time, top, { rows: printedRows, cols: printed }),
  };
}
