import type { Dec } from "../engine";

/** Powers of ten a double holds exactly (10^22 is the largest). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Numbers leave exact arithmetic only here, at the edge to Excel: the double nearest the exact
 * decimal, as `value.toNumber()` gives it, but without building a string (APPORTION converts
 * 10.000 × 98 figures). A decimal M × 10^p with M < 2^53 and |p| ≤ 22 is one IEEE
 * multiplication or division of two exact doubles, which rounds correctly to the nearest double,
 * the same one as parsing its digits. Anything else (more than 15–16 significant digits,
 * extreme exponents) goes the string way.
 */
export function toNumber(value: Dec): number {
  // decimal.js: digits in base-1e7 words `d`, aligned to the decimal point; `e` the exponent of the first digit.
  const { d, e, s } = value;
  if (!d || d.length > 3) return value.toNumber();
  let m = 0;
  for (const word of d) m = m * 1e7 + word;
  if (m > Number.MAX_SAFE_INTEGER) return value.toNumber();
  let p = 7 * (Math.floor(e / 7) - d.length + 1);
  // Trailing zeros of the last word only matter where they take p out of the exact powers.
  while (p < -22 && m !== 0 && m % 10 === 0) {
    m /= 10;
    p++;
  }
  if (p > 22 || p < -22) return value.toNumber();
  return s * (p < 0 ? m / EXACT_POWERS[-p] : m * EXACT_POWERS[p]);
}

/**
 * A whole number of steps (10^-decimals) as the nearest double: the same number as
 * `toNumber(fromSteps(steps, decimals))`, by the same argument, without a Decimal.
 */
export function stepsToNumber(steps: bigint, decimals: number): number {
  const m = Number(steps);
  if (!Number.isSafeInteger(m) || decimals > 22 || decimals < -22)
    return Number(`${steps}e${-decimals}`);
  return decimals > 0
    ? m / EXACT_POWERS[decimals]
    : m * EXACT_POWERS[-decimals];
}
