/**
 * FillAnalysis (from analyseFill) and FillOutcome (from planFill / fillWorkbook) → the plain
 * views the pane shows. Pure, so every PaneHost reports the same figures and tests need no Excel.
 */
import { Dec } from "../engine/decimal";
import { deviationOnStep } from "../engine/vocabulary";
import { writeStopped } from "../engine/findings";
import type { Group } from "../engine/table";
import { INITIATIVE_TABLE_NAMES, KEY_TABLE_NAMES } from "../sheets/grid";
import type { TableSources } from "../sheets/locate";
import { sameName } from "../engine";
import { cellRef } from "../sheets/step";
import type {
  FillAnalysis,
  FillOutcome,
  FillSettings,
} from "../sheets/settings";
import type {
  CheckView,
  FillView,
  KeyView,
  PeriodResultView,
  StepView,
  TableFound,
  TableRole,
  UnitsView,
} from "./host";

const ROLES: { role: TableRole; names: string[] }[] = [
  { role: "initiatives", names: INITIATIVE_TABLE_NAMES },
  { role: "keys", names: KEY_TABLE_NAMES },
];

/** Where each table is, as the parser found it (SPEC §1: Excel Table, sheet, picked range). */
function tablesFound(sources: TableSources): TableFound[] {
  const found: TableFound[] = [];
  for (const { role } of ROLES) {
    const source = sources[role];
    if (!source) continue;
    const { kind, name, sheet, range } = source;
    found.push({
      role,
      kind,
      name: kind === "picked" ? "" : name,
      sheet,
      address: range,
    });
  }
  return found;
}

function missingRoles(
  analysis: FillAnalysis,
  tables: readonly TableFound[],
): TableRole[] {
  return ROLES.filter(
    ({ role, names }) =>
      !tables.some((t) => t.role === role) ||
      analysis.findings.some(
        (f) =>
          f.code === "MISSING_TABLE" &&
          names.some((n) => sameName(n, String(f.params.table ?? ""))),
      ),
  ).map(({ role }) => role);
}

function unitsByGroup(analysis: FillAnalysis): UnitsView[] {
  const groups = new Map<Group, string[]>();
  for (const entry of analysis.model?.keys ?? []) {
    const units = groups.get(entry.group) ?? [];
    for (const unit of entry.key.units)
      if (!units.includes(unit)) units.push(unit);
    groups.set(entry.group, units);
  }
  return [...groups].map(([group, units]) => ({ group, units }));
}

/** What a check shows: the analysis alone (nothing rendered), tables where the parser found them. */
export function checkViewOf(
  analysis: FillAnalysis,
  settings: FillSettings,
): CheckView {
  const tables = tablesFound(analysis.sources);
  const keys: KeyView[] = (analysis.model?.keys ?? []).map((k) => ({
    name: k.key.name,
    group: k.group,
    period: k.period,
    units: k.key.units.length,
  }));
  const missing = missingRoles(analysis, tables);
  return {
    tables: tables.filter((t) => !missing.includes(t.role)),
    missing,
    periods: analysis.model?.periods ?? [],
    units: unitsByGroup(analysis),
    keys,
    initiatives: analysis.model?.rows.length ?? 0,
    // With decimals chosen by the user the analysis' decimals are theirs, not the input's.
    detectedDecimals: settings.decimals == null ? analysis.decimals : null,
    findings: analysis.findings,
    unusable: analysis.unusable,
  };
}

/** |shown − exact| for display: at the step's decimals, rounded up (the one rule, src/engine/vocabulary.ts). */
export function deviationText(deviation: Dec, decimals: number): string {
  return deviationOnStep(deviation, decimals).toFixed(Math.max(0, decimals));
}

/**
 * Each PeriodAllocation's sheet is the plan's sheet of the same period and group (the plan's
 * names are final: clashes resolved); unknown ("") when the plan has none.
 */
export function fillViewOf(outcome: FillOutcome): FillView {
  const allocations = outcome.result?.periods ?? [];
  const sheets = outcome.plan?.sheets ?? [];
  const errorsIn = (period: string) =>
    outcome.findings.filter(
      (f) =>
        f.severity === "error" &&
        (f.period === undefined || f.period === period),
    ).length;
  const s = outcome.step;
  const step: StepView | null = s
    ? {
        decimals: s.decimals,
        reason: s.reason,
        place:
          s.reason === "amounts" && s.source
            ? cellRef(s.source.sheet, s.source.cell)
            : null,
        text: s.reason === "amounts" && s.source ? s.source.text : null,
      }
    : null;
  const periods: PeriodResultView[] = allocations.map((p) => ({
    period: p.period,
    group: p.group,
    sheet:
      sheets.find((s) => s.period === p.period && s.group === p.group)?.name ??
      "",
    rows: p.rows.length,
    rowsWithErrors: p.rows.filter((r) => r.status === "error").length,
    excludedRows: p.excluded.length,
    excludedTotal: p.excludedTotal.toFixed(),
    excludedUnreadable: p.excluded.filter((x) => x.national === null).length,
    errors: errorsIn(p.period),
    units: p.units.length,
    decimals: p.decimals,
    method: p.method,
    maxDeviation: deviationText(p.maxDeviation, p.decimals),
    checks: { ...p.checks },
  }));
  return {
    periods,
    findings: outcome.findings,
    decimals: outcome.decimals,
    step,
    unitText: outcome.unitText ?? null,
    logSheet: outcome.plan?.log.sheet ?? null,
    unusable: outcome.unusable,
    stopped: writeStopped(outcome.findings),
  };
}
