import { BrokenKey, Group, isStandardGroup, KeyEntry } from "../engine";
import { headerKey } from "./headers";
import { nameKey } from "../engine";
import { resolveUnit } from "./units";

/**
 * The user's own units (hospitals, departments, institutions): any unit of a key that is not a
 * region or municipality. A key of own units forms its own group, named by its `Gruppe` cell or
 * else by the key's name (SPEC §1 Keys). Recipients may then name the group or its units.
 */

/** Group of an own unit while its key is being read (its group is known once the key is). */
export const OWN_DRAFT_GROUP: Group = "\u0000own";

/** The own groups and units of a workbook's keys, by matching form, for reading `Modtager`. */
export interface OwnUnits {
  groups: Map<string, Group>;
  units: Map<string, { unit: string; group: Group }>;
}

export const NO_OWN_UNITS: OwnUnits = { groups: new Map(), units: new Map() };

/** Own groups and units of the keys read (a broken key's group still names its rows' group). */
export function ownUnitsOf(
  keys: readonly KeyEntry[],
  broken: readonly BrokenKey[] = [],
): OwnUnits {
  const own: OwnUnits = { groups: new Map(), units: new Map() };
  for (const e of keys) {
    if (isStandardGroup(e.group)) continue;
    own.groups.set(nameKey(e.group), e.group);
    for (const unit of e.key.units)
      if (!own.units.has(nameKey(unit)))
        own.units.set(nameKey(unit), { unit, group: e.group });
  }
  for (const b of broken)
    if (b.group !== null && !isStandardGroup(b.group))
      own.groups.set(nameKey(b.group), b.group);
  return own;
}

/** Words that name the regions or the municipalities as a group. */
const STANDARD_GROUP_WORDS = new Set([
  "regioner",
  "regionerne",
  "regions",
  "kommuner",
  "kommunerne",
  "municipalities",
]);

/** True when an own group's name would be read as the regions, the municipalities or one of them. */
export function clashesWithStandard(name: string): boolean {
  return (
    STANDARD_GROUP_WORDS.has(headerKey(name)) || resolveUnit(name) !== null
  );
}
