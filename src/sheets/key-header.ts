import type { GridCell } from "./grid";
import { cellText, keyColumnOf, readPeriod } from "./headers";
import { readNumber } from "./numbers";
import { keyLineAfterBlank } from "./keys";
import type { TableKind } from "./locate";
import { KEY_TABLE_NAMES } from "./grid";
import { resolveUnit } from "./units";

/** A cell naming a region or municipality, also as pasted with its code (`101 København`). */
function namesUnit(cell: GridCell | undefined): boolean {
  if (!cell || cell.value === null) return false;
  if (typeof cell.value === "number") return resolveUnit(cell.value) !== null;
  const text = cellText(cell);
  return (
    resolveUnit(text) !== null ||
    resolveUnit(text.replace(/^\d+\s+/, "")) !== null
  );
}

/** A line for the whole country as Danmarks Statistik pastes it first (`Hele landet`). */
const WHOLE_COUNTRY = /^(hele ?landet|danmark|landet ?i ?alt|i ?alt|total)$/i;

const firstFilled = (cells: readonly GridCell[] | undefined) =>
  cells ? cells.findIndex((c) => cellText(c) !== "") : -1;

/**
 * The keys table's header row (SPEC §1, Keys): long form, a row with `Enhed` and `Andel` columns;
 * wide form, the row above the first line whose first cell names a unit, with a key or year
 * heading to the right of the units' column. Title rows above either are passed over.
 */
export function keysHeaderStart(
  cells: readonly GridCell[],
  next: readonly GridCell[] | undefined,
): number | null {
  const roles = cells.map((c) => keyColumnOf(cellText(c)));
  if (roles.includes("unit") && roles.includes("share"))
    return firstFilled(cells);
  const first = firstFilled(next);
  if (first < 0 || namesUnit(cells[first])) return null;
  const below = next![first];
  if (!namesUnit(below) && !WHOLE_COUNTRY.test(cellText(below))) return null;
  // Headings name keys or years; a line of numbers is data, not a header.
  const headings = cells.filter((c, i) => i > first && cellText(c) !== "");
  const isHeading = (c: GridCell) =>
    readPeriod(c) !== null || readNumber(c).kind !== "number";
  return headings.length > 0 && headings.every(isHeading) ? first : null;
}

/** The keys table as the locator looks for it. */
export const KEYS_TABLE: TableKind = {
  names: KEY_TABLE_NAMES,
  headerStart: keysHeaderStart,
  afterBlank: keyLineAfterBlank,
};
