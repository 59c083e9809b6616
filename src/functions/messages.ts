/* global globalThis */
import { formatAmount, langOf, type Lang } from "../engine";
import { problemTable } from "./problems-tables";

/** Problems only the worksheet functions have; key and amount problems reuse the engine's findings. */
export type FunctionProblem =
  | "AMOUNT_NOT_NUMBER"
  | "AMOUNTS_SHAPE"
  | "AMOUNTS_EMPTY"
  | "AMOUNT_TOO_LARGE"
  | "UNEXPECTED"
  | "NOT_ON_STEP"
  | "DECIMALS_RANGE"
  | "UNIT_MISSING"
  | "UNIT_NOT_IN_KEY"
  | "KEY_MISSING"
  | "KEY_SHAPE"
  | "KEY_SHARE_NOT_NUMBER"
  | "KEY_UNIT_UNKNOWN"
  | "KEY_MIXED_GROUPS"
  | "KEY_NOT_FOUND"
  | "KEY_AMBIGUOUS"
  | "KEYS_TABLE_MISSING"
  | "KEYS_TABLE_ERRORS"
  | "NO_WORKBOOK"
  | "ENGINE";

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

/** One language's problem messages (problems-da.ts, problems-en.ts). */
export type ProblemTable = Record<FunctionProblem, Template>;

export function problemMessage(
  problem: FunctionProblem,
  params: Params,
  lang: Lang,
): string {
  const table = problemTable(lang) ?? problemTable(lang === "da" ? "en" : "da");
  // Not loaded (the page's chunk failed): the code and values, and what to do, in both languages.
  if (!table)
    return `${problem} ${JSON.stringify(params)}: genindlæs Fordel / reload Fordel`;
  return table[problem](params);
}

/**
 * The UI language: Office's display language by the one rule (src/engine/language.ts), read at
 * each call, so it follows once Office knows it.
 */
export function uiLang(): Lang {
  const office = (
    globalThis as { Office?: { context?: { displayLanguage?: string } } }
  ).Office;
  let tag: string | undefined;
  try {
    tag = office?.context?.displayLanguage;
  } catch {
    // Office.context before initialisation may throw on some hosts.
    tag = undefined;
  }
  return langOf(tag);
}

/** A decimal as the UI writes it, by the one formatter (src/engine/format.ts). */
export function shown(value: { toString(): string }, lang: Lang): string {
  return formatAmount(value.toString(), 0, lang);
}

/** At most `max` names, then "…". */
export function listOf(names: readonly string[], max = 8): string {
  return names.length <= max
    ? names.join(", ")
    : `${names.slice(0, max).join(", ")}, … (${names.length})`;
}
