import { Dec, DecimalLike, dec, stepOf } from "./decimal";
import { Finding, FindingPlace, finding } from "./findings";
import { Key } from "./key";

/**
 * How far the printed shares' own rounding (±½ in their last place) could move a unit's
 * share of `amount`. Raw weights are exact, so they move nothing.
 */
export function printedShareShift(key: Key, amount: DecimalLike): Dec {
  if (key.kind === "weight") return new Dec(0);
  const sum = key.given.reduce((a, v) => a.plus(v), new Dec(0));
  return dec(amount).abs().times(new Dec(10).pow(-key.places)).div(2).div(sum);
}

/** KEY_PRECISION when the printed key alone could move a unit by more than half a step. */
export function keyPrecisionFinding(
  key: Key,
  amount: DecimalLike,
  decimals: number,
  place: FindingPlace = {},
): Finding | null {
  const shift = printedShareShift(key, amount);
  const halfStep = stepOf(decimals).div(2);
  if (shift.lte(halfStep)) return null;
  return finding(
    "warning",
    "KEY_PRECISION",
    {
      key: key.name,
      places: key.places,
      amount: dec(amount).toString(),
      shift: shift.toSignificantDigits(4).toString(),
      halfStep: halfStep.toString(),
    },
    place,
  );
}
