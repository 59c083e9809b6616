import {
  Dec,
  Finding,
  OTHER_RECIPIENTS,
  PeriodAllocation,
  shareDecimal,
  stepOf,
  TableModel,
  TableResult,
} from "../engine";
import type { StepChoice } from "./step";

/** SPEC §5: the `--json` document. Amounts are decimal strings. */
export interface JsonDocument {
  /** The unit written above the initiatives table (`Mio. kr. (2025-pl)`), null when none. */
  unit: string | null;
  periods: JsonPeriod[];
  findings: JsonFinding[];
}

/** The step used and why (SPEC §2): the user's setting, or the amount cell with the most decimals. */
export interface JsonStep {
  decimals: number;
  /** The step as a decimal string ("0.1", "1", "1000"). */
  step: string;
  reason: "setting" | "amounts";
  sheet: string | null;
  cell: string | null;
  /** The deciding cell's text as written ("1.000,00"). */
  text: string | null;
}

/** A row whose money is not in the totals, with the finding that says why. */
export interface JsonExcluded {
  initiative: string;
  parent: string | null;
  /** null when the amount cell could not be read. */
  national: string | null;
  code: string | null;
  message: string | null;
  sheet: string | null;
  cell: string | null;
}

/** A cell shown other than plain ROUND of its exact value (SPEC §5 `adjusted`). */
export interface JsonAdjusted {
  initiative: string;
  /** The row's position in `rows` (0-based), as initiatives may share a name under different parents. */
  row: number;
  unit: string;
  /** The exact share, as a decimal string of up to 60 significant digits. */
  exact: string;
  shown: string;
  /** What plain ROUND would show. */
  round: string;
}

export interface JsonPeriod {
  period: string;
  group: string;
  decimals: number;
  method: string;
  key: { name: string; units: { unit: string; share: string }[] } | null;
  rows: JsonRow[];
  totals: Record<string, string>;
  step: JsonStep | null;
  excluded: JsonExcluded[];
  /** The sum of the excluded amounts (unreadable ones add nothing). */
  excludedTotal: string;
  /** The cells rounded against plain ROUND so the totals add up, in sheet order. */
  adjusted: JsonAdjusted[];
  /** A second step: the unit whose published figures are its national amounts (SPEC §5 `passOn`). */
  passOn?: string;
  /** With a price level: the factor every amount was restated by (and the levels, when named). */
  priceLevel?: { factor: string; from: string | null; to: string | null };
  /** With `--previous`: every figure that differs from the published one. */
  changes?: JsonChanges;
}

/** SPEC §5 `changes`: the figures changed from the published sheet, out of how many compared. */
export interface JsonChanges {
  /** The published sheet compared with. */
  published: string;
  compared: number;
  changed: number;
  figures: {
    initiative: string;
    /** null: the national figure. */
    unit: string | null;
    published: string;
    new: string;
    /** The exact new value (up to 60 significant digits). */
    exact: string;
    why: "amount" | "key" | "price-level" | "rounding";
    /** True when it moved against its exact change (a REVISION_AGAINST_CHANGE finding says why). */
    against: boolean;
  }[];
}

export interface JsonRow {
  initiative: string;
  parent: string | null;
  channel: string;
  national: string | null;
  shares: Record<string, string>;
}

export interface JsonFinding {
  severity: string;
  code: string;
  message: string;
  sheet: string | null;
  cell: string | null;
  initiative: string | null;
  period: string | null;
}

/** An amount as a decimal string with the step's places ("60.0"); an amount off the step as it is. */
export function amountString(value: Dec, decimals: number): string {
  const places = Math.max(0, decimals);
  return value.decimalPlaces() <= places
    ? value.toFixed(places)
    : value.toString();
}

function stepJson(step: StepChoice): JsonStep {
  const s = step.reason === "amounts" ? step.source : null;
  return {
    decimals: step.decimals,
    step: stepOf(step.decimals).toFixed(Math.max(0, step.decimals)),
    reason: step.reason,
    sheet: s?.sheet ?? null,
    cell: s?.cell ?? null,
    text: s?.text ?? null,
  };
}

function changesJson(p: PeriodAllocation): JsonChanges | undefined {
  const r = p.revision;
  if (!r) return undefined;
  const amount = (v: Dec) => amountString(v, p.decimals);
  return {
    published: r.sheet,
    compared: r.compared,
    changed: r.changes.length,
    figures: r.changes.map((c) => ({
      initiative: c.initiative,
      unit: c.unit,
      published: amount(c.published),
      new: amount(c.shown),
      exact: c.exact.toString(),
      why: c.reason,
      against: c.against,
    })),
  };
}

function periodJson(
  model: TableModel,
  p: PeriodAllocation,
  step: StepChoice | null,
  findings: readonly Finding[],
  levels: { from: string | null; to: string | null } | null,
): JsonPeriod {
  const changes = changesJson(p);
  const amount = (v: Dec) => amountString(v, p.decimals);
  const totals: Record<string, string> = {};
  p.units.forEach((u, i) => (totals[u] = amount(p.total.values[i])));
  if (p.rows.some((r) => r.other !== null))
    totals[OTHER_RECIPIENTS] = amount(p.total.other);
  return {
    period: p.period,
    group: p.group,
    decimals: p.decimals,
    method: p.method,
    key: keyJson(p),
    rows: p.rows.map((r) => rowJson(model, p, r)),
    totals,
    step: step ? stepJson({ ...step, decimals: p.decimals }) : null,
    excluded: p.excluded.map((x) => excludedJson(model, p, x, findings)),
    excludedTotal: amount(p.excludedTotal),
    ...(p.passOn ? { passOn: p.passOn.unit } : {}),
    ...(p.priceFactor
      ? {
          priceLevel: {
            factor: p.priceFactor.toString(),
            from: levels?.from ?? null,
            to: levels?.to ?? null,
          },
        }
      : {}),
    ...(changes ? { changes } : {}),
    adjusted: p.adjusted.map((a) => ({
      initiative: p.rows[a.position].name,
      row: a.position,
      unit: p.units[a.unit],
      exact: a.exact.toString(),
      shown: amount(a.shown),
      round: amount(a.round),
    })),
  };
}

/** The period's key: its name and each unit's share. */
function keyJson(p: PeriodAllocation): JsonPeriod["key"] {
  return p.key
    ? {
        name: p.key.name,
        units: p.key.units.map((unit, i) => ({
          unit,
          share: shareDecimal(p.key!, i).toString(),
        })),
      }
    : null;
}

/** One row of the period: its national amount and the units' (and other recipients') shares. */
function rowJson(
  model: TableModel,
  p: PeriodAllocation,
  r: PeriodAllocation["rows"][number],
): JsonPeriod["rows"][number] {
  const amount = (v: Dec) => amountString(v, p.decimals);
  const shares: Record<string, string> = {};
  p.units.forEach((u, i) => {
    const v = r.values[i];
    if (v !== null && v !== undefined) shares[u] = amount(v);
  });
  if (r.other !== null) shares[OTHER_RECIPIENTS] = amount(r.other);
  return {
    initiative: r.name,
    parent: r.parent === null ? null : model.rows[r.parent].name,
    channel: r.channel,
    national: r.national === null ? null : amount(r.national),
    shares,
  };
}

/** A row left out of the totals, with the message of the error that holds it. */
function excludedJson(
  model: TableModel,
  p: PeriodAllocation,
  x: PeriodAllocation["excluded"][number],
  findings: readonly Finding[],
): JsonPeriod["excluded"][number] {
  const parent = model.rows[x.row].parent;
  const why = findings.find(
    (f) =>
      f.severity === "error" &&
      f.code === x.code &&
      ((x.cell !== undefined && f.cell === x.cell) ||
        (f.initiative === x.name && f.period === p.period)),
  );
  return {
    initiative: x.name,
    parent: parent === null ? null : model.rows[parent].name,
    national: x.national === null ? null : amountString(x.national, p.decimals),
    code: x.code,
    message: why?.message ?? null,
    sheet: x.sheet ?? null,
    cell: x.cell ?? null,
  };
}

export function findingJson(f: Finding): JsonFinding {
  return {
    severity: f.severity,
    code: f.code,
    message: f.message,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    initiative: f.initiative ?? null,
    period: f.period ?? null,
  };
}

/** The whole document: one entry per period and group, then every finding (parser and engine). */
export function toJsonDocument(
  model: TableModel | null,
  result: TableResult | null,
  findings: readonly Finding[],
  context: {
    step?: StepChoice | null;
    unitText?: string | null;
    /** Per period restated: the levels its factor goes between (`2025-pl` → `2026-pl`), when named. */
    priceLevels?: ReadonlyMap<
      string,
      { from: string | null; to: string | null }
    > | null;
  } = {},
): JsonDocument {
  return {
    unit: context.unitText ?? null,
    periods:
      model && result
        ? result.periods.map((p) =>
            periodJson(
              model,
              p,
              context.step ?? null,
              findings,
              context.priceLevels?.get(p.period) ?? null,
            ),
          )
        : [],
    findings: findings.map(findingJson),
  };
}
