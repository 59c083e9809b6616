import { LARGEST_DEVIATION, methodName } from "../engine";
import type { Strings } from "./strings-en";

/** The pane's words in Danish (English in strings-en.ts, of the same type). */
export const STRINGS_DA: Strings = {
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
