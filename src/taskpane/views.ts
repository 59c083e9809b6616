/**
 * FillOutcome (from planFill / fillWorkbook) → the plain views the pane shows. Pure, so every
 * PaneHost reports the same figures and tests need no Excel.
 */
import { Dec } from "../engine/decimal";
import type { Group } from "../engine/table";
import type { GridBlock, WorkbookGrid } from "../sheets/grid";
import { INITIATIVE_TABLE_NAMES, KEY_TABLE_NAMES, cellAddress } from "../sheets/grid";
import type { FillOutcome, FillSettings } from "../sheets/settings";
import type { CheckView, FillView, KeyView, PeriodResultView, PickedTables, TableFound, TableRole, UnitsView } from "./host";

const ROLES: { role: TableRole; names: string[] }[] = [
  { role: "initiatives", names: INITIATIVE_TABLE_NAMES },
  { role: "keys", names: KEY_TABLE_NAMES },
];

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** "A1:F12" of a block read by the host. */
export function blockAddress(block: GridBlock): string {
  const height = Math.max(1, block.cells.length);
  const width = Math.max(1, ...block.cells.map((r) => r.length));
  return `${cellAddress(block.row, block.col)}:${cellAddress(block.row + height - 1, block.col + width - 1)}`;
}

/**
 * Where each table is, in SPEC §1's order (Excel Table, sheet of that name, picked range). Only
 * says where the host read from; whether the parser could use it shows as a MISSING_TABLE finding.
 */
export function locateTables(grid: WorkbookGrid, picked: PickedTables = {}): TableFound[] {
  const found: TableFound[] = [];
  for (const { role, names } of ROLES) {
    const table = grid.tables.find((t) => names.some((n) => same(n, t.name)));
    const sheet = grid.sheets.find((s) => names.some((n) => same(n, s.sheet)));
    const pickedBlock = role === "initiatives" ? grid.pickedInitiatives : grid.pickedKeys;
    if (table) found.push({ role, kind: "table", name: table.name, sheet: table.sheet, address: blockAddress(table) });
    else if (sheet) found.push({ role, kind: "sheet", name: sheet.sheet, sheet: sheet.sheet, address: blockAddress(sheet) });
    else if (pickedBlock) found.push({ role, kind: "picked", name: "", sheet: pickedBlock.sheet, address: blockAddress(pickedBlock) });
    else if (picked[role]) found.push({ role, kind: "picked", name: "", ...picked[role]! });
  }
  return found;
}

function missingRoles(outcome: FillOutcome, tables: readonly TableFound[]): TableRole[] {
  return ROLES.filter(
    ({ role, names }) =>
      !tables.some((t) => t.role === role) ||
      outcome.findings.some((f) => f.code === "MISSING_TABLE" && names.some((n) => same(n, String(f.params.table ?? "")))),
  ).map(({ role }) => role);
}

function unitsByGroup(outcome: FillOutcome): UnitsView[] {
  const groups = new Map<Group, string[]>();
  for (const entry of outcome.model?.keys ?? []) {
    const units = groups.get(entry.group) ?? [];
    for (const unit of entry.key.units) if (!units.includes(unit)) units.push(unit);
    groups.set(entry.group, units);
  }
  return [...groups].map(([group, units]) => ({ group, units }));
}

export function checkViewOf(outcome: FillOutcome, settings: FillSettings, tables: TableFound[]): CheckView {
  const keys: KeyView[] = (outcome.model?.keys ?? []).map((k) => ({
    name: k.key.name,
    group: k.group,
    period: k.period,
    units: k.key.units.length,
  }));
  return {
    tables: tables.filter((t) => !missingRoles(outcome, tables).includes(t.role)),
    missing: missingRoles(outcome, tables),
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
  return deviation.toDecimalPlaces(Math.max(0, decimals + 3), Dec.ROUND_HALF_UP).toFixed();
}

/**
 * The renderer writes one sheet per PeriodAllocation, in the result's order; the plan's sheet
 * names are final (clashes resolved). Unknown ("") when the counts differ.
 */
export function fillViewOf(outcome: FillOutcome): FillView {
  const allocations = outcome.result?.periods ?? [];
  const sheets = outcome.plan?.sheets ?? [];
  const periods: PeriodResultView[] = allocations.map((p, i) => ({
    period: p.period,
    group: p.group,
    sheet: sheets.length === allocations.length ? sheets[i].name : "",
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
