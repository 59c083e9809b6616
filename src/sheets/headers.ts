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
  "name" | "parent" | "total" | "channel" | "recipient" | "key" | "passOn";
export type KeyColumn = "key" | "year" | "group" | "unit" | "share";

/** Header words per column (Danish and English, in matching form). */
const INITIATIVE_HEADERS: Record<InitiativeColumn, string[]> = {
  name: ["initiativ", "initiative", "initiativer", "initiatives"],
  parent: ["overordnet", "parent"],
  total: ["ialt", "total"],
  channel: ["kanal", "channel"],
  recipient: ["modtager", "recipient", "modtagere", "recipients"],
  key: ["nøgle", "key", "noegle", "fordelingsnøgle"],
  // A row's own split for a second step (SPEC §1 `Videre`).
  passOn: ["videre", "passon", "fordelvidere", "videreføring", "viderefoering"],
};

const KEY_HEADERS: Record<KeyColumn, string[]> = {
  key: ["nøgle", "key", "noegle", "fordelingsnøgle"],
  year: ["år", "year", "aar", "periode", "period"],
  // The group of a key with own units (`Hospitaler`); SPEC §1 Keys.
  group: ["gruppe", "group", "enhedsgruppe", "unitgroup"],
  unit: [
    "enhed",
    "unit",
    "region",
    "kommune",
    "municipality",
    "område",
    "omraade",
    "area",
  ],
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

/** `Initiativ, mio. kr.` / `Initiativ (mio. kr.)`: the name column's header with the table's unit. */
const NAME_WITH_UNIT =
  /^\s*(initiativ|initiative|initiativer|initiatives)\s*(?:[,:]\s*(.+?)|\((.+)\))\s*$/i;

export const initiativeColumnOf = (text: string): InitiativeColumn | null =>
  roleOf(INITIATIVE_HEADERS, text) ??
  (NAME_WITH_UNIT.test(text) ? "name" : null);

/** The unit written in the name column's header (`Initiativ, mio.kr.` → `mio.kr.`), or null. */
export function unitInNameHeader(text: string): string | null {
  const m = NAME_WITH_UNIT.exec(text);
  return m ? (m[2] ?? m[3]).trim() : null;
}

/**
 * A line above a table that states its unit or price level: `Mio. kr. (2025-pl)`, `1.000 kr.`,
 * `Beløb i mio. kr.`, `2025-pl`. Returns the line as written, or null.
 */
export function unitLine(text: string): string | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length > 60) return null;
  // A word ends where no letter follows (`Kræftplan` is no `kr`: \b would end a word before "æ").
  return /(^|[\s(])((mio|mia|t)\.?|1\.000)?\s*kr(?![\p{L}\p{N}_])|\b\d{4}\s*-?\s*pl(?![\p{L}\p{N}_])|\bpl\s*\d{4}\b|\bpris-? og lønniveau(?![\p{L}])|\bprices?\b/iu.test(
    t,
  )
    ? t
    : null;
}
export const keyColumnOf = (text: string): KeyColumn | null =>
  roleOf(KEY_HEADERS, text);

/** A period column's header as read: the period, and how it was read when that was not plain. */
export interface PeriodHeader {
  /** The period as shown on the output (`2026`, `Fra 2027 og frem`). */
  label: string;
  /** Text in the header besides the period (`2025-pl`, `mio. kr.`), kept for the output. */
  note?: string;
  /** True when the header is a date: its year is the period (a guess the parser states). */
  fromDate?: boolean;
}

const YEAR = "(19|20|21)\\d{2}";
/** Headers whose whole text is the period label (matching form: no spaces, lower case). */
const LABEL_PATTERNS = [
  new RegExp(
    `^(fra|from|efter|after|pr\\.?|per)${YEAR}(ogfrem|ff|andlater|onwards|andonwards|\\+)?$`,
  ),
  new RegExp(`^${YEAR}(ogfrem|ff|andlater|onwards|andonwards|\\+)$`),
  new RegExp(`^${YEAR}[-–/]${YEAR}$`),
  new RegExp(`^(varigt|permanent|permanently)(fra|from)${YEAR}(ogfrem)?$`),
  /^(varigt|permanent|permanently|årligt|annually|fremover)$/,
];
/** Budget-year spellings whose period is the year alone: `Budget 2027`, `B2026`, `BO 2027`, `BF 2026`. */
const BUDGET_YEAR = new RegExp(
  `^(budget|b|bo\\d?|bf|overslag|overslagsår)(${YEAR})$`,
);
/** A year followed by a note: `2026 (2025-pl)`, `2027 (mio. kr.)`, `2026, mio. kr.`, `2026*`. */
const YEAR_WITH_NOTE =
  /^((?:19|20|21)\d{2})\s*(?:\((.*)\)|[,:]\s*(.+)|(\*+)|\s+((?:mio\.?|mia\.?|1\.000|t\.)?\s*kr\.?.*|\d{4}-?pl|pl\s*\d{4}))$/i;
/** A date as text: ISO (`2026-01-01`, as hosts give date cells) or Danish (`01-01-2026`, `1.1.2026`). */
const DATE_TEXT =
  /^(?:((?:19|20|21)\d{2})-\d{2}-\d{2}(?:T.*)?|\d{1,2}[-./]\d{1,2}[-./]((?:19|20|21)\d{2}))$/;

const clean = (text: string) =>
  text
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The period a header names (SPEC §1): a year (`2026`, as number, text or date), `Fra YYYY (og
 * frem)`, `Varigt (fra YYYY)`, `BYYYY`/`BO YYYY`/`Budget YYYY` (→ the year), a year followed
 * by a note (`2026 (2025-pl)` → 2026), a range `2025-2026`; null otherwise.
 */
export function readPeriod(cell: GridCell | undefined): PeriodHeader | null {
  if (!cell || cell.value === null) return null;
  if (typeof cell.value === "number")
    return periodOfNumber(cell.value, cell.text);
  if (typeof cell.value !== "string") return null;
  return periodOfText(clean(cell.value));
}

const PLAIN_YEAR = new RegExp(`^${YEAR}$`);

/** A number as header: a year, or a date cell whose shown text gives the year. */
function periodOfNumber(value: number, text: string): PeriodHeader | null {
  if (Number.isInteger(value) && value >= 1900 && value <= 2199)
    return { label: String(value) };
  // A date cell: Excel gives its serial number and the text it shows (`2026`, `01-01-2026`).
  const shown = clean(text);
  const year =
    /^((?:19|20|21)\d{2})$/.exec(shown)?.[1] ??
    DATE_TEXT.exec(shown)?.slice(1).find(Boolean);
  return year && value > 0 && Number.isInteger(value)
    ? { label: year, fromDate: true }
    : null;
}

/** A text as header (tags and extra spaces removed): the forms of readPeriod, tried in turn. */
function periodOfText(shown: string): PeriodHeader | null {
  const key = headerKey(shown);
  if (PLAIN_YEAR.test(key)) return { label: key };
  if (LABEL_PATTERNS.some((p) => p.test(key))) return { label: shown };
  const budget = BUDGET_YEAR.exec(key);
  if (budget) return { label: budget[2], note: shown };
  return yearWithNote(shown) ?? dateAsText(shown);
}

/** `2026 (2025-pl)`, `2026, mio. kr.`, `2026*`: the year, and the note when there is one. */
function yearWithNote(shown: string): PeriodHeader | null {
  const noted = YEAR_WITH_NOTE.exec(shown);
  if (!noted) return null;
  const note = (noted[2] ?? noted[3] ?? noted[5] ?? "").trim();
  return note ? { label: noted[1], note } : { label: noted[1] };
}

/** A date typed as text: its year is the period. */
function dateAsText(shown: string): PeriodHeader | null {
  const date = DATE_TEXT.exec(shown);
  return date ? { label: (date[1] ?? date[2])!, fromDate: true } : null;
}

/** The period label a header names (see readPeriod), or null. */
export function periodOf(cell: GridCell | undefined): string | null {
  return readPeriod(cell)?.label ?? null;
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
