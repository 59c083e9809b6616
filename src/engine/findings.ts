import { messageFor, Lang } from "./messages";

export type Severity = "error" | "warning" | "info";

/** Every finding code, SPEC §4 plus the key errors of the engine. */
/** Codes of own units and passing money on (issue 14); their messages close messages-da.ts and messages-en.ts. */
export type OwnUnitCode =
  | "KEY_OWN_AND_STANDARD_UNITS"
  | "KEY_OWN_GROUP_NAME"
  | "SUBSET_NOT_IN_KEY"
  | "PASS_ON_UNIT_UNKNOWN"
  | "PASS_ON_GROUP_UNKNOWN"
  | "PASS_ON_SPLIT_BAD"
  | "PASS_ON_SPLIT_OFF_STEP"
  | "PASS_ON_SPLIT_TOO_LARGE"
  | "PASS_ON_SPLIT_UNUSED"
  | "PASS_ON_DONE";

export type FindingCode =
  | "BAD_NUMBER"
  | "UNKNOWN_UNIT"
  | "UNKNOWN_KEY"
  | "AMBIGUOUS_KEY"
  | "KEY_SUM"
  | "KEY_PRECISION"
  | "KEY_EMPTY"
  | "KEY_NEGATIVE"
  | "KEY_ALL_ZERO"
  | "KEY_DUPLICATE_UNIT"
  | "CHILDREN_SUM_MISMATCH"
  | "PERIOD_TOTAL_MISMATCH"
  | "NOT_ON_STEP"
  | "DUPLICATE_INITIATIVE"
  | "NEGATIVE_AMOUNT"
  | "TEXT_LOOKS_LIKE_FORMULA"
  | "MISSING_TABLE"
  | "MISSING_COLUMN"
  | "UNKNOWN_PARENT"
  | "NO_MUNICIPAL_KEY"
  | "OTHER_RECIPIENT"
  | "TOTALS_DO_NOT_ADD_UP"
  | "ROWS_NOT_READ"
  // Settings checked against the table, one rule for CLI, pane and ribbon (src/sheets/settings-check.ts).
  | "PERIOD_NOT_IN_TABLE"
  | "NO_PERIOD_CHOSEN"
  | "DECIMALS_OUT_OF_RANGE"
  // Reading sheets as officers lay them out (issue 10).
  | "TABLE_FOUND"
  | "AMBIGUOUS_TABLE"
  | "TABLE_NOT_FOUND"
  | "DUPLICATE_PERIOD"
  | "PERIOD_FROM_DATE"
  | "COLUMN_NOT_READ"
  | "UNCOMPUTED_FORMULA"
  | "AMBIGUOUS_NUMBER"
  | "PARENT_CYCLE"
  | "PARENT_LEFT_OUT"
  | "HERAF_READ"
  | "HERAF_UNCLEAR"
  | "USER_TOTAL_MISMATCH"
  | "USER_TOTALS_READ"
  // Keys as users paste them (issue 10): gaps, blanks, readings, aggregate lines.
  | "KEY_MISSING_UNITS"
  | "KEY_BLANK_SHARE"
  | "KEY_BLANK_UNIT"
  | "KEY_MIXED_GROUPS"
  | "KEY_READING"
  | "KEY_AGGREGATE_LINES"
  | "KEY_CODE_NAME_MISMATCH"
  | "KEY_COLUMN_NOT_READ"
  | "NO_KEY"
  | "COARSE_STEP"
  | "CELLS_NOT_READ"
  | "SHEET_KEPT"
  | "SHEET_REPAIRED"
  | "SHEET_INCOMPLETE"
  | "WORKBOOK_PROTECTED"
  | OwnUnitCode
  // Rounding any table so that its totals add up (issue 16).
  | "TABLE_TOTALS_READ"
  | "TABLE_TOTAL_MISMATCH"
  | "TABLE_TOTAL_NOT_KEPT"
  | "TABLE_IN_PLACE_REFUSED"
  // Revision against a published distribution and price levels (issue 15).
  | "REVISION_AGAINST_CHANGE"
  | "REVISION_FORCED"
  | "REVISION_UNMATCHED"
  | "REVISION_NOT_READ"
  | "PRICE_LEVEL"
  | "PRICE_LEVEL_NOT_READ"
  | "PRICE_LEVEL_MISSING"
  | "PRICE_LEVEL_UNKNOWN_PERIOD";

export type FindingParams = Record<string, string | number>;

/** Where a finding points: all optional, filled by whoever knows. */
export interface FindingPlace {
  sheet?: string;
  cell?: string;
  initiative?: string;
  period?: string;
}

export interface Finding extends FindingPlace {
  severity: Severity;
  code: FindingCode;
  message: string;
  /** The values the message is made from, so it can be re-rendered in another language. */
  params: FindingParams;
}

export function finding(
  severity: Severity,
  code: FindingCode,
  params: FindingParams = {},
  place: FindingPlace = {},
  lang: Lang = "en",
): Finding {
  return {
    severity,
    code,
    message: messageFor(code, params, lang),
    params,
    ...place,
  };
}

/**
 * Rows left unallocated because a key was broken: one cause finding (the key's first error)
 * and the rows it kept from being allocated, folded into it instead of a finding per row.
 */
export interface FoldedCause {
  cause: Finding;
  key: string;
  rows: { row: number; initiative: string; period: string }[];
}

/** Params that tell on a cause finding how many rows it kept from being allocated (see `foldCauses`). */
const FOLDED_SHOWN = 3;

/**
 * The findings with each folded cause carrying its count: how many rows (which periods, the
 * first few names) were not allocated because of it. Matches the cause by identity, or by
 * code and cell when the list was copied.
 */
export function foldCauses(
  findings: readonly Finding[],
  folded: readonly FoldedCause[],
  lang: Lang,
): Finding[] {
  return findings.map((f) => {
    const hit = folded.find(
      (c) =>
        c.cause === f ||
        (c.cause.code === f.code &&
          c.cause.sheet === f.sheet &&
          c.cause.cell === f.cell &&
          c.cause.period === f.period),
    );
    if (!hit || hit.rows.length === 0) return f;
    const names = [...new Set(hit.rows.map((r) => r.initiative))];
    const periods = [...new Set(hit.rows.map((r) => r.period))];
    const params: FindingParams = {
      ...f.params,
      foldedKey: hit.key,
      foldedRows: new Set(hit.rows.map((r) => r.row)).size,
      foldedPeriods: periods.join(", "),
      foldedNames:
        names
          .slice(0, FOLDED_SHOWN)
          .map((n) => `"${n}"`)
          .join(", ") + (names.length > FOLDED_SHOWN ? ", …" : ""),
    };
    return { ...f, params, message: messageFor(f.code, params, lang) };
  });
}

/** The same findings with messages in another language. */
export function localize(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) => ({
    ...f,
    message: messageFor(f.code, f.params, lang),
  }));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/**
 * True when a sheet was kept and the fill written beside it (SHEET_KEPT): the user must know, or
 * they read the kept sheet – and their formulas into it – as if it were this fill's.
 */
export function sheetsKept(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.code === "SHEET_KEPT");
}

/**
 * True when the host did not write (all) the sheets: its write stopped part-way (SHEET_INCOMPLETE;
 * the next fill completes it) or was refused before the first change (WORKBOOK_PROTECTED).
 */
export function writeStopped(findings: readonly Finding[]): boolean {
  return findings.some(
    (f) => f.code === "SHEET_INCOMPLETE" || f.code === "WORKBOOK_PROTECTED",
  );
}
