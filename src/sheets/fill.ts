import { allocateTable, localize } from "../engine";
import type { Lang } from "../engine";
import { TableSource } from "./locate";
import { parseWorkbook } from "./parse";
import { renderPlan } from "./render";
import type { FillOutcome, PlanFill } from "./settings";

/** How the renderer names where a table was found ("Initiativer (Initiativer!A1:G30)"). */
export function describeSource(source: TableSource, lang: Lang): string {
  const kind = {
    table: lang === "da" ? "tabel" : "table",
    sheet: lang === "da" ? "ark" : "sheet",
    picked: lang === "da" ? "valgt område" : "picked range",
  }[source.kind];
  return `${source.name} (${kind}, ${quoteSheet(source.sheet)}!${source.range})`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/**
 * grid → model → engine → plan, the one path every host takes (SPEC §1–§3). Findings of the
 * parser and the engine together, in the settings' language. Unusable (SPEC §5 exit 2) only
 * when there is no initiatives table with names and periods.
 */
export const planFill: PlanFill = (grid, settings, now): FillOutcome => {
  const parsed = parseWorkbook(grid, { lang: settings.lang });
  if (!parsed.model) {
    return {
      model: null,
      result: null,
      plan: null,
      findings: parsed.findings,
      decimals: null,
      unusable: true,
    };
  }
  const decimals = settings.decimals ?? parsed.defaultDecimals;
  const result = allocateTable(parsed.model, {
    decimals,
    method: settings.method,
    periods: settings.periods,
  });
  const engineFindings = localize(result.findings, settings.lang);
  const localized = { ...result, findings: engineFindings };
  const findings = [...parsed.findings, ...engineFindings];
  const sources = [parsed.sources.initiatives, parsed.sources.keys].filter(
    (s): s is TableSource => s !== null,
  );
  const plan = renderPlan(localized, {
    lang: settings.lang,
    existing: grid.existing,
    time: now,
    sources: sources.map((s) => describeSource(s, settings.lang)),
    tables: grid.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    findingsCount: findings.length,
  });
  return {
    model: parsed.model,
    result: localized,
    plan,
    findings,
    decimals,
    unusable: false,
  };
};
