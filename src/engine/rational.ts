import { Dec } from "./decimal";

/** An exact value num/den (den > 0), used for exact shares such as 350.0 × 0.1547. */
export interface Rational {
  num: bigint;
  den: bigint;
}

export function rational(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new RangeError("zero denominator");
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** The rational as a decimal (exact when the denominator divides a power of ten, else to 60 digits). */
export function rationalToDecimal(r: Rational): Dec {
  return new Dec(r.num.toString()).div(new Dec(r.den.toString()));
}

/** |a - b| for rationals, exactly. */
export function absDiff(a: Rational, b: Rational): Rational {
  const num = a.num * b.den - b.num * a.den;
  return rational(num < 0n ? -num : num, a.den * b.den);
}

export function compareRational(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}
