/**
 * The findings sheet (`Fordeling fund` / `Allocation findings`, SPEC §3): every finding of the
 * fill, errors first, with severity, code, message and a link to its cell. It is Fordel's sheet
 * like a period sheet (same ownership rule), written again on every fill.
 */
import type { Finding } from "../engine";
import type { CellStyle, PlanCell, SheetPlan } from "./plan";
import { FINDINGS_GROUP } from "./plan";
import { RenderContext, SHEET_FONT, TITLE_SIZE } from "./render-context";
import { pageSetup, wrappedRowHeights } from "./render-page";

const WIDTHS = [11, 24, 80, 24, 10, 36];
import { cellRef, quoteSheet } from "./step";

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const FILLS: Record<Finding["severity"], string | undefined> = {
  error: "F8CBAD",
  warning: "FFE699",
  info: undefined,
};
/** First row (0-based) of the findings table's header. */
export const FINDINGS_HEADER_ROW = 2;

/** A link to a finding's cell: a HYPERLINK formula (it works in Excel and LibreOffice), its text the place. */
export function linkCell(f: Finding): PlanCell {
  if (!f.sheet) return {};
  const place = f.cell ? cellRef(f.sheet, f.cell) : quoteSheet(f.sheet);
  const target = `#${quoteSheet(f.sheet)}!${f.cell ?? "A1"}`;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return {
    formula: `=HYPERLINK(${q(target)},${q(place)})`,
    value: place,
    style: { fontColor: "0563C1" },
  };
}

export function renderFindings(
  findings: readonly Finding[],
  ctx: RenderContext,
  chosen: { name: string; replaces?: string; repairs?: boolean },
): SheetPlan {
  const { L } = ctx;
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
  const count = (s: Finding["severity"]) =>
    findings.filter((f) => f.severity === s).length;
  const wrap: CellStyle = { wrap: true, align: "left" };
  const cells: PlanCell[][] = [
    [
      {
        value: L.findingsTitle(
          L.logFindings(count("error"), count("warning"), count("info")),
        ),
        bold: true,
        style: { fontSize: TITLE_SIZE },
      },
    ],
    [{ value: [ctx.time, L.sourcesAre(ctx.sources.join(", "))].join(" · ") }],
    L.findingsHeader.map((h) => ({ value: h, bold: true })),
  ];
  for (const f of sorted) {
    const fill = FILLS[f.severity];
    cells.push([
      {
        value: L.severities[f.severity],
        ...(fill ? { style: { fill } } : {}),
      },
      { value: f.code },
      { value: f.message, style: wrap },
      linkCell(f),
      f.period ? { value: f.period } : {},
      f.initiative ? { value: f.initiative, style: wrap } : {},
    ]);
  }
  if (sorted.length === 0) cells.push([{ value: L.noFindings }]);
  return {
    name: chosen.name,
    period: "",
    group: FINDINGS_GROUP,
    ...(chosen.replaces ? { replaces: chosen.replaces } : {}),
    ...(chosen.repairs ? { repairs: true } : {}),
    cells,
    columnWidths: WIDTHS,
    rowHeights: wrappedRowHeights(cells, WIDTHS),
    freeze: { rows: FINDINGS_HEADER_ROW + 1, cols: 0 },
    font: SHEET_FONT,
    page: {
      ...pageSetup(L, ctx.time, FINDINGS_HEADER_ROW, {
        rows: cells.length,
        cols: 6,
      }),
      titleColumns: undefined,
    },
  };
}
