import type { GridCell } from "./grid";

/** Matching form of a header or keyword: case, spaces and surrounding punctuation ignored. */
export function headerKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

export type InitiativeColumn =
  "name" | "parent" | "total" | "channel" | "recipient" | "key";
export type KeyColumn = "key" | "year" | "unit" | "share";

/** Header words per column (Danish and English, in matching form). */
const INITIATIVE_HEADERS: Record<InitiativeColumn, string[]> = {
  name: ["initiativ", "initiative", "initiativer", "initiatives"],
  parent: ["overordnet", "parent"],
  total: ["ialt", "total"],
  channel: ["kanal", "channel"],
  recipient: ["modtager", "recipient", "modtagere", "recipients"],
  key: ["nøgle", "key", "noegle", "fordelingsnøgle"],
};

const KEY_HEADERS: Record<KeyColumn, string[]> = {
  key: ["nøgle", "key", "noegle", "fordelingsnøgle"],
  year: ["år", "year", "aar", "periode", "period"],
  unit: ["enhed", "unit", "region", "kommune", "municipality"],
  share: ["andel", "share", "vægt", "weight", "vaegt"],
};

function roleOf<T extends string>(
  table: Record<T, string[]>,
  text: string,
): T | null {
  const key = headerKey(text);
  for (const role of Object.keys(table) as T[])
    if (table[role].includes(key)) return role;
  return null;
}

export const initiativeColumnOf = (text: string): InitiativeColumn | null =>
  roleOf(INITIATIVE_HEADERS, text);
export const keyColumnOf = (text: string): KeyColumn | null =>
  roleOf(KEY_HEADERS, text);

/**
 * The period a header names, as it should be shown: a year (`2026`, or the number 2026), or a
 * period label (`Fra 2027`, `2027 og frem`, `2025-2026`, `Varigt`, `Permanent`); null otherwise.
 */
export function periodOf(cell: GridCell | undefined): string | null {
  if (!cell || cell.value === null) return null;
  if (typeof cell.value === "number") {
    return Number.isInteger(cell.value) &&
      cell.value >= 1900 &&
      cell.value <= 2199
      ? String(cell.value)
      : null;
  }
  if (typeof cell.value !== "string") return null;
  const shown = cell.value
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const key = headerKey(shown);
  const year = "(19|20|21)\\d{2}";
  const patterns = [
    new RegExp(`^${year}$`),
    new RegExp(`^(fra|from|efter|after|pr\\.?|per)${year}$`),
    new RegExp(`^${year}(ogfrem|ff|andlater|onwards|andonwards|\\+)$`),
    new RegExp(`^${year}[-–/]${year}$`),
    /^(varigt|permanent|permanently|årligt|annually|fremover)$/,
  ];
  return patterns.some((p) => p.test(key)) ? shown : null;
}

/** Text of a cell for names and labels: trimmed, inner whitespace kept. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "string") return cell.value.trim();
  return (cell.text || String(cell.value)).trim();
}

/** A row whose whole name is `heraf` / `of which` (also `<i>heraf</i>`, `Heraf:`) is a label, not an initiative. */
export function isHerafLabel(name: string): boolean {
  const key = headerKey(name).replace(/[^\p{L}]/gu, "");
  return key === "heraf" || key === "ofwhich";
}
