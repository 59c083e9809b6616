/**
 * Names the user writes (tables, sheets, keys, initiatives, channels) are the same name when they
 * differ only in case or spacing, as Excel compares sheet and table names.
 */

/** Matching form of a name: case, surrounding spaces and runs of inner spaces ignored. */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** True when two names are the same name (see nameKey). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
