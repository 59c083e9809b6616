import { Dec, toSteps } from "./decimal";
import { Finding, finding } from "./findings";
import { Key } from "./key";

/**
 * Keys made from a group's key for one row: a subset of its units (`Kommuner i Region
 * Nordjylland`), or fixed amounts first and the rest by the key (a pass-on row's own split).
 * Both stay exact: weights are whole numbers, so the engine's exact shares need no rounding.
 */

/**
 * The key restricted to `units`, renormalised over them (their weights over their sum). Null
 * when none of the units is in the key or they all weigh 0: the row cannot be split by it.
 */
export function subsetKey(
  key: Key,
  units: readonly string[],
  label: string,
): Key | null {
  const wanted = new Set(units);
  const idx = key.units
    .map((u, i) => (wanted.has(u) ? i : -1))
    .filter((i) => i >= 0);
  const weights = idx.map((i) => key.weights[i]);
  const total = weights.reduce((a, w) => a + w, 0n);
  if (total === 0n) return null;
  return {
    name: `${key.name} (${label})`,
    kind: key.kind,
    units: idx.map((i) => key.units[i]),
    given: idx.map((i) => key.given[i]),
    weights,
    total,
    places: key.places,
  };
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

/**
 * Fixed amounts first, the rest by the key: for an amount of S steps with fixed amounts F_u
 * and rest R = S − ΣF, unit u's exact figure is F_u + R·w_u/W. As one key: weight
 * F_u·W + R·w_u over S·W (reduced), so a fixed amount is an exact whole number of steps and is
 * kept as it is by every method. An error finding when a fixed amount is off the step or the
 * fixed amounts exceed the row's amount.
 */
export function splitKey(
  key: Key,
  fixed: readonly { unit: string; amount: Dec }[],
  amount: Dec,
  decimals: number,
  label: string,
): { key: Key } | { error: Finding } {
  if (fixed.length === 0) return { key };
  const S = toSteps(amount, decimals);
  const F: bigint[] = [];
  for (const f of fixed) {
    const steps = toSteps(f.amount, decimals);
    if (steps === null || S === null)
      return {
        error: finding("error", "PASS_ON_SPLIT_OFF_STEP", {
          unit: f.unit,
          amount: f.amount.toString(),
          decimals,
        }),
      };
    F.push(steps);
  }
  const fixedSum = F.reduce((a, x) => a + x, 0n);
  if (S === null || fixedSum > S)
    return {
      error: finding("error", "PASS_ON_SPLIT_TOO_LARGE", {
        fixed: fixedSum.toString(),
        amount: amount.toString(),
        decimals,
        split: label,
      }),
    };
  const units = [...key.units];
  for (const f of fixed) if (!units.includes(f.unit)) units.push(f.unit);
  const W = key.total;
  const R = S - fixedSum;
  const weights = units.map((u) => {
    const k = key.units.indexOf(u);
    let w = k >= 0 ? R * key.weights[k] : 0n;
    fixed.forEach((f, i) => {
      if (f.unit === u) w += F[i] * W;
    });
    return w;
  });
  let total = S * W;
  // Nothing to split (0): the key's own weights, so every unit shows 0.
  if (total === 0n) {
    const plain = units.map((u) => {
      const k = key.units.indexOf(u);
      return k >= 0 ? key.weights[k] : 0n;
    });
    return { key: { ...keyOf(key, label, units, plain), total: W } };
  }
  const g = weights.reduce((a, w) => gcd(a, w), total);
  total /= g;
  return {
    key: keyOf(
      key,
      label,
      units,
      weights.map((w) => w / g),
      total,
    ),
  };
}

function keyOf(
  key: Key,
  label: string,
  units: string[],
  weights: bigint[],
  total?: bigint,
): Key {
  return {
    name: `${label} (${key.name})`,
    kind: "weight",
    units,
    given: weights.map((w) => new Dec(w.toString())),
    weights,
    total: total ?? weights.reduce((a, w) => a + w, 0n),
    places: 0,
  };
}
