/**
 * Everything the task pane needs from its host, in one place. The pane never touches Office.js:
 * `officeHost.ts` implements this over src/excel, tests and the browser e2e use a fake.
 * View types are plain data (strings, numbers), ready to show; `views.ts` derives them from a
 * FillOutcome so every host shows the same figures.
 */
import type { Finding, Group, Method, PeriodChecks } from "../engine";
import type { FillStage } from "../excel/fill";
import type { PickedRanges, RangeRef } from "../excel/read";
import type { FillOutcome, FillSettings } from "../sheets/fill-types";

// The pane's names for the Excel adapter's types (plain data, no Office.js objects).
export type { FillStage, RangeRef };

export type TableRole = "initiatives" | "keys";

/** Ranges the user picked in the pane for tables that have no Excel Table or sheet of their name (SPEC §1). */
export type PickedTables = PickedRanges;

/** Where a table was found: an Excel Table, a sheet of that name, or a range picked in the pane. */
export interface TableFound extends RangeRef {
  role: TableRole;
  kind: "table" | "sheet" | "picked";
  /** The Excel Table's or sheet's name ("" when picked). */
  name: string;
}

export interface KeyView {
  name: string;
  group: Group;
  /** The period the key is for; null = every period. */
  period: string | null;
  units: number;
}

export interface UnitsView {
  group: Group;
  /** Units in key order. */
  units: string[];
}

/** What a check (read + parse + compute, nothing written) found. */
export interface CheckView {
  tables: TableFound[];
  /** Tables not found: the pane explains how to make or pick them. */
  missing: TableRole[];
  periods: string[];
  units: UnitsView[];
  keys: KeyView[];
  /** Number of initiative rows (sub-items included). */
  initiatives: number;
  /** Decimals the input's amounts use (the default step), null when unknown. */
  detectedDecimals: number | null;
  findings: Finding[];
  /** True when nothing could be filled (no initiatives or no keys). */
  unusable: boolean;
  /** The step and method a fill with these settings uses; null when nothing can be filled. */
  step?: StepView | null;
  method?: Method;
  /** The amounts' unit as the input says it (`Mio. kr. (2025-pl)`), null when none. */
  unitText?: string | null;
  /** Per period and group: what the fill would write (the preview before writing). */
  preview?: PeriodPreview[];
  /** The sheets a fill would write, and the log; null when nothing can be filled. */
  writes?: WritesView | null;
  /** What "Fordel videre" offers: the first step's units and the keys' groups of own units. */
  passOn?: { units: string[]; groups: string[] };
}

/** A figure shown other than plain ROUND would show it (PeriodAllocation.adjusted), by name. */
export interface AdjustedView {
  initiative: string;
  unit: string;
  /** Plain decimal strings: the exact share (a few places finer than the step), shown, ROUND's. */
  exact: string;
  shown: string;
  round: string;
}

/** One period sheet before it is written: each unit's total and the cells rounded against ROUND. */
export interface PeriodPreview {
  period: string;
  group: Group;
  /** The sheet it goes to (clashes resolved), "" when unknown. */
  sheet: string;
  decimals: number;
  units: string[];
  /** Per unit, the total shown (plain decimal string). */
  totals: string[];
  adjusted: AdjustedView[];
}

/** What a fill writes: new sheets, Fordel's own sheets it replaces (with their current names), the log. */
export interface WritesView {
  sheets: { name: string; replaces: string | null }[];
  /** How many of them are allocation sheets (the button's count; the findings and change sheets go with them). */
  allocations: number;
  log: string;
}

/** Office's theme as Office.context.officeTheme reports it (absent outside Office or in old hosts). */
export interface OfficeThemeView {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
  /** Office.ThemeId: 0 Black, 1 Colorful, 2 DarkGray, 3 White. */
  themeId?: number;
}

/** One written sheet: one period and group of units. */
export interface PeriodResultView {
  period: string;
  group: Group;
  /** The sheet written (clashes resolved), to activate from the pane. */
  sheet: string;
  /** Rows on the sheet, and how many of them were left out because of an error finding. */
  rows: number;
  rowsWithErrors: number;
  /** Rows whose money is not in the sheet's totals, their sum (plain decimal string) and how many could not be read. */
  excludedRows: number;
  excludedTotal: string;
  excludedUnreadable: number;
  /** Error findings about this period (or about no period in particular). */
  errors: number;
  units: number;
  decimals: number;
  method: Method;
  /** Largest |shown − exact| as a plain decimal string ("0.047"), in the table's amount unit. */
  maxDeviation: string;
  checks: PeriodChecks;
}

/** The step used and why: the user's setting, or the amount cell with the most decimals. */
export interface StepView {
  decimals: number;
  reason: "setting" | "amounts";
  /** reason "amounts": the deciding cell (`Initiativer!C7`) and its text as written; null when there are no amounts. */
  place: string | null;
  text: string | null;
}

export interface FillView {
  periods: PeriodResultView[];
  findings: Finding[];
  /** The decimals actually used. */
  decimals: number | null;
  /** The step and why (absent from views made before the step was reported). */
  step?: StepView | null;
  /** The unit written above the initiatives table, null when none. */
  unitText?: string | null;
  /** The log sheet a row was appended to, null when nothing was written. */
  logSheet: string | null;
  unusable: boolean;
  /** True when the sheets were not all written (a SHEET_INCOMPLETE or WORKBOOK_PROTECTED finding says why). */
  stopped?: boolean;
}

export interface FillProgress {
  stage: FillStage;
  /** 0..1 when the host knows how far it is; absent = indeterminate. */
  fraction?: number;
}

/** The last fill started from the ribbon (src/excel/lastFill.ts records it in the shared runtime). */
export interface RibbonFillReport {
  /** null when the fill failed before there was an outcome. */
  outcome: FillOutcome | null;
  /** What went wrong when the fill failed (Excel error, unreadable workbook…), else null. */
  error: string | null;
}

export interface PaneHost {
  /** False when the page was opened outside Excel (a plain browser): the pane says so. */
  inExcel: boolean;
  /** Office's display language, e.g. "da-DK"; chooses the UI language until one is saved. */
  displayLanguage: string;
  /** Office's theme; null when Office does not say (the pane then follows the browser). */
  officeTheme?: OfficeThemeView | null;
  /** Reads the workbook and computes without writing. */
  check(settings: FillSettings, picked: PickedTables): Promise<CheckView>;
  /** Reads, computes and writes the allocation sheets and the log row. */
  fill(
    settings: FillSettings,
    picked: PickedTables,
    onProgress: (progress: FillProgress) => void,
  ): Promise<FillView>;
  /** Settings saved in the document (the ribbon button uses them); null when none were saved. */
  loadSettings(): Promise<FillSettings | null>;
  saveSettings(settings: FillSettings): Promise<void>;
  /** The range selected in Excel now, to use as a table the pane could not find. */
  selectedRange(): Promise<RangeRef>;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  /** The last ribbon fill in this session (the ribbon opens the pane on errors or failure). */
  lastRibbonFill(): RibbonFillReport | null;
  /** Calls `listener` on every later ribbon fill (the pane may already be open); returns the unsubscribe. */
  onRibbonFill(listener: (fill: RibbonFillReport) => void): () => void;
}
