/**
 * The last line of defence before a host writes, for both hosts: the renderer chose every sheet
 * with src/sheets/ownership.ts, but whatever a plan says, a sheet the rule does not let Fordel
 * replace is never emptied, renamed or appended to, and a new sheet never takes a name in use.
 */
import { sheetNameKey as key } from "../engine";
import type { ExistingSheet } from "./grid";
import { mayAppend, mayReplace } from "./ownership";
import type { WritePlan } from "./plan";
import { MAX_SHEET_NAME } from "./sheet-names";

/** A plan that would touch a sheet the add-in may not write (a bug upstream; nothing was written). */
export class UnsafePlanError extends Error {}

const INVALID_NAME = /[[\]:*?/\\]/;

export interface CheckOptions {
  /** Excel Tables in the workbook: a table the plan adds must not take the name of one that stays. */
  tables?: readonly { name: string; sheet: string }[];
}

export function checkPlan(
  plan: WritePlan,
  existing: readonly ExistingSheet[],
  options: CheckOptions = {},
): void {
  const known = new Map(existing.map((s) => [key(s.name), s]));
  const replaced = new Set<string>();
  const replace = (name: string, what: string) => {
    const old = known.get(key(name));
    if (!old)
      throw new UnsafePlanError(
        `Sheet "${name}" to be ${what} does not exist.`,
      );
    if (!mayReplace(old))
      throw new UnsafePlanError(
        `Sheet "${name}" is not Fordel's unchanged sheet; it is not ${what}.`,
      );
    if (replaced.has(key(name)))
      throw new UnsafePlanError(`The plan writes into "${name}" twice.`);
    replaced.add(key(name));
  };
  for (const sheet of plan.sheets)
    if (sheet.replaces) replace(sheet.replaces, "replaced");
  if (plan.log.create && plan.log.replaces)
    replace(plan.log.replaces, "made the log");

  const names = new Set<string>();
  const claim = (name: string, replaces: string | undefined) => {
    if (!name || name.length > MAX_SHEET_NAME || INVALID_NAME.test(name))
      throw new UnsafePlanError(`"${name}" is not a valid sheet name.`);
    const holder = known.get(key(name));
    if (holder && key(holder.name) !== key(replaces ?? ""))
      throw new UnsafePlanError(
        `A sheet named "${name}" exists and is kept; the plan must use another name.`,
      );
    if (names.has(key(name)))
      throw new UnsafePlanError(`The plan writes the sheet "${name}" twice.`);
    names.add(key(name));
  };
  // Ownership is the hidden record, not a mark in the cells (SPEC §3): nothing to check in A1.
  for (const sheet of plan.sheets) claim(sheet.name, sheet.replaces);

  const log = plan.log;
  if (log.create) claim(log.sheet, log.replaces);
  else {
    if (names.has(key(log.sheet)) || replaced.has(key(log.sheet)))
      throw new UnsafePlanError(
        `The log sheet "${log.sheet}" is also an allocation sheet of the plan.`,
      );
    const old = known.get(key(log.sheet));
    if (!old)
      throw new UnsafePlanError(`The log sheet "${log.sheet}" does not exist.`);
    if (!mayAppend(old))
      throw new UnsafePlanError(
        `Sheet "${log.sheet}" is not Fordel's log; no row is appended to it.`,
      );
  }

  // Tables on the sheets written into are converted to plain cells first; every other keeps its name.
  const staying = new Set(
    (options.tables ?? [])
      .filter((t) => !replaced.has(key(t.sheet)))
      .map((t) => key(t.name)),
  );
  for (const sheet of plan.sheets)
    if (sheet.table && staying.has(key(sheet.table.name)))
      throw new UnsafePlanError(
        `An Excel Table named "${sheet.table.name}" exists; the plan must use another name.`,
      );
}
