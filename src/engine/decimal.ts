import Decimal from "decimal.js";

/** One Decimal configuration for the whole project: far more digits than any budget needs. */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
// eslint-disable-next-line no-redeclare -- a value and its type under one name, as decimal.js does
export type Dec = InstanceType<typeof Dec>;

export type DecimalLike = Dec | string | number | bigint;

export function dec(value: DecimalLike): Dec {
  return value instanceof Dec
    ? value
    : new Dec(typeof value === "bigint" ? value.toString() : value);
}

/**
 * The one range of `decimals` (issue 17), for the command line, the saved settings, the task pane
 * and the functions alike: from millions (-6) to ten decimals (10). Finer steps than 10 decimals
 * mean nothing in a budget and coarser than millions hide whole initiatives; Excel shows 15
 * significant digits, so 10 decimals on amounts up to 99.999 is the most it can show.
 */
export const MIN_DECIMALS = -6;
export const MAX_DECIMALS = 10;

/** True for a whole number of decimals within the one range. */
export function decimalsInRange(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= MIN_DECIMALS &&
    value <= MAX_DECIMALS
  );
}

/** The rounding step for Excel-style decimals: 1 → 0.1, 0 → 1, -3 → 1000. */
export function stepOf(decimals: number): Dec {
  return new Dec(10).pow(-decimals);
}

/** The amount as a whole number of steps, or null when it is not a multiple of the step. */
export function toSteps(amount: DecimalLike, decimals: number): bigint | null {
  const scaled = dec(amount).times(new Dec(10).pow(decimals));
  return scaled.isInteger() ? BigInt(scaled.toFixed(0)) : null;
}

/** A whole number of steps back as a decimal amount (exponent notation: no arithmetic needed). */
export function fromSteps(steps: bigint, decimals: number): Dec {
  return new Dec(`${steps}e${-decimals}`);
}

/** Decimal string for the edges (JSON, cells): plain notation, exactly `decimals` places when decimals > 0. */
export function formatSteps(steps: bigint, decimals: number): string {
  return decimals > 0
    ? fromSteps(steps, decimals).toFixed(decimals)
    : fromSteps(steps, decimals).toFixed(0);
}

/** Number of decimal places a decimal value is written with (0.3116 → 4). */
export function placesOf(value: Dec): number {
  return Math.max(0, value.decimalPlaces());
}

/** Floor division for bigint that rounds toward -infinity (bigint `/` truncates). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** An amount for messages: at least `decimals` places (10 → "10.0" at one decimal), never fewer than it has. */
export function shownAmount(amount: Dec, decimals: number): string {
  return decimals > 0 && amount.decimalPlaces() < decimals
    ? amount.toFixed(decimals)
    : amount.toString();
}
