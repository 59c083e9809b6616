import { sheetNameKey } from "../engine";
/** Excel's limits on sheet names. */
export const MAX_SHEET_NAME = 31;
const INVALID = /[[\]:*?/\\]/g;

/** A valid sheet name: forbidden characters []:*?/\ become "-", no edge apostrophes, at most 31 characters. */
export function sanitizeSheetName(name: string, suffix = ""): string {
  const clean =
    name
      .replace(INVALID, "-")
      .replace(/^'+|'+$/g, "")
      .replace(/\s+/g, " ")
      .trim() || "Fordeling";
  return clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

/** A valid, unused Excel Table name made from a sheet name ("Fordeling 2026" → "Fordeling_2026"). */
export function tableNameFor(sheetName: string, taken: Set<string>): string {
  let base = sheetName
    .replace(/[^\p{L}\p{N}_]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[\p{L}_]/u.test(base)) base = `T_${base}`;
  // Names that look like cell references (A1, R1C1) are not allowed.
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[rRcC]$/.test(base))
    base = `T_${base}`;
  base = base.slice(0, 200);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}_${n}`;
    if (!taken.has(sheetNameKey(candidate))) {
      taken.add(sheetNameKey(candidate));
      return candidate;
    }
  }
}
