import { Dec } from "./decimal";
import type { Lang } from "./messages";

/**
 * The one amount formatter (issue 17), for the pane, the command line's report and the finding
 * messages: exact decimal text in the language's separators (Danish `1.570.129,5`, English
 * `1,570,129.5`), grouped in thousands, with at least the step's decimals (10 at one decimal →
 * `10,0`) and never fewer places than the value has, so nothing is rounded away in a message.
 */
export function formatAmount(
  value: Dec | string,
  decimals: number,
  lang: Lang,
): string {
  const exact = typeof value === "string" ? parseExact(value) : value;
  if (exact === null) return String(value);
  // A decimal string keeps the places it is written with ("10.0" stays `10,0`).
  const written =
    typeof value === "string" ? (value.trim().split(".")[1] ?? "").length : 0;
  const places = Math.max(0, decimals, written, exact.decimalPlaces());
  const [int, frac] = exact.abs().toFixed(places).split(".");
  return joinDigits(exact.isNegative() && !exact.isZero(), int, frac, lang);
}

/**
 * `formatAmount(units · 10^-places, 0, lang)` of a whole number of 10^-places, worked out
 * without a Decimal (a large sheet's notes: issue 17): trailing zeros dropped.
 */
export function formatScaled(
  units: bigint,
  places: number,
  lang: Lang,
): string {
  const digits = (units < 0n ? -units : units)
    .toString()
    .padStart(places + 1, "0");
  const cut = digits.length - places;
  const frac = digits.slice(cut).replace(/0+$/, "");
  return joinDigits(units < 0n, digits.slice(0, cut), frac, lang);
}

/** Whole digits grouped in thousands and the decimals, in the language's separators. */
function joinDigits(
  negative: boolean,
  int: string,
  frac: string | undefined,
  lang: Lang,
): string {
  const [group, point] = lang === "da" ? [".", ","] : [",", "."];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${frac ? point + frac : ""}`;
}

/** A whole count in the language's grouping (`2.000.000` / `2,000,000`). */
export function formatCount(n: number | bigint | string, lang: Lang): string {
  return formatAmount(String(n), 0, lang);
}

/** A plain decimal string (`-1570129.45`); null for anything else, which is then shown as given. */
function parseExact(text: string): Dec | null {
  return /^-?\d+(?:\.\d+)?$/.test(text.trim()) ? new Dec(text.trim()) : null;
}
