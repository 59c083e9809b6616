/**
 * Which existing sheets Fordel may write into: the one rule both hosts obey (SPEC §3). A sheet is
 * Fordel's only when the host's hidden record says so (`ExistingSheet.generated`); of those, one
 * the user changed or protected is kept, one left half written is repaired. A user's sheet is
 * never touched. A period sheet is found by the period and group it was written for (compared
 * without case), not by its name, so it keeps its identity – and the user's formulas into it –
 * when the period's spelling or the UI language changes the name; the host then renames it in place.
 */
import { finding, Finding, Lang, nameKey, sheetNameKey } from "../engine";
import type { ExistingSheet } from "./grid";
import { sanitizeSheetName } from "./sheet-names";

/** What Fordel may do with an existing sheet. */
export type SheetRole =
  /** Not Fordel's (no record): never deleted, cleared, renamed or appended to. */
  | "user"
  /** Fordel's and unchanged since it was written: may be emptied and written again. */
  | "ours"
  /** Fordel's, but the user changed or protected it: left as it is; the fill writes beside it. */
  | "kept"
  /** Fordel's, and its write never finished: emptied and written again. */
  | "repair";

export function roleOf(sheet: ExistingSheet): SheetRole {
  if (!sheet.generated) return "user";
  if (sheet.protected) return "kept";
  if (sheet.incomplete) return sheet.unchanged === false ? "kept" : "repair";
  return sheet.unchanged === false ? "kept" : "ours";
}

/** True when Fordel may empty the sheet and write into it. */
export function mayReplace(sheet: ExistingSheet): boolean {
  const role = roleOf(sheet);
  return role === "ours" || role === "repair";
}

/** True when Fordel may append its log row to the sheet (the log is never cleared, so a user's note in it is safe). */
export function mayAppend(sheet: ExistingSheet): boolean {
  return sheet.generated && !sheet.protected && !sheet.incomplete;
}

const lower = (s: string | undefined) => nameKey(s ?? "");

/** What a period sheet is for: its identity across renames. */
export interface SheetIdentity {
  period: string;
  group?: string;
}

export interface ChosenSheet {
  name: string;
  /** The current name of the existing sheet written into (emptied, renamed when it differs). */
  replaces?: string;
  /** The sheet replaced was half written. */
  repairs?: boolean;
}

export interface ChosenLog {
  name: string;
  create: boolean;
  /** With create: Fordel's half-made log sheet to be emptied and made again. */
  replaces?: string;
}

/**
 * Chooses, sheet by sheet, where a plan writes, against the workbook's existing sheets. Each
 * existing sheet is written at most once; names given out are not given again; `findings` says
 * which sheets were kept (and why) and which are repaired.
 */
export class SheetChooser {
  readonly findings: Finding[] = [];
  private readonly taken = new Set<string>();
  private readonly used = new Set<ExistingSheet>();

  constructor(
    private readonly existing: readonly ExistingSheet[],
    private readonly lang: Lang,
  ) {}

  /**
   * A period sheet: written into Fordel's replaceable sheet of the same period and group when there
   * is one (else one of the wanted name that records no period), under the first name of
   * `wanted`, `wanted (2)`, … that no other sheet has.
   */
  period(wanted: string, identity: SheetIdentity): ChosenSheet {
    const same = this.existing.filter(
      (s) =>
        s.generated &&
        !this.used.has(s) &&
        s.period !== undefined &&
        lower(s.period) === lower(identity.period) &&
        lower(s.group) === lower(identity.group),
    );
    const target = same.find(mayReplace);
    const kept = same.filter((s) => roleOf(s) === "kept");
    // Without a sheet of the identity: Fordel's sheet of the wanted name that records no period (a host that does not know).
    const chosen = this.pick(
      wanted,
      target,
      (s) => s.generated && s.period === undefined && mayReplace(s),
    );
    for (const s of kept)
      this.kept(s, s.protected ? "protected" : "changed", chosen.name);
    // Another of Fordel's sheets for the same period (the user reverted a kept sheet): not updated, so it says so.
    for (const s of same)
      if (s !== chosen.sheet && mayReplace(s))
        this.kept(s, "duplicate", chosen.name);
    for (const s of chosen.passed)
      if (s.legacyMark) this.kept(s, "legacy", chosen.name);
      else if (roleOf(s) === "kept")
        this.kept(s, s.protected ? "protected" : "changed", chosen.name);
    const sheet = chosen.sheet;
    if (!sheet) return { name: chosen.name };
    if (sheet.incomplete)
      this.findings.push(
        finding(
          "info",
          "SHEET_REPAIRED",
          { sheet: chosen.name },
          { sheet: chosen.name },
          this.lang,
        ),
      );
    return {
      name: chosen.name,
      replaces: sheet.name,
      ...(sheet.incomplete ? { repairs: true } : {}),
    };
  }

  /** The log: appended to Fordel's log sheet of the name, else created under a free name. */
  log(wanted: string): ChosenLog {
    const chosen = this.pick(
      wanted,
      undefined,
      (s) => mayAppend(s) || (s.incomplete === true && mayReplace(s)),
    );
    for (const s of chosen.passed)
      if (s.legacyMark) this.kept(s, "legacy", chosen.name);
    const sheet = chosen.sheet;
    if (!sheet) return { name: chosen.name, create: true };
    return sheet.incomplete
      ? { name: chosen.name, create: true, replaces: sheet.name }
      : { name: chosen.name, create: false };
  }

  /**
   * The first of `wanted`, `wanted (2)`, … not given out yet that is free, or is the name of
   * `identity` (the sheet found by what it is for), or – without an identity – of a sheet
   * `byName` accepts. A free name found first goes to `identity`: the host renames it in place.
   * `passed` are the sheets whose names were in the way.
   */
  private pick(
    wanted: string,
    identity: ExistingSheet | undefined,
    byName: (s: ExistingSheet) => boolean,
  ): { name: string; sheet?: ExistingSheet; passed: ExistingSheet[] } {
    const passed: ExistingSheet[] = [];
    for (let n = 1; ; n++) {
      const name = sanitizeSheetName(wanted, n === 1 ? "" : ` (${n})`);
      const key = sheetNameKey(name);
      if (this.taken.has(key)) continue;
      const holder = this.existing.find((s) => sheetNameKey(s.name) === key);
      const fits =
        holder !== undefined &&
        !this.used.has(holder) &&
        (holder === identity || (!identity && byName(holder)));
      if (holder && !fits) {
        passed.push(holder);
        continue;
      }
      const sheet = holder ?? identity;
      this.taken.add(key);
      if (sheet) {
        this.used.add(sheet);
        this.taken.add(sheetNameKey(sheet.name));
      }
      return { name, sheet, passed };
    }
  }

  private kept(sheet: ExistingSheet, reason: string, written: string): void {
    if (
      this.findings.some(
        (f) => f.code === "SHEET_KEPT" && f.sheet === sheet.name,
      )
    )
      return;
    this.findings.push(
      finding(
        "warning",
        "SHEET_KEPT",
        {
          sheet: sheet.name,
          written,
          reason,
          ...(sheet.changedRows ? { rows: sheet.changedRows } : {}),
        },
        {
          sheet: sheet.name,
          ...(sheet.changedRows ? { cell: sheet.changedRows } : {}),
          ...(sheet.period ? { period: sheet.period } : {}),
        },
        this.lang,
      ),
    );
  }
}
