import {
  Dec,
  Finding,
  OTHER_RECIPIENTS,
  PeriodAllocation,
  shareDecimal,
  TableModel,
  TableResult,
} from "../engine";

/** SPEC §5: the `--json` document. Amounts are decimal strings. */
export interface JsonDocument {
  periods: JsonPeriod[];
  findings: JsonFinding[];
}

export interface JsonPeriod {
  period: string;
  group: string;
  decimals: number;
  method: string;
  key: { name: string; units: { unit: string; share: string }[] } | null;
  rows: JsonRow[];
  totals: Record<string, string>;
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

function periodJson(model: TableModel, p: PeriodAllocation): JsonPeriod {
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
    key: p.key
      ? {
          name: p.key.name,
          units: p.key.units.map((unit, i) => ({
            unit,
            share: shareDecimal(p.key!, i).toString(),
          })),
        }
      : null,
    rows: p.rows.map((r) => {
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
    }),
    totals,
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
): JsonDocument {
  return {
    periods:
      model && result ? result.periods.map((p) => periodJson(model, p)) : [],
    findings: findings.map(findingJson),
  };
}
