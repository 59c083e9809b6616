import { LARGEST_DEVIATION, methodName } from "../engine";
import type { Group, Method, PeriodChecks, Severity } from "../engine";
import type { FillStage, StepView, TableFound, TableRole } from "./host";

/**
 * The pane's words in English. One language per file, so the page loads only its user's
 * language (strings-tables.web.ts); Danish is in strings-da.ts, of the same type.
 */
type CheckName = keyof PeriodChecks;

export const STRINGS_EN = {
  appTitle: "Fordel – region shares",
  outsideTitle: "Open this page from Excel",
  outsideBody:
    "This is the Fordel task pane. It reads and fills an Excel workbook, so it only works inside Excel: open a workbook, then choose Open Fordel on the Fordel tab of the ribbon.",
  loading: "Reading the workbook…",
  checkFailed: (message: string) =>
    `The workbook could not be read: ${message}`,
  checkAgain: "Check again",

  overviewTitle: "Tables",
  roleName: { initiatives: "Initiatives", keys: "Keys" } as Record<
    TableRole,
    string
  >,
  tableFound: (t: TableFound) =>
    t.kind === "table"
      ? `Excel Table ${t.name} on sheet ${t.sheet}, ${t.address}`
      : t.kind === "sheet"
        ? `Sheet ${t.sheet}, ${t.address}`
        : `Picked range ${t.sheet}!${t.address}`,
  missingHint: {
    initiatives:
      "Not found. Make an Excel Table named Initiativer (Insert › Table, then Table Design › Table Name), or a sheet named Initiativer with the header row first – or select the table and choose “Use selection”.",
    keys: "Not found. Make an Excel Table named Nøgler with the columns Key, Year, Unit and Share, or a sheet named Nøgler – or select the key table and choose “Use selection”.",
  } as Record<TableRole, string>,
  useSelection: (role: TableRole) =>
    `Use selection as ${role === "initiatives" ? "initiatives" : "keys"} table`,
  periods: "Periods",
  noPeriods:
    "No period columns (a year such as 2026, or a label such as Fra 2027).",
  units: "Units",
  keys: "Keys",
  initiativeRows: (n: number) => `${n} initiative rows (sub-items included)`,
  group: { Regioner: "Regions", Kommuner: "Municipalities" } as Record<
    Group,
    string
  >,
  keyPeriod: (period: string | null) =>
    period === null ? "every period" : period,
  keyUnits: (n: number) => `${n} units`,
  andMore: (n: number) => `and ${n} more`,

  findingsTitle: "Findings",
  noFindings: "No findings: the tables look right.",
  severity: {
    error: "Errors",
    warning: "Warnings",
    info: "Information",
  } as Record<Severity, string>,
  goToCell: (place: string) => `Go to ${place}`,
  goToFailed: (message: string) => `Excel could not go there: ${message}`,

  settingsTitle: "Settings",
  periodsToFill: "Periods to fill",
  choosePeriod: "Choose at least one period.",
  decimals: "Decimals",
  autoDecimals: (detected: number | null) =>
    detected === null
      ? "Use the decimals of the amounts"
      : `Use the decimals of the amounts (${detected})`,
  decimalsInvalid: (typed: string, min: number, max: number) =>
    `“${typed}” is not a whole number from ${min} to ${max}; the last valid value is kept.`,
  method: "Rounding method",
  methodName: {
    reconciled: `${methodName("reconciled", "en")} (recommended)`,
    "largest-remainder": methodName("largest-remainder", "en"),
    nearest: methodName("nearest", "en"),
  } as Record<Method, string>,
  methodShort: {
    reconciled: methodName("reconciled", "en"),
    "largest-remainder": methodName("largest-remainder", "en"),
    nearest: methodName("nearest", "en"),
  } as Record<Method, string>,
  methodHelp: {
    reconciled:
      "The whole table at once: rows, sub-items and every unit's totals add up, as close to exact as possible.",
    "largest-remainder":
      "Each row on its own: rows add up, but unit totals may not.",
    nearest:
      "Each cell rounded on its own, for comparison: totals may not add up.",
  } as Record<Method, string>,
  language: "Language",
  save: "Save settings in the workbook",
  saved: "Saved. The ribbon button uses these settings.",
  saveFailed: (message: string) =>
    `The settings could not be saved: ${message}`,

  fill: "Fill region shares",
  stage: {
    reading: "Reading the workbook…",
    computing: "Computing shares…",
    writing: "Writing sheets…",
  } as Record<FillStage, string>,
  fillFailed: (message: string) => `The fill failed: ${message}`,
  unusable: "Nothing could be filled. See the findings.",
  fillStopped:
    "The sheets were not all written; see the findings, then fill again.",

  resultsTitle: "Results",
  filled: (sheets: number) =>
    sheets === 1 ? "Filled 1 sheet." : `Filled ${sheets} sheets.`,
  groupPeriod: (period: string, group: string) => `${period} – ${group}`,
  rows: "Rows",
  rowsWithErrors: (n: number) => `${n} not filled because of errors`,
  unitsCount: "Units",
  rounding: "Rounding",
  maxDeviation: LARGEST_DEVIATION.en,
  allChecksPassed: "All checks passed",
  stepUsed: (step: string, view: StepView) =>
    view.reason === "setting"
      ? `${step}, chosen in the settings.`
      : view.place === null
        ? `${step}: there are no amounts to go by.`
        : `${step}, from the amounts: ${view.place} ("${view.text}") has the most decimals.`,
  excludedNotice: (amount: string, rows: number, unreadable: number) =>
    `${amount} not allocated (${rows === 1 ? "1 row" : `${rows} rows`}${unreadable > 0 ? `, ${unreadable} that cannot be read` : ""}) and left out of the totals. See the findings and the Status column.`,
  errorsNotice: (n: number) =>
    n === 1 ? "1 error: see the findings." : `${n} errors: see the findings.`,
  checkFailedLabel: "Check failed",
  checkName: {
    rowsAddUp: "rows add up to the national amount",
    childrenAddUp: "sub-items add up to their parent",
    columnsAddUp: "unit totals add up",
  } as Record<CheckName, string>,
  openSheet: (sheet: string) => `Go to sheet ${sheet}`,
  logWritten: (sheet: string) => `A row was added to the sheet ${sheet}.`,
  // The pane's top: header line, readiness card, preview, sticky footer (issue 13).
  readAt: (time: string) => `read ${time}`,
  unitLabel: (unit: string) => `amounts in ${unit}`,
  readiness: "Ready to fill",
  readinessErrors: (n: number) =>
    n === 1
      ? "1 error: what it concerns is not filled – see the findings below."
      : `${n} errors: what they concern is not filled – see the findings below.`,
  initiativeCount: (n: number) => (n === 1 ? "1 row" : `${n} rows`),
  unitCount: (n: number, group: Group) =>
    group !== "Regioner" && group !== "Kommuner"
      ? `${group}: ${n}`
      : `${n} ${group === "Kommuner" ? (n === 1 ? "municipality" : "municipalities") : n === 1 ? "region" : "regions"}`,
  notFound: "not found",
  found: "found",
  change: "change",
  changePick: "Use the selection instead",
  removePick: "Forget the picked range",
  pickedRange: (ref: string) => `picked range ${ref}`,
  pickWrong: (ref: string, role: TableRole) =>
    `The selection ${ref} cannot be used as the ${role === "initiatives" ? "initiatives" : "keys"} table`,
  pickOneCell:
    "it is a single cell. Select the whole table, header row included, and try again.",
  pickNoHeader:
    "its first row does not have the columns the table needs. Select the whole table, header row included, and try again.",
  tableDetails: "Where the tables are",
  infoGroup: (n: number) => (n === 1 ? "1 finding" : `${n} findings`),
  goTo: "Go to cell",
  previewTitle: "Preview",
  previewSheet: (sheet: string) => `→ sheet ${sheet}`,
  unitTotals: (group: string) => `Totals per unit (${group})`,
  adjustedCount: (n: number) =>
    n === 1
      ? "1 cell rounded differently from ROUND"
      : `${n} cells rounded differently from ROUND`,
  noneAdjusted: "No cell rounded differently from ROUND.",
  adjustedWhy:
    "Rounded this way so that rows and totals add up; exact → shown (ROUND would show):",
  adjustedLine: (exact: string, shown: string, round: string) =>
    `${exact} → ${shown} (ROUND: ${round})`,
  fillSheets: (n: number): string =>
    n === 0 ? "Fill" : n === 1 ? "Fill 1 sheet" : `Fill ${n} sheets`,
  writesLine: (created: string[], replaced: string[], log: string) =>
    [
      created.length > 0 ? `Creates ${created.join(", ")}` : "",
      replaced.length > 0 ? `Replaces Fordel's ${replaced.join(", ")}` : "",
      `adds a row to ${log}. Your own sheets are not touched.`,
    ]
      .filter((part) => part !== "")
      .join("; "),
  cannotFill: (why: "initiatives" | "keys" | "tables"): string =>
    why === "initiatives"
      ? "Nothing can be filled: the initiatives table is missing (see above)."
      : why === "keys"
        ? "Nothing can be filled: the keys table is missing (see above)."
        : "Nothing can be filled: the tables cannot be used (see the errors above).",
  waitForCheck: "Reading the workbook…",
  outcomeSheets: (n: number): string =>
    n === 1 ? "1 sheet filled" : `${n} sheets filled`,
  outcomeAllPassed: "every check passed.",
  outcomeBut: "but",
  outcomeErrors: (n: number): string => (n === 1 ? "1 error" : `${n} errors`),
  outcomeWarnings: (n: number) => (n === 1 ? "1 warning" : `${n} warnings`),
  outcomeExcluded: (n: number) =>
    n === 1 ? "1 row not allocated" : `${n} rows not allocated`,
  outcomeChecksFailed: (n: number) =>
    n === 1 ? "1 check failed" : `${n} checks failed`,
  outcomeKept: "a sheet you changed was kept",
  outcomeSeeFindings: "see the findings.",
  fromRibbon: "Ribbon fill",
  savedForRibbon: "Settings saved: the ribbon button uses them.",
};

export type Strings = typeof STRINGS_EN;
