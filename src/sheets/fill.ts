import type { Lang } from "../engine";
import { analyseFill } from "./analyse";
import type { WorkbookGrid } from "./grid";
import type { TableSource } from "./locate";
import type { WritePlan } from "./plan";
import { renderPlan } from "./render";
import { linkPassOnSheets } from "./pass-on-links";
import { quoteSheet } from "./step";
import type {
  FillAnalysis,
  FillOutcome,
  FillSettings,
  PlanFill,
} from "./fill-types";

/** How the renderer names where a table was found ("Initiativer (Initiativer!A1:G30)"). */
export function describeSource(source: TableSource, lang: Lang): string {
  const kind = {
    table: lang === "da" ? "tabel" : "table",
    sheet: lang === "da" ? "ark" : "sheet",
    picked: lang === "da" ? "valgt område" : "picked range",
  }[source.kind];
  return `${source.name} (${kind}, ${quoteSheet(source.sheet)}!${source.range})`;
}

/** The analysis → what to write (SPEC §3); null when the input is unusable. */
export function renderFill(
  analysis: FillAnalysis,
  grid: WorkbookGrid,
  settings: FillSettings,
  now: Date,
): WritePlan | null {
  if (analysis.unusable || !analysis.result) return null;
  const { initiatives, keys } = analysis.sources;
  const sources = [initiatives, keys].filter(
    (s): s is TableSource => s !== null,
  );
  const plan = renderPlan(analysis.result, {
    lang: settings.lang,
    existing: grid.existing,
    time: now,
    sources: sources.map((s) => describeSource(s, settings.lang)),
    // Defined names are taken like the names of tables that stay (on no sheet Fordel replaces).
    tables: [
      ...grid.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
      ...(grid.definedNames ?? []).map((name) => ({ name, sheet: "" })),
    ],
    findings: analysis.findings,
    step: analysis.step,
    priceLevel: analysis.priceLevel ?? null,
    // A unit chosen in the settings (or `--unit`) wins over the one read above the table.
    unitText: settings.unit?.trim() || analysis.unitText,
    title: analysis.titleText ?? null,
    ...(settings.layout ? { layout: settings.layout } : {}),
    ...(grid.notes === false ? { notes: false } : {}),
  });
  linkPassOnSheets(analysis.result, plan.sheets);
  return plan;
}

/** grid → model → engine → plan, the one path every fill takes: analyseFill, then renderFill. */
export const planFill: PlanFill = (grid, settings, now): FillOutcome => {
  const analysis = analyseFill(grid, settings);
  const plan = renderFill(analysis, grid, settings, now);
  // Sheets kept because the user changed them, and sheets repaired, are findings of the fill too.
  const findings = [...analysis.findings, ...(plan?.findings ?? [])];
  return { ...analysis, findings, plan };
};
