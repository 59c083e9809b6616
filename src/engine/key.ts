import { Dec, DecimalLike, dec, placesOf } from "./decimal";
import { Finding, finding } from "./findings";

/** How the numbers of a key were given: shares (sum 1), percentages (sum 100) or raw weights. */
export type KeyKind = "share" | "percent" | "weight";

export interface KeyEntryInput {
  unit: string;
  value: DecimalLike;
}

export interface KeyInput {
  name: string;
  entries: readonly KeyEntryInput[];
  /** Omitted: inferred (values summing to about 1 are shares, about 100 percentages, else weights). */
  kind?: KeyKind;
}

/**
 * A normalised distribution key. Weights are exact integers (the given values scaled by a
 * power of ten), so a unit's share of an amount is the exact rational amount × weight / total.
 */
export interface Key {
  name: string;
  kind: KeyKind;
  units: readonly string[];
  /** The values as given (shares, percentages or weights). */
  given: readonly Dec[];
  weights: readonly bigint[];
  total: bigint;
  /** Decimal places of the printed values: their own rounding is ±½·10^-places. */
  places: number;
}

export interface KeyResult {
  key: Key | null;
  findings: Finding[];
}

const NEAR = new Dec("0.01");

/**
 * How to read a key's numbers. Shares: every value at most 1 (but not 0/1 flags summing to
 * more than 1). Percentages: every value at most 100 and the sum within 1 of 100. Otherwise raw
 * weights (amounts, population). The sum is normalised whatever the reading; the reading
 * decides whether a sum other than 1 (100) is reported and how exact the printed values are.
 */
function inferKind(sum: Dec, values: readonly Dec[]): KeyKind {
  const flags = values.every((v) => v.isInteger()) && sum.gt(1);
  if (values.every((v) => v.lte(1)) && !flags) return "share";
  if (
    sum.minus(100).abs().lte(NEAR.times(100)) &&
    values.every((v) => v.lte(100))
  )
    return "percent";
  return "weight";
}

/** Raw weights are visibly weights when no value lies strictly between 0 and 1 (a share among weights is a typo). */
const visiblyWeights = (values: readonly Dec[]) =>
  values.every((v) => v.isZero() || v.gte(1));

/**
 * What the reading of an inferred key tells the user: nothing for shares summing to 1; a
 * KEY_SUM warning when shares or percentages miss their sum, or weights include a value below
 * 1; else a KEY_READING info saying which reading was taken.
 */
function readingFindings(
  name: string,
  kind: KeyKind,
  sum: Dec,
  values: readonly Dec[],
): Finding[] {
  const target = kind === "share" ? 1 : kind === "percent" ? 100 : null;
  if (target === 1 && sum.eq(1)) return [];
  if (
    (target !== null && !sum.eq(target)) ||
    (kind === "weight" && !visiblyWeights(values))
  )
    return [
      finding("warning", "KEY_SUM", {
        key: name,
        sum: sum.toString(),
        expected: target ?? 1,
      }),
    ];
  return [
    finding("info", "KEY_READING", { key: name, kind, sum: sum.toString() }),
  ];
}

/** Builds a key from given values; errors leave `key` null, a sum other than 1 is a KEY_SUM warning, a reading other than shares a KEY_READING info. */
export function makeKey(input: KeyInput): KeyResult {
  const findings: Finding[] = [];
  const name = input.name;
  if (input.entries.length === 0) {
    return {
      key: null,
      findings: [finding("error", "KEY_EMPTY", { key: name })],
    };
  }
  const seen = new Set<string>();
  const values: Dec[] = [];
  for (const entry of input.entries) {
    if (seen.has(entry.unit))
      findings.push(
        finding("error", "KEY_DUPLICATE_UNIT", { key: name, unit: entry.unit }),
      );
    seen.add(entry.unit);
    const value = dec(entry.value);
    if (value.isNegative() && !value.isZero()) {
      findings.push(
        finding("error", "KEY_NEGATIVE", {
          key: name,
          unit: entry.unit,
          value: value.toString(),
        }),
      );
    }
    values.push(value);
  }
  if (findings.length > 0) return { key: null, findings };
  const sum = values.reduce((a, v) => a.plus(v), new Dec(0));
  if (sum.isZero())
    return {
      key: null,
      findings: [finding("error", "KEY_ALL_ZERO", { key: name })],
    };

  const kind = input.kind ?? inferKind(sum, values);
  if (input.kind === undefined)
    findings.push(...readingFindings(name, kind, sum, values));
  else {
    const target = kind === "share" ? 1 : kind === "percent" ? 100 : null;
    if (target !== null && !sum.eq(target))
      findings.push(
        finding("warning", "KEY_SUM", {
          key: name,
          sum: sum.toString(),
          expected: target,
        }),
      );
  }
  const places = Math.max(...values.map(placesOf));
  const scale = new Dec(10).pow(places);
  const weights = values.map((v) => BigInt(v.times(scale).toFixed(0)));
  const total = weights.reduce((a, w) => a + w, 0n);
  const key: Key = {
    name,
    kind,
    units: input.entries.map((e) => e.unit),
    given: values,
    weights,
    total,
    places,
  };
  return { key, findings };
}

/** The unit's normalised share as a decimal at full precision (exact when it terminates). */
export function shareDecimal(key: Key, index: number): Dec {
  return new Dec(key.weights[index].toString()).div(
    new Dec(key.total.toString()),
  );
}

/** A key that splits equally or by small weights between named units (særtilskud lists). */
export function listKey(
  name: string,
  units: readonly { unit: string; weight?: DecimalLike }[],
): KeyResult {
  return makeKey({
    name,
    kind: "weight",
    entries: units.map((u) => ({ unit: u.unit, value: u.weight ?? 1 })),
  });
}
