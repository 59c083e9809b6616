/**
 * The result → what to write (SPEC §3): one sheet per period and group of units (a header block
 * of four rows, then the allocation table – or, with the transposed layout, units as rows), the
 * findings sheet, and one row for the log. The parts live in render-*.ts, one idea each: header,
 * table body, page setup, transposed layout, findings sheet, log.
 */
import {
  sheetNameKey,
  type Finding,
  type Lang,
  type PeriodAllocation,
  type TableResult,
} from "../engine";
import { sheetSuffix } from "./group-label";
import { levelsLogText, levelText, PriceLevel } from "./price-level";
import { renderChangeSheets } from "./render-changes";
import { fingerprintSheet, writtenContent } from "./fingerprint";
import type { ExistingSheet } from "./grid";
import { LABELS } from "./labels";
import { FINDINGS_GROUP, SheetPlan, WritePlan } from "./plan";
import { SheetChooser } from "./ownership";
import {
  columnsOf,
  PeriodContext,
  RenderContext,
  SHEET_FONT,
  TABLE_HEADER_ROW,
} from "./render-context";
import { renderFindings } from "./render-findings";
import { headerBlock } from "./render-header";
import { renderLog } from "./render-log";
import {
  columnWidths,
  pageSetup,
  printedWidth,
  wrappedRowHeights,
} from "./render-page";
import { statusTexts, tableRows } from "./render-table";
import { renderTransposed } from "./render-transposed";
import { tableNameFor } from "./sheet-names";
import type { StepChoice } from "./step";

export { TABLE_HEADER_ROW } from "./render-context";

/** Units as columns (the default), or units as rows (for sheets with many units). */
export type SheetLayout = "columns" | "transposed";
export const LAYOUTS: readonly SheetLayout[] = ["columns", "transposed"];

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
  /** Findings of the whole fill (parser and engine): the findings sheet, the log, a row's status. */
  findings?: readonly Finding[];
  /** The step used and why (shown next to the step); absent: the step alone. */
  step?: StepChoice | null;
  /** The amounts' unit (written above the input table, or chosen): in every sheet's title. */
  unitText?: string | null;
  /** The input's title (`Kræftplan V`), the start of every sheet's title. */
  title?: string | null;
  layout?: SheetLayout;
  /** False when the host writes no cell notes: the legend says where the exact values are instead. */
  notes?: boolean;
  /** Per period, the price level its amounts were restated by: the titles say it, the log records the factor. */
  priceLevel?: ReadonlyMap<string, PriceLevel> | null;
}

/** Local `YYYY-MM-DD HH:MM` of a date. */
export function formatTime(time: Date | string): string {
  if (typeof time === "string") return time;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${p(time.getMonth() + 1)}-${p(time.getDate())} ${p(time.getHours())}:${p(time.getMinutes())}`;
}

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
  const findingsName = chooser.period(L.findingsSheet, {
    period: "",
    group: FINDINGS_GROUP,
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
  const findings = options.findings ?? result.findings;
  const ctx: RenderContext = {
    L,
    lang: options.lang,
    time,
    sources: options.sources,
    findings,
    step: options.step ?? null,
    unitText: options.unitText ?? null,
    title: options.title ?? null,
    notes: options.notes !== false,
    level: "",
  };
  const sheets = result.periods.map((p, i) => {
    const pctx: PeriodContext = {
      ...ctx,
      // Each period's title says its own level.
      level: levelText(options.priceLevel?.get(p.period)),
      name: names[i].name,
      ...(names[i].replaces ? { replaces: names[i].replaces } : {}),
      ...(names[i].repairs ? { repairs: true } : {}),
      tableName: tableNameFor(names[i].name, takenTables),
    };
    const sheet =
      options.layout === "transposed"
        ? renderTransposed(p, pctx)
        : renderPeriod(p, pctx);
    return fingerprinted(sheet);
  });
  // Revised periods: their change reports (./render-changes.ts).
  sheets.push(
    ...renderChangeSheets(result, chooser, options.lang, options.existing),
  );
  // Everything the fill found, with what choosing the sheets found (sheets kept, repaired).
  const all = [...findings, ...chooser.findings];
  sheets.push(fingerprinted(renderFindings(all, ctx, findingsName)));
  const log = renderLog(result, {
    L,
    sheet: logName.name,
    create: logName.create,
    ...(logName.replaces ? { replaces: logName.replaces } : {}),
    time,
    findings: all,
    sheets: sheets.map((s) => s.name),
    level: levelsLogText(options.priceLevel, [
      ...new Set(result.periods.map((p) => p.period)),
    ]),
  });
  return {
    sheets,
    log,
    writingNote: L.writingNote,
    findings: chooser.findings,
  };
}

function fingerprinted(
  sheet: Omit<SheetPlan, "fingerprint" | "rowFingerprints">,
): SheetPlan {
  const { fingerprint, rowFingerprints } = fingerprintSheet(
    sheet.cells,
    writtenContent,
  );
  return { ...sheet, fingerprint, rowFingerprints };
}

/** A period sheet with units as columns: header block, table, page setup. */
function renderPeriod(
  p: PeriodAllocation,
  ctx: PeriodContext,
): Omit<SheetPlan, "fingerprint" | "rowFingerprints"> {
  const hasOther =
    p.rows.some((r) => r.other !== null) || !p.total.other.isZero();
  const statuses = statusTexts(p, ctx);
  const col = columnsOf(
    p.units.length,
    hasOther,
    statuses.some((x) => x !== null),
  );
  const widths = columnWidths(col);
  const table = tableRows(p, ctx, col, TABLE_HEADER_ROW, statuses);
  const head = headerBlock(
    p,
    ctx,
    {
      firstUnit: col.firstUnit,
      printed: col.printed,
      printedWidth: printedWidth(widths, col.printed),
    },
    table.omitted,
  );
  if (head.cells.length !== TABLE_HEADER_ROW)
    throw new Error("header block out of step with TABLE_HEADER_ROW");
  const cells = [...head.cells, ...table.cells];
  const shownRows =
    table.cells.length -
    1 -
    table.totalRows.length -
    (p.excluded.length > 0 ? 1 : 0);
  return {
    name: ctx.name,
    period: p.period,
    group: p.group,
    ...(ctx.replaces ? { replaces: ctx.replaces } : {}),
    ...(ctx.repairs ? { repairs: true } : {}),
    cells,
    ...(shownRows > 0
      ? {
          table: {
            name: ctx.tableName,
            row: TABLE_HEADER_ROW,
            col: 0,
            rows: 1 + shownRows,
            cols: col.count,
          },
        }
      : {}),
    rowOfPosition: table.sheetRows,
    columnWidths: widths,
    rowHeights: wrappedRowHeights(cells, widths, head.heights),
    merges: head.merges,
    freeze: { rows: TABLE_HEADER_ROW + 1, cols: 1 },
    font: SHEET_FONT,
    page: pageSetup(ctx.L, ctx.time, TABLE_HEADER_ROW, {
      rows: cells.length,
      cols: col.printed,
    }),
  };
}
