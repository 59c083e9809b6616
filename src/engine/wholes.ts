/**
 * Whole numbers per unit (an exact figure's floor or remainder): unboxed in a Float64Array when
 * every one is below 2^53 in magnitude, which is exact and the usual case, else as BigInts. A
 * table of 20.000 rows × 98 held 4 M BigInts that the collector copied and marked for the whole
 * solve (issue 17).
 */
export type Wholes = Float64Array | bigint[];

/** Below this every whole number is exact in a double. */
export const EXACT = 2 ** 53;

/** Entry u, exactly. */
export function wholeAt(w: Wholes, u: number): bigint {
  const x = w[u];
  return typeof x === "bigint" ? x : BigInt(x);
}

/**
 * Whether floor + rem/D steps rounds up under Excel's ROUND (halves away from zero: up for
 * figures ≥ 0). Exact for unboxed entries too: 2·rem is, and number < bigint compares exactly.
 */
export function roundsUp(
  floor: bigint | number,
  rem: bigint | number,
  D: bigint,
): boolean {
  const twice = typeof rem === "number" ? 2 * rem : 2n * rem;
  return twice > D || (twice >= D && floor >= 0);
}

/** Whether `shown` is floor + plus (plus 0 or 1), without a BigInt while the floor is well inside 2^53. */
export function isFloorPlus(
  shown: bigint,
  floor: bigint | number,
  plus: number,
): boolean {
  return typeof floor === "number" && Math.abs(floor) < EXACT / 2
    ? Number(shown) === floor + plus
    : shown === BigInt(floor) + BigInt(plus);
}

/** A column of `n` zeros. */
export function zeros(n: number): Wholes {
  return new Float64Array(n);
}

/** Whole numbers as Wholes: unboxed when every one fits. */
export function wholesOf(values: readonly bigint[]): Wholes {
  for (const v of values) if (v >= EXACT || v <= -EXACT) return [...values];
  return Float64Array.from(values, Number);
}
