import { Group, Lang, Method, OTHER_RECIPIENTS } from "../engine";

/** Every text the renderer writes, in both UI languages. */
export interface Labels {
  sheet: string;
  groups: Record<Group, string>;
  generatedNote: string;
  /** C1 while the sheet is being written: what the user sees if the write never finishes. */
  writingNote: string;
  title: (period: string, group: string) => string;
  key: string;
  noKey: string;
  unit: string;
  share: string;
  step: string;
  method: string;
  methods: Record<Method, string>;
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
  logSheet: string;
  logTitle: string;
  logHeader: string[];
}

export const LABELS: Record<Lang, Labels> = {
  da: {
    sheet: "Fordeling",
    groups: { Regioner: "Regioner", Kommuner: "Kommuner" },
    generatedNote:
      "Lavet af Fordel. Arket erstattes, når der udfyldes igen; ret i inputtabellerne.",
    writingNote:
      "UFÆRDIGT: Fordel nåede ikke at skrive dette ark færdigt. Udfyld igen, så bliver det gjort færdigt.",
    title: (period, group) => `Fordeling ${period} – ${group}`,
    key: "Nøgle",
    noKey: "(ingen nøgle)",
    unit: "Enhed",
    share: "Andel",
    step: "Trin",
    method: "Metode",
    methods: {
      reconciled: "reconciled (hele tabellen afstemt)",
      "largest-remainder": "largest-remainder (største rest, række for række)",
      nearest: "nearest (hver celle for sig; summer kan afvige)",
    },
    time: "Tidspunkt",
    sources: "Kilder",
    maxDeviation: "Største afvigelse fra eksakt",
    initiative: "Initiativ",
    national: "Nationalt",
    other: OTHER_RECIPIENTS,
    control: "Kontrol",
    channel: "Kanal",
    channelTotal: (channel) => `${channel} i alt`,
    total: "I alt",
    logSheet: "Fordeling log",
    logTitle: "Fordeling – log over udfyldninger",
    logHeader: [
      "Tidspunkt",
      "Perioder",
      "Nøgler",
      "Trin",
      "Metode",
      "Fund",
      "Største afvigelse fra eksakt",
      "Ark",
    ],
  },
  en: {
    sheet: "Allocation",
    groups: { Regioner: "Regions", Kommuner: "Municipalities" },
    generatedNote:
      "Made by Fordel. The sheet is replaced on the next fill; edit the input tables instead.",
    writingNote:
      "INCOMPLETE: Fordel did not finish writing this sheet. Fill again and it will be completed.",
    title: (period, group) => `Allocation ${period} – ${group}`,
    key: "Key",
    noKey: "(no key)",
    unit: "Unit",
    share: "Share",
    step: "Step",
    method: "Method",
    methods: {
      reconciled: "reconciled (whole table at once)",
      "largest-remainder": "largest-remainder (row by row)",
      nearest: "nearest (each cell on its own; sums may differ)",
    },
    time: "Time",
    sources: "Sources",
    maxDeviation: "Largest deviation from exact",
    initiative: "Initiative",
    national: "National",
    other: "Other recipients",
    control: "Check",
    channel: "Channel",
    channelTotal: (channel) => `Total ${channel}`,
    total: "Total",
    logSheet: "Allocation log",
    logTitle: "Fordel – log of fills",
    logHeader: [
      "Time",
      "Periods",
      "Keys",
      "Step",
      "Method",
      "Findings",
      "Largest deviation from exact",
      "Sheets",
    ],
  },
};

/** Invariant number format for amounts at `decimals` (`#,##0.0` for 1; `#,##0` for 0 and below). */
export function amountFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** Format for key shares: at least four decimals, up to Excel's 15 significant digits. */
export const SHARE_FORMAT = "0.0000###########";
