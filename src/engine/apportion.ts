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
import { ExactCells } from "./exact";
import { Key } from "./key";
import { Rational } from "./rational";
import { largestRemainderUps, nearestUps, withUps } from "./rounding";

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

/** Exact shares of an amount (in steps) over a key: floors, and remainders 0 ≤ rem < total. */
export function exactShares(amountSteps: bigint, key: Key): ExactCells {
  const floor: bigint[] = [];
  const rem: bigint[] = [];
  let remainders = 0n;
  for (const w of key.weights) {
    const num = amountSteps * w;
    const q = floorDiv(num, key.total);
    floor.push(q);
    rem.push(num - q * key.total);
    remainders += num - q * key.total;
  }
  const present = new Uint8Array(key.weights.length).fill(1);
  return { present, floor, rem, ups: Number(remainders / key.total) };
}

/**
 * Steps for an amount in steps, by largest remainder. Tie rule (the table engine's, in
 * rounding.ts): equal remainders → the unit with the larger weight, then the unit listed first
 * in the key; a negative amount is the mirror image of the positive one.
 */
export function largestRemainderSteps(amountSteps: bigint, key: Key): bigint[] {
  const cells = exactShares(amountSteps, key);
  return withUps(cells, largestRemainderUps(cells, amountSteps, key.total));
}

/** Steps for an amount, each share rounded on its own, half away from zero (Excel's ROUND). */
export function nearestSteps(amountSteps: bigint, key: Key): bigint[] {
  const cells = exactShares(amountSteps, key);
  return withUps(cells, nearestUps(cells, key.total));
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
  const result =
    method === "nearest"
      ? nearestSteps(steps, key)
      : largestRemainderSteps(steps, key);
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
