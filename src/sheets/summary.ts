import { groupTitle } from "./group-label";
import {
  channelName,
  Dec,
  Finding,
  formatAmount,
  formatDeviation,
  formatStep,
  Lang,
  LARGEST_DEVIATION,
  METHOD_NAMES,
  PeriodAllocation,
  TableResult,
} from "../engine";
import { LABELS } from "./labels";
import {
  cellRef,
  StepChoice,
  stepReason,
  unitInSentence,
  unitLine,
} from "./step";

const WORDS = {
  da: {
    key: "nøgle",
    step: "trin",
    method: "metode",
    unit: "Enhed",
    rows: "rækkerne summer",
    parents: "heraf-posterne summer",
    columns: "kolonnerne summer",
    deviation: LARGEST_DEVIATION.da.toLowerCase(),
    findings: "Fund",
    none: "Ingen fund.",
    severity: { error: "FEJL", warning: "advarsel", info: "info" },
    yes: "ja",
    no: "NEJ",
    stepLine: "Trin",
    excluded: (amount: string | null, rows: number, unreadable: number) =>
      `IKKE FORDELT, ikke med i totalerne (${rows === 1 ? "1 række" : `${rows} rækker`}): ${[
        ...(amount === null ? [] : [amount]),
        ...(unreadable > 0 ? [`${unreadable} beløb, der ikke kan læses`] : []),
      ].join(" og ")}`,
    unreadable: "beløbet kan ikke læses",
  },
  en: {
    key: "key",
    step: "step",
    method: "method",
    unit: "Unit",
    rows: "rows add up",
    parents: "sub-items add up",
    columns: "columns add up",
    deviation: LARGEST_DEVIATION.en.toLowerCase(),
    findings: "Findings",
    none: "No findings.",
    severity: { error: "ERROR", warning: "warning", info: "info" },
    yes: "yes",
    no: "NO",
    stepLine: "Step",
    excluded: (amount: string | null, rows: number, unreadable: number) =>
      `NOT ALLOCATED, not in the totals (${rows === 1 ? "1 row" : `${rows} rows`}): ${[
        ...(amount === null ? [] : [amount]),
        ...(unreadable > 0
          ? [
              `${unreadable} ${unreadable === 1 ? "amount" : "amounts"} that cannot be read`,
            ]
          : []),
      ].join(" and ")}`,
    unreadable: "the amount cannot be read",
  },
};

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) =>
    Math.max(...rows.map((r) => r[c].length)),
  );
  return rows.map((r) =>
    r
      .map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join("  ")
      .trimEnd(),
  );
}

/** One period's block: title, the units' subtotals and total, and the checks (the deviation in the table's unit when known). */
export function periodSummary(
  p: PeriodAllocation,
  lang: Lang,
  unitText: string | null = null,
): string[] {
  const L = LABELS[lang];
  const W = WORDS[lang];
  const amount = (v: Dec) => formatAmount(v, p.decimals, lang);
  const lines = [
    `${L.title(null, p.period, groupTitle(L, p), null)} (${W.key} ${p.key ? p.key.name : L.noKey}, ${W.step} ${formatStep(p.decimals, lang)}, ${W.method} ${METHOD_NAMES[p.method][lang]})`,
  ];
  const sums = [
    ...p.subtotals.map((s) => ({
      label:
        s.channel !== null
          ? L.channelTotal(channelName(s.channel, lang))
          : s.label,
      s,
    })),
    { label: L.total, s: p.total },
  ];
  const rows: string[][] = [[W.unit, ...sums.map((x) => x.label)]];
  rows.push([L.national, ...sums.map((x) => amount(x.s.national))]);
  p.units.forEach((u, i) =>
    rows.push([u, ...sums.map((x) => amount(x.s.values[i]))]),
  );
  if (p.rows.some((r) => r.other !== null))
    rows.push([L.other, ...sums.map((x) => amount(x.s.other))]);
  lines.push(...table(rows).map((l) => `  ${l}`));
  if (p.excluded.length > 0) {
    const unreadable = p.excluded.filter((x) => x.national === null).length;
    lines.push(
      `  ${W.excluded(
        unreadable < p.excluded.length ? amount(p.excludedTotal) : null,
        p.excluded.length,
        unreadable,
      )}`,
    );
    for (const x of p.excluded) {
      const place = x.sheet && x.cell ? ` [${cellRef(x.sheet, x.cell)}]` : "";
      lines.push(
        `    ${x.name}: ${x.national === null ? W.unreadable : amount(x.national)} – ${x.code ?? "?"}${place}`,
      );
    }
  }
  const yn = (b: boolean) => (b ? W.yes : W.no);
  lines.push(
    `  ${W.rows}: ${yn(p.checks.rowsAddUp)}; ${W.parents}: ${yn(p.checks.childrenAddUp)}; ${W.columns}: ${yn(p.checks.columnsAddUp)}; ${W.deviation}: ${formatDeviation(p.maxDeviation, p.decimals, lang, unitText === null ? null : unitInSentence(unitText))}`,
  );
  return lines;
}

/** Findings as lines: severity, place, message. */
export function findingLines(
  findings: readonly Finding[],
  lang: Lang,
): string[] {
  const W = WORDS[lang];
  if (findings.length === 0) return [W.none];
  return [
    `${W.findings} (${findings.length}):`,
    ...findings.map((f) => {
      const place = [
        f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? ""),
        f.period ?? "",
      ]
        .filter((x) => x !== "")
        .join(", ");
      return `  ${W.severity[f.severity]} ${f.code}${place ? ` [${place}]` : ""}: ${f.message}`;
    }),
  ];
}

/** What the report says before the periods: the step and why, and the table's unit. */
export interface SummaryContext {
  step?: StepChoice | null;
  unitText?: string | null;
}

/** The readable report of a fill or check: the step and unit, every period, then the findings. */
export function fillSummary(
  result: TableResult | null,
  findings: readonly Finding[],
  lang: Lang,
  context: SummaryContext = {},
): string {
  const lines: string[] = [];
  const W = WORDS[lang];
  if (context.step && result && result.periods.length > 0)
    lines.push(
      `${W.stepLine} ${formatStep(context.step.decimals, lang)}: ${stepReason(context.step, lang)}`,
    );
  if (context.unitText) lines.push(unitLine(context.unitText, lang));
  if (lines.length > 0) lines.push("");
  for (const p of result?.periods ?? [])
    lines.push(...periodSummary(p, lang, context.unitText ?? null), "");
  lines.push(...findingLines(findings, lang));
  return lines.join("\n");
}
