import {
  BrokenKey,
  Dec,
  Finding,
  FindingParams,
  FindingPlace,
  Group,
} from "../engine";
import { FindingList } from "./report";
import { Unit, unitsOf } from "./units";
import { clashesWithStandard, OWN_DRAFT_GROUP } from "./own-units";

/**
 * A key as collected from its lines, before it is made, and the checks on it as a whole: its
 * group, the units it lacks, where its findings point.
 */

/** A unit line of a key: the unit, its value and the cells they came from. */
export interface DraftEntry {
  unit: Unit;
  value: Dec;
  cell: string;
  label: string;
  labelCell: string;
}

/** One key being collected: name and period, its units' shares, and its first error (the cause). */
export interface KeyDraft {
  name: string;
  period: string | null;
  entries: DraftEntry[];
  cause: Finding | null;
  firstCell: string;
  /** The key's `Gruppe` cell (a key of own units is that group; else it is named by the key). */
  groupName?: string;
}

/** The missing units a finding names; more are counted, not listed. */
const LISTED_MISSING = 12;

/** Where a key finding points; a key for every period has no period. */
export const placeOf = (
  sheet: string,
  cell: string,
  period: string | null,
): FindingPlace =>
  period === null ? { sheet, cell } : { sheet, cell, period };

export const brokenOf = (d: KeyDraft, group: Group | null): BrokenKey => ({
  name: d.name,
  group,
  period: d.period,
  cause: d.cause!,
});

/**
 * The key's group. Region lines in a list that is mostly municipalities are Danmarks
 * Statistik's subtotals: moved to the aggregate lines. Otherwise regions and municipalities
 * together are KEY_MIXED_GROUPS. Null when the group cannot be told (no units, or mixed).
 */
export function groupOf(
  d: KeyDraft,
  aggregates: Map<string, string>,
  out: FindingList,
  sheet: string,
): Group | null {
  const own = d.entries.filter((e) => e.unit.group === OWN_DRAFT_GROUP);
  if (own.length > 0) return ownGroupOf(d, own, out, sheet);
  const regions = d.entries.filter((e) => e.unit.group === "Regioner");
  const municipalities = d.entries.filter((e) => e.unit.group === "Kommuner");
  if (regions.length > 0 && municipalities.length > regions.length) {
    for (const e of regions) aggregates.set(e.labelCell, e.label);
    d.entries = municipalities;
    return "Kommuner";
  }
  if (regions.length > 0 && municipalities.length > 0) {
    out.add(
      "error",
      "KEY_MIXED_GROUPS",
      {
        key: d.name,
        units: [...municipalities, ...regions]
          .slice(0, 6)
          .map((e) => `${e.label} (${e.labelCell})`)
          .join(", "),
      },
      placeOf(sheet, municipalities[0].labelCell, d.period),
    );
    d.cause ??= out.items[out.items.length - 1];
    return null;
  }
  return d.entries.length === 0 ? null : d.entries[0].unit.group;
}

/**
 * A key of own units is its own group, named by its `Gruppe` cell or else by the key's name.
 * Regions or municipalities among them (an own unit named like one), or a group named like
 * the regions, are errors: the key is not used.
 */
function ownGroupOf(
  d: KeyDraft,
  own: DraftEntry[],
  out: FindingList,
  sheet: string,
): Group | null {
  const standard = d.entries.filter((e) => e.unit.group !== OWN_DRAFT_GROUP);
  const group = (d.groupName ?? d.name).trim();
  // A broken key of own units still names its group (its rows are folded into its error), but
  // never as the regions or municipalities, whose rows it must not hold back.
  const brokenGroup = clashesWithStandard(group) ? OWN_DRAFT_GROUP : group;
  if (standard.length > 0) {
    out.add(
      "error",
      "KEY_OWN_AND_STANDARD_UNITS",
      {
        key: d.name,
        own: own
          .slice(0, 4)
          .map((e) => e.label)
          .join(", "),
        standard: standard
          .slice(0, 6)
          .map((e) => `${e.label} (${e.labelCell})`)
          .join(", "),
        example: standard[0].unit.name,
      },
      placeOf(sheet, standard[0].labelCell, d.period),
    );
    d.cause ??= out.items[out.items.length - 1];
    return brokenGroup;
  }
  if (clashesWithStandard(group)) {
    out.add(
      "error",
      "KEY_OWN_GROUP_NAME",
      { key: d.name, group },
      placeOf(sheet, d.firstCell, d.period),
    );
    d.cause ??= out.items[out.items.length - 1];
    return brokenGroup;
  }
  for (const e of d.entries) e.unit = { ...e.unit, group };
  return group;
}

/** A key finding about one unit points at that unit's (last) share; others at the key's first cell. */
export function cellOfKeyFinding(d: KeyDraft, f: Finding): string {
  const unit = f.params.unit;
  const entries = d.entries.filter((e) => e.unit.name === unit);
  return entries.length > 0 ? entries[entries.length - 1].cell : d.firstCell;
}

/** KEY_MISSING_UNITS' params when a regional key lacks any of the 5 regions, a municipal one any of the 98; else null. */
export function missingUnits(
  d: KeyDraft,
  group: Group | null,
): { params: FindingParams } | null {
  // Own units have no list to be complete against.
  if (group === null || (group !== "Regioner" && group !== "Kommuner"))
    return null;
  const present = new Set(d.entries.map((e) => e.unit.name));
  const all = unitsOf(group);
  const missing = all.filter((u) => !present.has(u.name)).map((u) => u.name);
  if (missing.length === 0) return null;
  const listed = missing.slice(0, LISTED_MISSING).join(", ");
  const more = missing.length - LISTED_MISSING;
  return {
    params: {
      key: d.name,
      group,
      count: missing.length,
      of: all.length,
      units: listed,
      more: Math.max(0, more),
    },
  };
}
