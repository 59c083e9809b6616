import type { ProblemTable } from "./messages";

/**
 * The worksheet functions' own problems in English (key and amount problems are the engine's
 * findings). One language per file: the page loads its user's language (problems-tables.web.ts).
 */
export const PROBLEMS_EN: ProblemTable = {
  AMOUNT_NOT_NUMBER: (p) =>
    `${p.row ? `The amount in row ${p.row}` : "The amount"} "${p.text}" is not a number. Enter a number, e.g. 350.0 or 1,570,129, or leave it empty.`,
  AMOUNTS_EMPTY: () =>
    "The range of amounts is empty. Pick a column with at least one amount.",
  AMOUNT_TOO_LARGE: (p) =>
    `${p.row ? `The amount in row ${p.row}` : "The amount"} (${p.text}) is too large: Excel shows numbers exactly only up to 15 digits. Write the amount in a larger unit (e.g. DKK million).`,
  UNEXPECTED: (p) =>
    `Fordel could not compute the function (${p.message}). Check the arguments; report the error if they are right.`,
  AMOUNTS_SHAPE: (p) =>
    `The amounts must be one column, but the range has ${p.cols} columns. Pick one column (or use TRANSPOSE).`,
  NOT_ON_STEP: (p) =>
    `Amount ${p.amount}${p.row ? ` in row ${p.row}` : ""} is not a multiple of the step ${p.step} (decimals ${p.decimals}). Choose more decimals or correct the amount.`,
  DECIMALS_RANGE: (p) =>
    `Decimals must be a whole number from ${p.min} to ${p.max} (as in ROUND), not "${p.text}". Leave it out for the amount's own decimals.`,
  UNIT_MISSING: () => `Give a unit: a region's or municipality's name or code.`,
  UNIT_NOT_IN_KEY: (p) =>
    `Unit "${p.unit}" is not in key "${p.key}". The key's units: ${p.units}.`,
  KEY_MISSING: () =>
    `Give a key: a two-column range (unit, share) or the name of a key in the keys table.`,
  KEY_SHAPE: (p) =>
    `The key must be a two-column range (unit, share), but it has ${p.cols}. Pick the unit and share columns, or give the key's name.`,
  KEY_SHARE_NOT_NUMBER: (p) =>
    `${p.text === "" ? `The share of ${p.unit} (row ${p.row} of the key) is missing` : `Share "${p.text}" of ${p.unit} (row ${p.row} of the key) is not a number`}. Enter e.g. 0.3116 or 31.16 %.`,
  KEY_UNIT_UNKNOWN: (p) =>
    `Unit "${p.unit}" (row ${p.row} of the key) is not known. Use a region's or municipality's name or official code.`,
  KEY_MIXED_GROUPS: (p) =>
    `The key mixes regions and municipalities (${p.first} and ${p.unit} in row ${p.row}). Use one kind of unit in a key.`,
  KEY_NOT_FOUND: (p) =>
    `Key "${p.key}" is not in the keys table. Known keys: ${p.keys}. Correct the name or add the key.`,
  KEY_AMBIGUOUS: (p) =>
    `Key "${p.key}" exists for several years (${p.periods}). Add the year, e.g. "${p.example}".`,
  KEYS_TABLE_MISSING: () =>
    `The workbook has no keys table (a table or sheet named Nøgler or Keys). Create it, or give the key as a range.`,
  KEYS_TABLE_ERRORS: (p) =>
    `Key "${p.key}" in the keys table has errors: ${p.messages}`,
  NO_WORKBOOK: (p) =>
    `Key "${p.key}" can only be looked up in Excel. Give the key as a range.`,
  ENGINE: (p) => `${p.message}`,
};
