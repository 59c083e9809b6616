/**
 * Exact integer arithmetic for costs and potentials. Costs are whole multiples of 1/D step, so
 * every path length is an integer: plain JavaScript numbers while every value the solver can
 * form stays below 2^53 (exact integers, fast), BigInt otherwise. No fractions, no rounding.
 */
export interface CostOps<C> {
  readonly zero: C;
  /** Values are heap objects (BigInt): forming one allocates, so a search avoids forming any it can. */
  readonly boxed: boolean;
  add(a: C, b: C): C;
  sub(a: C, b: C): C;
  neg(a: C): C;
  /** d + c + plus − minus (`ahead`) or d − c + plus − minus: a path extended by one arc. */
  along(d: C, c: C, ahead: boolean, plus: C, minus: C): C;
  lt(a: C, b: C): boolean;
  /** The larger of `bound` and |x| (for the overflow checks). */
  cover(bound: C, x: C): C;
  /** A whole number between a and b (a ≤ b). */
  mid(a: C, b: C): C;
  /** a × k (k a small whole number). */
  scale(a: C, k: number): C;
  /** A whole number (a BigInt, or a double that is one). */
  of(value: bigint | number): C;
  /** True when `value` is too large for this arithmetic to stay exact (never for BigInt). */
  unsafe(value: C): boolean;
  /**
   * An array of `length` zeros: unboxed (Float64Array) for numbers, so that the solver's large
   * per-arc arrays are one block the collector does not walk (20.000 × 98: 3,6 M entries).
   */
  array(length: number): CostArray<C>;
}

/** What the solver needs of an array of costs. */
export interface CostArray<C> {
  [i: number]: C;
  readonly length: number;
}

const SAFE = Number.MAX_SAFE_INTEGER / 2;

export const NUMBER_COSTS: CostOps<number> = {
  zero: 0,
  boxed: false,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  neg: (a) => -a,
  along: (d, c, ahead, plus, minus) => (ahead ? d + c : d - c) + plus - minus,
  lt: (a, b) => a < b,
  cover: (bound, x) => Math.max(bound, x < 0 ? -x : x),
  mid: (a, b) => Math.floor((a + b) / 2),
  scale: (a, k) => a * k,
  of: (value) => Number(value),
  // With a factor-2 margin, so that a bound computed in floating point is itself safe to test.
  unsafe: (value) => value > SAFE || value < -SAFE,
  array: (length) => new Float64Array(length),
};

/**
 * Plain floating point, never exact beyond 2^53: only for heuristics on the floating-point image
 * of BigInt costs (starting prices), whose result the exact solver does not depend on.
 */
export const FLOAT_COSTS: CostOps<number> = {
  ...NUMBER_COSTS,
  unsafe: () => false,
};

export const BIGINT_COSTS: CostOps<bigint> = {
  zero: 0n,
  boxed: true,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  neg: (a) => -a,
  along: (d, c, ahead, plus, minus) => (ahead ? d + c : d - c) + plus - minus,
  lt: (a, b) => a < b,
  cover: (bound, x) => {
    const m = x < 0n ? -x : x;
    return m > bound ? m : bound;
  },
  mid: (a, b) => (a + b) / 2n,
  scale: (a, k) => a * BigInt(k),
  of: (value) => (typeof value === "bigint" ? value : BigInt(value)),
  unsafe: () => false,
  array: (length) => new Array<bigint>(length).fill(0n),
};

/** Thrown when number arithmetic could stop being exact; the caller retries with BigInt. */
export class CostOverflow extends Error {
  constructor() {
    super("cost arithmetic would exceed 2^53");
  }
}
