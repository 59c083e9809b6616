import {
  FindingCode,
  Group,
  GROUP_NAMES,
  Lang,
  LARGEST_DEVIATION,
  Method,
  METHOD_NAMES,
  methodWithPromise,
  OTHER_RECIPIENT_NAMES,
  OTHER_RECIPIENTS,
  quoted,
} from "../engine";

/** Every text the renderer writes, in both UI languages. */
export interface Labels {
  sheet: string;
  groups: Record<Group, string>;
  generatedNote: string;
  /** C1 while the sheet is being written: what the user sees if the write never finishes. */
  writingNote: string;
  /**
   * The sheet's title: `Kræftplan V – fordeling 2026, mio. kr. (2025-pl)`; `name` is the input's
   * title when it has one, `group` is null for regions, `unit` as written above the input.
   */
  title: (
    name: string | null,
    period: string,
    group: string | null,
    unit: string | null,
  ) => string;
  /** The header line's parts, joined by " · ". */
  keyIs: (key: string) => string;
  stepIs: (step: string, why: string | null) => string;
  methodIs: (method: string) => string;
  sourcesAre: (sources: string) => string;
  deviationIs: (deviation: string) => string;
  /** Rows with no amount in the period, left out of the sheet. */
  omitted: (rows: number, period: string) => string;
  /** The legend line: how many cells are shown other than ROUND, and how to see their exact value. */
  legend: (cells: number, notes: boolean) => string;
  /** The note of a cell shown other than ROUND: the exact value and which way it went. */
  adjustedNote: (exact: string, down: boolean) => string;
  /** Label of the row of municipality codes above the unit names. */
  code: string;
  /** Transposed layout: the unit column's header and the row of the national amounts. */
  unitColumn: string;
  /** Footer: page n of m (Excel's codes &P and &N). */
  page: string;
  /** The findings sheet. */
  findingsSheet: string;
  findingsTitle: (count: string) => string;
  findingsHeader: string[];
  severities: Record<"error" | "warning" | "info", string>;
  noFindings: string;
  key: string;
  noKey: string;
  unit: string;
  share: string;
  step: string;
  method: string;
  /** On the sheet: the method's name and promise (the one vocabulary, src/engine/vocabulary.ts). */
  methods: Record<Method, string>;
  /** In the log: the method's name alone. */
  methodNames: Record<Method, string>;
  time: string;
  sources: string;
  maxDeviation: string;
  initiative: string;
  national: string;
  other: string;
  control: string;
  channel: string;
  channelTotal: (channel: string) => string;
  total: string;
  /** Header of the column that says why a row is not allocated to the units. */
  status: string;
  /** Why a row in error was not allocated; `place` is the amount cell (`Initiativer!C7`), `text` what it held. */
  notAllocated: (
    code: FindingCode | null,
    place: string,
    text: string,
  ) => string;
  /** The end of an excluded row's status: its money is not in the totals. */
  notInTotals: string;
  /** A row in error whose money a row above it carries. */
  inParent: string;
  /** A row below a row in error: shown, but outside the totals. */
  underError: string;
  /** A row shown under Øvrige modtagere: to whom, or (null) no key for its group. */
  otherStatus: (to: string | null) => string;
  /** The line under the totals: its label, and how many rows it holds (how many unreadable). */
  excluded: string;
  excludedLine: (rows: number, unreadable: number) => string;
  logSheet: string;
  logTitle: string;
  logHeader: string[];
  /** The log's findings cell: errors, warnings and info counted apart (same column as older logs). */
  logFindings: (errors: number, warnings: number, infos: number) => string;
}

export const LABELS: Record<Lang, Labels> = {
  da: {
    sheet: "Fordeling",
    groups: groupsIn("da"),
    generatedNote:
      "Lavet af Fordel. Arket erstattes, når der udfyldes igen; ret i inputtabellerne.",
    writingNote:
      "UFÆRDIGT: Fordel nåede ikke at skrive dette ark færdigt. Udfyld igen, så bliver det gjort færdigt.",
    title: (name, period, group, unit) =>
      `${name ? `${name} – fordeling` : "Fordeling"} ${period}${group ? ` – ${group}` : ""}${unit ? `, ${unit}` : ""}`,
    keyIs: (key) => `Nøgle: ${key}`,
    stepIs: (step, why) => `Trin ${step}${why ? ` (${why})` : ""}`,
    methodIs: (method) => `Metode: ${method}`,
    sourcesAre: (sources) => `Kilder: ${sources}`,
    deviationIs: (deviation) =>
      `Største afvigelse fra det præcise beløb: ${deviation}`,
    omitted: (rows, period) =>
      `${rows === 1 ? "1 række" : `${rows} rækker`} uden beløb i ${period} er udeladt`,
    legend: (cells, notes) =>
      cells === 0
        ? "Alle beløb er det præcise beløb afrundet som med AFRUND."
        : `Lys gul: ${cells === 1 ? "1 celle er" : `${cells} celler er`} rundet anderledes end AFRUND, så totalerne stemmer – det præcise beløb står ${notes ? "i cellens note" : "i Fordel-ruden (og i fordel --json)"}.`,
    adjustedNote: (exact, down) =>
      `præcist ${exact} – rundet ${down ? "ned" : "op"}, så totalerne stemmer`,
    code: "Kode",
    unitColumn: "Enhed",
    page: "Side &P af &N",
    findingsSheet: "Fordeling fund",
    findingsTitle: (count) => `Fordeling – fund ved udfyldningen (${count})`,
    findingsHeader: [
      "Alvor",
      "Kode",
      "Besked",
      "Celle",
      "Periode",
      "Initiativ",
    ],
    severities: { error: "Fejl", warning: "Advarsel", info: "Info" },
    noFindings: "Ingen fund: alle kontroller bestået.",
    key: "Nøgle",
    noKey: "(ingen nøgle)",
    unit: "Enhed",
    share: "Andel",
    step: "Trin",
    method: "Metode",
    methods: methodsIn("da", methodWithPromise),
    methodNames: methodsIn("da", (m, lang) => METHOD_NAMES[m][lang]),
    time: "Tidspunkt",
    sources: "Kilder",
    maxDeviation: LARGEST_DEVIATION.da,
    initiative: "Initiativ",
    national: "Nationalt",
    other: OTHER_RECIPIENT_NAMES.da,
    control: "Kontrol",
    channel: "Kanal",
    channelTotal: (channel) => `${channel} i alt`,
    total: "I alt",
    status: "Status",
    notAllocated: (code, place, text) => {
      const why: Partial<Record<FindingCode, string>> = {
        NOT_ON_STEP: "beløbet går ikke op i trinnet",
        UNKNOWN_KEY: "nøglen findes ikke",
        AMBIGUOUS_KEY: "flere nøgler passer",
        UNKNOWN_UNIT: "en modtager er ikke en kendt enhed",
        BAD_NUMBER: `${amountIn("beløbet", place, text, "da")} er ikke et tal`,
      };
      const reason =
        (code && why[code]) ??
        `${amountIn("beløbet", place, text, "da")} kan ikke bruges`;
      return `Ikke fordelt: ${reason} – se fund`;
    },
    notInTotals: "; ikke med i totalerne",
    inParent: "; beløbet indgår i den overordnede post",
    underError: "Ikke med i totalerne: posten ovenover er ikke fordelt",
    otherStatus: (to) =>
      to === null
        ? `Ingen nøgle til gruppen – vist under ${OTHER_RECIPIENTS}`
        : `Går til ${to} – vist under ${OTHER_RECIPIENTS}`,
    excluded: "Ikke fordelt",
    excludedLine: (rows, unreadable) =>
      `(${rows === 1 ? "1 række" : `${rows} rækker`}, ikke med i I alt${
        unreadable > 0
          ? `; heraf ${unreadable} med et beløb, der ikke kan læses`
          : ""
      } – se Status og fund)`,
    logFindings: (e, w, i) =>
      `${e} fejl, ${w} ${w === 1 ? "advarsel" : "advarsler"}, ${i} info`,
    logSheet: "Fordeling log",
    logTitle: "Fordeling – log over udfyldninger",
    logHeader: [
      "Tidspunkt",
      "Perioder",
      "Nøgler",
      "Trin",
      "Metode",
      "Fund",
      LARGEST_DEVIATION.da,
      "Ark",
    ],
  },
  en: {
    sheet: "Allocation",
    groups: groupsIn("en"),
    generatedNote:
      "Made by Fordel. The sheet is replaced on the next fill; edit the input tables instead.",
    writingNote:
      "INCOMPLETE: Fordel did not finish writing this sheet. Fill again and it will be completed.",
    title: (name, period, group, unit) =>
      `${name ? `${name} – allocation` : "Allocation"} ${period}${group ? ` – ${group}` : ""}${unit ? `, ${unit}` : ""}`,
    keyIs: (key) => `Key: ${key}`,
    stepIs: (step, why) => `Step ${step}${why ? ` (${why})` : ""}`,
    methodIs: (method) => `Method: ${method}`,
    sourcesAre: (sources) => `Sources: ${sources}`,
    deviationIs: (deviation) =>
      `Largest deviation from the exact amount: ${deviation}`,
    omitted: (rows, period) =>
      `${rows === 1 ? "1 row" : `${rows} rows`} with no amount in ${period} left out`,
    legend: (cells, notes) =>
      cells === 0
        ? "Every amount is its exact amount rounded as ROUND would."
        : `Light yellow: ${cells === 1 ? "1 cell is" : `${cells} cells are`} rounded other than ROUND so the totals add up – the exact amount is ${notes ? "in the cell's note" : "in the Fordel pane (and in fordel --json)"}.`,
    adjustedNote: (exact, down) =>
      `exactly ${exact} – rounded ${down ? "down" : "up"} so the totals add up`,
    code: "Code",
    unitColumn: "Unit",
    page: "Page &P of &N",
    findingsSheet: "Allocation findings",
    findingsTitle: (count) => `Allocation – findings of the fill (${count})`,
    findingsHeader: [
      "Severity",
      "Code",
      "Message",
      "Cell",
      "Period",
      "Initiative",
    ],
    severities: { error: "Error", warning: "Warning", info: "Info" },
    noFindings: "No findings: every check passed.",
    key: "Key",
    noKey: "(no key)",
    unit: "Unit",
    share: "Share",
    step: "Step",
    method: "Method",
    methods: methodsIn("en", methodWithPromise),
    methodNames: methodsIn("en", (m, lang) => METHOD_NAMES[m][lang]),
    time: "Time",
    sources: "Sources",
    maxDeviation: LARGEST_DEVIATION.en,
    initiative: "Initiative",
    national: "National",
    other: OTHER_RECIPIENT_NAMES.en,
    control: "Check",
    channel: "Channel",
    channelTotal: (channel) => `Total ${channel}`,
    total: "Total",
    status: "Status",
    notAllocated: (code, place, text) => {
      const why: Partial<Record<FindingCode, string>> = {
        NOT_ON_STEP: "the amount is not a multiple of the step",
        UNKNOWN_KEY: "the key does not exist",
        AMBIGUOUS_KEY: "several keys fit",
        UNKNOWN_UNIT: "a recipient is not a known unit",
        BAD_NUMBER: `${amountIn("the amount", place, text, "en")} is not a number`,
      };
      const reason =
        (code && why[code]) ??
        `${amountIn("the amount", place, text, "en")} cannot be used`;
      return `Not allocated: ${reason} – see findings`;
    },
    notInTotals: "; not in the totals",
    inParent: "; its money is in the row above",
    underError: "Not in the totals: the row above is not allocated",
    otherStatus: (to) =>
      to === null
        ? "No key for its group – shown under Other recipients"
        : `Goes to ${to} – shown under Other recipients`,
    excluded: "Not allocated",
    excludedLine: (rows, unreadable) =>
      `(${rows === 1 ? "1 row" : `${rows} rows`}, not in Total${
        unreadable > 0
          ? `; ${unreadable} with an amount that cannot be read`
          : ""
      } – see Status and findings)`,
    logFindings: (e, w, i) =>
      `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} info`,
    logSheet: "Allocation log",
    logTitle: "Fordel – log of fills",
    logHeader: [
      "Time",
      "Periods",
      "Keys",
      "Step",
      "Method",
      "Findings",
      LARGEST_DEVIATION.en,
      "Sheets",
    ],
  },
};

function groupsIn(lang: Lang): Record<Group, string> {
  return {
    Regioner: GROUP_NAMES.Regioner[lang],
    Kommuner: GROUP_NAMES.Kommuner[lang],
  };
}

function methodsIn(
  lang: Lang,
  word: (method: Method, lang: Lang) => string,
): Record<Method, string> {
  return {
    reconciled: word("reconciled", lang),
    "largest-remainder": word("largest-remainder", lang),
    nearest: word("nearest", lang),
  };
}

/** `beløbet Initiativer!C7 („tolv“)`, or just `beløbet` when the place is not known. */
function amountIn(
  word: string,
  place: string,
  text: string,
  lang: Lang,
): string {
  return `${word}${place ? ` ${place}` : ""}${text ? ` (${quoted(text, lang)})` : ""}`;
}

/** Invariant number format for amounts at `decimals` (`#,##0.0` for 1; `#,##0` for 0 and below). */
export function amountFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** Format for key shares: at least four decimals, up to Excel's 15 significant digits. */
export const SHARE_FORMAT = "0.0000###########";
