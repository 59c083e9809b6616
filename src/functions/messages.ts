/* global globalThis */
import { formatAmount, langOf, type Lang } from "../engine";

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

const MESSAGES: Record<FunctionProblem, { da: Template; en: Template }> = {
  AMOUNT_NOT_NUMBER: {
    da: (p) =>
      `${p.row ? `Beløbet i række ${p.row}` : "Beløbet"} „${p.text}“ er ikke et tal. Skriv et tal, fx 350,0 eller 1.570.129, eller lad det stå tomt.`,
    en: (p) =>
      `${p.row ? `The amount in row ${p.row}` : "The amount"} "${p.text}" is not a number. Enter a number, e.g. 350.0 or 1,570,129, or leave it empty.`,
  },
  AMOUNTS_EMPTY: {
    da: () => "Området med beløb er tomt. Vælg en kolonne med mindst ét beløb.",
    en: () =>
      "The range of amounts is empty. Pick a column with at least one amount.",
  },
  AMOUNT_TOO_LARGE: {
    da: (p) =>
      `${p.row ? `Beløbet i række ${p.row}` : "Beløbet"} (${p.text}) er for stort: Excel kan kun vise tal op til 15 cifre nøjagtigt. Skriv beløbet i en større enhed (fx mio. kr.).`,
    en: (p) =>
      `${p.row ? `The amount in row ${p.row}` : "The amount"} (${p.text}) is too large: Excel shows numbers exactly only up to 15 digits. Write the amount in a larger unit (e.g. DKK million).`,
  },
  UNEXPECTED: {
    da: (p) =>
      `Fordel kunne ikke beregne funktionen (${p.message}). Tjek argumenterne; meld fejlen, hvis de er i orden.`,
    en: (p) =>
      `Fordel could not compute the function (${p.message}). Check the arguments; report the error if they are right.`,
  },
  AMOUNTS_SHAPE: {
    da: (p) =>
      `Beløbene skal være én kolonne, men området har ${p.cols} kolonner. Vælg én kolonne (brug evt. TRANSPONER).`,
    en: (p) =>
      `The amounts must be one column, but the range has ${p.cols} columns. Pick one column (or use TRANSPOSE).`,
  },
  NOT_ON_STEP: {
    da: (p) =>
      `Beløbet ${p.amount}${p.row ? ` i række ${p.row}` : ""} går ikke op i trinnet ${p.step} (decimaler ${p.decimals}). Vælg flere decimaler eller ret beløbet.`,
    en: (p) =>
      `Amount ${p.amount}${p.row ? ` in row ${p.row}` : ""} is not a multiple of the step ${p.step} (decimals ${p.decimals}). Choose more decimals or correct the amount.`,
  },
  DECIMALS_RANGE: {
    da: (p) =>
      `Decimaler skal være et helt tal fra ${p.min} til ${p.max} (som i AFRUND), ikke „${p.text}“. Udelad det for beløbets egne decimaler.`,
    en: (p) =>
      `Decimals must be a whole number from ${p.min} to ${p.max} (as in ROUND), not "${p.text}". Leave it out for the amount's own decimals.`,
  },
  UNIT_MISSING: {
    da: () => `Angiv en enhed: en regions eller kommunes navn eller kode.`,
    en: () => `Give a unit: a region's or municipality's name or code.`,
  },
  UNIT_NOT_IN_KEY: {
    da: (p) =>
      `Enheden „${p.unit}“ er ikke i nøglen „${p.key}“. Nøglens enheder: ${p.units}.`,
    en: (p) =>
      `Unit "${p.unit}" is not in key "${p.key}". The key's units: ${p.units}.`,
  },
  KEY_MISSING: {
    da: () =>
      `Angiv en nøgle: et område med to kolonner (enhed, andel) eller navnet på en nøgle i nøgletabellen.`,
    en: () =>
      `Give a key: a two-column range (unit, share) or the name of a key in the keys table.`,
  },
  KEY_SHAPE: {
    da: (p) =>
      `Nøglen skal være et område med to kolonner (enhed, andel), men det har ${p.cols}. Vælg enheds- og andelskolonnen, eller skriv nøglens navn.`,
    en: (p) =>
      `The key must be a two-column range (unit, share), but it has ${p.cols}. Pick the unit and share columns, or give the key's name.`,
  },
  KEY_SHARE_NOT_NUMBER: {
    da: (p) =>
      `${p.text === "" ? `Andelen for ${p.unit} (række ${p.row} i nøglen) mangler` : `Andelen „${p.text}“ for ${p.unit} (række ${p.row} i nøglen) er ikke et tal`}. Skriv fx 0,3116 eller 31,16 %.`,
    en: (p) =>
      `${p.text === "" ? `The share of ${p.unit} (row ${p.row} of the key) is missing` : `Share "${p.text}" of ${p.unit} (row ${p.row} of the key) is not a number`}. Enter e.g. 0.3116 or 31.16 %.`,
  },
  KEY_UNIT_UNKNOWN: {
    da: (p) =>
      `Enheden „${p.unit}“ (række ${p.row} i nøglen) kendes ikke. Brug en regions eller kommunes navn eller officielle kode.`,
    en: (p) =>
      `Unit "${p.unit}" (row ${p.row} of the key) is not known. Use a region's or municipality's name or official code.`,
  },
  KEY_MIXED_GROUPS: {
    da: (p) =>
      `Nøglen blander regioner og kommuner (${p.first} og ${p.unit} i række ${p.row}). Brug én slags enheder i en nøgle.`,
    en: (p) =>
      `The key mixes regions and municipalities (${p.first} and ${p.unit} in row ${p.row}). Use one kind of unit in a key.`,
  },
  KEY_NOT_FOUND: {
    da: (p) =>
      `Nøglen „${p.key}“ findes ikke i nøgletabellen. Kendte nøgler: ${p.keys}. Ret navnet eller tilføj nøglen.`,
    en: (p) =>
      `Key "${p.key}" is not in the keys table. Known keys: ${p.keys}. Correct the name or add the key.`,
  },
  KEY_AMBIGUOUS: {
    da: (p) =>
      `Nøglen „${p.key}“ findes for flere år (${p.periods}). Skriv året med, fx „${p.example}“.`,
    en: (p) =>
      `Key "${p.key}" exists for several years (${p.periods}). Add the year, e.g. "${p.example}".`,
  },
  KEYS_TABLE_MISSING: {
    da: () =>
      `Projektmappen har ingen nøgletabel (en tabel eller et ark med navnet Nøgler eller Keys). Opret den, eller angiv nøglen som et område.`,
    en: () =>
      `The workbook has no keys table (a table or sheet named Nøgler or Keys). Create it, or give the key as a range.`,
  },
  KEYS_TABLE_ERRORS: {
    da: (p) => `Nøglen „${p.key}“ i nøgletabellen har fejl: ${p.messages}`,
    en: (p) => `Key "${p.key}" in the keys table has errors: ${p.messages}`,
  },
  NO_WORKBOOK: {
    da: (p) =>
      `Nøglen „${p.key}“ kan kun slås op i Excel. Angiv nøglen som et område.`,
    en: (p) =>
      `Key "${p.key}" can only be looked up in Excel. Give the key as a range.`,
  },
  ENGINE: {
    da: (p) => `${p.message}`,
    en: (p) => `${p.message}`,
  },
};

export function problemMessage(
  problem: FunctionProblem,
  params: Params,
  lang: Lang,
): string {
  return MESSAGES[problem][lang](params);
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
