import { Dec } from "../engine";
import type { GridCell } from "./grid";

/** What a cell holds as an amount or share. */
export type CellNumber =
  | { kind: "blank" }
  | {
      kind: "number";
      value: Dec;
      /** decimal places as written or shown */ places: number;
    }
  | {
      kind: "bad";
      text: string;
      /** A formula whose value was never calculated (SPEC §1: an error on its cell, never a blank). */
      uncomputed?: true;
    };

const BLANK_MARKS = new Set(["-", "–", "—", "−"]);

/** How to read a lone separator followed by three digits: `1.570` is 1570 in Danish, 1.57 in English. */
export type Notation = "da" | "en";

/**
 * A number written as text in Danish or English notation: `1.570.129`, `0,3116`, `9,0`,
 * `31,16 %` (→ 0.3116), `-0,8`, `1,570,129.00`, `(0,8)`. Ambiguous single separators are read
 * the Danish way unless `notation` is "en": `1.570` is 1570 and `1,570` is 1.57; a separator
 * followed by other than three digits (`0.3116`, `9.0`, `1,5`) is a decimal point. Returns null
 * when the text is not a number.
 */
export function parseNumberText(
  input: string,
  notation: Notation = "da",
): { value: Dec; places: number } | null {
  const bare = stripMarks(input);
  if (!bare) return null;
  const parts = numberParts(bare.digits, notation);
  if (!parts) return null;
  const { intPart, fracPart } = parts;
  if (
    !/^\d*$/.test(intPart) ||
    !/^\d*$/.test(fracPart) ||
    (intPart === "" && fracPart === "")
  )
    return null;
  let value = new Dec(
    `${intPart === "" ? "0" : intPart}${fracPart ? "." + fracPart : ""}`,
  );
  let places = fracPart.length;
  if (bare.percent) {
    value = value.div(100);
    places += 2;
  }
  if (bare.negative) value = value.neg();
  return { value, places };
}

/** The digits and separators of a text number without its sign, brackets, percent and grouping spaces; null when it has other marks. */
function stripMarks(
  input: string,
): { digits: string; negative: boolean; percent: boolean } | null {
  let s = input
    .normalize("NFC")
    .replace(/[\u00a0\u202f]/g, " ")
    .trim();
  let negative = false;
  let percent = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (/^[-−–+]/.test(s)) {
    if (negative) return null;
    negative = s[0] !== "+";
    s = s.slice(1).trim();
  }
  // Spaces only as thousands separators between groups of three digits.
  if (/\s/.test(s)) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(/ /g, "");
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  return { digits: s, negative, percent };
}

/** The integer part (thousands separators removed) and the fraction; null when the separators do not make a number. */
function numberParts(
  s: string,
  notation: Notation,
): { intPart: string; fracPart: string } | null {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimalSep = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    if ((decimalSep === "." ? dots : commas) !== 1) return null;
    const [intPart, fracPart] = s.split(decimalSep);
    const whole = ungroup(intPart, decimalSep === "." ? "," : ".");
    return whole === null ? null : { intPart: whole, fracPart };
  }
  if (dots + commas === 0) return { intPart: s, fracPart: "" };
  const sep = dots > 0 ? "." : ",";
  const [head, ...rest] = s.split(sep);
  const groupsOfThree =
    rest.every((g) => g.length === 3) && /^[1-9]\d{0,2}$/.test(head);
  if (dots + commas > 1) {
    if (!groupsOfThree) return null;
  } else if (sep !== (notation === "da" ? "." : ",") || !groupsOfThree)
    return { intPart: head, fracPart: rest[0] };
  const whole = ungroup(s, sep);
  return whole === null ? null : { intPart: whole, fracPart: "" };
}

/** An integer part written with a thousands separator: groups of three after a first of one to three digits. */
function ungroup(intPart: string, grouping: string): string | null {
  const groups = intPart.split(grouping);
  if (
    groups.length > 1 &&
    !(
      groups.slice(1).every((g) => g.length === 3) &&
      /^\d{1,3}$/.test(groups[0])
    )
  )
    return null;
  return groups.join("");
}

/** Excel keeps 15 significant digits: a double from a cell is read as the decimal Excel shows. */
export function numberFromCell(value: number): Dec {
  return new Dec(Number(value.toPrecision(15)).toString());
}

/**
 * Decimal places of a real number as shown: from the shown text when, read in Danish or in
 * English notation, it is the value (60 shown `60,0` or `60.0` has one; 9 shown `9.000` by an
 * English Excel has three), else from the value itself.
 */
function shownPlaces(value: Dec, text: string): number {
  for (const notation of ["da", "en"] as const) {
    const shown = parseNumberText(text, notation);
    if (shown && shown.value.eq(value)) return shown.places;
  }
  return Math.max(0, value.decimalPlaces());
}

/**
 * A cell as an amount: real numbers, numbers as text, blank (empty, or a lone dash), or bad
 * (any other text, or a boolean). A real number's value is the truth; its places are as shown.
 */
export function readNumber(
  cell: GridCell | undefined,
  notation: Notation = "da",
): CellNumber {
  if (cell?.uncomputed)
    return { kind: "bad", text: cell.text, uncomputed: true };
  if (!cell || cell.value === null || cell.value === undefined)
    return { kind: "blank" };
  if (typeof cell.value === "number") {
    if (!Number.isFinite(cell.value))
      return { kind: "bad", text: cell.text || String(cell.value) };
    const value = numberFromCell(cell.value);
    return { kind: "number", value, places: shownPlaces(value, cell.text) };
  }
  if (typeof cell.value === "boolean")
    return { kind: "bad", text: cell.text || String(cell.value) };
  const text = cell.value.trim();
  if (text === "" || BLANK_MARKS.has(text)) return { kind: "blank" };
  const parsed = parseNumberText(text, notation);
  return parsed
    ? { kind: "number", ...parsed }
    : { kind: "bad", text: cell.value };
}

/**
 * Whether a text number reads differently in Danish and English notation: one separator followed
 * by exactly three digits (`12.345`, `1,500`). Such text needs other evidence (SPEC §1).
 */
export function isAmbiguousText(text: string): boolean {
  return /^[-−–+(]?\s*\d{1,3}[.,]\d{3}\s*\)?\s*%?$/.test(text.trim());
}

/**
 * The notation a text number shows by itself: `9,0`, `1.570.129`, `1.570,5` are Danish;
 * `0.3116`, `1,570,129`, `1,570.5` are English; null when it shows neither (or is ambiguous).
 */
export function notationOf(text: string): Notation | null {
  const t = text.trim();
  if (!parseNumberText(t) && !parseNumberText(t, "en")) return null;
  const digits = t.replace(/[^\d.,]/g, "");
  const dots = (digits.match(/\./g) ?? []).length;
  const commas = (digits.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0)
    return digits.lastIndexOf(",") > digits.lastIndexOf(".") ? "da" : "en";
  if (dots + commas === 0 || isAmbiguousText(t)) return null;
  const sep = dots > 0 ? "." : ",";
  // Several of one separator group thousands; one not followed by three digits is a decimal mark.
  const grouping = dots + commas > 1;
  return (sep === ".") === grouping ? "da" : "en";
}
