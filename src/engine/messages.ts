import type { FindingCode, FindingParams } from "./findings";

export type Lang = "da" | "en";

type Template = (p: FindingParams) => string;

/** Finding messages: what is wrong and what to do, in both UI languages. */
const MESSAGES: Record<FindingCode, { da: Template; en: Template }> = {
  BAD_NUMBER: {
    da: (p) =>
      `"${p.text}" er ikke et tal. Skriv et tal (fx 1.570.129 eller 9,0) eller lad cellen stå tom.`,
    en: (p) =>
      `"${p.text}" is not a number. Enter a number (e.g. 1,570,129 or 9.0) or leave the cell empty.`,
  },
  UNKNOWN_UNIT: {
    da: (p) =>
      `Enheden "${p.unit}" kendes ikke. Brug en regions eller kommunes navn eller officielle kode.`,
    en: (p) =>
      `Unit "${p.unit}" is not known. Use a region's or municipality's name or official code.`,
  },
  UNKNOWN_KEY: {
    da: (p) =>
      `Nøglen "${p.key}" findes ikke i nøgletabellen. Ret navnet eller tilføj nøglen.`,
    en: (p) =>
      `Key "${p.key}" is not in the keys table. Correct the name or add the key.`,
  },
  AMBIGUOUS_KEY: {
    da: (p) =>
      `Flere nøgler passer til ${p.group} i ${p.period} (${p.keys}). Angiv nøglen i kolonnen Nøgle.`,
    en: (p) =>
      `Several keys fit ${p.group} in ${p.period} (${p.keys}). Name the key in the Key column.`,
  },
  KEY_SUM: {
    da: (p) =>
      `Nøglen "${p.key}" summer til ${p.sum}, ikke 1. Andelene er normeret, så de summer til 1; tjek nøglen.`,
    en: (p) =>
      `Key "${p.key}" sums to ${p.sum}, not 1. The shares were normalised to sum to 1; check the key.`,
  },
  KEY_PRECISION: {
    da: (p) =>
      `Nøglen "${p.key}" er trykt med ${p.places} decimaler; på ${p.amount} kan afrundingen af andelene alene flytte en enhed op til ${p.shift}, mere end et halvt trin (${p.halfStep}). Brug en mere præcis nøgle (fx beløbene nøglen er lavet af).`,
    en: (p) =>
      `Key "${p.key}" is printed with ${p.places} decimals; on ${p.amount} the rounding of the shares alone can move a unit by up to ${p.shift}, more than half a step (${p.halfStep}). Use a more precise key (e.g. the amounts it was made from).`,
  },
  KEY_EMPTY: {
    da: (p) =>
      `Nøglen "${p.key}" har ingen enheder. Tilføj enheder med andele.`,
    en: (p) => `Key "${p.key}" has no units. Add units with shares.`,
  },
  KEY_NEGATIVE: {
    da: (p) =>
      `Nøglen "${p.key}" har en negativ andel for ${p.unit} (${p.value}). Andele skal være 0 eller positive.`,
    en: (p) =>
      `Key "${p.key}" has a negative share for ${p.unit} (${p.value}). Shares must be zero or positive.`,
  },
  KEY_ALL_ZERO: {
    da: (p) => `Alle andele i nøglen "${p.key}" er 0. Udfyld andelene.`,
    en: (p) => `Every share in key "${p.key}" is 0. Fill in the shares.`,
  },
  KEY_DUPLICATE_UNIT: {
    da: (p) =>
      `${p.unit} står mere end én gang i nøglen "${p.key}". Slet den ekstra linje.`,
    en: (p) =>
      `${p.unit} appears more than once in key "${p.key}". Remove the extra line.`,
  },
  CHILDREN_SUM_MISMATCH: {
    da: (p) =>
      `Heraf-posterne under "${p.initiative}" summer til ${p.children}, men beløbet er ${p.parent} (${p.period}). Begge er fordelt hver for sig; ret beløbene, så de stemmer.`,
    en: (p) =>
      `The sub-items of "${p.initiative}" add up to ${p.children}, but its amount is ${p.parent} (${p.period}). Both were allocated separately; correct the amounts so they agree.`,
  },
  PERIOD_TOTAL_MISMATCH: {
    da: (p) =>
      `Perioderne for "${p.initiative}" summer til ${p.sum}, men I alt er ${p.total}. Ret I alt eller periodebeløbene.`,
    en: (p) =>
      `The periods of "${p.initiative}" add up to ${p.sum}, but the total is ${p.total}. Correct the total or the period amounts.`,
  },
  NOT_ON_STEP: {
    da: (p) =>
      `Beløbet ${p.amount} for "${p.initiative}" (${p.period}) går ikke op i trinnet ${p.step}. Det er ikke fordelt; vælg flere decimaler eller ret beløbet.`,
    en: (p) =>
      `Amount ${p.amount} of "${p.initiative}" (${p.period}) is not a multiple of the step ${p.step}. It was not allocated; choose more decimals or correct the amount.`,
  },
  DUPLICATE_INITIATIVE: {
    da: (p) =>
      `"${p.initiative}" står to gange under samme overordnede post. Giv rækkerne forskellige navne.`,
    en: (p) =>
      `"${p.initiative}" appears twice under the same parent. Give the rows different names.`,
  },
  NEGATIVE_AMOUNT: {
    da: (p) =>
      `"${p.initiative}" har et negativt beløb (${p.amount}) i ${p.period}; det er fordelt som en korrektion.`,
    en: (p) =>
      `"${p.initiative}" has a negative amount (${p.amount}) in ${p.period}; it was allocated as a correction.`,
  },
  TEXT_LOOKS_LIKE_FORMULA: {
    da: (p) => `"${p.text}" ligner en formel, men er skrevet som tekst.`,
    en: (p) => `"${p.text}" looks like a formula but was written as text.`,
  },
  MISSING_TABLE: {
    da: (p) =>
      `Tabellen "${p.table}" findes ikke (hverken som tabel eller ark). Opret den eller vælg et område.`,
    en: (p) =>
      `Table "${p.table}" was not found (neither as a table nor as a sheet). Create it or pick a range.`,
  },
  MISSING_COLUMN: {
    da: (p) =>
      `Tabellen "${p.table}" mangler kolonnen "${p.column}". Tilføj den.`,
    en: (p) => `Table "${p.table}" lacks the column "${p.column}". Add it.`,
  },
  UNKNOWN_PARENT: {
    da: (p) =>
      `Den overordnede post "${p.parent}" for "${p.initiative}" findes ikke. Ret navnet i Overordnet.`,
    en: (p) =>
      `Parent "${p.parent}" of "${p.initiative}" does not exist. Correct the name in Parent.`,
  },
  NO_MUNICIPAL_KEY: {
    da: (p) =>
      `Der er ingen kommunal nøgle for ${p.period}; "${p.initiative}" vises under Øvrige modtagere. Tilføj en kommunenøgle for at fordele den.`,
    en: (p) =>
      `There is no municipal key for ${p.period}; "${p.initiative}" is shown under Other recipients. Add a municipal key to allocate it.`,
  },
  OTHER_RECIPIENT: {
    da: (p) =>
      `"${p.initiative}" går til ${p.recipient}, ikke til enhederne; beløbet vises under Øvrige modtagere.`,
    en: (p) =>
      `"${p.initiative}" goes to ${p.recipient}, not to the units; the amount is shown under Other recipients.`,
  },
  ROWS_NOT_READ: {
    da: (p) =>
      `Rækkerne ${p.first}–${p.last} under tabellen "${p.table}" (${p.end}) ligner data, men er ikke læst med, fordi noget andet end tomme rækker står imellem. Hører de til tabellen, så fjern det, der står imellem.`,
    en: (p) =>
      `Rows ${p.first}–${p.last} below table "${p.table}" (${p.end}) look like data but were not read, because something other than blank rows stands between. If they belong to the table, remove what stands between.`,
  },
  CELLS_NOT_READ: {
    da: (p) =>
      `${p.count} udfyldte celler på arket "${p.sheet}" (fra ${p.first}) ligger langt fra resten af arket (over ${p.gap} tomme rækker eller kolonner imellem) og er ikke læst. Hører de til en tabel, så flyt dem tæt på den; ellers slet dem.`,
    en: (p) =>
      `${p.count} filled cells on sheet "${p.sheet}" (from ${p.first}) lie far from the rest of the sheet (more than ${p.gap} blank rows or columns between) and were not read. If they belong to a table, move them next to it; otherwise delete them.`,
  },
  TOTALS_DO_NOT_ADD_UP: {
    da: (p) =>
      `Med metoden ${p.method} stemmer ${listOf(failingParts(p, "da"), "og")} ikke (${p.count} steder, ${p.group} ${p.period})${
        p.unit === undefined
          ? ""
          : `; fx er ${p.label} for ${p.unit} ${p.shown}, men posterne summer til ${p.sum}`
      }. Brug metoden reconciled, så alt summer.`,
    en: (p) =>
      `With method ${p.method}, ${listOf(failingParts(p, "en"), "and")} do not add up (${p.count} places, ${p.group} ${p.period})${
        p.unit === undefined
          ? ""
          : `; e.g. ${p.unit}'s ${p.label} is ${p.shown}, but its items add up to ${p.sum}`
      }. Use method reconciled so that everything adds up.`,
  },
};

function listOf(parts: string[], and: string): string {
  return parts.length <= 1
    ? parts.join("")
    : `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
}

/** TOTALS_DO_NOT_ADD_UP: which kinds of totals fail, from the counts `rows`, `parents`, `columns`. */
function failingParts(p: FindingParams, lang: Lang): string[] {
  const words =
    lang === "da"
      ? ["rækkerne", "heraf-posterne", "enhedernes totaler"]
      : ["rows", "sub-items", "unit totals"];
  return (["rows", "parents", "columns"] as const).flatMap((k, i) =>
    Number(p[k] ?? 0) > 0 ? [`${words[i]} (${p[k]})`] : [],
  );
}

/** Params that hold amounts: shown in the UI language's notation (Danish 10,1 and 1.570.129). */
const AMOUNT_PARAMS = new Set([
  "amount",
  "sum",
  "total",
  "children",
  "parent",
  "step",
  "shift",
  "halfStep",
  "value",
  "shown",
]);
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function formatAmountParam(text: string, lang: Lang): string {
  const m = PLAIN_DECIMAL.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction] = m;
  const [group, point] = lang === "da" ? [".", ","] : [",", "."];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction !== undefined ? point + fraction : ""}`;
}

export function messageFor(
  code: FindingCode,
  params: FindingParams,
  lang: Lang,
): string {
  const shown: FindingParams = {};
  for (const [name, value] of Object.entries(params)) {
    shown[name] =
      AMOUNT_PARAMS.has(name) && typeof value === "string"
        ? formatAmountParam(value, lang)
        : value;
  }
  return MESSAGES[code][lang](shown);
}
