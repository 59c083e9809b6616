import type {
  Finding,
  Lang,
  Method,
  PublishedSheet,
  TableModel,
  TableResult,
} from "../engine";
import type { PriceLevel } from "./price-level";
import type { WorkbookGrid } from "./grid";
import type { PassOn, PassOnStep } from "./pass-on";
import type { TableSources } from "./locate";
import type { WritePlan } from "./plan";
import type { StepChoice } from "./step";

/** How to fill: chosen in the task pane (saved in the document) or on the command line. */
export interface FillSettings {
  /** Excel ROUND decimals; null/undefined = the finest decimal place used by the input amounts. */
  decimals?: number | null;
  method: Method;
  /** Only these periods (default: all). */
  periods?: string[];
  lang: Lang;
  /** Units whose column is passed on to a group of own units (`Region Hovedstaden` → `Hospitaler`), in order; default none. */
  passOn?: PassOn[];
  /**
   * Price level factor as typed: `1,028` (every period), `2026=1,028; 2027=1,031` (per period);
   * absent: the workbook's `Prisniveau` table, if any.
   */
  priceFactor?: string | null;
  /**
   * Revision (SPEC §2): compare with Fordel's published sheets. In Excel, Fordel's own sheets of
   * the same periods and groups (default on; false switches it off); the host reads them.
   */
  revision?: boolean;
  /** The published sheets to revise against (read by the host: `--previous`, or Fordel's own sheets). */
  previous?: readonly PublishedSheet[];
  /** The amounts' unit for the sheets' titles (`Mio. kr. (2025-pl)`); default: as written above the input table. */
  unit?: string | null;
  /** Units as columns (default) or as rows (`transposed`, for sheets with 98 municipalities). */
  layout?: "columns" | "transposed";
}

export const DEFAULT_SETTINGS: FillSettings = {
  decimals: null,
  method: "reconciled",
  lang: "da",
};

/** What reading and computing found, before anything is rendered: all a check needs. */
export interface FillAnalysis {
  /** null when there is no initiatives table with names and periods. */
  model: TableModel | null;
  /** null when the input is unusable. */
  result: TableResult | null;
  /** The parser's and the engine's findings, in the settings' language. */
  findings: Finding[];
  /** The second steps made (`passOn`): their own models and results; their periods are also in `result`. */
  passOnSteps?: PassOnStep[];
  /** The decimals actually used (null when there are none to use). */
  decimals: number | null;
  /** The step used and why: the user's setting, or which amount cell decided it (null with `decimals`). */
  step: StepChoice | null;
  /** The unit written above the initiatives table (`Mio. kr. (2025-pl)`), null when none. */
  unitText: string | null;
  /** The title above the initiatives table (`Kræftplan V`): the output sheets' titles start with it. */
  titleText?: string | null;
  /** Where the tables were found. */
  sources: TableSources;
  /** Per period restated: the price level its amounts were restated by (for titles and the log); null when none. */
  priceLevel?: ReadonlyMap<string, PriceLevel> | null;
  /**
   * True when nothing can be filled (SPEC §5 exit code 2): no initiatives table with names and
   * periods, or no keys table although some row goes to Regioner or Kommuner by key.
   */
  unusable: boolean;
}

/** Everything one fill produces, host-agnostic: the hosts only read the grid and write the plan. */
export interface FillOutcome {
  model: TableModel | null;
  result: TableResult | null;
  /** null when the input is unusable (see FillAnalysis.unusable). */
  plan: WritePlan | null;
  findings: Finding[];
  /** The decimals actually used. */
  decimals: number | null;
  /** The step used and why, and the table's unit (planFill always says; optional so outcomes made by hand stay valid). */
  step?: StepChoice | null;
  unitText?: string | null;
  /** True when nothing could be filled (SPEC §5 exit code 2; see FillAnalysis.unusable). */
  unusable: boolean;
  /** Where the tables were found (planFill always says; optional so outcomes made by hand stay valid). */
  sources?: TableSources;
}

/** Signature of `planFill` in src/sheets/fill.ts: grid → model → engine → plan, in one place for every host. */
export type PlanFill = (
  grid: WorkbookGrid,
  settings: FillSettings,
  now: Date,
) => FillOutcome;
