import { Dec, decimalsInRange, MAX_DECIMALS, MIN_DECIMALS } from "../engine";
import { CellNumber, readNumber } from "../sheets/numbers";
import { Lru } from "./cache";
import { invalid } from "./errors";

// The one range of decimals (src/engine/decimal.ts).
export { MAX_DECIMALS, MIN_DECIMALS };

/** An amount with the decimal places it was written with ("60,0" as text → 1 place). */
export interface Amount {
  value: Dec;
  places: number;
  /** `value` as a plain decimal string, for cache keys. */
  text: string;
}

const amountOf = (value: Dec, places: number): Amount => ({
  value,
  places,
  text: value.toString(),
});
const NOTHING: Amount = amountOf(new Dec(0), 0);

/** The largest amount the functions split: Excel keeps 15 significant digits. */
export const MAX_AMOUNT = new Dec("1e15");

/** A long text shortened for a message. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Numbers seen as amounts: a sheet passes the same few thousand again and again. */
const numberAmounts = new Lru<number, Amount>(10_000);

/**
 * A cell value as the sheets layer reads a number: Danish or English text ("1.570.129",
 * "9,0", "31,16 %"), blank (null, "", a lone dash) or bad. Excel hands numbers over as binary
 * doubles (109,1 arrives as 109.0999999999999943…, =109,1*3 as 327.29999999999995); the
 * sheets layer reads them as the 15 significant digits Excel keeps and shows, so the exact
 * decimal is the number the user sees, never the double's binary tail.
 */
export function numberIn(value: unknown): CellNumber {
  if (value === null || value === undefined) return { kind: "blank" };
  if (
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  ) {
    return readNumber({ value, text: "", indent: 0 });
  }
  return { kind: "bad", text: String(value) };
}

/** An amount argument (`row` > 0: its row in APPORTION's column). Blank is nothing: 0 for every unit. */
export function toAmount(value: unknown, row = 0): Amount {
  if (typeof value === "number" && Number.isFinite(value)) {
    return numberAmounts.getOrCompute(value, () => readAmount(value, row));
  }
  return readAmount(value, row);
}

function readAmount(value: unknown, row: number): Amount {
  const read = numberIn(value);
  if (read.kind === "blank") return NOTHING;
  if (read.kind === "bad")
    return invalid("AMOUNT_NOT_NUMBER", {
      row,
      text: clip(read.text.trim()),
    });
  // Beyond 15 digits Excel cannot show the shares (a 32.767-digit amount would be Infinity).
  if (read.value.abs().gte(MAX_AMOUNT))
    return invalid("AMOUNT_TOO_LARGE", {
      row,
      text: clip(read.value.toString()),
    });
  return amountOf(read.value, read.places);
}

/** A column of amounts (n × 1) from a range argument; blank cells are nothing (0). */
export function toAmountColumn(values: unknown): Amount[] {
  const rows = Array.isArray(values) ? (values as unknown[]) : [[values]];
  const cols = rows.reduce<number>(
    (most, row) => Math.max(most, Array.isArray(row) ? row.length : 1),
    0,
  );
  if (cols > 1) invalid("AMOUNTS_SHAPE", { cols });
  if (rows.length === 0 || (cols === 0 && Array.isArray(values)))
    invalid("AMOUNTS_EMPTY");
  return rows.map((row, i) =>
    toAmount(Array.isArray(row) ? row[0] : row, i + 1),
  );
}

/**
 * Default decimals: the finest decimal place among the amounts as given, the fill's rule
 * (SPEC §2). Whole kroner (10.150.000) stay whole kroner, 109,1 is split in tenths, and the text
 * "60,0" in tenths. Excel does not pass a cell's number format, so the number 60 shown as 60,0
 * arrives as 60 and is split in whole units: give decimals 1 when working in mio. kr. with one
 * decimal (see docs/functions.md). Any other default would either invent digits (kroner split in
 * øre) or reject amounts that are not on its step (109,1 at 0 decimals).
 */
export function defaultDecimals(amounts: readonly Amount[]): number {
  const places = amounts.reduce((most, a) => Math.max(most, a.places), 0);
  return Math.min(places, MAX_DECIMALS);
}

/** The decimals argument: omitted (null) → `fallback`; else a whole number from -6 to 10, as in ROUND. */
export function toDecimals(value: unknown, fallback: number): number {
  if (decimalsInRange(value)) return value;
  const read = numberIn(value);
  if (read.kind === "blank") return fallback;
  if (
    read.kind === "number" &&
    read.value.isInteger() &&
    read.value.gte(MIN_DECIMALS) &&
    read.value.lte(MAX_DECIMALS)
  ) {
    return read.value.toNumber();
  }
  const text = read.kind === "bad" ? read.text.trim() : String(value).trim();
  return invalid("DECIMALS_RANGE", {
    min: MIN_DECIMALS,
    max: MAX_DECIMALS,
    text,
  });
}

/** A unit argument as text (a number is a code, e.g. 101 for København). */
export function toUnitText(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : String(value).trim();
  if (text === "") return invalid("UNIT_MISSING");
  return text;
}
