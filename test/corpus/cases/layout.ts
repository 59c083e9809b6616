import { Case } from "../case";
import { initiativeTable, keySheet, put, REGION_KEY_ROWS, titleAndUnit } from "../builder";
import { SEED002_ALL_TOTAL, SEED002_BLOK, SEED002_BLOK_TOTAL, seed002All } from "../seeds";

const SEED002 = "seed 002, Bilag 3 table 1 (2026, Nationalt)";
/** Seed 002's "Uspecifikke symptomer på kræft": 10,0 over sub-items printed as 5,2 + 4,9. */
const USPECIFIKKE_MISMATCH = {
  code: "CHILDREN_SUM_MISMATCH",
  initiative: /Uspecifikke/,
};

/** Where the table is and what the sheets are called. */
export const LAYOUT: Case[] = [
  {
    name: "A1 SPEC layout (control): seed 002 with Overordnet, Kanal and Modtager columns",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), seed002All(), {
        channels: true,
      });
      keySheet(wb);
    },
    expect: {
      nationalTotals: { "2026": SEED002_ALL_TOTAL },
      findings: [USPECIFIKKE_MISMATCH],
    },
  },
  {
    name: "A2 title row and unit row 'Mio. kr. (2025-pl)' above the header",
    source: SEED002,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      titleAndUnit(ws, "KPV-initiativer der udmøntes i 2026", "Mio. kr. (2025-pl)");
      initiativeTable(ws, SEED002_BLOK, { topLeft: "A4" });
      keySheet(wb);
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      // The unit text is kept and shown on the output (SPEC §1).
      shownOnOutput: [/2025-pl/],
    },
  },
  {
    name: "A3 table starting in B3 (blank column A, a title in B1)",
    source: SEED002,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      put(ws, "B1", [["Kræftplan V – 2026"]]);
      initiativeTable(ws, SEED002_BLOK, { topLeft: "B3" });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
  {
    name: "A4 Danish Excel default sheet names Ark1 (initiatives) and Ark2 (key)",
    source: SEED002,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Ark1"), SEED002_BLOK);
      keySheet(wb, { sheet: "Ark2" });
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      // Found by its header row, not its name: an info finding says which sheet was used.
      findings: [{ severity: "info", message: /Ark1/ }],
    },
  },
  {
    name: "A5 Excel Table Tabel1 on Ark1, key sheet named Fordelingsnøgle",
    source: SEED002,
    build: (wb) => {
      const ws = wb.addWorksheet("Ark1");
      ws.addTable({
        name: "Tabel1",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "Initiativ" }, { name: "Overordnet" }, { name: "2026" }],
        rows: SEED002_BLOK.map((r) => [r.name, r.parent, r.amount]),
      });
      keySheet(wb, { sheet: "Fordelingsnøgle" });
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
  {
    name: "A6 key sheet Fordelingsnøgle with a title row above its header (one cause, no flood)",
    source: `${SEED002}; key: shared/data/regioner.csv`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK);
      keySheet(wb, {
        sheet: "Fordelingsnøgle",
        title: ["Bloktilskudsnøgle 2025 (regionerne)"],
      });
    },
    // The only warning is seed 002's own Uspecifikke 10,0 vs 10,1.
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL }, maxProblems: 1 },
  },
  {
    name: "A7 --initiatives 'Ark1'!B3:D22 and --keys Ark2 point at a table beside last year's",
    source: `${SEED002}; the 2025 block beside it: seed 001 (Senfølgeklinikker 60, Palliation 42,2)`,
    args: ["--initiatives", "'Ark1'!B3:D22", "--keys", "Ark2"],
    build: (wb) => {
      const ws = wb.addWorksheet("Ark1");
      put(ws, "B1", [["Kræftplan V"], ["Mio. kr. (2025-pl)"]]);
      initiativeTable(ws, SEED002_BLOK, { topLeft: "B3" });
      // Last year's figures to the right: a second table on the same sheet, not to be read.
      put(ws, "G3", [
        ["Initiativ", "2025"],
        ["Senfølgeklinikker", 60],
        ["Palliation", 42.2],
      ]);
      keySheet(wb, { sheet: "Ark2" });
      // A stray second key block on another sheet: --keys decides.
      keySheet(wb, {
        sheet: "Ark3",
        keyName: "Gammel nøgle",
        rows: REGION_KEY_ROWS,
      });
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
  {
    name: "A8 two candidate initiative sheets and no name to tell them apart: an error listing both",
    source: `${SEED002}; the copy on Ark3 is the same table`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Ark1"), SEED002_BLOK);
      keySheet(wb, { sheet: "Ark2" });
      initiativeTable(wb.addWorksheet("Ark3"), SEED002_BLOK);
    },
    expect: {
      exit: [1, 2],
      findings: [{ severity: "error", message: /Ark1[\s\S]*Ark3|Ark3[\s\S]*Ark1/ }],
    },
  },
];
