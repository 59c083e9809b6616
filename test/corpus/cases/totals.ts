import { Case } from "../case";
import { initiativeTable, keySheet, put, titleAndUnit } from "../builder";
import { SEED002_ALL_TOTAL, SEED002_BLOK, SEED002_BLOK_TOTAL, seed002All } from "../seeds";

const SEED002 = "seed 002, Bilag 3 table 1 (2026, Nationalt; printed Blok 350,0, Direkte tilskud 1,0, I alt 351,0)";
/** Seed 002's printed total rows. */
const PRINTED: [string, number][] = [
  ["Blok", 350.0],
  ["Direkte tilskud", 1.0],
  ["I alt", 351.0],
];

/** The user's own total rows: totals, checked, never allocated. */
export const TOTALS: Case[] = [
  {
    name: "B1 Blok, Direkte tilskud and I alt rows directly under the table",
    source: SEED002,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      titleAndUnit(ws, "KPV-initiativer der udmøntes i 2026", "Mio. kr. (2025-pl)");
      initiativeTable(ws, seed002All(), {
        topLeft: "A4",
        channels: true,
        totals: PRINTED,
      });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_ALL_TOTAL }, maxProblems: 1 },
  },
  {
    name: "B2 the same total rows after a blank row",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), seed002All(), {
        channels: true,
        totals: [null, ...PRINTED],
      });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_ALL_TOTAL }, maxProblems: 1 },
  },
  {
    name: "B3 Blok rows only, no Kanal column, Blok and I alt rows under a blank row",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        totals: [null, ["Blok", 350.0], ["I alt", 350.0]],
      });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL }, maxProblems: 1 },
  },
  {
    name: "B4 Excel Table Initiativer with its Total Row switched on",
    source: SEED002,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      ws.addTable({
        name: "Initiativer",
        ref: "A1",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Initiativ", totalsRowLabel: "I alt" },
          { name: "Overordnet" },
          // As Excel saves it: SUBTOTAL over the column, with its cached result (all rows, heraf too).
          {
            name: "2026",
            totalsRowFunction: "sum",
            ...({ totalsRowResult: 411.1 } as object),
          },
        ],
        rows: SEED002_BLOK.map((r) => [r.name, r.parent, r.amount]),
      });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
  {
    name: "B5 a user total that does not add up (I alt typed 352,0): finding on its cell",
    source: `${SEED002}; the typo 352,0 is made up (illustrative)`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        totals: [["I alt", 352.0]],
      });
      keySheet(wb);
    },
    // 19 rows under the header in row 1: "I alt" is row 21, its amount in C21.
    expect: {
      exit: [0, 1],
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [{ cell: ["C21", "A21"] }],
    },
  },
  {
    name: "B6 'Blok i alt' and 'I alt' under a blank row",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        totals: [null, ["Blok i alt", 350.0], ["I alt", 350.0]],
      });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL }, maxProblems: 1 },
  },
  {
    name: "B7 an I alt row that is a formula over the top-level rows (cached result, as Excel saves it)",
    source: SEED002,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      const cells = initiativeTable(ws, SEED002_BLOK);
      const top = SEED002_BLOK.filter((r) => r.parent === null && r.amount !== null).map((r) => cells.get(r.name)!.amount);
      put(ws, "A21", [["I alt", null, { formula: top.join("+"), result: 350 }]]);
      ws.getCell("C21").numFmt = "#,##0.0";
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL }, maxProblems: 1 },
  },
  {
    name: "B8 seed 002's whole table as printed: two sections, each with Blok, Direkte tilskud and I alt, then a grand I alt",
    source: `${SEED002}; second section "Allerede udmøntede midler": 99,7 + 5,2 + 4,7 = Blok 109,6, Direkte tilskud 8,8 (its rows are not printed), I alt 118,4; grand I alt 469,4`,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      // Rows 2–21 the 2026 initiatives, 22–24 their totals (amounts in column E).
      initiativeTable(ws, seed002All(), { channels: true, totals: PRINTED });
      put(ws, "A25", [
        ["Allerede udmøntede midler"],
        ["Tandproblemer, Udvidelse § 166", null, "Blok", "Regioner", 99.7],
        ["Patientrådgivning for patienter med livstruende sygdomme", null, "Blok", "Regioner", 5.2],
        ["Specialenhed for samarbejde om behandling af livstruende sygdomme", null, "Blok", "Regioner", 4.7],
        ["Blok", null, null, null, 109.6],
        ["Direkte tilskud", null, null, null, 8.8],
        ["I alt", null, null, null, 118.4],
        ["I alt", null, null, null, 469.4],
      ]);
      for (let r = 26; r <= 32; r++) ws.getCell(`E${r}`).numFmt = "#,##0.0";
      keySheet(wb);
    },
    expect: {
      exit: [0, 1],
      // 351,0 + 109,6 = 460,6 allocated; the printed 8,8 has no rows, so a total row must say so.
      nationalTotals: { "2026": "460.6" },
      findings: [{ cell: ["A30", "E30", "A31", "E31"] }],
      // The totals that do add up carry no finding: Blok 350,0, Direkte tilskud 1,0 (Telepalliation,
      // Særtilskud), I alt 351,0, Blok 109,6, and the grand I alt 469,4 = 351,0 + 118,4.
      cleanCells: ["E22", "E23", "E24", "E29", "E32"],
    },
  },
  {
    name: "B9 the I alt row on top, right under the header",
    source: SEED002,
    build: (wb) => {
      put(wb.addWorksheet("Initiativer"), "A1", [
        ["Initiativ", "Overordnet", 2026],
        ["I alt", null, 350],
        ...SEED002_BLOK.map((r) => [r.name, r.parent, r.amount]),
      ]);
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL }, maxProblems: 1 },
  },
];
