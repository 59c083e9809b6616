/**
 * FillAnalysis (from analyseFill) and FillOutcome (from planFill / fillWorkbook) → the plain
 * views the pane shows. Pure, so every PaneHost reports the same figures and tests need no Excel.
 */
import { Dec } from "../engine";
import { deviationOnStep } from "../engine";
import { writeStopped } from "../engine";
import type { Group } from "../engine";
import { INITIATIVE_TABLE_NAMES, KEY_TABLE_NAMES } from "../sheets/grid";
import type { TableSources } from "../sheets/locate";
import { passOnChoices } from "../sheets/pass-on";
import { sameName } from "../engine";
import { cellRef } from "../sheets/step";
import type {
  FillAnalysis,
  FillOutcome,
  FillSettings,
} from "../sheets/fill-types";
import type { Lang } from "../engine";
import type { PeriodAllocation } from "../engine";
import { stringsFor } from "./i18n";
import { FINDINGS_GROUP, type WritePlan } from "../sheets/plan";
import { CHANGES_GROUP } from "../sheets/render-changes";
import type {
  AdjustedView,
  CheckView,
  PeriodPreview,
  WritesView,
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
  analysis: CheckInput,
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

function unitsByGroup(analysis: CheckInput): UnitsView[] {
  const groups = new Map<Group, string[]>();
  for (const entry of analysis.model?.keys ?? []) {
    const units = groups.get(entry.group) ?? [];
    for (const unit of entry.key.units)
      if (!units.includes(unit)) units.push(unit);
    groups.set(entry.group, units);
  }
  return [...groups].map(([group, units]) => ({ group, units }));
}

/** The cells a region checks against the ministry's note: exact → shown, by initiative and unit. */
export function adjustedViews(p: PeriodAllocation): AdjustedView[] {
  return p.adjusted.map((a) => ({
    initiative: p.rows[a.position]?.name ?? "",
    unit: p.units[a.unit] ?? "",
    exact: exactText(a.exact, p.decimals),
    shown: a.shown.toFixed(Math.max(0, p.decimals)),
    round: a.round.toFixed(Math.max(0, p.decimals)),
  }));
}

function previewOf(p: PeriodAllocation, plan: WritePlan | null): PeriodPreview {
  return {
    period: p.period,
    group: p.group,
    sheet:
      plan?.sheets.find((s) => s.period === p.period && s.group === p.group)
        ?.name ?? "",
    decimals: p.decimals,
    units: [...p.units],
    totals: p.total.values.map((v) => v.toFixed(Math.max(0, p.decimals))),
    adjusted: adjustedViews(p),
  };
}

/** A period sheet of figures: not the findings sheet, not a change report. */
function isAllocationSheet(s: WritePlan["sheets"][number]): boolean {
  return (
    s.group !== FINDINGS_GROUP && !String(s.group ?? "").endsWith(CHANGES_GROUP)
  );
}

function writesOf(plan: WritePlan | null): WritesView | null {
  if (!plan) return null;
  return {
    sheets: plan.sheets.map((s) => ({
      name: s.name,
      replaces: s.replaces ?? null,
    })),
    allocations: plan.sheets.filter(isAllocationSheet).length,
    log: plan.log.sheet,
  };
}

/** A check's input: an analysis, or the outcome of a fill planned without writing (planFill). */
export type CheckInput = Omit<FillAnalysis, "step" | "unitText" | "sources"> &
  Partial<Pick<FillAnalysis, "step" | "unitText" | "sources">>;

function stepViewOf(s: FillAnalysis["step"] | undefined): StepView | null {
  if (!s) return null;
  return {
    decimals: s.decimals,
    reason: s.reason,
    place:
      s.reason === "amounts" && s.source
        ? cellRef(s.source.sheet, s.source.cell)
        : null,
    text: s.reason === "amounts" && s.source ? s.source.text : null,
  };
}

/**
 * What a check shows: the analysis (and, when the host planned the fill without writing, the
 * plan: which sheets it would write or replace), tables where the parser found them.
 */
export function checkViewOf(
  analysis: CheckInput,
  settings: FillSettings,
  plan: WritePlan | null = null,
): CheckView {
  const tables = tablesFound(
    analysis.sources ?? { initiatives: null, keys: null },
  );
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
    step: analysis.unusable ? null : stepViewOf(analysis.step),
    method: settings.method,
    unitText: analysis.unitText ?? null,
    preview: (analysis.result?.periods ?? []).map((p) => previewOf(p, plan)),
    writes: writesOf(plan),
    passOn: passOnChoices(analysis.model ?? null, analysis.result ?? null),
  };
}

/** An exact share for display: three places finer than the step, trailing zeros dropped (1,558). */
export function exactText(exact: Dec, decimals: number): string {
  return exact
    .toDecimalPlaces(Math.max(0, decimals + 3), Dec.ROUND_HALF_UP)
    .toFixed();
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
  const step = stepViewOf(outcome.step);
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

/** The table role a finding's `table` parameter names (Initiativer / Nøgler and their other names), or null. */
export function roleOfTable(name: unknown): TableRole | null {
  const found = ROLES.find(({ names }) =>
    names.some((n) => sameName(n, String(name ?? ""))),
  );
  return found ? found.role : null;
}

/**
 * Why a range picked as the table of `role` cannot be that table, or null when it can: still
 * missing, or missing columns. One cell picked is the usual slip, and said so.
 */
export function pickProblemOf(
  view: CheckView,
  role: TableRole,
  range: { sheet: string; address: string },
  lang: Lang,
): { role: TableRole; ref: string; why: string } | null {
  const wrong =
    view.missing.includes(role) ||
    view.findings.some(
      (f) =>
        f.severity === "error" &&
        (f.code === "MISSING_COLUMN" || f.code === "MISSING_TABLE") &&
        roleOfTable(f.params.table) === role,
    );
  if (!wrong) return null;
  const t = stringsFor(lang);
  const oneCell =
    !range.address.includes(":") || /^([A-Z]+\d+):\1$/i.test(range.address);
  return {
    role,
    ref: cellRef(range.sheet, range.address),
    why: oneCell ? t.pickOneCell : t.pickNoHeader,
  };
}
