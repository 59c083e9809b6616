import { Dec, Lang } from "../engine";

/**
 * A number as text in the sheet's language (`1.234,5` / `1,234.5`), with at least `places`
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
  const fixed = value.toDecimalPlaces(Math.max(min, maxPlaces)).toFixed();
  const [whole, frac = ""] = fixed.replace(/^-/, "").split(".");
  let decimals = frac;
  while (decimals.length > min && decimals.endsWith("0"))
    decimals = decimals.slice(0, -1);
  decimals = decimals.padEnd(min, "0");
  const [group, point] = lang === "da" ? [".", ","] : [",", "."];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = fixed.startsWith("-") && /[1-9]/.test(fixed) ? "-" : "";
  return `${sign}${grouped}${decimals ? point + decimals : ""}`;
}

/**
 * The exact value of an adjusted cell as a reader checks it against the ministry's note: three
 * decimals more than the step, `ca.`/`about` when that is not all of it.
 */
export function exactText(value: Dec, lang: Lang, decimals: number): string {
  const places = Math.max(0, decimals) + 3;
  const shown = numberText(value, lang, 0, places);
  const whole = value.toDecimalPlaces(places).eq(value);
  return whole ? shown : `${lang === "da" ? "ca." : "about"} ${shown}`;
}
