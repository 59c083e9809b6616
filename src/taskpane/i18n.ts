/**
 * The pane's words in Danish and English (strings-da.ts, strings-en.ts), and number formatting
 * for the UI language.
 * Finding messages come from the engine (src/engine/messages.ts), not from here.
 */
import { Dec, stepOf } from "../engine";
import { formatAmount, formatCount } from "../engine";
import { langOf, localeOf } from "../engine";
import type { Lang } from "../engine";
import type { Strings } from "./strings-en";
import { paneStrings } from "./strings-tables";

// The one language rule (src/engine/language.ts), re-exported for the pane's components.
export { langOf, localeOf };

/** A plain decimal string ("-1570129.45") in the UI language ("-1.570.129,45"): the one formatter (src/engine/format.ts), at least `places` decimals. */
export function formatDecimal(value: string, lang: Lang, places = 0): string {
  return formatAmount(value, places, lang);
}

export { formatCount };

/** An amount of a budget, used to show what a number of decimals means. */
const EXAMPLE_AMOUNT = "3162514.4837";

/** The example amount rounded like Excel's ROUND(x, decimals), as a plain decimal string. */
export function roundedExample(decimals: number): string {
  const step = stepOf(decimals);
  const rounded = new Dec(EXAMPLE_AMOUNT)
    .div(step)
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .times(step);
  return rounded.toFixed(Math.max(0, decimals));
}

const NAMED_STEPS: Record<Lang, Record<number, string>> = {
  da: {
    0: "Hele tal",
    [-1]: "Tiere",
    [-2]: "Hundreder",
    [-3]: "Tusinder",
    [-6]: "Millioner",
  },
  en: {
    0: "Whole numbers",
    [-1]: "Tens",
    [-2]: "Hundreds",
    [-3]: "Thousands",
    [-6]: "Millions",
  },
};

/** "Trin på 0,1" / "Whole numbers" / "Thousands" / "Steps of 10,000". */
export function stepName(decimals: number, lang: Lang): string {
  const named = NAMED_STEPS[lang][decimals];
  if (named) return named;
  const step = formatDecimal(
    stepOf(decimals).toFixed(Math.max(0, decimals)),
    lang,
  );
  return lang === "da" ? `Trin på ${step}` : `Steps of ${step}`;
}

/** The live example under the decimals input: "Trin på 0,1: 3.162.514,4837 vises som 3.162.514,5". */
export function decimalsExample(decimals: number, lang: Lang): string {
  const from = formatDecimal(EXAMPLE_AMOUNT, lang);
  const to = formatDecimal(roundedExample(decimals), lang);
  return lang === "da"
    ? `${stepName(decimals, lang)}: ${from} vises som ${to}`
    : `${stepName(decimals, lang)}: ${from} is shown as ${to}`;
}

export type { Strings } from "./strings-en";

/** Names of the languages in themselves, for the language choice. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  da: "Dansk",
  en: "English",
};

/** The pane's words in the language (strings-tables.ts; on the page, loaded per language). */
export function stringsFor(lang: Lang): Strings {
  return paneStrings(lang);
}
