import {
  allocateTable,
  AllocationOptions,
  Finding,
  FindingCode,
  Group,
  Lang,
  TableModel,
  TableResult,
} from "../engine";
import { sameName } from "../engine";
import { passOnPlace, secondModel } from "./pass-on-model";
import { FindingList } from "./report";
import { resolveUnit } from "./units";

/**
 * Passing money on (SPEC §1, §3): one unit's column of a finished allocation becomes the
 * amounts of a second allocation over that unit's own key – Region Hovedstaden's figures over
 * its hospitals. The second allocation has the same rows and sub-items; its national amounts are
 * the unit's figures exactly as published on the first sheet, and it is allocated (and
 * reconciled) like any table. Rows may carry their own split (`Videre`): fixed amounts first,
 * the rest by the key; their sub-items carry the same split pro rata.
 */
export interface PassOn {
  /** The unit whose column is passed on, as the user wrote it (`Region Hovedstaden`). */
  unit: string;
  /** The group of own units it is passed on to (`Hospitaler`). */
  group: string;
}

/** `Region Hovedstaden=Hospitaler` (also `→` or `->`), or null when it is not of that form. */
export function parsePassOnText(text: string): PassOn | null {
  const m = /^(.+?)\s*(?:=|->|→)\s*(.+)$/.exec(text.trim());
  if (!m || m[1].trim() === "" || m[2].trim() === "") return null;
  return { unit: m[1].trim(), group: m[2].trim() };
}

/** `Region Hovedstaden=Hospitaler`: how a pass-on is written on the command line and in findings. */
export const passOnText = (p: PassOn) => `${p.unit}=${p.group}`;

/** One second step: its model (for the independent checker), its result and its findings. */
export interface PassOnStep {
  passOn: { unit: string; from: Group; group: Group };
  model: TableModel;
  result: TableResult;
}

/** Codes of the second step's findings that only repeat the first step's (said there once). */
const SAID_IN_FIRST_STEP = new Set<FindingCode>([
  "NEGATIVE_AMOUNT",
  "CHILDREN_SUM_MISMATCH",
]);

/**
 * Every pass-on of the settings, in order: the second steps that could be made, and findings
 * for those that could not (an unknown unit or group) and for `Videre` cells no pass-on used.
 */
export function passOnSteps(
  model: TableModel,
  first: TableResult,
  passOns: readonly PassOn[],
  options: AllocationOptions,
  lang: Lang,
): { steps: PassOnStep[]; findings: Finding[] } {
  const out = new FindingList(lang);
  const steps: PassOnStep[] = [];
  for (const p of passOns) {
    const step = passOnStep(model, first, p, options, out);
    if (step) steps.push(step);
  }
  const withSplit = model.rows.filter((r) => r.passOn !== undefined);
  if (steps.length === 0 && withSplit.length > 0) {
    const names = withSplit.map((r) => `"${r.name}"`);
    out.add(
      "info",
      "PASS_ON_SPLIT_UNUSED",
      {
        count: withSplit.length,
        names: names.slice(0, 3).join(", ") + (names.length > 3 ? ", …" : ""),
      },
      passOnPlace(withSplit[0]),
    );
  }
  for (const s of steps)
    out.addAll(
      s.result.findings.filter((f) => !SAID_IN_FIRST_STEP.has(f.code)),
    );
  return { steps, findings: out.items };
}

/** The unit's name as the first step's sheets write it (a region, municipality or own unit), or null. */
function unitOf(result: TableResult, text: string): string | null {
  const standard = resolveUnit(text)?.name;
  for (const p of result.periods)
    for (const u of p.units) if (u === standard || sameName(u, text)) return u;
  return null;
}

function passOnStep(
  model: TableModel,
  first: TableResult,
  p: PassOn,
  options: AllocationOptions,
  out: FindingList,
): PassOnStep | null {
  const said = passOnText(p);
  const unit = unitOf(first, p.unit);
  if (unit === null) {
    out.add(
      "error",
      "PASS_ON_UNIT_UNKNOWN",
      { unit: p.unit, passOn: said },
      {},
    );
    return null;
  }
  const group = model.keys.find((e) => sameName(e.group, p.group))?.group;
  if (group === undefined) {
    const groups = [
      ...new Set(
        model.keys
          .map((e) => e.group)
          .filter((g) => g !== "Regioner" && g !== "Kommuner"),
      ),
    ];
    out.add(
      "error",
      "PASS_ON_GROUP_UNKNOWN",
      {
        unit,
        group: p.group,
        passOn: said,
        groups: groups.length > 0 ? groups.join(", ") : "–",
      },
      {},
    );
    return null;
  }
  // The sheets of the first step the unit is on, by period (a unit is in one group).
  const sheets = first.periods.filter(
    (q) => !q.passOn && q.units.includes(unit),
  );
  const second = secondModel(model, sheets, unit, group, options.decimals, out);
  const result = allocateTable(second, options);
  const from = sheets[0]?.group ?? "Regioner";
  for (const q of result.periods) q.passOn = { unit, from };
  out.add(
    "info",
    "PASS_ON_DONE",
    {
      unit,
      group,
      periods: result.periods.map((q) => q.period).join(", ") || "–",
    },
    {},
  );
  return { passOn: { unit, from, group }, model: second, result };
}

/**
 * What the pane offers in "Fordel videre": the units of the first step's sheets (in sheet
 * order) and the groups of own units in the keys table.
 */
export function passOnChoices(
  model: TableModel | null,
  result: TableResult | null,
): { units: string[]; groups: string[] } {
  const units = new Set<string>();
  for (const p of result?.periods ?? [])
    if (!p.passOn) for (const u of p.units) units.add(u);
  const groups = new Set<string>();
  for (const e of model?.keys ?? [])
    if (e.group !== "Regioner" && e.group !== "Kommuner") groups.add(e.group);
  return { units: [...units], groups: [...groups] };
}
