import { Dec } from "./decimal";
import { Finding, FindingCode, FoldedCause } from "./findings";
import { Key } from "./key";
import { Method } from "./apportion";
import type { AdjustedCell } from "./adjusted";
import type { PublishedSheet, SheetRevision } from "./revision";

/** The two standard groups of units: the 5 regions and the 98 municipalities. */
export type StandardGroup = "Regioner" | "Kommuner";

/**
 * A group of units a national amount can be split over: the regions, the municipalities, or a
 * group of the user's own units (hospitals, departments), named by the key's `Gruppe` column or
 * else by the key's name (SPEC §1 Keys).
 */
export type Group = string;

/** True for the regions and the municipalities (not a group of own units). */
export const isStandardGroup = (group: Group): group is StandardGroup =>
  group === "Regioner" || group === "Kommuner";

/** Who a row's money goes to (SPEC §1, `Modtager`). Unit names are canonical (resolved by the parser). */
export type Recipient =
  | { kind: "group"; group: Group }
  | { kind: "units"; group: Group; units: { unit: string; weight: Dec }[] }
  /** Some of a group's units by the group's key, renormalised (`Kommuner i Region Nordjylland`). */
  | { kind: "subset"; group: Group; label: string; units: string[] }
  /**
   * Fixed amounts to named units first, the rest by the group's key (a pass-on row's own split,
   * SPEC §1 `Videre`). Amounts are in the table's unit and must lie on the step.
   */
  | {
      kind: "split";
      group: Group;
      label: string;
      fixed: { unit: string; amount: Dec }[];
      /**
       * Per period: the amount the fixed amounts are taken from, when it is not the row's own
       * (a sub-item of a row with a split carries the same split pro rata: its parent's amount).
       */
      basis?: (Dec | null)[];
    }
  /**
   * Not the units: shown under Øvrige modtagere. `unknownUnit` when the text was meant as units
   * but names one that is not known: the reader's UNKNOWN_UNIT error is then the one finding.
   */
  | { kind: "other"; label: string; unknownUnit?: true };

/** Channel of a row; `Blok` is by key, the others go to named recipients. Shown as subtotals. */
export type Channel = string;
export const BLOCK: Channel = "Blok";

/** Where a row came from, so findings can point at cells. */
export interface RowSource {
  sheet: string;
  /** Cell address of the name cell (e.g. "A7"). */
  nameCell: string;
  /** Cell address per period index of the amount cell. */
  amountCells: string[];
  /** Cell address of the row's `Nøgle` cell, if the table has one (key findings point here). */
  keyCell?: string;
  /** Cell address of the row's `Modtager` cell, if the table has one (recipient findings point here). */
  recipientCell?: string;
  /** Cell address of the row's `Videre` cell, if the table has one (pass-on findings point here). */
  passOnCell?: string;
}

/** One initiative, or a "heraf" sub-item of one. */
export interface InitiativeRow {
  /** Index in `TableModel.rows`. */
  id: number;
  name: string;
  /** Index of the parent row, or null at top level. Parents come before their children. */
  parent: number | null;
  channel: Channel;
  recipient: Recipient;
  /** Key named in the row's `Nøgle` column, if any. */
  keyName: string | null;
  /** Amount per period index; null = blank (nothing). Parents with no amounts are headings. */
  amounts: (Dec | null)[];
  /**
   * Per period index: true when the amount cell held something that is not a usable number
   * (the parser's finding names the cell). The row is then not allocated in that period
   * (status "error") and its money is reported as excluded, never read as blank.
   */
  unreadable?: boolean[];
  /**
   * Set when the row could not be placed in the tree (an unknown parent, a cycle): the code of
   * the parser's finding. The row is shown at top level with its amounts, allocated in no period.
   */
  leftOut?: FindingCode;
  /** The row's own split for a second step (`Videre` / `Pass on`), as written; absent when blank. */
  passOn?: string;
  source?: RowSource;
}

/** A key as found in the keys table: which group and which periods it covers (null = every period). */
export interface KeyEntry {
  key: Key;
  group: Group;
  period: string | null;
}

/**
 * A key the user wrote that cannot be used (a blank share, an unknown unit, …). Rows that
 * would have used it are not allocated and get no finding of their own: they are folded into
 * `cause`, the key's first error. `name` null: the whole keys table could not be read (any
 * named key may have been in it); `group` null: the key's group could not be told.
 */
export interface BrokenKey {
  name: string | null;
  group: Group | null;
  period: string | null;
  cause: Finding;
}

export interface TableModel {
  periods: string[];
  rows: InitiativeRow[];
  keys: KeyEntry[];
  /** Keys that are there but broken (SPEC §1 Keys); default none. */
  brokenKeys?: BrokenKey[];
}

export interface AllocationOptions {
  /** Excel ROUND decimals: 1 → 0.1, 0 → 1, -3 → 1000. */
  decimals: number;
  method: Method;
  /** Only these periods (default: all). */
  periods?: string[];
  /**
   * Price level (SPEC §2): every amount is restated by this factor, exactly; the national
   * figures are then rounded with the rest. One factor for every period, or one per period
   * (by period label; a period not named is not restated). Absent or 1: amounts as given.
   */
  priceFactor?: Dec | Readonly<Record<string, Dec>>;
  /** The levels the factor goes between (`2025-pl`, `2026-pl`), for titles and the log. */
  priceLevels?: { from: string | null; to: string | null };
  /** Revision (SPEC §2): the published sheets to compare with (reconciled only). */
  previous?: readonly PublishedSheet[];
}

/** The factor a period's amounts are restated by, or null when they are not (absent or 1). */
export function priceFactorFor(
  options: Pick<AllocationOptions, "priceFactor">,
  period: string,
): Dec | null {
  const f = options.priceFactor;
  const factor = !f
    ? null
    : f instanceof Dec
      ? f
      : Object.prototype.hasOwnProperty.call(f, period)
        ? f[period]
        : null;
  return factor && !factor.eq(1) ? factor : null;
}

/** Label of the extra column for money to recipients that are not units. */
export const OTHER_RECIPIENTS = "Øvrige modtagere";

export type RowStatus =
  /** allocated to the units of this sheet */
  | "allocated"
  /** shown under Øvrige modtagere (recipient not a unit, or no key for its group) */
  | "other"
  /** no amount in this period (a heading's total is still shown) */
  | "blank"
  /** not allocated because of an error finding (e.g. NOT_ON_STEP, unknown key) */
  | "error";

export interface AllocatedRow {
  /** Index into `TableModel.rows`. */
  row: number;
  name: string;
  parent: number | null;
  depth: number;
  channel: Channel;
  status: RowStatus;
  /** The national amount shown (a heading's is the sum of its children). */
  national: Dec | null;
  /** Per unit in `PeriodAllocation.units` order; null where nothing is allocated. */
  values: (Dec | null)[];
  /**
   * `values` as whole numbers of steps (10^-decimals), null where `values` is null: the same
   * figures without a Decimal each, for renderers of large tables. Not enumerated: absent from
   * copies, JSON and results made by hand (renderers then use `values`).
   */
  steps?: readonly (bigint | null)[];
  /** Amount under Øvrige modtagere (null when none). */
  other: Dec | null;
  /** True when this row's cells are, per unit, the sum of its children's: shown as SUM formulas. */
  sumOfChildren: boolean;
  /** status "error": the code of the error finding that says why (null: the amount cell could not be read). */
  reason?: FindingCode | null;
  /** status "other": who the money goes to instead (the `Modtager` text), or null when no key covers its group. */
  otherTo?: string | null;
  /** True for a row below a row in error: its figures are shown, but its money is part of that row's, outside the totals. */
  underError?: boolean;
}

/** A channel subtotal (`Blok i alt`) or the grand total (`I alt`), per unit. */
export interface Subtotal {
  label: string;
  channel: Channel | null;
  national: Dec;
  values: Dec[];
  /** `values` as whole numbers of steps (see `AllocatedRow.steps`). */
  steps?: readonly bigint[];
  other: Dec;
  /** Rows (indexes into `PeriodAllocation.rows`) that are summed: the top-level rows of the channel, or all top-level rows. */
  members: number[];
}

export interface PeriodChecks {
  /** Every allocated row's units (+ other) sum to its national amount. */
  rowsAddUp: boolean;
  /** Every parent marked sumOfChildren equals the sum of its children, per unit. */
  childrenAddUp: boolean;
  /** Every unit's subtotals and total equal the sum of their members. */
  columnsAddUp: boolean;
}

/**
 * A row whose money is left out of the sheet's totals (SPEC §3: nothing left out in silence): a
 * row in error whose amount no allocated row above it covers.
 */
export interface ExcludedRow {
  /** Index into `TableModel.rows`. */
  row: number;
  /** Position in `PeriodAllocation.rows`. */
  position: number;
  name: string;
  /** The amount left out; null when the cell could not be read. */
  national: Dec | null;
  /** The code of the error finding that says why (null: the parser's finding on the amount cell). */
  code: FindingCode | null;
  /** Where the row's amount is (for the finding's link). */
  sheet?: string;
  cell?: string;
}

export interface PeriodAllocation {
  period: string;
  group: Group;
  /** Units in key order (for a group without a key: the units named by its rows). */
  units: string[];
  key: Key | null;
  decimals: number;
  method: Method;
  rows: AllocatedRow[];
  subtotals: Subtotal[];
  total: Subtotal;
  /** Largest |shown − exact| over every number shown, in amount units. */
  maxDeviation: Dec;
  /** Row figures shown other than plain ROUND of their exact value would show them (sheet order). */
  adjusted: AdjustedCell[];
  checks: PeriodChecks;
  /** Rows whose money is not in the totals (in sheet order), and their sum (unreadable amounts add nothing). */
  excluded: ExcludedRow[];
  excludedTotal: Dec;
  /** A second step (SPEC §1 pass on): the unit whose published figures are this sheet's national column, and that unit's group. */
  passOn?: { unit: string; from: Group };
  /** With a price level: the factor the amounts were restated by. */
  priceFactor?: Dec;
  /** With `previous`: the figures changed from the published sheet, out of how many compared. */
  revision?: SheetRevision;
}

/** Per group: each unit's total over the periods, the sum of the rounded periods. */
export interface AcrossPeriods {
  group: Group;
  units: string[];
  periods: string[];
  totals: Dec[];
}

export interface TableResult {
  periods: PeriodAllocation[];
  acrossPeriods: AcrossPeriods[];
  findings: Finding[];
  /** Rows not allocated because of a broken key, per cause (see `foldCauses`); default none. */
  folded?: FoldedCause[];
}
