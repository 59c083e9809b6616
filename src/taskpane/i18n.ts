/**
 * The pane's words in Danish and English, and number formatting for the UI language.
 * Finding messages come from the engine (src/engine/messages.ts), not from here.
 */
import { Dec, stepOf } from "../engine";
import { formatAmount, formatCount } from "../engine";
import { langOf, localeOf } from "../engine";
import { LARGEST_DEVIATION, methodName } from "../engine";
import type { Lang } from "../engine";
import type { Method } from "../engine";
import type { Group, PeriodChecks } from "../engine";
import type { Severity } from "../engine";
import type { FillStage, StepView, TableFound, TableRole } from "./host";

// The one language rule (src/engine/language.ts), re-exported for the pane's components.
export { langOf, localeOf };

/** A plain decimal string ("-1570129.45") in the UI language ("-1.570.129,45"): the one formatter (src/engine/format.ts), at least `places` decimals. */
export function formatDecimal(value: string, lang: Lang, places = 0): string {
  return formatAmount(value, places, lang);
}

export { formatCount };

/** An amount of a budget, used to show what a number of decimals means. */
const EXAMPLE_AMOUNT = "3162514.4837";

/** The example amount rounded like Excel's ROUND(x, decimals), as a plain decimal string. */
export function roundedExample(decimals: number): string {
  const step = stepOf(decimals);
  const rounded = new Dec(EXAMPLE_AMOUNT)
    .div(step)
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .times(step);
  return rounded.toFixed(Math.max(0, decimals));
}

const NAMED_STEPS: Record<Lang, Record<number, string>> = {
  da: {
    0: "Hele tal",
    [-1]: "Tiere",
    [-2]: "Hundreder",
    [-3]: "Tusinder",
    [-6]: "Millioner",
  },
  en: {
    0: "Whole numbers",
    [-1]: "Tens",
    [-2]: "Hundreds",
    [-3]: "Thousands",
    [-6]: "Millions",
  },
};

/** "Trin på 0,1" / "Whole numbers" / "Thousands" / "Steps of 10,000". */
export function stepName(decimals: number, lang: Lang): string {
  const named = NAMED_STEPS[lang][decimals];
  if (named) return named;
  const step = formatDecimal(
    stepOf(decimals).toFixed(Math.max(0, decimals)),
    lang,
  );
  return lang === "da" ? `Trin på ${step}` : `Steps of ${step}`;
}

/** The live example under the decimals input: "Trin på 0,1: 3.162.514,4837 vises som 3.162.514,5". */
export function decimalsExample(decimals: number, lang: Lang): string {
  const from = formatDecimal(EXAMPLE_AMOUNT, lang);
  const to = formatDecimal(roundedExample(decimals), lang);
  return lang === "da"
    ? `${stepName(decimals, lang)}: ${from} vises som ${to}`
    : `${stepName(decimals, lang)}: ${from} is shown as ${to}`;
}

type CheckName = keyof PeriodChecks;

const en = {
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

export type Strings = typeof en;

const da: Strings = {
  appTitle: "Fordel – regionsandele",
  outsideTitle: "Åbn denne side fra Excel",
  outsideBody:
    "Dette er Fordels opgaverude. Den læser og udfylder en Excel-projektmappe, så den virker kun inde i Excel: åbn en projektmappe, og vælg Åbn Fordel under fanen Fordel på båndet.",
  loading: "Læser projektmappen…",
  checkFailed: (message) => `Projektmappen kunne ikke læses: ${message}`,
  checkAgain: "Tjek igen",

  overviewTitle: "Tabeller",
  roleName: { initiatives: "Initiativer", keys: "Nøgler" },
  tableFound: (t) =>
    t.kind === "table"
      ? `Excel-tabellen ${t.name} på arket ${t.sheet}, ${t.address}`
      : t.kind === "sheet"
        ? `Arket ${t.sheet}, ${t.address}`
        : `Valgt område ${t.sheet}!${t.address}`,
  missingHint: {
    initiatives:
      "Ikke fundet. Lav en Excel-tabel med navnet Initiativer (Indsæt › Tabel, derefter Tabeldesign › Tabelnavn) eller et ark med navnet Initiativer med overskriftsrækken øverst – eller markér tabellen, og vælg “Brug markeringen”.",
    keys: "Ikke fundet. Lav en Excel-tabel med navnet Nøgler med kolonnerne Nøgle, År, Enhed og Andel eller et ark med navnet Nøgler – eller markér nøgletabellen, og vælg “Brug markeringen”.",
  },
  useSelection: (role) =>
    `Brug markeringen som ${role === "initiatives" ? "initiativtabel" : "nøgletabel"}`,
  periods: "Perioder",
  noPeriods:
    "Ingen periodekolonner (et år som 2026 eller en betegnelse som Fra 2027).",
  units: "Enheder",
  keys: "Nøgler",
  initiativeRows: (n) => `${n} initiativrækker (heraf-poster medregnet)`,
  group: { Regioner: "Regioner", Kommuner: "Kommuner" },
  keyPeriod: (period) => (period === null ? "alle perioder" : period),
  keyUnits: (n) => `${n} enheder`,
  andMore: (n) => `og ${n} flere`,

  findingsTitle: "Bemærkninger",
  noFindings: "Ingen bemærkninger: tabellerne ser rigtige ud.",
  severity: { error: "Fejl", warning: "Advarsler", info: "Oplysninger" },
  goToCell: (place) => `Gå til ${place}`,
  goToFailed: (message) => `Excel kunne ikke gå dertil: ${message}`,

  settingsTitle: "Indstillinger",
  periodsToFill: "Perioder der skal udfyldes",
  choosePeriod: "Vælg mindst én periode.",
  decimals: "Decimaler",
  autoDecimals: (detected) =>
    detected === null
      ? "Brug beløbenes decimaler"
      : `Brug beløbenes decimaler (${detected})`,
  decimalsInvalid: (typed, min, max) =>
    `„${typed}“ er ikke et helt tal fra ${min} til ${max}; den sidste gyldige værdi bruges.`,
  method: "Afrundingsmetode",
  methodName: {
    reconciled: `${methodName("reconciled", "da")} (anbefales)`,
    "largest-remainder": methodName("largest-remainder", "da"),
    nearest: methodName("nearest", "da"),
  },
  methodShort: {
    reconciled: methodName("reconciled", "da"),
    "largest-remainder": methodName("largest-remainder", "da"),
    nearest: methodName("nearest", "da"),
  },
  methodHelp: {
    reconciled:
      "Hele tabellen på én gang: rækker, heraf-poster og hver enheds totaler summer, så tæt på de præcise beløb som muligt.",
    "largest-remainder":
      "Hver række for sig: rækkerne summer, men enhedernes totaler gør måske ikke.",
    nearest:
      "Hver celle afrundes for sig, til sammenligning: totalerne summer måske ikke.",
  },
  language: "Sprog",
  save: "Gem indstillinger i projektmappen",
  saved: "Gemt. Knappen på båndet bruger disse indstillinger.",
  saveFailed: (message) => `Indstillingerne kunne ikke gemmes: ${message}`,

  fill: "Udfyld regionsandele",
  stage: {
    reading: "Læser projektmappen…",
    computing: "Beregner andele…",
    writing: "Skriver ark…",
  },
  fillFailed: (message) => `Udfyldningen mislykkedes: ${message}`,
  unusable: "Intet kunne udfyldes. Se bemærkningerne.",
  fillStopped:
    "Arkene blev ikke alle skrevet; se bemærkningerne, og udfyld så igen.",

  resultsTitle: "Resultat",
  filled: (sheets) =>
    sheets === 1 ? "Udfyldte 1 ark." : `Udfyldte ${sheets} ark.`,
  groupPeriod: (period, group) => `${period} – ${group}`,
  rows: "Rækker",
  rowsWithErrors: (n) => `${n} ikke udfyldt pga. fejl`,
  unitsCount: "Enheder",
  rounding: "Afrunding",
  maxDeviation: LARGEST_DEVIATION.da,
  allChecksPassed: "Alle kontroller bestået",
  stepUsed: (step, view) =>
    view.reason === "setting"
      ? `${step}, valgt i indstillingerne.`
      : view.place === null
        ? `${step}: der er ingen beløb at gå efter.`
        : `${step}, ud fra beløbene: ${view.place} („${view.text}“) har flest decimaler.`,
  excludedNotice: (amount, rows, unreadable) =>
    `${amount} er ikke fordelt (${rows === 1 ? "1 række" : `${rows} rækker`}${unreadable > 0 ? `, heraf ${unreadable}, der ikke kan læses` : ""}) og er ikke med i totalerne. Se bemærkningerne og kolonnen Status.`,
  errorsNotice: (n) =>
    n === 1 ? "1 fejl: se bemærkningerne." : `${n} fejl: se bemærkningerne.`,
  checkFailedLabel: "Kontrol ikke bestået",
  checkName: {
    rowsAddUp: "rækkerne summer til det nationale beløb",
    childrenAddUp: "heraf-poster summer til den overordnede post",
    columnsAddUp: "enhedernes totaler summer",
  },
  openSheet: (sheet) => `Gå til arket ${sheet}`,
  logWritten: (sheet) => `Der er tilføjet en række i arket ${sheet}.`,
  readAt: (time) => `læst ${time}`,
  unitLabel: (unit) => `beløb i ${unit}`,
  readiness: "Klar til at udfylde",
  readinessErrors: (n) =>
    `${n} fejl: det, de gælder, udfyldes ikke – se bemærkningerne nedenfor.`,
  initiativeCount: (n) => (n === 1 ? "1 række" : `${n} rækker`),
  unitCount: (n, group) =>
    group !== "Regioner" && group !== "Kommuner"
      ? `${group}: ${n}`
      : `${n} ${group === "Kommuner" ? (n === 1 ? "kommune" : "kommuner") : n === 1 ? "region" : "regioner"}`,
  notFound: "ikke fundet",
  found: "fundet",
  change: "ret",
  changePick: "Brug markeringen i stedet",
  removePick: "Glem det valgte område",
  pickedRange: (ref) => `valgt område ${ref}`,
  pickWrong: (ref, role) =>
    `Markeringen ${ref} kan ikke bruges som ${role === "initiatives" ? "initiativtabel" : "nøgletabel"}`,
  pickOneCell:
    "den er kun én celle. Markér hele tabellen med overskriftsrækken, og prøv igen.",
  pickNoHeader:
    "dens første række har ikke de kolonner, tabellen skal have. Markér hele tabellen med overskriftsrækken, og prøv igen.",
  tableDetails: "Hvor tabellerne er",
  infoGroup: (n) => (n === 1 ? "1 bemærkning" : `${n} bemærkninger`),
  goTo: "Gå til celle",
  previewTitle: "Forhåndsvisning",
  previewSheet: (sheet) => `→ arket „${sheet}“`,
  unitTotals: (group) => `Total pr. enhed (${group})`,
  adjustedCount: (n) =>
    n === 1
      ? "1 celle afrundet anderledes end AFRUND"
      : `${n} celler afrundet anderledes end AFRUND`,
  noneAdjusted: "Ingen celler afrundet anderledes end AFRUND.",
  adjustedWhy:
    "Afrundet sådan, så rækker og totaler stemmer; præcist → vist (AFRUND ville vise):",
  adjustedLine: (exact, shown, round) =>
    `${exact} → ${shown} (AFRUND: ${round})`,
  fillSheets: (n) => (n === 0 ? "Udfyld" : `Udfyld ${n} ark`),
  writesLine: (created, replaced, log) =>
    [
      created.length > 0
        ? `Opretter ${created.map((n) => `„${n}“`).join(", ")}`
        : "",
      replaced.length > 0
        ? `erstatter Fordels ${replaced.map((n) => `„${n}“`).join(", ")}`
        : "",
      `tilføjer en række i „${log}“. Dine egne ark røres ikke.`,
    ]
      .filter((part) => part !== "")
      .join("; ")
      .replace(/^./, (c) => c.toUpperCase()),
  cannotFill: (why) =>
    why === "initiatives"
      ? "Intet kan udfyldes: initiativtabellen mangler (se ovenfor)."
      : why === "keys"
        ? "Intet kan udfyldes: nøgletabellen mangler (se ovenfor)."
        : "Intet kan udfyldes: tabellerne kan ikke bruges (se fejlene ovenfor).",
  waitForCheck: "Læser projektmappen…",
  outcomeSheets: (n) => `${n} ark udfyldt`,
  outcomeAllPassed: "alle kontroller bestået.",
  outcomeBut: "men",
  outcomeErrors: (n) => `${n} fejl`,
  outcomeWarnings: (n) => (n === 1 ? "1 advarsel" : `${n} advarsler`),
  outcomeExcluded: (n) =>
    n === 1 ? "1 række ikke fordelt" : `${n} rækker ikke fordelt`,
  outcomeChecksFailed: (n) =>
    n === 1 ? "1 kontrol ikke bestået" : `${n} kontroller ikke bestået`,
  outcomeKept: "et ark, du har ændret, er beholdt",
  outcomeSeeFindings: "se bemærkningerne.",
  fromRibbon: "Udfyldning fra båndet",
  savedForRibbon: "Indstillingerne er gemt: knappen på båndet bruger dem.",
};

/** Names of the languages in themselves, for the language choice. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  da: "Dansk",
  en: "English",
};

export function stringsFor(lang: Lang): Strings {
  return lang === "da" ? da : en;
}
