/**
 * The rows under the allocation table (SPEC §3): the channel subtotals and `I alt`, each with a
 * line above, then what the totals leave out. Each total is a formula only where the cells it
 * adds give exactly the result's number; elsewhere the value itself is written.
 */
import { channelName, Subtotal } from "../engine";
import {
  exactCriterion,
  meetsExactCriterion,
  rowRefs,
  sumOf,
} from "./formulas";
import type { CellStyle, PlanCell } from "./plan";
import { Columns } from "./render-context";
import { PeriodFigures } from "./render-amounts";
import {
  controlCell,
  GREY,
  LEFT,
  NAME,
  onSheet,
  putAmount,
  sumOfRows,
  Table,
} from "./render-table-cells";

/** Writes the subtotals, the total and the excluded line; the subtotals' and total's sheet rows. */
export function totalRows(t: Table): number[] {
  const shownRows = t.p.rows.map((_, i) => i).filter((i) => t.shown[i]);
  const subtotalRows = t.p.subtotals.map((s) => subtotalRow(t, s, shownRows));
  const totalRow = grandTotalRow(t, subtotalRows);
  if (t.p.excluded.length > 0) excludedRow(t);
  return [...subtotalRows, totalRow];
}

/** Which formula a total's amount cell gets, given the exact amount (null: the value alone). */
type FormulaFor = (c: number, expected: bigint) => string | null;

/** A total row under the table, bold with a line above; its sheet row. */
function writeTotal(
  t: Table,
  amounts: bigint[],
  label: string,
  formulaFor: FormulaFor,
): number {
  const { col } = t;
  const sr = t.top + t.cells.length;
  const row: PlanCell[] = [];
  const line: CellStyle = { topBorder: true };
  row[col.name] = { value: label, bold: true, style: { ...NAME, ...line } };
  t.amountCols.forEach((c, k) => {
    putAmount(t, row, sr, c, amounts[k], formulaFor(c, amounts[k]));
    row[c] = { ...row[c], bold: true, style: line };
  });
  if (col.status !== null) row[col.status] = { style: line };
  row[col.control] = {
    ...controlCell(t, sr),
    bold: true,
    style: { ...GREY, ...line },
  };
  row[col.channel] = { style: line };
  t.cells.push(row);
  return sr;
}

/**
 * A subtotal: SUMIFS over the Kanal column when the top-level rows it counts (the channel's
 * text, case ignored) give exactly the subtotal (rows without figures add nothing); else SUM of
 * the members; else the value.
 */
function subtotalRow(
  t: Table,
  s: Subtotal,
  shownRows: readonly number[],
): number {
  const { ctx } = t;
  const members = onSheet(t, s.members);
  const amounts = subtotalAmounts(s, t.col, t.figures);
  const channel = s.channel === null ? null : channelName(s.channel, ctx.lang);
  const counted = channel === null ? [] : inChannel(t, shownRows, channel);
  const byChannel =
    channel !== null &&
    shownRows.length > 0 &&
    t.amountCols.every((c, k) => sumOfRows(t, c, counted) === amounts[k]);
  const label = channel !== null ? ctx.L.channelTotal(channel) : s.label;
  return writeTotal(t, amounts, label, (c, expected) => {
    if (byChannel) return sumIfs(t, shownRows, c, channel!);
    return sumOfRows(t, c, members) === expected
      ? sumOf(rowRefs(c, members))
      : null;
  });
}

/** The sheet rows of the top-level rows whose Kanal text meets the channel's (case ignored). */
function inChannel(
  t: Table,
  shownRows: readonly number[],
  channel: string,
): number[] {
  const { p, ctx } = t;
  return shownRows
    .filter(
      (i) =>
        p.rows[i].depth === 0 &&
        meetsExactCriterion(channelName(p.rows[i].channel, ctx.lang), channel),
    )
    .map((i) => t.sheetRows[i]);
}

/** `SUMIFS` of column `c` over the table's rows where Kanal is the channel's text. */
function sumIfs(
  t: Table,
  shownRows: readonly number[],
  c: number,
  channel: string,
): string {
  const first = t.top + 1;
  const last =
    shownRows.length > 0 ? t.sheetRows[shownRows[shownRows.length - 1]] : t.top;
  const range = (cc: number) =>
    `${rowRefs(cc, [first])[0]}:${rowRefs(cc, [last])[0]}`;
  return `SUMIFS(${range(c)},${absolute(range(t.col.channel))},${exactCriterion(channel)})`;
}

/** `I alt`: SUM of the subtotals when they split the total's members exactly, else of the members. */
function grandTotalRow(t: Table, subtotalRows: readonly number[]): number {
  const { p } = t;
  const totalMembers = onSheet(t, p.total.members);
  const subtotalMembers = p.subtotals.flatMap((s) => s.members);
  const bySubtotals =
    p.subtotals.length > 0 &&
    subtotalMembers.length === new Set(subtotalMembers).size &&
    sameSet(subtotalMembers, p.total.members);
  return writeTotal(
    t,
    subtotalAmounts(p.total, t.col, t.figures),
    t.ctx.L.total,
    (c, expected) => {
      const rows = bySubtotals ? subtotalRows : totalMembers;
      return sumOfRows(t, c, rows) === expected
        ? sumOf(rowRefs(c, rows))
        : null;
    },
  );
}

/**
 * What the totals leave out, right under them: the excluded rows' national amounts as a SUM of
 * their cells (an unreadable amount adds nothing, and the text says how many there are).
 */
function excludedRow(t: Table): void {
  const { p, col } = t;
  const { L } = t.ctx;
  const sr = t.top + t.cells.length;
  const row: PlanCell[] = [];
  const unreadable = p.excluded.filter((x) => x.national === null).length;
  row[col.name] = { value: L.excluded, bold: true, style: NAME };
  const rows = p.excluded
    .filter((x) => x.national !== null && t.shown[x.position])
    .map((x) => t.sheetRows[x.position]);
  const excludedTotal = t.figures.of(p.excludedTotal);
  if (rows.length > 0)
    putAmount(
      t,
      row,
      sr,
      col.national,
      excludedTotal,
      sumOfRows(t, col.national, rows) === excludedTotal
        ? sumOf(rowRefs(col.national, rows))
        : null,
    );
  row[col.national + 1] = {
    value: L.excludedLine(p.excluded.length, unreadable),
    indent: 1,
    style: LEFT,
  };
  t.cells.push(row);
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

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
