import type { Finding, Lang, Method, TableModel, TableResult } from "../engine";
import type { WorkbookGrid } from "./grid";
import type { WritePlan } from "./plan";

/** How to fill: chosen in the task pane (saved in the document) or on the command line. */
export interface FillSettings {
  /** Excel ROUND decimals; null/undefined = the finest decimal place used by the input amounts. */
  decimals?: number | null;
  method: Method;
  /** Only these periods (default: all). */
  periods?: string[];
  lang: Lang;
}

export const DEFAULT_SETTINGS: FillSettings = {
  decimals: null,
  method: "reconciled",
  lang: "da",
};

/** Everything one fill produces, host-agnostic: the hosts only read the grid and write the plan. */
export interface FillOutcome {
  model: TableModel | null;
  result: TableResult | null;
  /** null when the input is unusable (no initiatives table, no keys). */
  plan: WritePlan | null;
  findings: Finding[];
  /** The decimals actually used. */
  decimals: number | null;
  /** True when nothing could be filled (SPEC §5 exit code 2). */
  unusable: boolean;
}

/** Signature of `planFill` in src/sheets/fill.ts: grid → model → engine → plan, in one place for every host. */
export type PlanFill = (
  grid: WorkbookGrid,
  settings: FillSettings,
  now: Date,
) => FillOutcome;
