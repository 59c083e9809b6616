import { BLOCK, Channel, Dec, Group, nameKey, Recipient } from "../engine";
import { headerKey } from "./headers";
import { parseNumberText } from "./numbers";
import { looksLikeUnit, resolveUnit } from "./units";
import { NO_OWN_UNITS, OwnUnits } from "./own-units";
import { MUNICIPALITIES } from "./units-data";

const GROUP_WORDS: Record<string, Group> = {
  regioner: "Regioner",
  regionerne: "Regioner",
  alleregioner: "Regioner",
  regions: "Regioner",
  allregions: "Regioner",
  kommuner: "Kommuner",
  kommunerne: "Kommuner",
  allekommuner: "Kommuner",
  municipalities: "Kommuner",
  allmunicipalities: "Kommuner",
};

/** Problems found in a `Modtager` cell, for the parser to turn into findings. */
export type RecipientProblem =
  { kind: "unknown-unit"; unit: string } | { kind: "bad-weight"; text: string };

export interface ParsedRecipient {
  recipient: Recipient;
  problems: RecipientProblem[];
}

/**
 * `Modtager` / `Recipient`: blank or `Regioner` → the regions by key; `Kommuner` → the
 * municipalities by key; one unit, `A; B` (equal) or `A=2; B=1` (weighted) → those units;
 * anything else (`Medicinrådet`) → another recipient, shown but not allocated. A list with a
 * name that is not a unit, or a single name that reads like one ("Region Nordjyland"), is an
 * unknown unit: the row goes under other recipients and the problem is reported.
 */
export function parseRecipient(
  text: string,
  own: OwnUnits = NO_OWN_UNITS,
): ParsedRecipient {
  const trimmed = text.trim();
  return namedGroup(trimmed, own) ?? listedUnits(trimmed, own);
}

const wholeGroup = (group: Group): ParsedRecipient => ({
  recipient: { kind: "group", group },
  problems: [],
});

/**
 * A recipient that is a group of units by its key: blank or `Regioner`, `Kommuner`, the
 * municipalities of a region, a group of own units. Null for anything else.
 */
function namedGroup(trimmed: string, own: OwnUnits): ParsedRecipient | null {
  if (trimmed === "") return wholeGroup("Regioner");
  const group = GROUP_WORDS[headerKey(trimmed)];
  if (group) return wholeGroup(group);
  const within = municipalitiesIn(trimmed);
  if (within) return within;
  const ownGroup = own.groups.get(nameKey(trimmed));
  return ownGroup ? wholeGroup(ownGroup) : null;
}

/** A unit named in a `Modtager` cell, with its weight. */
interface ListedUnit {
  unit: string;
  weight: Dec;
  group: Group;
}

/**
 * One unit, `A; B` or `A=2; B=1`: those units when every name is a unit of one group; else
 * another recipient, with the problems found.
 */
function listedUnits(trimmed: string, own: OwnUnits): ParsedRecipient {
  const parts = trimmed
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const units: ListedUnit[] = [];
  const problems: RecipientProblem[] = [];
  for (const part of parts)
    readPart(part, parts.length > 1, own, units, problems);
  const groups = new Set(units.map((u) => u.group));
  if (units.length === 0 || problems.length > 0 || groups.size > 1) {
    if (groups.size > 1 && problems.length === 0)
      problems.push({ kind: "unknown-unit", unit: trimmed });
    return otherRecipient(trimmed, problems);
  }
  return {
    recipient: {
      kind: "units",
      group: units[0].group,
      units: units.map(({ unit, weight }) => ({ unit, weight })),
    },
    problems: [],
  };
}

/**
 * One part of the list, `A` or `A=2`: its unit and weight added to `units`, what is wrong with
 * it to `problems`. A name that is not a unit is a problem in a list, with a weight, or when it
 * reads like a unit; a single other name is another recipient.
 */
function readPart(
  part: string,
  inList: boolean,
  own: OwnUnits,
  units: ListedUnit[],
  problems: RecipientProblem[],
): void {
  const m = /^(.*?)\s*=\s*([^=]+)$/.exec(part);
  const name = m ? m[1].trim() : part;
  const weight = m ? weightOf(m[2], problems) : new Dec(1);
  const unit = resolveUnit(name) ?? own.units.get(nameKey(name));
  if (unit && "name" in unit)
    units.push({ unit: unit.name, weight, group: unit.group });
  else if (unit) units.push({ unit: unit.unit, weight, group: unit.group });
  else if (inList || m || looksLikeUnit(name))
    problems.push({ kind: "unknown-unit", unit: name });
}

/** The weight after `=`; one that is no number or negative is a problem, and weighs 1. */
function weightOf(text: string, problems: RecipientProblem[]): Dec {
  const parsed = parseNumberText(text);
  if (parsed && !parsed.value.isNegative()) return parsed.value;
  problems.push({ kind: "bad-weight", text: text.trim() });
  return new Dec(1);
}

/** Shown under other recipients, not allocated; marked when a unit in it was not known. */
function otherRecipient(
  label: string,
  problems: RecipientProblem[],
): ParsedRecipient {
  const unknownUnit = problems.some((p) => p.kind === "unknown-unit");
  return {
    recipient: {
      kind: "other",
      label,
      ...(unknownUnit ? { unknownUnit: true as const } : {}),
    },
    problems,
  };
}

/** `Kommuner i Region Nordjylland` / `Municipalities in (the) North Denmark Region`. */
const WITHIN =
  /^(?:(?:alle\s+)?kommuner(?:ne)?\s+i|(?:all\s+)?(?:the\s+)?municipalities\s+in)\s+(?:the\s+)?(.+)$/i;

/**
 * A region's municipalities by the municipal key, renormalised over them (region codes from
 * shared/data/kommuner.csv). Null when the text is not of that form; a region that is not
 * known is an unknown unit.
 */
function municipalitiesIn(text: string): ParsedRecipient | null {
  const m = WITHIN.exec(text);
  if (!m) return null;
  const region = resolveUnit(m[1].trim());
  if (!region || region.group !== "Regioner")
    return {
      recipient: { kind: "other", label: text },
      problems: [{ kind: "unknown-unit", unit: m[1].trim() }],
    };
  return {
    recipient: {
      kind: "subset",
      group: "Kommuner",
      label: text,
      units: MUNICIPALITIES.filter((k) => k.regionCode === region.code).map(
        (k) => k.name,
      ),
    },
    problems: [],
  };
}

const CHANNELS: Record<string, Channel> = {
  blok: BLOCK,
  bloktilskud: BLOCK,
  block: BLOCK,
  blockgrant: BLOCK,
  særtilskud: "Særtilskud",
  saertilskud: "Særtilskud",
  specialgrant: "Særtilskud",
  direkte: "Direkte tilskud",
  direktetilskud: "Direkte tilskud",
  direct: "Direkte tilskud",
  directgrant: "Direkte tilskud",
};

/** A known channel's Danish spelling (`direkte` → `Direkte tilskud`), or null for other text. */
export function knownChannel(text: string): Channel | null {
  return CHANNELS[headerKey(text.trim())] ?? null;
}

/** `Kanal` / `Channel`: blank → Blok; the known channels in their Danish spelling; other text as written. */
export function parseChannel(text: string): Channel {
  const trimmed = text.trim();
  if (trimmed === "") return BLOCK;
  return CHANNELS[headerKey(trimmed)] ?? trimmed;
}

/**
 * Reads one table's `Kanal` cells: spellings that differ only in case or spacing (`Andet`,
 * ` andet`) are one channel, written as first seen. Two would get two subtotals, and each
 * subtotal's SUMIFS, which matches text ignoring case, would add the other's rows too.
 */
export function channelReader(): (text: string) => Channel {
  const seen = new Map<string, Channel>();
  return (text) => {
    const channel = parseChannel(text);
    const key = nameKey(channel);
    if (!seen.has(key)) seen.set(key, channel);
    return seen.get(key)!;
  };
}
