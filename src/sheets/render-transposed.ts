/**
 * The transposed layout (`--layout transposed`, SPEC §3): units as rows, initiatives as columns –
 * for municipal sheets, 98 units read down a page instead of across 14. The first row is the
 * national amounts, then one row per unit (with its code and share), Øvrige modtagere, and the
 * Kontrol row last, outside the print area. A unit's `I alt` is a SUM of the top-level columns
 * where that gives exactly the result's total.
 */
import { Dec, PeriodAllocation, shareDecimal } from "../engine";
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

export function renderTransposed(
  p: PeriodAllocation,
  ctx: PeriodContext,
): Omit<SheetPlan, "fingerprint" | "rowFingerprints"> {
  const { L } = ctx;
  const fmt = amountFormat(p.decimals);
  const formatOf = (v: Dec) =>
    v.decimalPlaces() > Math.max(0, p.decimals)
      ? amountFormat(v.decimalPlaces())
      : fmt;
  const shown = p.rows
    .map((r, i) => (isEmptyRow(r) ? -1 : i))
    .filter((i) => i >= 0);
  const statuses = statusTexts(p, ctx);
  const hasOther =
    p.rows.some((r) => r.other !== null) || !p.total.other.isZero();
  // Columns: Enhed, Kode, Andel, one per initiative shown, I alt.
  const FIRST = 3;
  const totalCol = FIRST + shown.length;
  const colOf = (k: number) => FIRST + k;
  const top = TABLE_HEADER_ROW;
  const adjusted = new Map(
    p.adjusted.map((a) => [`${a.position}:${a.unit}`, a]),
  );

  const header: PlanCell[] = [
    { value: L.unitColumn, bold: true },
    { value: L.code, bold: true },
    { value: L.share, bold: true },
  ];
  shown.forEach((i, k) => {
    const r = p.rows[i];
    header[colOf(k)] = {
      value: `${"– ".repeat(r.depth)}${r.name}`,
      bold: true,
      style: { wrap: true },
      ...(statuses[i] && ctx.notes ? { note: statuses[i]! } : {}),
    };
  });
  header[totalCol] = { value: L.total, bold: true };

  const cells: PlanCell[][] = [];
  const line = (
    row: PlanCell[],
    sr: number,
    values: (Dec | null)[],
    total: Dec | null,
  ) => {
    values.forEach((v, k) => {
      if (v !== null) row[colOf(k)] = { value: num(v), format: formatOf(v) };
    });
    if (total !== null) {
      // Top-level columns only: a sub-item's money is in its parent's.
      const refs = shown
        .map((i, k) => (p.rows[i].depth === 0 && values[k] !== null ? k : -1))
        .filter((k) => k >= 0);
      const sum = refs.reduce((s, k) => s.plus(values[k]!), new Dec(0));
      const formula = sum.eq(total)
        ? `=${sumOf(refs.map((k) => rowRefs(colOf(k), [sr])[0]))}`
        : undefined;
      row[totalCol] = {
        value: num(total),
        format: formatOf(total),
        bold: true,
        ...(formula ? { formula } : {}),
      };
    }
    cells.push(row);
  };
  const nationalRow = top + 1;
  line(
    [{ value: L.national, bold: true }],
    nationalRow,
    shown.map((i) => p.rows[i].national),
    p.total.national,
  );
  p.units.forEach((unit, u) => {
    const sr = top + 2 + u;
    const index = p.key ? p.key.units.indexOf(unit) : -1;
    const row: PlanCell[] = [
      { value: unit },
      { value: unitCode(unit) },
      index >= 0
        ? { value: num(shareDecimal(p.key!, index)), format: SHARE_FORMAT }
        : {},
    ];
    line(
      row,
      sr,
      shown.map((i) => p.rows[i].values[u] ?? null),
      p.total.values[u],
    );
    shown.forEach((i, k) => {
      const a = adjusted.get(`${i}:${u}`);
      const c = colOf(k);
      if (a && row[c]?.value !== undefined)
        row[c] = markAdjusted(row[c], a, ctx, p.decimals);
    });
  });
  const lastUnitRow = top + 1 + p.units.length;
  let lastAmountRow = lastUnitRow;
  if (hasOther) {
    lastAmountRow++;
    line(
      [{ value: L.other }],
      lastAmountRow,
      shown.map((i) => p.rows[i].other),
      p.total.other,
    );
  }
  if (p.excluded.length > 0) {
    const unreadable = p.excluded.filter((x) => x.national === null).length;
    const row: PlanCell[] = [
      { value: L.excluded, bold: true },
      { value: L.excludedLine(p.excluded.length, unreadable) },
    ];
    row[totalCol] = {
      value: num(p.excludedTotal),
      format: formatOf(p.excludedTotal),
    };
    cells.push(row);
  }
  const printedRows = top + 1 + cells.length;
  // Kontrol: national minus the units and other money, per initiative; last, grey, not printed.
  const control: PlanCell[] = [
    { value: L.control, bold: true, style: { fontColor: CHECK_GREY } },
  ];
  shown.forEach((i, k) => {
    const c = colOf(k);
    const r = p.rows[i];
    const ref = (row: number) => rowRefs(c, [row])[0];
    let value = r.national ?? new Dec(0);
    for (const v of r.values) if (v) value = value.minus(v);
    if (r.other) value = value.minus(r.other);
    control[c] = {
      formula: `=${ref(nationalRow)}-SUM(${ref(nationalRow + 1)}:${ref(lastAmountRow)})`,
      value: num(value),
      format: formatOf(value),
      style: { fontColor: CHECK_GREY },
    };
  });
  cells.push(control);

  const widths = [
    NAME_WIDTH / 2 + 6,
    7,
    9,
    ...shown.map(() => AMOUNT_WIDTH),
    AMOUNT_WIDTH + 1,
  ];
  const printed = totalCol + 1;
  const width = widths.reduce((s, w) => s + w, 0);
  const info = `${infoLine(p, ctx, p.rows.length - shown.length)} · ${L.legend(p.adjusted.length, ctx.notes)}`;
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
    cells: [...head, header, ...cells],
    columnWidths: widths,
    rowHeights: wrappedRowHeights([...head, header, ...cells], widths, {
      1: wrappedHeight(info, width),
    }),
    merges: [{ row: 1, col: 0, rows: 1, cols: printed }],
    freeze: { rows: top + 1, cols: 1 },
    font: SHEET_FONT,
    page: pageSetup(L, ctx.time, top, { rows: printedRows, cols: printed }),
  };
}
