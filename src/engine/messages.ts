import type { FindingCode, FindingParams } from "./findings";
import { formatAmount } from "./format";
import { messageTable } from "./messages-tables";

export type Lang = "da" | "en";

export type Template = (p: FindingParams) => string;

/** One language's finding messages (messages-da.ts, messages-en.ts): what is wrong and what to do. */
export type MessageTable = Record<FindingCode, Template>;

/** Params that hold amounts: shown in the UI language's notation (Danish 10,1 and 1.570.129). */
const AMOUNT_PARAMS = new Set([
  "amount",
  "sum",
  "total",
  "children",
  "parent",
  "step",
  "shift",
  "halfStep",
  "value",
  "shown",
  "newStep",
]);
/**
 * Params that hold lists of names, stored with plain quotes (`"A", "B"`) so they re-render in
 * either language: Danish text shows them with Danish quotation marks (`„A“, „B“`).
 */
const QUOTED_LISTS = new Set(["foldedNames", "names", "sheets", "initiatives"]);

function quotedList(text: string, lang: Lang): string {
  return lang === "da" ? text.replace(/"([^"]*)"/g, "„$1“") : text;
}

export function messageFor(
  code: FindingCode,
  params: FindingParams,
  lang: Lang,
): string {
  const shown: FindingParams = {};
  for (const [name, value] of Object.entries(params)) {
    shown[name] =
      AMOUNT_PARAMS.has(name) && typeof value === "string"
        ? formatAmount(value, 0, lang)
        : QUOTED_LISTS.has(name) && typeof value === "string"
          ? quotedList(value, lang)
          : value;
  }
  const table = messageTable(lang) ?? messageTable(lang === "da" ? "en" : "da");
  if (!table) return notLoaded(code, shown);
  return table[code](shown) + foldedSuffix(shown, lang);
}

/** On a broken key's cause finding (`foldCauses`): the rows it kept from being allocated. */
function foldedSuffix(p: FindingParams, lang: Lang): string {
  if (p.foldedRows === undefined) return "";
  const n = Number(p.foldedRows);
  return lang === "da"
    ? ` Derfor er ${n} række${n === 1 ? "" : "r"} (${p.foldedPeriods}; ${p.foldedNames}) ikke fordelt med nøglen „${p.foldedKey}“; de står som ikke fordelt, til nøglen er rettet.`
    : ` Because of this, ${n} row${n === 1 ? " was" : "s were"} not allocated (${p.foldedPeriods}; ${p.foldedNames}) by key "${p.foldedKey}"; they are shown as not allocated until the key is fixed.`;
}

/**
 * The add-in page loads the user's language's messages at start (messages-tables.web.ts); should
 * neither language be there (the chunk failed to load), the finding still says what it is and
 * what to do, in both languages.
 */
function notLoaded(code: FindingCode, p: FindingParams): string {
  const params = JSON.stringify(p);
  return `${code} ${params}: Fordels tekster kunne ikke hentes; genindlæs tilføjelsesprogrammet. / Fordel's texts did not load; reload the add-in.`;
}
