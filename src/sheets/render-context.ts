import type { Finding, Lang } from "../engine";
import type { Labels } from "./labels";
import type { StepChoice } from "./step";

/** First row (0-based) of the allocation table's header: the header block has four rows (SPEC §3). */
export const TABLE_HEADER_ROW = 4;

/** Light fill of a cell shown other than plain ROUND (Excel's "Note" yellow). */
export const ADJUSTED_FILL = "FFF2CC";
/** Kontrol and Kanal: for the eye of whoever checks, not for the memo. */
export const CHECK_GREY = "808080";
/** The font of every generated sheet. */
export const SHEET_FONT = { name: "Calibri", size: 11 };
export const TITLE_SIZE = 14;

/** What every sheet of one fill shares. */
export interface RenderContext {
  L: Labels;
  lang: Lang;
  time: string;
  sources: readonly string[];
  findings: readonly Finding[];
  step: StepChoice | null;
  /** The unit as written above the input (or chosen), e.g. `Mio. kr. (2025-pl)`. */
  unitText: string | null;
  /** The input's own title (`Kræftplan V`), when it has one. */
  title: string | null;
  /** Whether the host writes cell notes (the exact values of adjusted cells). */
  notes: boolean;
  /** The price level after every title (` (2026-pl)`), or "". */
  level: string;
}

/** What one period sheet needs beyond the fill's context. */
export interface PeriodContext extends RenderContext {
  name: string;
  replaces?: string;
  repairs?: boolean;
  tableName: string;
}

/** Columns of a period sheet, 0-based: what prints first, Kontrol and Kanal last (outside the print area). */
export interface Columns {
  name: number;
  national: number;
  firstUnit: number;
  other: number | null;
  /** Why a row is not allocated to the units; only on sheets that have such a row. */
  status: number | null;
  control: number;
  channel: number;
  count: number;
  /** Columns printed: name to Status (or the last amount column). */
  printed: number;
}

export function columnsOf(
  units: number,
  hasOther: boolean,
  hasStatus: boolean,
): Columns {
  const other = hasOther ? 2 + units : null;
  const afterAmounts = 2 + units + (hasOther ? 1 : 0);
  const status = hasStatus ? afterAmounts : null;
  const control = afterAmounts + (hasStatus ? 1 : 0);
  return {
    name: 0,
    national: 1,
    firstUnit: 2,
    other,
    status,
    control,
    channel: control + 1,
    count: control + 2,
    printed: control,
  };
}
