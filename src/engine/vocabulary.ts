import { Dec, stepOf } from "./decimal";
import { formatAmount } from "./format";
import type { Lang } from "./messages";
import type { Method } from "./apportion";
import { BLOCK, Channel, Group, OTHER_RECIPIENTS } from "./table";

/**
 * One vocabulary in Danish and English (issue 13), read by the task pane, the output sheets'
 * labels, the command line's report and the finding messages, so a budget officer meets the same
 * word for the same thing everywhere. JSON codes and field values are not words: they stay as
 * they are (`"method": "reconciled"`, `"channel": "Blok"`).
 */

/** The rounding methods by the names a budget officer uses; `--method` keeps the codes. */
export const METHOD_NAMES: Record<Method, Record<Lang, string>> = {
  reconciled: { da: "afstemt", en: "reconciled" },
  "largest-remainder": { da: "største rest", en: "largest remainder" },
  nearest: { da: "nærmeste", en: "nearest" },
};

/** What each method promises, after its name on the sheet and in the pane's help. */
export const METHOD_PROMISES: Record<Method, Record<Lang, string>> = {
  reconciled: {
    da: "hele tabellen på én gang: rækker, heraf-poster og enhedernes totaler summer",
    en: "the whole table at once: rows, sub-items and unit totals add up",
  },
  "largest-remainder": {
    da: "hver række for sig: rækkerne summer, enhedernes totaler måske ikke",
    en: "each row on its own: rows add up, unit totals may not",
  },
  nearest: {
    da: "hver celle for sig, til sammenligning: totalerne summer måske ikke",
    en: "each cell on its own, for comparison: totals may not add up",
  },
};

/** The method's name with a capital, as a label or choice (`Afstemt`). */
export function methodName(method: Method, lang: Lang): string {
  return capitalised(METHOD_NAMES[method][lang]);
}

/** The method's name and its promise (`Afstemt – hele tabellen på én gang: …`). */
export function methodWithPromise(method: Method, lang: Lang): string {
  return `${methodName(method, lang)} – ${METHOD_PROMISES[method][lang]}`;
}

/** The distance between a shown figure and its exact value: one term, with its unit when known. */
export const DEVIATION: Record<Lang, string> = {
  da: "afvigelse fra det præcise beløb",
  en: "deviation from the exact amount",
};

/** The label of the largest deviation (sheets, log, pane, command line). */
export const LARGEST_DEVIATION: Record<Lang, string> = {
  da: `Største ${DEVIATION.da}`,
  en: `Largest ${DEVIATION.en}`,
};

/**
 * A deviation as shown: at the step's decimals, rounded up so a deviation is never shown smaller
 * than it is (0,0768 on a 0,1 step → `0,1`; 0 → `0,0`), with the table's unit when known.
 */
export function formatDeviation(
  deviation: Dec,
  decimals: number,
  lang: Lang,
  unit?: string | null,
): string {
  const shown = deviationOnStep(deviation, decimals);
  const text = formatAmount(
    shown.toFixed(Math.max(0, decimals)),
    decimals,
    lang,
  );
  return unit ? `${text} ${unit}` : text;
}

/** The deviation rounded up to the step: the number a sheet shows (see formatDeviation). */
export function deviationOnStep(deviation: Dec, decimals: number): Dec {
  const step = stepOf(decimals);
  return deviation.div(step).toDecimalPlaces(0, Dec.ROUND_CEIL).times(step);
}

/** The step as shown (`0,1`, `1`, `1.000`): the step's own decimals, the language's separators. */
export function formatStep(decimals: number, lang: Lang): string {
  return formatAmount(stepOf(decimals), decimals, lang);
}

/**
 * Channels: the input's Danish channel names and their English names. JSON keeps the Danish
 * value; a channel the user names otherwise is shown as written.
 */
export const CHANNEL_NAMES: Record<string, Record<Lang, string>> = {
  [BLOCK]: { da: "Blok", en: "Block grant" },
  Særtilskud: { da: "Særtilskud", en: "Special grant" },
  "Direkte tilskud": { da: "Direkte tilskud", en: "Direct grant" },
};

/** A channel in the UI language (`Blok` → `Block grant` in English); other channels as written. */
export function channelName(channel: Channel, lang: Lang): string {
  return CHANNEL_NAMES[channel]?.[lang] ?? channel;
}

/** The groups of units. */
export const GROUP_NAMES: Record<Group, Record<Lang, string>> = {
  Regioner: { da: "Regioner", en: "Regions" },
  Kommuner: { da: "Kommuner", en: "Municipalities" },
};

/** Rows that go to recipients other than the units (JSON keeps `Øvrige modtagere`). */
export const OTHER_RECIPIENT_NAMES: Record<Lang, string> = {
  da: OTHER_RECIPIENTS,
  en: "Other recipients",
};

/** Text from the input quoted the language's way: Danish „…“, English "…". */
export function quoted(text: string | number, lang: Lang): string {
  return lang === "da" ? `„${text}“` : `"${text}"`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
