import { messageFor, Lang } from "./messages";

export type Severity = "error" | "warning" | "info";

/** Every finding code, SPEC §4 plus the key errors of the engine. */
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
  | "CELLS_NOT_READ";

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
