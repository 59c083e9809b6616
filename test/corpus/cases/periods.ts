import { Case } from "../case";
import { initiativeTable, keySheet, put, simpleTable, Typed } from "../builder";
import { SEED002_BLOK, SEED002_BLOK_TOTAL, SEED004 } from "../seeds";

const SEED002 = "seed 002, Bilag 3 table 1 (2026, Nationalt)";
const SEED004_SOURCE =
  "seed 004 (acute psychiatry 112,5 in 2025 and 150 a year from 2026; life science 400 evenly over 2024–2027 = 100 a year; personalised medicine 30 a year)";
const { akutpsykiatri, lifeScience, personligMedicin } = SEED004;

/** Seed 004's money for 2026 and 2027 under two period headers. */
function twoYears(header2026: Typed, header2027: Typed): Case["build"] {
  return (wb) => {
    // Header in row 1: these cases are about the period headers alone (A2 has title rows).
    simpleTable(
      wb.addWorksheet("Initiativer"),
      "A1",
      ["Initiativ", header2026, header2027],
      [
        [akutpsykiatri.name, akutpsykiatri.from2026, akutpsykiatri.from2026],
        [lifeScience.name, lifeScience.perYear, lifeScience.perYear],
        [personligMedicin.name, personligMedicin.perYear, personligMedicin.perYear],
      ],
    );
    keySheet(wb);
  };
}
/** 150 + 100 + 30 = 280 in each of 2026 and 2027. */
const TWO_YEARS = { "2026": "280", "2027": "280" };

/** Seed 002's printed Region Hovedstaden column (2026), by initiative. */
const RH: Record<string, number> = {
  "Mobile kølehætter": 2.8,
  Senfølger: 18.7,
  Palliation: 13.1,
  "Basal palliation": 4.4,
  "Specialiceret palliation": 6.2,
  "Døgndækkede rådgivningsfunktioner": 2.5,
  Kræftscreening: 1.6,
  Patientinddragelse: 3.4,
  "Styrket information mellem sektorerne": 0.6,
  "Uspecifikke symptomer på kræft": 3.1,
  "Sundhedsvæsenets kvalitetsinstitut": 1.6,
  "Danish Comprehensive Cancer Center": 1.5,
  "Forskning og udbredelse af kunstig intelligens": 6.2,
  "Data til kræftbehandling og ny medicin": 2.8,
  "National klinisk database for personlig medicin på kræftområdet": 0.9,
  "Bedre brug af data til ny kræftmedicin": 1.9,
  "Kræftforskning i det primære sundhedsvæsen": 0.6,
  "Udrednings- og behandlingskapacitet": 56.1,
};

/** Period column headers as officers write them. */
export const PERIODS: Case[] = [
  {
    name: "D1 '2025' and 'Fra 2026 og frem' (seed 004's own wording)",
    source: SEED004_SOURCE,
    build: (wb) => {
      simpleTable(
        wb.addWorksheet("Initiativer"),
        "A1",
        ["Initiativ", 2025, "Fra 2026 og frem"],
        [[akutpsykiatri.name, akutpsykiatri.y2025, akutpsykiatri.from2026]],
      );
      keySheet(wb);
    },
    expect: { nationalTotals: { "2025": "112.5", "Fra 2026 og frem": "150" } },
  },
  {
    name: "D2 '2026', '2027' and 'Varigt fra 2028'",
    source: `${SEED004_SOURCE}; the 'Varigt fra 2028' column is illustrative`,
    build: (wb) => {
      simpleTable(
        wb.addWorksheet("Initiativer"),
        "A1",
        ["Initiativ", 2026, 2027, "Varigt fra 2028"],
        [
          [akutpsykiatri.name, 150, 150, 150],
          [lifeScience.name, 100, 100, null],
        ],
      );
      keySheet(wb);
    },
    expect: {
      nationalTotals: {
        "2026": "250",
        "2027": "250",
        "Varigt fra 2028": "150",
      },
    },
  },
  {
    name: "D3 'Budget 2026' and 'Budget 2027'",
    source: SEED004_SOURCE,
    build: twoYears("Budget 2026", "Budget 2027"),
    expect: { nationalTotals: TWO_YEARS },
  },
  {
    name: "D4 '2026 (mio. kr.)' and '2027 (mio. kr.)'",
    source: SEED004_SOURCE,
    build: twoYears("2026 (mio. kr.)", "2027 (mio. kr.)"),
    expect: { nationalTotals: TWO_YEARS },
  },
  {
    name: "D5 real date cells 1-1-2026 and 1-1-2027 shown as years",
    source: SEED004_SOURCE,
    build: async (wb) => {
      await twoYears(new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2027, 0, 1)))(wb);
      const ws = wb.getWorksheet("Initiativer")!;
      ws.getCell("B1").numFmt = "yyyy";
      ws.getCell("C1").numFmt = "yyyy";
    },
    expect: { nationalTotals: TWO_YEARS },
  },
  {
    name: "D6 'B2026' and 'BO 2027' (budget year, budget estimate year)",
    source: SEED004_SOURCE,
    build: twoYears("B2026", "BO 2027"),
    expect: { nationalTotals: TWO_YEARS },
  },
  {
    name: "D7 '2026 (2025-pl)' (seed 002's header with its price level)",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        period: "2026 (2025-pl)",
      });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
  {
    name: "D8 two columns headed 2026: refused, error on the second header",
    source: `${SEED004_SOURCE}; the duplicate column is illustrative`,
    build: twoYears(2026, "2026"),
    expect: {
      exit: [1, 2],
      findings: [{ severity: "error", cell: ["C1", "B1"] }],
    },
  },
  {
    name: "D9 header '2026' merged over two columns, the amounts in the first",
    source: SEED004_SOURCE,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      simpleTable(
        ws,
        "A1",
        ["Initiativ", 2025, 2026, null],
        [
          [akutpsykiatri.name, akutpsykiatri.y2025, akutpsykiatri.from2026],
          [lifeScience.name, lifeScience.perYear, lifeScience.perYear],
        ],
      );
      ws.mergeCells("C1:D1");
      keySheet(wb);
    },
    // 2025: 112,5 + 100 = 212,5; 2026: 150 + 100 = 250.
    expect: { nationalTotals: { "2025": "212.5", "2026": "250" } },
  },
  {
    name: "D10 a column of numbers under a header that is no period ('Andel RH'): finding on its header",
    source: `${SEED002}, with the printed Region Hovedstaden column typed under 'Andel RH'`,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");

      const cells = initiativeTable(ws, SEED002_BLOK);
      ws.getCell("D1").value = "Andel RH";
      for (const [name, v] of Object.entries(RH)) {
        const cell = ws.getCell(cells.get(name)!.amount.replace(/^C/, "D"));
        cell.value = v;
        cell.numFmt = "#,##0.0";
      }
      keySheet(wb);
    },
    expect: {
      exit: [0, 1],
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [{ cell: "D1" }],
    },
  },
  {
    name: "D11 seed 002's printed two-row header: '2026' merged over 'Nationalt' and 'Region Hovedstaden'",
    source: `${SEED002}, both printed columns; header as printed ("Mio. kr (2025 pl)" | 2026 over Nationalt, Region Hovedstaden)`,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      put(ws, "A1", [
        ["Mio. kr (2025 pl)", 2026, null],
        [null, "Nationalt", "Region Hovedstaden"],
        ...SEED002_BLOK.map((r) => [r.name, r.amount, r.name in RH ? RH[r.name] : null]),
      ]);
      ws.mergeCells("B1:C1");
      keySheet(wb);
    },
    expect: {
      exit: [0, 1],
      // National 350,0; Region Hovedstaden's printed column is not money to allocate: a finding names it.
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [{ cell: ["C1", "C2"] }],
      // Or refused, with a finding on the header.
      orRefusal: [{ severity: "error", cell: ["A1", "A2", "B1", "B2", "C1", "C2"] }],
    },
  },
];
