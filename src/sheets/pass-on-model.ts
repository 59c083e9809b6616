import {
  Dec,
  FindingCode,
  FindingParams,
  FindingPlace,
  Group,
  InitiativeRow,
  PeriodAllocation,
  Recipient,
  TableModel,
  toSteps,
} from "../engine";
import { nameKey, sameName } from "../engine";
import { parsePassOnSplit } from "./pass-on-split";
import { FindingList } from "./report";

/**
 * The second step's table (SPEC §1 pass on): the first model's rows with the unit's published
 * figures as their amounts, each to the group by its key or by its own `Videre` split.
 */

/** Where a finding about a row's `Videre` cell points. */
export const passOnPlace = (r: InitiativeRow): FindingPlace =>
  r.source
    ? {
        sheet: r.source.sheet,
        cell: r.source.passOnCell ?? r.source.nameCell,
        initiative: r.name,
      }
    : { initiative: r.name };

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
export function secondModel(
  model: TableModel,
  sheets: readonly PeriodAllocation[],
  unit: string,
  group: Group,
  decimals: number,
  out: FindingList,
): TableModel {
  const amounts = passedOnAmounts(model, sheets, unit);
  const { recipients, keyName } = passOnRecipients(
    model,
    amounts,
    group,
    decimals,
    out,
  );
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

/** Per row and period, the unit's figure the row passes on (null: none). */
function passedOnAmounts(
  model: TableModel,
  sheets: readonly PeriodAllocation[],
  unit: string,
): (Dec | null)[][] {
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
  return amounts;
}

/** Each row's recipient in the second step (the group, a split, or Øvrige) and its key name. */
function passOnRecipients(
  model: TableModel,
  amounts: readonly (Dec | null)[][],
  group: Group,
  decimals: number,
  out: FindingList,
): { recipients: Recipient[]; keyName: (string | null)[] } {
  const recipients: Recipient[] = model.rows.map(() => ({
    kind: "group",
    group,
  }));
  const keyName: (string | null)[] = model.rows.map(() => null);
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
        passOnPlace(r),
      );
      recipients[r.id] = inherited;
      keyName[r.id] = keyName[r.parent!];
      continue;
    }
    const made = readSplit(
      r.passOn,
      amounts[r.id],
      model,
      group,
      decimals,
      out,
    );
    if (made.keyName !== undefined) keyName[r.id] = made.keyName;
    if ("recipient" in made) recipients[r.id] = made.recipient;
    else {
      // A split that cannot be used: the row (and its sub-items) is not passed on to the units but
      // shown under Øvrige modtagere, so the unit's column still adds up, and the error says why.
      out.add(
        "error",
        made.code,
        { initiative: r.name, ...made.params },
        passOnPlace(r),
      );
      recipients[r.id] = { kind: "other", label: r.passOn ?? r.name };
    }
  }
  return { recipients, keyName };
}

/** A row's `Videre` split read: the recipient it makes (and the key its rest names), or why it cannot be used. */
type SplitRead = { keyName?: string } & (
  { recipient: Recipient } | { code: FindingCode; params: FindingParams }
);

function readSplit(
  passOn: string,
  amounts: (Dec | null)[],
  model: TableModel,
  group: Group,
  decimals: number,
  out: FindingList,
): SplitRead {
  const read = parsePassOnSplit(passOn, out.lang);
  if ("bad" in read)
    return { code: "PASS_ON_SPLIT_BAD", params: { part: read.bad } };
  const rest = read.split.rest;
  let keyName: string | undefined;
  if (rest !== null && !sameName(rest, group)) {
    keyName = model.keys
      .filter((e) => e.group === group)
      .map((e) => e.key.name)
      .find((k) => sameName(k, rest));
    if (keyName === undefined)
      return { code: "PASS_ON_SPLIT_BAD", params: { part: `rest: ${rest}` } };
  }
  const ownUnits = new Map<string, string>();
  for (const e of model.keys)
    if (e.group === group)
      for (const u of e.key.units) ownUnits.set(nameKey(u), u);
  const label = passOn.replace(/\s*\n\s*/g, "; ");
  const problem = splitProblem(
    read.split.fixed,
    amounts,
    model.periods,
    decimals,
  );
  if (problem)
    return {
      keyName,
      code: problem.code,
      params: { ...problem.params, split: label },
    };
  return {
    keyName,
    recipient: {
      kind: "split",
      group,
      label,
      fixed: read.split.fixed.map((f) => ({
        unit: ownUnits.get(nameKey(f.name)) ?? f.name,
        amount: f.amount,
      })),
      basis: amounts,
    },
  };
}
