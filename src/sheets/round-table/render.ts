import { Lang, stepOf } from "../../engine";
import { fingerprintPlan, fingerprintPlanRows } from "../fingerprint";
import type { ExistingSheet } from "../grid";
import { amountFormat, LABELS } from "../labels";
import { markRow } from "../marker";
import { SheetChooser } from "../ownership";
import type { PlanCell, SheetPlan, WritePlan } from "../plan";
import { formatTime } from "../render";
import type { RangeRounding } from "./round";

const WORDS = {
  da: {
    sheet: "Afrundet",
    title: (range: string) => `Afrundet, så totalerne summer: ${range}`,
    before: "Før afrunding",
    beforeTitle: (range: string) =>
      `${range} som det var, før Fordel afrundede det på stedet (eksakte værdier)`,
    step: (step: string, moved: number) =>
      `Trin ${step}. Hvert tal er sin eksakte værdi rundet op eller ned, hver total summen af sine viste dele, mindst mulig samlet afvigelse. ${moved} tal afviger fra AFRUND (fed).`,
    method: "afrund tabel",
  },
  en: {
    sheet: "Rounded",
    title: (range: string) => `Rounded so that the totals add up: ${range}`,
    before: "Before rounding",
    beforeTitle: (range: string) =>
      `${range} as it was before Fordel rounded it in place (exact values)`,
    step: (step: string, moved: number) =>
      `Step ${step}. Every figure is its exact value rounded down or up, every total the sum of its shown parts, least total deviation. ${moved} figures differ from ROUND (bold).`,
    method: "round table",
  },
};

/** First sheet row (0-based) of the rounded table on its sheet. */
export const ROUNDED_TABLE_ROW = 4;

interface RoundOptions {
  range: string;
  lang: Lang;
  existing: readonly ExistingSheet[];
  time: Date | string;
  /** The range's figures as they were, before a rounding in place: kept on their own sheet. */
  original?: boolean;
}

/**
 * The rounded table → a new sheet (never the input range): Fordel's mark and a title naming the range, the step
 * and how many figures moved against plain ROUND, what was read as totals, then the table in
 * the range's shape – labels as text (never formulas), figures as values in the step's format,
 * figures other than plain ROUND in bold – and one row for Fordel's log. A sheet of the name is
 * never overwritten unless it is Fordel's own earlier rounding of the same range, unchanged.
 */
export function renderRound(
  rounding: RangeRounding,
  options: RoundOptions,
): WritePlan {
  const W = WORDS[options.lang];
  const L = LABELS[options.lang];
  const chooser = new SheetChooser(options.existing, options.lang);
  const kind = options.original ? "original" : "round";
  const name = chooser.period(
    `${options.original ? W.before : W.sheet} ${options.range.replace(/^'?([^'!]+)'?!.*$/, "$1")}`,
    { period: `${kind} ${options.range}` },
  );
  const d = rounding.result.decimals;
  const step = stepOf(d).toString();
  const moved = new Set(rounding.adjusted.map((a) => `${a.row},${a.col}`));
  const read = rounding.findings.find((f) => f.code === "TABLE_TOTALS_READ");
  const [mark, version] = markRow();
  const cells: PlanCell[][] = [
    [
      { value: mark },
      { value: version },
      {
        value: (options.original ? W.beforeTitle : W.title)(options.range),
        bold: true,
      },
    ],
    [
      {
        value: W.step(
          options.lang === "da" ? step.replace(".", ",") : step,
          moved.size,
        ),
      },
    ],
    [{ value: read?.message ?? "" }],
    [],
    ...rounding.values.map((row, r) =>
      row.map((shown, c) => tableCell(rounding, options, moved, shown, r, c)),
    ),
    // Below the table: every other finding, with its cell.
    [],
    ...rounding.findings
      .filter((f) => f.code !== "TABLE_TOTALS_READ")
      .map((f): PlanCell[] => [{ value: f.cell ?? "" }, { value: f.message }]),
  ];
  const sheet: SheetPlan = {
    name: name.name,
    ...(name.replaces ? { replaces: name.replaces } : {}),
    ...(name.repairs ? { repairs: true } : {}),
    period: `${kind} ${options.range}`,
    cells,
    fingerprint: fingerprintPlan(cells),
    rowFingerprints: fingerprintPlanRows(cells),
    columnWidths: (rounding.values[0] ?? []).map((_, c) => (c === 0 ? 24 : 12)),
  };
  const log = chooser.log(L.logSheet);
  return {
    sheets: [sheet],
    log: {
      sheet: log.name,
      create: log.create,
      ...(log.replaces ? { replaces: log.replaces } : {}),
      preamble: [[mark, version, L.logTitle]],
      header: L.logHeader,
      row: [
        formatTime(options.time),
        options.range,
        "",
        Number(step),
        W.method,
        rounding.findings.length,
        largestDeviation(rounding),
        name.name,
      ],
    },
    writingNote: L.writingNote,
    findings: chooser.findings,
  };
}

/**
 * One cell of the table: a label as text, a figure as a value in the step's format, bold when it
 * is a total or differs from plain ROUND (the exact value, unformatted, on the sheet of the
 * figures as they were).
 */
function tableCell(
  rounding: RangeRounding,
  options: RoundOptions,
  moved: ReadonlySet<string>,
  shown: RangeRounding["values"][number][number],
  r: number,
  c: number,
): PlanCell {
  const { rows, cols } = rounding.reading.input;
  const v = options.original ? (rounding.result.exact[r][c] ?? shown) : shown;
  if (v === null) return {};
  if (typeof v === "string") return { value: v };
  if (typeof v === "number") return { value: v };
  if (options.original) return { value: Number(v.toString()) };
  const total = rows[r].kind === "total" || cols[c].kind === "total";
  return {
    value: Number(v.toString()),
    format: amountFormat(rounding.result.decimals),
    ...(total || moved.has(`${r},${c}`) ? { bold: true } : {}),
  };
}

/** The largest difference between a shown figure and its exact value (for the log). */
function largestDeviation(rounding: RangeRounding): number {
  let largest = 0;
  rounding.result.shown.forEach((row, r) =>
    row.forEach((v, c) => {
      const e = rounding.result.exact[r][c];
      if (v !== null && e !== null)
        largest = Math.max(largest, Number(v.minus(e).abs().toString()));
    }),
  );
  return largest;
}
