/**
 * The one home of name matching (issue 17). Two rules, both used everywhere:
 * - names the user writes (tables picked by text, keys, initiatives, units, channels, headers) are
 *   the same name when they differ only in case or spacing: `nameKey` / `sameName`;
 * - names of sheets and Excel Tables in a workbook are the same when they differ only in case, as
 *   Excel itself compares them (`Ark1` and `ark1` clash; `Ark1` and `Ark1 ` are two sheets):
 *   `sheetNameKey` / `sameSheetName` (also an Excel Table's column names).
 * Looser forms for what is matched by its words, not its spelling, live with their readers:
 * headers and keywords (`headerKey`, src/sheets/headers.ts), unit names (`unitMatchKey`,
 * src/sheets/units.ts: Århus = Aarhus). Package part names in the .xlsx (src/cli) follow the
 * file format's own case-insensitive rule.
 */

/** Matching form of a name the user writes: case, surrounding spaces and runs of inner spaces ignored. */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** True when two names are the same name (see nameKey). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Matching form of a sheet's or Excel Table's name in a workbook: case ignored, nothing else. */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/** True when Excel would take the two as the same sheet or table name (see sheetNameKey). */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}
