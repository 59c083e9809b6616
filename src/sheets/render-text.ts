import { Dec, formatAmount, formatScaled, Lang } from "../engine";

/**
 * A number as text in the sheet's language (the one formatter, engine/format.ts) (`1.234,5` / `1,234.5`), with at least `places`
 * decimals and at most `maxPlaces` (trailing zeros beyond `places` dropped). Text, not a number
 * format, so both hosts write the same characters whatever Excel's locale.
 */
export function numberText(
  value: Dec,
  lang: Lang,
  places: number,
  maxPlaces = places,
): string {
  const min = Math.max(0, places);
  return formatAmount(
    value.toDecimalPlaces(Math.max(min, maxPlaces)),
    min,
    lang,
  );
}

/**
 * The exact value of an adjusted cell as a reader checks it against the ministry's note: three
 * decimals more than the step, `ca.`/`about` when that is not all of it.
 */
export function exactText(value: Dec, lang: Lang, decimals: number): string {
  const places = Math.max(0, decimals) + 3;
  // numberText(value, lang, 0, places), with the rounding done once.
  const rounded = value.toDecimalPlaces(places);
  const shown = formatAmount(rounded, 0, lang);
  return rounded.eq(value)
    ? shown
    : `${lang === "da" ? "ca." : "about"} ${shown}`;
}

/**
 * `exactText` of an exact value given in steps as a fraction (numerator / denominator steps of
 * 10^-decimals), worked out in whole numbers: no 60-digit division per adjusted cell.
 */
export function exactStepsText(
  exact: { numerator: bigint; denominator: bigint },
  lang: Lang,
  decimals: number,
): string {
  const places = Math.max(0, decimals) + 3;
  // The value in units of 10^-places: numerator · 10^(places − decimals) / denominator.
  let { numerator, denominator } = exact;
  if (denominator < 0n) [numerator, denominator] = [-numerator, -denominator];
  const scaled = numerator * 10n ** BigInt(places - decimals);
  let units = scaled / denominator;
  const rest = scaled % denominator;
  // Halves away from zero, as ROUND_HALF_UP rounds.
  if (2n * (rest < 0n ? -rest : rest) >= denominator)
    units += scaled < 0n ? -1n : 1n;
  const shown = formatScaled(units, Math.max(0, places), lang);
  return rest === 0n ? shown : `${lang === "da" ? "ca." : "about"} ${shown}`;
}
