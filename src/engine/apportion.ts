import {
  Dec,
  DecimalLike,
  dec,
  floorDiv,
  fromSteps,
  stepOf,
  toSteps,
} from "./decimal";
import { Finding, finding } from "./findings";
import { Key } from "./key";
import { Rational } from "./rational";

export type Method = "reconciled" | "largest-remainder" | "nearest";
export const METHODS: readonly Method[] = [
  "reconciled",
  "largest-remainder",
  "nearest",
];

/** One amount split over a key: values in key order, each the floor or ceiling of its exact share. */
export interface Apportionment {
  ok: true;
  units: readonly string[];
  /** Rounded shares, in steps (integers) and as decimals. */
  steps: bigint[];
  values: Dec[];
  /** Exact shares in steps: amountSteps × weight / total. */
  exact: Rational[];
  /** Sum of the values minus the amount, in steps (0 except with `nearest`). */
  sumError: bigint;
}

export interface ApportionError {
  ok: false;
  error: Finding;
}

export type ApportionResult = Apportionment | ApportionError;

/** Exact shares of an amount (in steps) over a key, split into floors and remainders (0 ≤ rem < total). */
export function exactShares(
  amountSteps: bigint,
  key: Key,
): { floors: bigint[]; rems: bigint[] } {
  const floors: bigint[] = [];
  const rems: bigint[] = [];
  for (const w of key.weights) {
    const num = amountSteps * w;
    const q = floorDiv(num, key.total);
    floors.push(q);
    rems.push(num - q * key.total);
  }
  return { floors, rems };
}

/**
 * Tie rule (largest remainder): the extra steps go to the largest remainders; among equal
 * remainders, to the unit with the larger weight, and among equal weights to the unit listed
 * first in the key. A negative amount is the mirror image of the positive one.
 */
export function largestRemainderOrder(
  rems: readonly bigint[],
  weights: readonly bigint[],
): number[] {
  return rems
    .map((_, i) => i)
    .sort((a, b) =>
      rems[a] !== rems[b]
        ? rems[b] > rems[a]
          ? 1
          : -1
        : weights[a] !== weights[b]
          ? weights[b] > weights[a]
            ? 1
            : -1
          : a - b,
    );
}

/** Steps for a non-negative amount in steps, by largest remainder. */
export function largestRemainderSteps(amountSteps: bigint, key: Key): bigint[] {
  const { floors, rems } = exactShares(amountSteps, key);
  let left = amountSteps - floors.reduce((a, f) => a + f, 0n);
  const result = floors.slice();
  for (const i of largestRemainderOrder(rems, key.weights)) {
    if (left <= 0n) break;
    if (rems[i] === 0n) break;
    result[i] += 1n;
    left -= 1n;
  }
  return result;
}

/** Steps for a non-negative amount, each share rounded on its own, half up (Excel's ROUND). */
export function nearestSteps(amountSteps: bigint, key: Key): bigint[] {
  const { floors, rems } = exactShares(amountSteps, key);
  return floors.map((f, i) => (2n * rems[i] >= key.total ? f + 1n : f));
}

/**
 * Splits one amount over a key at `decimals` (as Excel's ROUND). Exact: every value is the
 * floor or ceiling of its exact share and, except with `nearest`, they sum to the amount.
 * `reconciled` on a single amount is the same as largest remainder.
 */
export function apportion(
  amount: DecimalLike,
  key: Key,
  decimals: number,
  method: Method = "largest-remainder",
): ApportionResult {
  const steps = toSteps(amount, decimals);
  if (steps === null) {
    return {
      ok: false,
      error: finding("error", "NOT_ON_STEP", {
        amount: dec(amount).toString(),
        step: stepOf(decimals).toString(),
        initiative: "",
        period: "",
      }),
    };
  }
  const negative = steps < 0n;
  const magnitude = negative ? -steps : steps;
  const positive =
    method === "nearest"
      ? nearestSteps(magnitude, key)
      : largestRemainderSteps(magnitude, key);
  const result = negative ? positive.map((s) => -s) : positive;
  const exact = key.weights.map((w) => ({ num: steps * w, den: key.total }));
  return {
    ok: true,
    units: key.units,
    steps: result,
    values: result.map((s) => fromSteps(s, decimals)),
    exact,
    sumError: result.reduce((a, s) => a + s, 0n) - steps,
  };
}

export { Dec };
