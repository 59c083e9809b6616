import type { GridCell } from "./grid";

/**
 * Sheets of Fordel's older versions carry this mark in A1:B1. Sheets written now do not: ownership
 * is a hidden record (`OwnershipRecord` in ./grid.ts; the rule in ./ownership.ts), and A1 holds
 * the title. Hosts still read A1:B1 to recognise the older sheets (`ExistingSheet.legacyMark`):
 * a copy of such a sheet carries the mark too, so it is the user's, and Fordel writes beside it.
 */
export const GENERATED_MARK = "Fordel";
export const GENERATED_MARK_VERSION = "fordel:1";

/** The first row of a sheet of an older version: A1 = mark, B1 = version tag (tests build such sheets). */
export function markRow(): [string, string] {
  return [GENERATED_MARK, GENERATED_MARK_VERSION];
}

/** True when A1:B1 carry Fordel's mark. */
export function isGeneratedSheet(
  topLeft: readonly (readonly GridCell[])[],
): boolean {
  const first = topLeft[0] ?? [];
  return (
    first[0]?.text === GENERATED_MARK &&
    first[1]?.text === GENERATED_MARK_VERSION
  );
}

/** The range hosts read of every sheet to tell generated sheets apart. */
export const MARK_RANGE = "A1:B1";
