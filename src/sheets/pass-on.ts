import {
  allocateTable,
  AllocationOptions,
  Dec,
  Finding,
  FindingCode,
  FindingParams,
  FindingPlace,
  Group,
  InitiativeRow,
  Lang,
  PeriodAllocation,
  Recipient,
  TableModel,
  TableResult,
  toSteps,
} from "../engine";
import { nameKey, sameName } from "./names";
import { parsePassOnSplit } from "./pass-on-split";
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
      placeOf(withSplit[0]),
    );
  }
  for (const s of steps)
    out.addAll(
      s.result.findings.filter((f) => !SAID_IN_FIRST_STEP.has(f.code)),
    );
  return { steps, findings: out.items };
}

const placeOf = (r: InitiativeRow): FindingPlace =>
  r.source
    ? {
        sheet: r.source.sheet,
        cell: r.source.passOnCell ?? r.source.nameCell,
        initiative: r.name,
      }
    : { initiative: r.name };

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
 * Why a split cannot be made, checked once on the row that has it (its sub-items carry it pro
 * rata): a fixed amount off the step, or fixed amounts above the unit's figure in a period.
 */
function splitProblem(
  fixed: readonly { name: string; amount: Dec }[],
  amounts: readonly (Dec | null)[],
  periods: readonly string[],
  decimals: number,
): { code: FindingCode; params: FindingParams } | null {
  const off = fixed.find((f) => toSteps(f.amount, decimals) === null);
  const first = amounts.findIndex((a) => a !== null);
  if (off)
    return {
      code: "PASS_ON_SPLIT_OFF_STEP",
      params: {
        unit: off.name,
        amount: off.amount.toString(),
        decimals,
        period: periods[Math.max(0, first)],
      },
    };
  const total = fixed.reduce((a, f) => a.plus(f.amount), new Dec(0));
  const pi = amounts.findIndex((a) => a !== null && total.gt(a));
  if (pi < 0) return null;
  return {
    code: "PASS_ON_SPLIT_TOO_LARGE",
    params: {
      fixed: total.toString(),
      amount: amounts[pi]!.toString(),
      period: periods[pi],
    },
  };
}

/**
 * The second step's table: the first model's rows (same ids, parents, channels), each row's
 * amount the unit's published figure where the row had an amount of its own and was allocated,
 * every row to the group by its key, or by its `Videre` split.
 */
function secondModel(
  model: TableModel,
  sheets: readonly PeriodAllocation[],
  unit: string,
  group: Group,
  decimals: number,
  out: FindingList,
): TableModel {
  const amounts: (Dec | null)[][] = model.rows.map(() =>
    model.periods.map(() => null),
  );
  for (const q of sheets) {
    const pi = model.periods.indexOf(q.period);
    const u = q.units.indexOf(unit);
    const figures = new Map(q.rows.map((r) => [r.row, r]));
    // Only money the unit's column counts: allocated rows with an amount of their own whose
    // rows above pass their money down (headings, or rows passed on themselves) – not a
    // sub-item of a row that went elsewhere (Øvrige, an error) as a whole.
    const open = model.rows.map(() => false);
    for (const m of model.rows) {
      const above = m.parent === null || open[m.parent];
      const r = figures.get(m.id);
      const figure = r?.values[u];
      const own = m.amounts[pi] !== null;
      // A heading passes on its figure too: the first step may have rounded it on its own
      // (methods other than reconciled), and the unit's total counts that figure.
      if (
        above &&
        r &&
        figure !== null &&
        figure !== undefined &&
        (own ? r.status === "allocated" : r.status !== "error") &&
        !r.underError
      )
        amounts[m.id][pi] = figure;
      open[m.id] = above && (amounts[m.id][pi] !== null || !own);
    }
  }
  const keyNames = model.keys
    .filter((e) => e.group === group)
    .map((e) => e.key.name);
  const recipients: Recipient[] = model.rows.map(() => ({
    kind: "group",
    group,
  }));
  const keyName: (string | null)[] = model.rows.map(() => null);
  // A split that cannot be used: the row (and its sub-items) is not passed on to the units but
  // shown under Øvrige modtagere, so the unit's column still adds up, and the error says why.
  const bad = (r: InitiativeRow, code: FindingCode, params: FindingParams) => {
    out.add("error", code, { initiative: r.name, ...params }, placeOf(r));
    recipients[r.id] = { kind: "other", label: r.passOn ?? r.name };
  };
  for (const r of model.rows) {
    if (r.passOn === undefined) {
      if (r.parent !== null) {
        // A sub-item of a row with a split carries its parent's split (and key).
        recipients[r.id] = recipients[r.parent];
        keyName[r.id] = keyName[r.parent];
      }
      continue;
    }
    const inherited = r.parent === null ? null : recipients[r.parent];
    // A row whose money is not passed on (it went elsewhere in the first step) has nothing to split.
    if (amounts[r.id].every((a) => a === null)) {
      if (inherited) recipients[r.id] = inherited;
      continue;
    }
    // Under a row with a split, the sub-item carries that split: its own is not used, and said so.
    if (inherited?.kind === "split") {
      out.add(
        "warning",
        "PASS_ON_SPLIT_BAD",
        { initiative: r.name, part: r.passOn },
        placeOf(r),
      );
      recipients[r.id] = inherited;
      keyName[r.id] = keyName[r.parent!];
      continue;
    }
    const read = parsePassOnSplit(r.passOn, out.lang);
    if ("bad" in read) {
      bad(r, "PASS_ON_SPLIT_BAD", { part: read.bad });
      continue;
    }
    const rest = read.split.rest;
    if (rest !== null && !sameName(rest, group)) {
      const named = keyNames.find((k) => sameName(k, rest));
      if (named === undefined) {
        bad(r, "PASS_ON_SPLIT_BAD", { part: `rest: ${rest}` });
        continue;
      }
      keyName[r.id] = named;
    }
    const ownUnits = new Map<string, string>();
    for (const e of model.keys)
      if (e.group === group)
        for (const u of e.key.units) ownUnits.set(nameKey(u), u);
    const label = r.passOn.replace(/\s*\n\s*/g, "; ");
    const problem = splitProblem(
      read.split.fixed,
      amounts[r.id],
      model.periods,
      decimals,
    );
    if (problem) {
      bad(r, problem.code, { ...problem.params, split: label });
      continue;
    }
    recipients[r.id] = {
      kind: "split",
      group,
      label,
      fixed: read.split.fixed.map((f) => ({
        unit: ownUnits.get(nameKey(f.name)) ?? f.name,
        amount: f.amount,
      })),
      basis: amounts[r.id],
    };
  }
  return {
    periods: model.periods,
    keys: model.keys.filter((e) => e.group === group),
    brokenKeys: (model.brokenKeys ?? []).filter(
      (b) => b.group === group || b.group === null,
    ),
    rows: model.rows.map((r) => {
      const row: InitiativeRow = {
        id: r.id,
        name: r.name,
        parent: r.parent,
        channel: r.channel,
        recipient: recipients[r.id],
        keyName: keyName[r.id],
        amounts: amounts[r.id],
      };
      if (r.source) row.source = r.source;
      return row;
    }),
  };
}
