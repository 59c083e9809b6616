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
  Subtotal,
} from "../engine";
import {
  exactCriterion,
  meetsExactCriterion,
  rowRefs,
  sumOf,
} from "./formulas";
import type { CellStyle, PlanCell } from "./plan";
import {
  ADJUSTED_FILL,
  CHECK_GREY,
  Columns,
  PeriodContext,
} from "./render-context";
import { PeriodFigures } from "./render-amounts";
import { exactStepsText, exactText } from "./render-text";
import { cellRef } from "./step";

// Looks shared by every cell that has them (the writers look a style up once per object).
const GREY: CellStyle = { fontColor: CHECK_GREY };
const NAME: CellStyle = { wrap: true, align: "left" };
const WRAP: CellStyle = { wrap: true };
const LEFT: CellStyle = { align: "left" };
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
  const { L } = ctx;
  const figures = new PeriodFigures(p);
  const amountCols = [
    col.national,
    ...p.units.map((_, i) => col.firstUnit + i),
    ...(col.other === null ? [] : [col.other]),
  ];
  const cells: PlanCell[][] = [tableHeader(p, ctx, col)];

  const first = top + 1;
  const shown = p.rows.map((r) => !isEmptyRow(r));
  const sheetRows: number[] = [];
  let next = first;
  shown.forEach((s, i) => (sheetRows[i] = s ? next++ : -1));
  const sheetRowOf = (i: number) => sheetRows[i];
  const onSheet = (rows: readonly number[]) =>
    rows.filter((i) => shown[i]).map(sheetRowOf);
  /** Exact value of every amount cell written so far (at the period's scale), by sheet row and column, for checking formulas. */
  const values = new Values(top);
  const put = (
    row: PlanCell[],
    r: number,
    c: number,
    value: bigint | null,
    formula: string | null,
  ) => {
    if (value === null) {
      row[c] = {};
      return;
    }
    values.set(r, c, value);
    // An amount off the step (a row not allocated for that reason) is shown with all its decimals, never rounded by the format.
    const format = figures.formatOf(value);
    const number = figures.number(value);
    row[c] =
      formula === null
        ? { value: number, format }
        : { formula: `=${formula}`, value: number, format };
  };
  const sumOfRows = (c: number, rows: readonly number[]) => {
    let sum = 0n;
    for (const r of rows) sum += values.get(r, c);
    return sum;
  };
  const sumFormula = (
    c: number,
    rows: readonly number[],
    expected: bigint | null,
  ) =>
    expected !== null && sumOfRows(c, rows) === expected
      ? sumOf(rowRefs(c, rows))
      : null;

  // Sub-items come after their parent, so rows are written bottom-up: children's values are known first.
  const positions = new Map<number, number>();
  p.rows.forEach((r, i) => positions.set(r.row, i));
  const childrenOf = p.rows.map(() => [] as number[]);
  p.rows.forEach((r, i) => {
    if (r.parent !== null && positions.has(r.parent))
      childrenOf[positions.get(r.parent)!].push(i);
  });
  const units = p.units.length;
  const adjusted = new Map(
    p.adjusted.map((a) => [a.position * units + a.unit, a]),
  );
  const rowCells: PlanCell[][] = p.rows.map(() => []);
  for (let i = p.rows.length - 1; i >= 0; i--) {
    if (!shown[i]) continue;
    const r = p.rows[i];
    const sr = sheetRowOf(i);
    const row = rowCells[i];
    row[col.name] = { value: r.name, indent: r.depth, style: NAME };
    const kids = r.sumOfChildren ? onSheet(childrenOf[i]) : [];
    const amounts = amountsOf(r, figures, units);
    amountCols.forEach((c, k) =>
      put(
        row,
        sr,
        c,
        amounts[k],
        kids.length > 0 ? sumFormula(c, kids, amounts[k]) : null,
      ),
    );
    for (let u = 0; u < units; u++) {
      const a = adjusted.get(i * units + u);
      const c = col.firstUnit + u;
      if (a && row[c]?.value !== undefined)
        row[c] = markAdjusted(row[c], a, ctx, p.decimals);
    }
    row[col.channel] =
      r.depth === 0
        ? { value: channelName(r.channel, ctx.lang), style: GREY }
        : {};
    if (col.status !== null)
      row[col.status] =
        statuses[i] === null ? {} : { value: statuses[i], style: WRAP };
  }
  rowCells.forEach((row, i) => {
    if (!shown[i]) return;
    row[col.control] = controlCell(sheetRowOf(i), col, values, figures);
    cells.push(row);
  });

  // Subtotals and the total, right under the table, each with a line above.
  const shownRows = p.rows.map((_, i) => i).filter((i) => shown[i]);
  const last =
    shownRows.length > 0 ? sheetRowOf(shownRows[shownRows.length - 1]) : top;
  const topLevel = shownRows.filter((i) => p.rows[i].depth === 0);
  const subtotalRows: number[] = [];
  const writeTotal = (
    amounts: bigint[],
    label: string,
    formulaFor: (c: number, expected: bigint) => string | null,
  ) => {
    const sr = top + cells.length;
    const row: PlanCell[] = [];
    const line: CellStyle = { topBorder: true };
    row[col.name] = { value: label, bold: true, style: { ...NAME, ...line } };
    amountCols.forEach((c, k) => {
      put(row, sr, c, amounts[k], formulaFor(c, amounts[k]));
      row[c] = { ...row[c], bold: true, style: line };
    });
    if (col.status !== null) row[col.status] = { style: line };
    row[col.control] = {
      ...controlCell(sr, col, values, figures),
      bold: true,
      style: { ...GREY, ...line },
    };
    row[col.channel] = { style: line };
    cells.push(row);
    return sr;
  };
  for (const s of p.subtotals) {
    const members = onSheet(s.members);
    const amounts = subtotalAmounts(s, col, figures);
    // SUMIFS over the Kanal column when the top-level rows it counts (the channel's text, case
    // ignored) give exactly the subtotal (rows without figures add nothing); else SUM of the
    // members; else the value.
    const inChannel =
      s.channel === null
        ? []
        : topLevel
            .filter((i) =>
              meetsExactCriterion(
                channelName(p.rows[i].channel, ctx.lang),
                channelName(s.channel!, ctx.lang),
              ),
            )
            .map(sheetRowOf);
    const byChannel =
      s.channel !== null &&
      shownRows.length > 0 &&
      amountCols.every((c, k) => sumOfRows(c, inChannel) === amounts[k]);
    subtotalRows.push(
      writeTotal(
        amounts,
        s.channel !== null
          ? L.channelTotal(channelName(s.channel, ctx.lang))
          : s.label,
        (c, expected) => {
          if (byChannel) {
            const range = (cc: number) =>
              `${rowRefs(cc, [first])[0]}:${rowRefs(cc, [last])[0]}`;
            return `SUMIFS(${range(c)},${absolute(range(col.channel))},${exactCriterion(channelName(s.channel!, ctx.lang))})`;
          }
          return sumOfRows(c, members) === expected
            ? sumOf(rowRefs(c, members))
            : null;
        },
      ),
    );
  }
  const totalMembers = onSheet(p.total.members);
  const subtotalMembers = p.subtotals.flatMap((s) => s.members);
  const bySubtotals =
    p.subtotals.length > 0 &&
    subtotalMembers.length === new Set(subtotalMembers).size &&
    sameSet(subtotalMembers, p.total.members);
  const totalRow = writeTotal(
    subtotalAmounts(p.total, col, figures),
    L.total,
    (c, expected) => {
      const rows = bySubtotals ? subtotalRows : totalMembers;
      return sumOfRows(c, rows) === expected ? sumOf(rowRefs(c, rows)) : null;
    },
  );
  // What the totals leave out, right under them: the excluded rows' national amounts as a SUM of
  // their cells (an unreadable amount adds nothing, and the text says how many there are).
  if (p.excluded.length > 0) {
    const sr = top + cells.length;
    const row: PlanCell[] = [];
    const unreadable = p.excluded.filter((x) => x.national === null).length;
    row[col.name] = { value: L.excluded, bold: true, style: NAME };
    const rows = p.excluded
      .filter((x) => x.national !== null && shown[x.position])
      .map((x) => sheetRowOf(x.position));
    const excludedTotal = figures.of(p.excludedTotal);
    if (rows.length > 0)
      put(
        row,
        sr,
        col.national,
        excludedTotal,
        sumOfRows(col.national, rows) === excludedTotal
          ? sumOf(rowRefs(col.national, rows))
          : null,
      );
    row[col.national + 1] = {
      value: L.excludedLine(p.excluded.length, unreadable),
      indent: 1,
      style: LEFT,
    };
    cells.push(row);
  }
  return {
    cells,
    omitted: shown.filter((s) => !s).length,
    totalRows: [...subtotalRows, totalRow],
    sheetRows,
  };
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

/** The exact amounts written so far, by sheet row (from the table's header) and column: 0 where none. */
class Values {
  private readonly rows: bigint[][] = [];
  constructor(private readonly top: number) {}
  set(r: number, c: number, value: bigint): void {
    (this.rows[r - this.top] ??= [])[c] = value;
  }
  get(r: number, c: number): bigint {
    return this.rows[r - this.top]?.[c] ?? 0n;
  }
}

/** National, the units' values and other money of a subtotal, in column order. */
function subtotalAmounts(
  s: Subtotal,
  col: Columns,
  figures: PeriodFigures,
): bigint[] {
  const units = figures.unitFigures(s.values, s.steps, s.values.length);
  return [
    figures.of(s.national),
    ...units.map((v) => v ?? 0n),
    ...(col.other === null ? [] : [figures.of(s.other)]),
  ];
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

/**
 * Kontrol: national minus the units and other money, as one subtraction of one SUM (the units
 * and Øvrige modtagere are adjacent), so Excel and LibreOffice show an exact 0, not 1E-14.
 */
function controlCell(
  sr: number,
  col: Columns,
  values: Values,
  figures: PeriodFigures,
): PlanCell {
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

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
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
