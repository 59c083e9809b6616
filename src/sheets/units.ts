import type { Group } from "../engine";
import { MUNICIPALITIES, REGIONS } from "./units-data";

/** A region or municipality with its canonical name (as in shared/data) and group. */
export interface Unit {
  name: string;
  code: string;
  group: Group;
}

/**
 * Matching form of a unit name: lower case, Danish letters spelt out (Århus = Aarhus,
 * Sjaelland = Sjælland), hyphens, dots and spaces dropped.
 */
export function unitMatchKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/å/g, "aa")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/[\s\-–.,'’]/g, "");
}

/** Prefixes and suffixes that do not change which unit is meant ("Regioner Nordjylland" is seed 000's typo). */
const REGION_PREFIXES = ["regionen", "regioner", "region"];
const MUNICIPALITY_AFFIXES = [/^kommune/, /kommune$/, /regionskommune$/];

/** Common variants that normalisation alone does not catch. */
const ALIASES: Record<string, string> = {
  vesthimmerland: "Vesthimmerlands",
  nordfyn: "Nordfyns",
  koebenhavns: "København",
  copenhagen: "København",
  lyngby: "Lyngby-Taarbæk",
  bornholms: "Bornholm",
  aeroe: "Ærø",
  aero: "Ærø",
  kbh: "København",
  h: "Region Hovedstaden",
  hovedstad: "Region Hovedstaden",
  capitalregionofdenmark: "Region Hovedstaden",
  zealand: "Region Sjælland",
  regionzealand: "Region Sjælland",
  syd: "Region Syddanmark",
  regionofsoutherndenmark: "Region Syddanmark",
  southerndenmark: "Region Syddanmark",
  midt: "Region Midtjylland",
  centraldenmarkregion: "Region Midtjylland",
  centraldenmark: "Region Midtjylland",
  nord: "Region Nordjylland",
  northdenmarkregion: "Region Nordjylland",
  northdenmark: "Region Nordjylland",
};

function buildIndex(): {
  byKey: Map<string, Unit>;
  byCode: Map<string, Unit>;
  byName: Map<string, Unit>;
} {
  const byKey = new Map<string, Unit>();
  const byCode = new Map<string, Unit>();
  const byName = new Map<string, Unit>();
  for (const r of REGIONS) {
    const unit: Unit = { name: r.name, code: r.code, group: "Regioner" };
    byName.set(r.name, unit);
    byCode.set(r.code, unit);
    byKey.set(unitMatchKey(r.name), unit);
    byKey.set(unitMatchKey(r.name.replace(/^Region /, "")), unit);
  }
  for (const m of MUNICIPALITIES) {
    const unit: Unit = { name: m.name, code: m.code, group: "Kommuner" };
    byName.set(m.name, unit);
    byCode.set(String(Number(m.code)), unit);
    byKey.set(unitMatchKey(m.name), unit);
  }
  for (const [alias, name] of Object.entries(ALIASES))
    byKey.set(alias, byName.get(name)!);
  return { byKey, byCode, byName };
}

const INDEX = buildIndex();

/** Every unit of a group in the order of shared/data (regions by code order of the key file). */
export function unitsOf(group: Group): Unit[] {
  const names =
    group === "Regioner"
      ? REGIONS.map((r) => r.name)
      : MUNICIPALITIES.map((m) => m.name);
  return names.map((n) => INDEX.byName.get(n)!);
}

/**
 * The region or municipality a text means: its name, official code (with or without the
 * leading zero), code and name as pasted from Danmarks Statistik ("101 København") when they
 * agree, or a common variant; null when unknown.
 */
export function resolveUnit(text: string | number): Unit | null {
  const label = readUnitLabel(text);
  return label.kind === "unit" && !label.codeDisagrees ? label.unit : null;
}

/** The region or municipality a plain name or bare code means (no code + name form). */
function unitByNameOrCode(raw: string): Unit | null {
  if (/^\d{1,4}$/.test(raw))
    return INDEX.byCode.get(String(Number(raw))) ?? null;
  const key = unitMatchKey(raw);
  const direct = INDEX.byKey.get(key);
  if (direct) return direct;
  for (const prefix of REGION_PREFIXES) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      const unit = INDEX.byKey.get(key.slice(prefix.length));
      if (unit && unit.group === "Regioner") return unit;
    }
  }
  for (const affix of MUNICIPALITY_AFFIXES) {
    const stripped = key.replace(affix, "");
    if (stripped !== key && stripped !== "") {
      const unit = INDEX.byKey.get(stripped);
      if (unit && unit.group === "Kommuner") return unit;
    }
  }
  return null;
}

/**
 * Lines of a key that sum or cover other lines rather than name one unit: totals, the whole
 * country, a landsdel (Danmarks Statistik's groups of municipalities), and Christiansø, which
 * Danmarks Statistik lists beside the municipalities but which is none of the 98.
 */
const AGGREGATE_NAMES = new Set([
  "ialt",
  "total",
  "sum",
  "samlet",
  "helelandet",
  "helelandetialt",
  "landetialt",
  "landet",
  "danmark",
  "danmarkialt",
  "alleregioner",
  "regionerialt",
  "allekommuner",
  "kommunerialt",
  "wholecountry",
  "allofdenmark",
  "denmark",
  "christiansoe",
]);
const isAggregateName = (text: string) => {
  const key = unitMatchKey(text);
  return AGGREGATE_NAMES.has(key) || /^landsdel/.test(key);
};

/** Danmarks Statistik's short region codes (081–085) for the official 1081–1085, in a code + name label. */
const shortRegionCode = (code: string) =>
  /^0?8[1-5]$/.test(code) ? `10${code.slice(-2)}` : null;

/** What a unit label in a key means. */
export type UnitLabel =
  | {
      kind: "unit";
      unit: Unit;
      /** Code and name disagree ("101 Aarhus"): the code was used; `name` is the text after it. */
      codeDisagrees?: { code: string; name: string };
    }
  /** A total or group line ("I alt", "Hele landet", "000 Hele landet", "Landsdel Fyn"). */
  | { kind: "aggregate" }
  | { kind: "unknown" };

/**
 * Reads a unit label: a name or code (see `resolveUnit`), or code and name as pasted from
 * Danmarks Statistik ("101 København", "1084 Region Hovedstaden", "084 Region Hovedstaden").
 * With both, the code decides and `codeDisagrees` says when the name means another unit.
 */
export function readUnitLabel(text: string | number): UnitLabel {
  const raw = String(text).trim();
  if (raw === "") return { kind: "unknown" };
  if (isAggregateName(raw)) return { kind: "aggregate" };
  const plain = unitByNameOrCode(raw);
  if (plain) return { kind: "unit", unit: plain };
  const m = /^(\d{1,4})\s*[-–:.]?\s+(\D.*)$/.exec(raw);
  if (!m) return { kind: "unknown" };
  const [, code, name] = m;
  if (isAggregateName(name)) return { kind: "aggregate" };
  const byCode =
    INDEX.byCode.get(String(Number(code))) ??
    INDEX.byCode.get(shortRegionCode(code) ?? "") ??
    null;
  const byName = unitByNameOrCode(name.trim());
  if (byCode && byName === byCode) return { kind: "unit", unit: byCode };
  if (byCode)
    return { kind: "unit", unit: byCode, codeDisagrees: { code, name } };
  if (byName)
    return { kind: "unit", unit: byName, codeDisagrees: { code, name } };
  return { kind: "unknown" };
}

/** True when the text reads like a region or municipality even though it is not one ("Region Nordjyland"). */
export function looksLikeUnit(text: string): boolean {
  const key = unitMatchKey(text);
  return /^region/.test(key) || /kommune$/.test(key) || /^kommune/.test(key);
}
