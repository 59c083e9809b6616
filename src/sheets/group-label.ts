import type { PeriodAllocation } from "../engine";
import type { Labels } from "./labels";

/**
 * How a sheet names its group of units: the regions and municipalities in the UI language, a
 * group of own units as the user named it. A second step (pass on) says whose money it is:
 * `Hospitaler (fra Region Hovedstaden)` in the title; its sheet is `Fordeling 2026 Hospitaler`.
 */
export function groupLabel(
  L: Labels,
  p: Pick<PeriodAllocation, "group">,
): string {
  return (L.groups as Record<string, string>)[p.group] ?? p.group;
}

/** The title's group: a second step names the unit it passes on. */
export function groupTitle(
  L: Labels,
  p: Pick<PeriodAllocation, "group" | "passOn">,
): string {
  const group = groupLabel(L, p);
  if (!p.passOn) return group;
  return L.sheet === "Fordeling"
    ? `${group} (fra ${p.passOn.unit})`
    : `${group} (from ${p.passOn.unit})`;
}

/** The sheet name's suffix: none for the regions' sheet of the first step. */
export function sheetSuffix(L: Labels, p: PeriodAllocation): string {
  return p.group === "Regioner" && !p.passOn ? "" : ` ${groupLabel(L, p)}`;
}
