import { assembleSheet } from "./assemble";
import { Dec } from "./decimal";
import { exactTable, ExactTable } from "./exact";
import { coarseStepFinding } from "./coarse";
import { Finding, FoldedCause } from "./findings";
import { Key } from "./key";
import { layoutPeriod, PeriodLayout, rowPlace, SheetLayout } from "./layout";
import { keyPrecisionFinding } from "./precision";
import { Figures, roundIndependently } from "./rounding";
import { reconcileSheet } from "./reconcile";
import { matchPublished, reviseReport, RevisionMatch } from "./revision";
import {
  AcrossPeriods,
  AllocationOptions,
  Group,
  PeriodAllocation,
  priceFactorFor,
  TableModel,
  TableResult,
} from "./table";

/**
 * Allocates every period of the table: one PeriodAllocation per period and group of units, each
 * row split by its key, rounded by the chosen method (SPEC §2), with findings for what could not
 * be allocated. Rules: docs/engine.md.
 */
export function allocateTable(
  model: TableModel,
  options: AllocationOptions,
): TableResult {
  const wanted = options.periods ? new Set(options.periods) : null;
  // A price level restates every amount exactly (each period by its own factor); the original
  // amounts tell why a figure changed.
  const factors = model.periods.map((p) => priceFactorFor(options, p));
  const original = model;
  if (factors.some((f) => f !== null)) model = restated(model, factors);
  const periods: PeriodAllocation[] = [];
  const findings: Finding[] = [];
  const folded = new Map<Finding, FoldedCause>();
  model.periods.forEach((period, periodIndex) => {
    if (wanted && !wanted.has(period)) return;
    const factor = factors[periodIndex];
    const layout = layoutPeriod(
      model,
      periodIndex,
      options.decimals,
      factor !== null,
    );
    findings.push(...layout.findings);
    foldRows(folded, layout.folded, model, period);
    findings.push(
      ...stepFindings(model, layout.sheets, periodIndex, options.decimals),
    );
    for (const sheet of layout.sheets) {
      const done = allocateSheet(model, original, sheet, options, factor);
      periods.push(done.allocation);
      findings.push(...done.findings);
    }
  });
  return {
    periods,
    acrossPeriods: acrossPeriods(periods),
    findings,
    folded: [...folded.values()],
  };
}

/** What a period's step cannot show: keys finer than the step (KEY_PRECISION), a step too coarse for the amounts. */
function stepFindings(
  model: TableModel,
  sheets: SheetLayout[],
  periodIndex: number,
  decimals: number,
): Finding[] {
  const found = keyPrecisionFindings(model, sheets, periodIndex, decimals);
  const coarse = coarseStepFinding(model, sheets, periodIndex, decimals);
  if (coarse) found.push(coarse);
  return found;
}

/**
 * One sheet of a period: its exact table rounded (against the published figures when revising)
 * and assembled, with the findings of each step.
 */
function allocateSheet(
  model: TableModel,
  original: TableModel,
  sheet: SheetLayout,
  options: AllocationOptions,
  factor: Dec | null,
): { allocation: PeriodAllocation; findings: Finding[] } {
  const exact = exactTable(sheet);
  const match = publishedMatch(original, sheet, exact, options, factor);
  const figures = roundSheet(sheet, exact, options, match);
  const assembled = assembleSheet(
    model,
    sheet,
    exact,
    figures,
    options.decimals,
    options.method,
  );
  if (factor) assembled.allocation.priceFactor = factor;
  const findings = [...assembled.findings];
  if (match) {
    const report = reviseReport(
      original,
      sheet,
      exact,
      figures,
      match,
      options.decimals,
    );
    assembled.allocation.revision = report.revision;
    findings.push(...match.findings, ...report.findings);
  }
  return { allocation: assembled.allocation, findings };
}

/** The published sheet of the same period and group matched to this one; revision is for the reconciled method only. */
function publishedMatch(
  original: TableModel,
  sheet: SheetLayout,
  exact: ExactTable,
  options: AllocationOptions,
  factor: Dec | null,
): RevisionMatch | null {
  const published = options.previous?.find(
    (p) => p.period === sheet.period && p.group === sheet.group,
  );
  return published && options.method === "reconciled"
    ? matchPublished(
        original,
        sheet,
        exact,
        published,
        options.decimals,
        factor,
      )
    : null;
}

/** Adds a period's rows kept back by broken keys to their causes (several keys may share one cause: a unit cell of a wide key). */
function foldRows(
  folded: Map<Finding, FoldedCause>,
  rows: PeriodLayout["folded"],
  model: TableModel,
  period: string,
): void {
  for (const { broken, row } of rows) {
    const name =
      broken.name ??
      String(broken.cause.params.key ?? broken.cause.params.group ?? "");
    let c = folded.get(broken.cause);
    if (!c)
      folded.set(
        broken.cause,
        (c = { cause: broken.cause, key: name, rows: [] }),
      );
    else if (!c.key.split(", ").includes(name)) c.key += `, ${name}`;
    c.rows.push({ row, initiative: model.rows[row].name, period });
  }
}

function roundSheet(
  sheet: SheetLayout,
  exact: ExactTable,
  options: AllocationOptions,
  match: RevisionMatch | null,
): Figures {
  // Restated amounts off the step can only be rounded with the rest (the national column too).
  return options.method === "reconciled" || exact.bounded
    ? reconcileSheet(sheet, exact, "auto", match?.targets)
    : roundIndependently(sheet, exact, options.method);
}

/** The model with every amount times its period's factor (exact decimals: a product of finite decimals). */
function restated(model: TableModel, factors: (Dec | null)[]): TableModel {
  return {
    ...model,
    rows: model.rows.map((r) => ({
      ...r,
      amounts: r.amounts.map((a, i) =>
        a === null || factors[i] === null ? a : a.times(factors[i]!),
      ),
    })),
  };
}

/** KEY_PRECISION once per key and period, on the largest amount split by that key. */
function keyPrecisionFindings(
  model: TableModel,
  sheets: SheetLayout[],
  periodIndex: number,
  decimals: number,
): Finding[] {
  const largest = new Map<Key, { amount: Dec; row: number }>();
  for (const sheet of sheets) {
    for (const sr of sheet.rows) {
      if (sr.kind !== "source" || !sr.key) continue;
      const best = largest.get(sr.key);
      if (!best || sr.own!.abs().gt(best.amount))
        largest.set(sr.key, { amount: sr.own!.abs(), row: sr.row });
    }
  }
  const found: Finding[] = [];
  for (const [key, { amount, row }] of largest) {
    const f = keyPrecisionFinding(
      key,
      amount,
      decimals,
      rowPlace(model.rows[row], model.periods, periodIndex),
    );
    if (f) found.push(f);
  }
  return found;
}

/** Per group: each unit's total over the periods, the sum of its rounded period totals. */
function acrossPeriods(periods: PeriodAllocation[]): AcrossPeriods[] {
  const groups: Group[] = [];
  for (const p of periods) if (!groups.includes(p.group)) groups.push(p.group);
  return groups.map((group) => {
    const units: string[] = [];
    const totals = new Map<string, Dec>();
    const names: string[] = [];
    for (const p of periods) {
      if (p.group !== group) continue;
      names.push(p.period);
      p.units.forEach((unit, u) => {
        if (!totals.has(unit)) {
          units.push(unit);
          totals.set(unit, new Dec(0));
        }
        totals.set(unit, totals.get(unit)!.plus(p.total.values[u]));
      });
    }
    return {
      group,
      units,
      periods: names,
      totals: units.map((u) => totals.get(u)!),
    };
  });
}
