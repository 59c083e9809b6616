import {
  AllocatedRow,
  Dec,
  Finding,
  Lang,
  PeriodAllocation,
  channelName,
  deviationOnStep,
  shareDecimal,
  sheetNameKey,
  stepOf,
  Subtotal,
  TableResult,
} from "../engine";
import {
  exactCriterion,
  meetsExactCriterion,
  rowRefs,
  sumOf,
} from "./formulas";
import { fingerprintPlan, fingerprintPlanRows } from "./fingerprint";
import type { ExistingSheet } from "./grid";
import { amountFormat, LABELS, Labels, SHARE_FORMAT } from "./labels";
import { markRow } from "./marker";
import { groupTitle, sheetSuffix } from "./group-label";
import type { LogPlan, PlanCell, SheetPlan, WritePlan } from "./plan";
import { SheetChooser } from "./ownership";
import type { PriceLevel } from "./price-level";
import { renderChangeSheets } from "./render-changes";
import { tableNameFor } from "./sheet-names";
import { cellRef, StepChoice, stepReason, unitLine } from "./step";

export interface RenderOptions {
  lang: Lang;
  /** Every sheet in the workbook, with Fordel's mark or not. */
  existing: readonly ExistingSheet[];
  /** Time of the fill, shown in the header block and the log (a Date is shown as local `YYYY-MM-DD HH:MM`). */
  time: Date | string;
  /** Where the input tables were found, e.g. ["Initiativer (tabel)", "Nøgler (ark)"]. */
  sources: readonly string[];
  /** Excel Tables already in the workbook, so the generated tables get unused names. */
  tables?: readonly { name: string; sheet: string }[];
  /** Findings of the whole fill (parser and engine), for the log; default: the result's. */
  findingsCount?: number;
  /** Findings of the whole fill, so a row's status can quote the cell that could not be read. */
  findings?: readonly Finding[];
  /** The step used and why (shown next to the step); absent: the step alone. */
  step?: StepChoice | null;
  /** The unit written above the input table, shown above the allocation table. */
  unitText?: string | null;
  /** The price level the amounts were restated by: the titles say it, the log records the factor. */
  priceLevel?: PriceLevel | null;
}

/** ` (2026-pl)`, or ` (pl × 1.028)` when the level has no name. */
function levelText(level: PriceLevel | null | undefined): string {
  if (!level) return "";
  return level.to ? ` (${level.to})` : ` (pl × ${level.factor.toString()})`;
}

/** First row (0-based) of the allocation table's header on a period sheet. */
export const TABLE_HEADER_ROW = 11;

/** Local `YYYY-MM-DD HH:MM` of a date. */
export function formatTime(time: Date | string): string {
  if (typeof time === "string") return time;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${p(time.getMonth() + 1)}-${p(time.getDate())} ${p(time.getHours())}:${p(time.getMinutes())}`;
}

const num = (d: Dec): number => Number(d.toString());
const ZERO = new Dec(0);

/**
 * The result → what to write (SPEC §3): one sheet per period and group of units, each with
 * the mark row, a header block and the allocation table, and one row for the log. Formulas
 * (sub-item parents, subtotals, totals, Kontrol) are written only where they give exactly the
 * result's number from the cells they add; elsewhere the value itself is written.
 */
export function renderPlan(
  result: TableResult,
  options: RenderOptions,
): WritePlan {
  const L = LABELS[options.lang];
  // Which existing sheets may be written into: one rule for both hosts (./ownership.ts).
  const chooser = new SheetChooser(options.existing, options.lang);
  const names = result.periods.map((p) => {
    return chooser.period(`${L.sheet} ${p.period}${sheetSuffix(L, p)}`, {
      period: p.period,
      group: p.group,
    });
  });
  const logName = chooser.log(L.logSheet);

  const replaced = new Set(
    names.flatMap((n) => (n.replaces ? [sheetNameKey(n.replaces)] : [])),
  );
  const takenTables = new Set(
    (options.tables ?? [])
      .filter((t) => !replaced.has(sheetNameKey(t.sheet)))
      .map((t) => sheetNameKey(t.name)),
  );
  const time = formatTime(options.time);
  const sheets: SheetPlan[] = result.periods.map((p, i) =>
    renderPeriod(p, {
      name: names[i].name,
      replaces: names[i].replaces,
      repairs: names[i].repairs,
      tableName: tableNameFor(names[i].name, takenTables),
      L,
      lang: options.lang,
      time,
      sources: options.sources,
      findings: options.findings ?? result.findings,
      step: options.step ?? null,
      unitText: options.unitText ?? null,
      level: levelText(options.priceLevel),
    }),
  );
  // Revised periods: their change reports (./render-changes.ts).
  sheets.push(
    ...renderChangeSheets(result, chooser, options.lang, options.existing),
  );
  const log = renderLog(result, {
    L,
    sheet: logName.name,
    create: logName.create,
    replaces: logName.replaces,
    time,
    findings:
      (options.findingsCount ?? result.findings.length) +
      chooser.findings.length,
    sheets: sheets.map((s) => s.name),
    level: options.priceLevel
      ? `pl × ${options.priceLevel.factor.toString()}${levelText(options.priceLevel)}`
      : null,
  });
  return {
    sheets,
    log,
    writingNote: L.writingNote,
    findings: chooser.findings,
  };
}

interface PeriodContext {
  name: string;
  replaces?: string;
  repairs?: boolean;
  tableName: string;
  L: Labels;
  lang: Lang;
  time: string;
  sources: readonly string[];
  findings: readonly Finding[];
  step: StepChoice | null;
  unitText: string | null;
  /** The price level after the title, or "". */
  level: string;
}

/** Columns of a period sheet, 0-based. */
interface Columns {
  name: number;
  national: number;
  firstUnit: number;
  other: number | null;
  control: number;
  channel: number;
  /** Why a row is not allocated to the units; only on sheets that have such a row. */
  status: number | null;
  count: number;
}

/** Per row of the sheet: why it is not allocated to the units (SPEC §3), or null. */
function statusTexts(
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

function renderPeriod(p: PeriodAllocation, ctx: PeriodContext): SheetPlan {
  const { L } = ctx;
  const fmt = amountFormat(p.decimals);
  const hasOther =
    p.rows.some((r) => r.other !== null) || !p.total.other.isZero();
  const n = p.units.length;
  const statuses = statusTexts(p, ctx);
  const hasStatus = statuses.some((x) => x !== null);
  const col: Columns = {
    name: 0,
    national: 1,
    firstUnit: 2,
    other: hasOther ? 2 + n : null,
    control: 2 + n + (hasOther ? 1 : 0),
    channel: 3 + n + (hasOther ? 1 : 0),
    status: hasStatus ? 4 + n + (hasOther ? 1 : 0) : null,
    count: 4 + n + (hasOther ? 1 : 0) + (hasStatus ? 1 : 0),
  };
  const amountCols = [
    col.national,
    ...p.units.map((_, i) => col.firstUnit + i),
    ...(col.other === null ? [] : [col.other]),
  ];

  const cells: PlanCell[][] = [];
  const [mark, version] = markRow();
  cells.push([{ value: mark }, { value: version }, { value: L.generatedNote }]);
  cells.push([
    { value: L.title(p.period, groupTitle(L, p)) + ctx.level, bold: true },
  ]);
  cells.push([
    { value: L.key, bold: true },
    { value: p.key ? p.key.name : L.noKey },
  ]);
  const unitRow: PlanCell[] = [{ value: L.unit, bold: true }, {}];
  const shareRow: PlanCell[] = [{ value: L.share, bold: true }, {}];
  p.units.forEach((unit) => {
    unitRow.push({ value: unit });
    const index = p.key ? p.key.units.indexOf(unit) : -1;
    shareRow.push(
      index >= 0
        ? { value: num(shareDecimal(p.key!, index)), format: SHARE_FORMAT }
        : {},
    );
  });
  cells.push(unitRow, shareRow);
  cells.push([
    { value: L.step, bold: true },
    { value: num(stepOf(p.decimals)), format: fmt },
    ...(ctx.step
      ? [{ value: stepReason(ctx.step, ctx.lang, false), indent: 1 }]
      : []),
  ]);
  cells.push([{ value: L.method, bold: true }, { value: L.methods[p.method] }]);
  cells.push([{ value: L.time, bold: true }, { value: ctx.time }]);
  cells.push([
    { value: L.sources, bold: true },
    { value: ctx.sources.join(", ") },
  ]);
  cells.push([
    { value: L.maxDeviation, bold: true },
    { value: num(deviationOnStep(p.maxDeviation, p.decimals)), format: fmt },
  ]);
  // The unit right above the table, as officers write it above theirs.
  cells.push(
    ctx.unitText
      ? [{ value: unitLine(ctx.unitText, ctx.lang), bold: true }]
      : [],
  );
  if (cells.length !== TABLE_HEADER_ROW)
    throw new Error("header block out of step with TABLE_HEADER_ROW");

  const header: PlanCell[] = [];
  header[col.name] = { value: L.initiative, bold: true };
  header[col.national] = { value: L.national, bold: true };
  p.units.forEach(
    (u, i) => (header[col.firstUnit + i] = { value: u, bold: true }),
  );
  if (col.other !== null) header[col.other] = { value: L.other, bold: true };
  header[col.control] = { value: L.control, bold: true };
  header[col.channel] = { value: L.channel, bold: true };
  if (col.status !== null) header[col.status] = { value: L.status, bold: true };
  cells.push(header);

  const first = TABLE_HEADER_ROW + 1;
  const sheetRowOf = (i: number) => first + i;
  /** Exact value of every amount cell written so far, by sheet row and column, for checking formulas. */
  const values = new Map<string, Dec>();
  // An amount off the step (a row not allocated for that reason) is shown with all its decimals, never rounded by the format.
  const formatOf = (value: Dec) =>
    value.decimalPlaces() > Math.max(0, p.decimals)
      ? amountFormat(value.decimalPlaces())
      : fmt;
  const put = (
    row: PlanCell[],
    r: number,
    c: number,
    value: Dec | null,
    formula: string | null,
  ) => {
    if (value === null) {
      row[c] = {};
      return;
    }
    values.set(`${r}:${c}`, value);
    const format = formatOf(value);
    row[c] =
      formula === null
        ? { value: num(value), format }
        : { formula: `=${formula}`, value: num(value), format };
  };
  const sumOfRows = (c: number, rows: readonly number[]) =>
    rows.reduce((s, r) => s.plus(values.get(`${r}:${c}`) ?? ZERO), ZERO);
  /** A SUM formula over `rows` when it gives exactly `expected`, else null (the value is written). */
  const sumFormula = (
    c: number,
    rows: readonly number[],
    expected: Dec | null,
  ) =>
    expected !== null && sumOfRows(c, rows).eq(expected)
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
  const rowCells: PlanCell[][] = p.rows.map(() => []);
  for (let i = p.rows.length - 1; i >= 0; i--) {
    const r = p.rows[i];
    const sr = sheetRowOf(i);
    const row = rowCells[i];
    row[col.name] = { value: r.name, indent: r.depth };
    const kids = r.sumOfChildren ? childrenOf[i].map(sheetRowOf) : [];
    const amounts = amountsOf(r, p.units.length);
    amountCols.forEach((c, k) =>
      put(
        row,
        sr,
        c,
        amounts[k],
        kids.length > 0 ? sumFormula(c, kids, amounts[k]) : null,
      ),
    );
    row[col.channel] =
      r.depth === 0 ? { value: channelName(r.channel, ctx.lang) } : {};
    if (col.status !== null)
      row[col.status] = statuses[i] === null ? {} : { value: statuses[i] };
  }
  rowCells.forEach((row, i) => {
    row[col.control] = controlCell(
      sheetRowOf(i),
      col,
      p.units.length,
      values,
      formatOf,
    );
    cells.push(row);
  });

  // Subtotals and the total, right under the table.
  const last = sheetRowOf(p.rows.length - 1);
  const topLevel = p.rows
    .map((r, i) => (r.depth === 0 ? i : -1))
    .filter((i) => i >= 0);
  const subtotalRows: number[] = [];
  const writeTotal = (
    s: Subtotal,
    label: string,
    formulaFor: (c: number, expected: Dec) => string | null,
  ) => {
    const sr = cells.length;
    const row: PlanCell[] = [];
    row[col.name] = { value: label, bold: true };
    const amounts = subtotalAmounts(s, col);
    amountCols.forEach((c, k) => {
      put(row, sr, c, amounts[k], formulaFor(c, amounts[k]));
      row[c] = { ...row[c], bold: true };
    });
    row[col.control] = {
      ...controlCell(sr, col, p.units.length, values, formatOf),
      bold: true,
    };
    cells.push(row);
    return sr;
  };
  for (const s of p.subtotals) {
    const members = s.members.map(sheetRowOf);
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
      amountCols.every((c, k) =>
        sumOfRows(c, inChannel).eq(subtotalAmounts(s, col)[k]),
      );
    subtotalRows.push(
      writeTotal(
        s,
        s.channel !== null
          ? L.channelTotal(channelName(s.channel, ctx.lang))
          : s.label,
        (c, expected) => {
          if (byChannel) {
            const range = (cc: number) =>
              `${rowRefs(cc, [first])[0]}:${rowRefs(cc, [last])[0]}`;
            return `SUMIFS(${range(c)},${absolute(range(col.channel))},${exactCriterion(channelName(s.channel!, ctx.lang))})`;
          }
          return sumOfRows(c, members).eq(expected)
            ? sumOf(rowRefs(c, members))
            : null;
        },
      ),
    );
  }
  const totalMembers = p.total.members;
  const subtotalMembers = p.subtotals.flatMap((s) => s.members);
  const bySubtotals =
    p.subtotals.length > 0 &&
    subtotalMembers.length === new Set(subtotalMembers).size &&
    sameSet(subtotalMembers, totalMembers);
  writeTotal(p.total, L.total, (c, expected) => {
    const rows = bySubtotals ? subtotalRows : totalMembers.map(sheetRowOf);
    return sumOfRows(c, rows).eq(expected) ? sumOf(rowRefs(c, rows)) : null;
  });
  // What the totals leave out, right under them: the excluded rows' national amounts as a SUM of
  // their cells (an unreadable amount adds nothing, and the text says how many there are).
  if (p.excluded.length > 0) {
    const sr = cells.length;
    const row: PlanCell[] = [];
    const unreadable = p.excluded.filter((x) => x.national === null).length;
    row[col.name] = { value: L.excluded, bold: true };
    const rows = p.excluded
      .filter((x) => x.national !== null)
      .map((x) => sheetRowOf(x.position));
    if (rows.length > 0)
      put(
        row,
        sr,
        col.national,
        p.excludedTotal,
        sumOfRows(col.national, rows).eq(p.excludedTotal)
          ? sumOf(rowRefs(col.national, rows))
          : null,
      );
    row[col.national + 1] = {
      value: L.excludedLine(p.excluded.length, unreadable),
      indent: 1,
    };
    cells.push(row);
  }

  const widest = Math.max(
    L.initiative.length,
    ...p.rows.map((r) => r.name.length + 2 * r.depth),
  );
  const widths: number[] = [];
  widths[col.name] = Math.min(60, Math.max(14, widest + 2));
  widths[col.national] = 12;
  p.units.forEach(
    (u, i) =>
      (widths[col.firstUnit + i] = Math.min(24, Math.max(11, u.length + 2))),
  );
  if (col.other !== null) widths[col.other] = Math.max(12, L.other.length + 2);
  widths[col.control] = 10;
  widths[col.channel] = 16;
  if (col.status !== null) widths[col.status] = 60;

  return {
    name: ctx.name,
    period: p.period,
    group: p.group,
    ...(ctx.replaces ? { replaces: ctx.replaces } : {}),
    ...(ctx.repairs ? { repairs: true } : {}),
    fingerprint: fingerprintPlan(cells),
    rowFingerprints: fingerprintPlanRows(cells),
    cells,
    ...(p.rows.length > 0
      ? {
          table: {
            name: ctx.tableName,
            row: TABLE_HEADER_ROW,
            col: 0,
            rows: 1 + p.rows.length,
            cols: col.count,
          },
        }
      : {}),
    columnWidths: widths.map((w) => w ?? 10),
  };
}

/** National, the units' values and other money of a subtotal, in column order. */
function subtotalAmounts(s: Subtotal, col: Columns): Dec[] {
  return [s.national, ...s.values, ...(col.other === null ? [] : [s.other])];
}

/** National, the units' values and other money of a row, in column order (null = blank cell). */
function amountsOf(r: AllocatedRow, units: number): (Dec | null)[] {
  const values = Array.from({ length: units }, (_, i) => r.values[i] ?? null);
  return [r.national, ...values, r.other];
}

/**
 * Kontrol: national minus the units and other money, as one subtraction of one SUM (the units
 * and Øvrige modtagere are adjacent), so Excel and LibreOffice show an exact 0, not 1E-14.
 */
function controlCell(
  sr: number,
  col: Columns,
  units: number,
  values: Map<string, Dec>,
  formatOf: (value: Dec) => string,
): PlanCell {
  const at = (c: number) => values.get(`${sr}:${c}`) ?? ZERO;
  const ref = (c: number) => rowRefs(c, [sr])[0];
  const lastCol = col.other ?? col.firstUnit + units - 1;
  let value = at(col.national);
  for (let c = col.firstUnit; c <= lastCol; c++) value = value.minus(at(c));
  const formula =
    lastCol >= col.firstUnit
      ? `${ref(col.national)}-SUM(${ref(col.firstUnit)}:${ref(lastCol)})`
      : ref(col.national);
  return { formula: `=${formula}`, value: num(value), format: formatOf(value) };
}

function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

interface LogContext {
  L: Labels;
  sheet: string;
  create: boolean;
  replaces?: string;
  time: string;
  findings: number;
  sheets: string[];
  /** The price level's factor, recorded with the method; null without one. */
  level: string | null;
}

/** One row of the log: time, periods, keys, step, method, findings, largest deviation, sheets written. */
function renderLog(result: TableResult, ctx: LogContext): LogPlan {
  const uniq = (xs: string[]) => [...new Set(xs)];
  const periods = uniq(result.periods.map((p) => p.period));
  const keys = uniq(result.periods.flatMap((p) => (p.key ? [p.key.name] : [])));
  const decimals = uniq(result.periods.map((p) => String(p.decimals)));
  const methods = uniq(result.periods.map((p) => ctx.L.methodNames[p.method]));
  // Each period's deviation at its own step (as its sheet shows it), the largest of them.
  const deviation = result.periods.reduce((m, p) => {
    const shown = deviationOnStep(p.maxDeviation, p.decimals);
    return shown.gt(m) ? shown : m;
  }, ZERO);
  const step =
    decimals.length === 1
      ? num(stepOf(Number(decimals[0])))
      : decimals.map((d) => stepOf(Number(d)).toString()).join(", ");
  const [mark, version] = markRow();
  return {
    sheet: ctx.sheet,
    create: ctx.create,
    ...(ctx.replaces ? { replaces: ctx.replaces } : {}),
    preamble: [[mark, version, ctx.L.logTitle]],
    header: ctx.L.logHeader,
    row: [
      ctx.time,
      periods.join(", "),
      keys.join(", "),
      step,
      // The price level's factor is recorded with the method (the log's columns stay as they are).
      [...methods, ...(ctx.level ? [ctx.level] : [])].join(", "),
      ctx.findings,
      num(deviation),
      ctx.sheets.join(", "),
    ],
  };
}
