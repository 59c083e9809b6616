import type { GridCell } from "./grid";

/**
 * Sheets Fordel generates carry this mark in A1:B1 (the first line of the header block), for the
 * reader's eye. It does not make a sheet Fordel's: a copy of the sheet carries it too. Ownership
 * is a hidden record (`OwnershipRecord` in ./grid.ts; the rule in ./ownership.ts). Hosts still
 * read A1:B1 to recognise sheets of older versions (`ExistingSheet.legacyMark`).
 */
export const GENERATED_MARK = "Fordel";
export const GENERATED_MARK_VERSION = "fordel:1";

/** The first row of every generated sheet: A1 = mark, B1 = version tag. */
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
