import type { GridCell } from "./grid";

/**
 * Sheets Fordel generates carry this mark in cell A1 of the header block (its first line),
 * so a re-fill replaces only its own sheets and never a user's sheet with the same name.
 * Hosts read A1:B1 of every sheet and ask `isGeneratedSheet`.
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
