import ExcelJS from "exceljs";
import { Case } from "../case";
import { danish, initiativeTable, keySheet, offset, put, simpleTable, titleAndUnit, Typed } from "../builder";
import { SEED002_BLOK, SEED002_BLOK_TOTAL, SEED003, SEED003_TOTALS } from "../seeds";

const SEED002 = "seed 002, Bilag 3 table 1 (2026, Nationalt)";
const SEED003_SOURCE = "seed 003, Bilag 2 'Oversigt over økonomi for Kræftplan IV' (2017–2020, I alt, Fra 2021 og frem)";
const USPECIFIKKE_MISMATCH = {
  code: "CHILDREN_SUM_MISMATCH",
  initiative: /Uspecifikke/,
};

/** Row (1-based) of HPV-vaccination in a seed 003 sheet whose header is in `headerRow`. */
const hpvRow = (headerRow: number) => headerRow + 1 + SEED003.findIndex(([name]) => name === "HPV-vaccination");

/** Seed 003's appendix on a sheet: title, unit row, header in row 4 (or row 1, bare); numbers as typed in Excel, or as pasted text. */
function seed003(ws: ExcelJS.Worksheet, asPrinted: boolean, bare = false): void {
  if (bare) {
    simpleTable(
      ws,
      "A1",
      ["Initiativ", 2017, 2018, 2019, 2020, "I alt", "Fra 2021 og frem"],
      SEED003.map((r) => [...r]),
    );
    return;
  }
  if (asPrinted) put(ws, "A1", [["Bilag 2. Oversigt over økonomi for Kræftplan IV"]]);
  else titleAndUnit(ws, "Bilag 2. Oversigt over økonomi for Kræftplan IV", "Mio. kr.");
  const header: Typed[] = [
    asPrinted ? "Initiativ, mio.kr." : "Initiativ",
    2017,
    2018,
    2019,
    2020,
    "I alt",
    asPrinted ? "Fra 2021\nog frem" : "Fra 2021 og frem",
  ];
  const rows: Typed[][] = SEED003.map(([name, ...figures]) => [
    name,
    ...figures.map((f) => (f === null || f === "-" || !asPrinted ? f : danish(f, Number.isInteger(f) ? 0 : 1))),
  ]);
  simpleTable(ws, "A4", header, rows);
  // Group headings (no figures) in bold, as printed.
  SEED003.forEach(([, first], i) => {
    if (first === null) ws.getCell(offset("A4", i + 1)).font = { bold: true };
  });
}

/** Sub-items in every form officers write them. */
export const HERAF: Case[] = [
  {
    name: "C1 seed 003 appendix: Heraf rows, group headings, I alt column, 'Fra 2021 og frem'",
    source: SEED003_SOURCE,
    build: (wb) => {
      seed003(wb.addWorksheet("Initiativer"), false);
      keySheet(wb);
    },
    expect: {
      nationalTotals: SEED003_TOTALS,
      // One output sheet per year, and one for "Fra 2021 og frem".
      sheets: [/2017/, /2020/, /2021/],
      // HPV-vaccination: 3 + 2 + 2,5 + 0 = 7,5 under a printed I alt of 5 (column F).
      findings: [{ code: "PERIOD_TOTAL_MISMATCH", cell: `F${hpvRow(4)}` }],
    },
  },
  {
    name: "C2 seed 003 appendix as pasted: header 'Initiativ, mio.kr.', 'Fra 2021⏎og frem', figures as Danish text",
    source: SEED003_SOURCE,
    build: (wb) => {
      seed003(wb.addWorksheet("Ark1"), true);
      keySheet(wb, { sheet: "Ark2" });
    },
    expect: {
      nationalTotals: SEED003_TOTALS,
      findings: [{ code: "PERIOD_TOTAL_MISMATCH", cell: `F${hpvRow(4)}` }],
    },
  },
  {
    name: "C3 'heraf' label rows with the sub-items in Excel's indent",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        tree: "heraf-label+indent",
      });
      keySheet(wb);
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [USPECIFIKKE_MISMATCH],
    },
  },
  {
    name: "C4 sub-items indented with leading spaces (no Excel indent, no label)",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        tree: "spaces",
      });
      keySheet(wb);
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [USPECIFIKKE_MISMATCH],
    },
  },
  {
    name: "C5 sub-items in Excel's indent only",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        tree: "indent",
      });
      keySheet(wb);
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [USPECIFIKKE_MISMATCH],
    },
  },
  {
    name: "C6 'heraf' label rows only, as printed (where sub-items end is a reading: say so)",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK, {
        tree: "heraf-label",
      });
      keySheet(wb);
    },
    // Uspecifikke's sub-items (5,2 + 4,9) never reach its 10,0: whatever reading is taken, a finding names that row.
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [{ initiative: /Uspecifikke/ }],
    },
  },
  {
    name: "C7 names starting 'Heraf til', 'heraf:' and 'Heraf' under their parent",
    source: `${SEED002} (Senfølger, Palliation and its sub-items, Kræftscreening); the 'Heraf til'/'heraf:' wording is illustrative`,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      simpleTable(
        ws,
        "A1",
        ["Initiativ", 2026],
        [
          ["Senfølger", 60],
          ["Palliation", 42],
          ["Heraf til basal palliation", 14],
          ["heraf: specialiseret palliation", 20],
          ["Heraf døgndækkede rådgivningsfunktioner", 8],
          ["Kræftscreening", 5],
        ],
      );
      put(ws, "A9", [["Kilde: Bilag 3, tabel 1"]]);
      keySheet(wb);
    },
    // 60 + 42 + 5 = 107,0; the sub-items 14 + 20 + 8 = 42 are Palliation's.
    expect: { nationalTotals: { "2026": "107" } },
  },
  {
    name: "C8 seed 003 appendix with its header in row 1 (C1 without the title rows)",
    source: SEED003_SOURCE,
    build: (wb) => {
      seed003(wb.addWorksheet("Initiativer"), false, true);
      keySheet(wb);
    },
    expect: {
      nationalTotals: SEED003_TOTALS,
      findings: [{ code: "PERIOD_TOTAL_MISMATCH", cell: `F${hpvRow(1)}` }],
    },
  },
];
