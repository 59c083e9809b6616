/**
 * FillOutcome (from planFill / fillWorkbook) → the plain views the pane shows. Pure, so every
 * PaneHost reports the same figures and tests need no Excel.
 */
import { Dec } from "../engine/decimal";
import type { Group } from "../engine/table";
import type { WorkbookGrid } from "../sheets/grid";
import { INITIATIVE_TABLE_NAMES, KEY_TABLE_NAMES } from "../sheets/grid";
import { locateTable } from "../sheets/locate";
import type { FillOutcome, FillSettings } from "../sheets/settings";
import type {
  CheckView,
  FillView,
  KeyView,
  PeriodResultView,
  TableFound,
  TableRole,
  UnitsView,
} from "./host";

const ROLES: { role: TableRole; names: string[] }[] = [
  { role: "initiatives", names: INITIATIVE_TABLE_NAMES },
  { role: "keys", names: KEY_TABLE_NAMES },
];

const same = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** Where each table is, found by the parser's own rule (SPEC §1: Excel Table, sheet, picked range). */
export function locateTables(grid: WorkbookGrid): TableFound[] {
  const found: TableFound[] = [];
  for (const { role, names } of ROLES) {
    const table = locateTable(
      grid,
      names,
      role === "initiatives" ? grid.pickedInitiatives : grid.pickedKeys,
    );
    if (!table) continue;
    const { kind, name, sheet, range } = table.source;
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
  outcome: FillOutcome,
  tables: readonly TableFound[],
): TableRole[] {
  return ROLES.filter(
    ({ role, names }) =>
      !tables.some((t) => t.role === role) ||
      outcome.findings.some(
        (f) =>
          f.code === "MISSING_TABLE" &&
          names.some((n) => same(n, String(f.params.table ?? ""))),
      ),
  ).map(({ role }) => role);
}

function unitsByGroup(outcome: FillOutcome): UnitsView[] {
  const groups = new Map<Group, string[]>();
  for (const entry of outcome.model?.keys ?? []) {
    const units = groups.get(entry.group) ?? [];
    for (const unit of entry.key.units)
      if (!units.includes(unit)) units.push(unit);
    groups.set(entry.group, units);
  }
  return [...groups].map(([group, units]) => ({ group, units }));
}

export function checkViewOf(
  outcome: FillOutcome,
  settings: FillSettings,
  tables: TableFound[],
): CheckView {
  const keys: KeyView[] = (outcome.model?.keys ?? []).map((k) => ({
    name: k.key.name,
    group: k.group,
    period: k.period,
    units: k.key.units.length,
  }));
  const missing = missingRoles(outcome, tables);
  return {
    tables: tables.filter((t) => !missing.includes(t.role)),
    missing,
    periods: outcome.model?.periods ?? [],
    units: unitsByGroup(outcome),
    keys,
    initiatives: outcome.model?.rows.length ?? 0,
    // With decimals chosen by the user the outcome's decimals are theirs, not the input's.
    detectedDecimals: settings.decimals == null ? outcome.decimals : null,
    findings: outcome.findings,
    unusable: outcome.unusable,
  };
}

/** |shown − exact| for display: a few places finer than the step, trailing zeros dropped. */
export function deviationText(deviation: Dec, decimals: number): string {
  return deviation
    .toDecimalPlaces(Math.max(0, decimals + 3), Dec.ROUND_HALF_UP)
    .toFixed();
}

/**
 * Each PeriodAllocation's sheet is the plan's sheet of the same period and group (the plan's
 * names are final: clashes resolved); unknown ("") when the plan has none.
 */
export function fillViewOf(outcome: FillOutcome): FillView {
  const allocations = outcome.result?.periods ?? [];
  const sheets = outcome.plan?.sheets ?? [];
  const periods: PeriodResultView[] = allocations.map((p) => ({
    period: p.period,
    group: p.group,
    sheet:
      sheets.find((s) => s.period === p.period && s.group === p.group)?.name ??
      "",
    rows: p.rows.length,
    rowsWithErrors: p.rows.filter((r) => r.status === "error").length,
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
    logSheet: outcome.plan?.log.sheet ?? null,
    unusable: outcome.unusable,
  };
}
