import { Case } from "../case";
import { initiativeTable, keySheet, put, REGION_KEY_ROWS, simpleTable, uncomputed } from "../builder";
import { SEED000_KRONER, SEED002_BLOK } from "../seeds";

const SEED002 = "seed 002, Bilag 3 table 1 (2026, Nationalt)";
const SEED000 = "seed 000, Tabel 1: 10.150.000 kr. (2025) and each region's contribution in kroner";

/** Seed 002's Blok rows with one amount replaced; returns that amount's cell through `cellOf`. */
function seed002With(name: string, value: unknown): Case["build"] {
  return (wb) => {
    const ws = wb.addWorksheet("Initiativer");
    const cells = initiativeTable(ws, SEED002_BLOK);
    ws.getCell(cells.get(name)!.amount).value = value as never;
    keySheet(wb);
  };
}
/** Row of an initiative in seed002With's sheet (header in row 1). */
const rowOf = (name: string) => 2 + SEED002_BLOK.findIndex((r) => r.name === name);

/** Seed 000 in whole kroner: the amount as text, and the regions' printed kroner as the key's raw weights. */
function seed000(amount: string, weights: [string, string][]): Case["build"] {
  return (wb) => {
    const ws = wb.addWorksheet("Initiativer");
    put(ws, "A1", [
      ["Initiativ", "2025"],
      ["Bidrag til Sundhedsvæsenets Kvalitetsinstitut (kr.)", amount],
    ]);
    keySheet(wb, { keyName: "Fordeling af bidrag i kroner", rows: weights });
  };
}
/** By hand: the weights sum to 10.150.000, so each region's exact share is its printed kroner. */
const SEED000_UNITS = Object.fromEntries(SEED000_KRONER.map(([unit, kr]) => [unit, kr.replace(/\./g, "")]));

/** Numbers as they arrive: formulas never calculated, text in two notations, unreadable text, General format. */
export const NUMBERS: Case[] = [
  {
    name: "E1 an amount that is a formula with no cached value: error on its cell, the rest allocated",
    source: `${SEED002}; Senfølger's 60,0 written as =30+30 by a script (illustrative)`,
    build: seed002With("Senfølger", uncomputed("30+30")),
    // Without Senfølger: 350,0 - 60,0 = 290,0.
    expect: {
      exit: 1,
      nationalTotals: { "2026": "290.0" },
      findings: [{ severity: "error", cell: `C${rowOf("Senfølger")}` }],
    },
  },
  {
    name: "E2 a key share that is a formula with no cached value: error on its cell, nothing scaled up",
    source: "shared/data/regioner.csv with Region Sjælland's 0,1547 written as =0,1547 by a script; seed 002 amounts",
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK);
      keySheet(wb, {
        rows: REGION_KEY_ROWS.map(([unit, share]) => [unit, unit === "Region Sjælland" ? uncomputed("0.1547") : share]),
      });
    },
    // Key rows from row 2 in REGIONS_2025 order: Region Sjælland is row 3, its share in C3.
    expect: {
      exit: [1, 2],
      noAllocation: true,
      // The message says what to do: open and save the file in Excel (or LibreOffice).
      findings: [{ severity: "error", sheet: "Nøgler", cell: "C3", message: /Excel/ }],
      // One cause, one finding: not one "key not found" per row on top (seed 002's own
      // Uspecifikke warning, the cause, and at most one follow-on are allowed).
      maxProblems: 3,
    },
  },
  {
    name: "E3 English reading (--lang en) of the text '12.345': a warning naming the cell and the reading",
    source: "illustrative (12.345 next to seed 002's 180,0)",
    args: ["--lang", "en"],
    build: (wb) => {
      simpleTable(
        wb.addWorksheet("Initiativer"),
        "A1",
        ["Initiativ", "2026"],
        [
          ["Pulje", "12.345"],
          ["Udrednings- og behandlingskapacitet", 180],
        ],
      );
      keySheet(wb);
    },
    expect: {
      nationalTotalsAnyOf: [{ "2026": "192.345" }, { "2026": "12525" }],
      // The warning says which reading was used (KEY_PRECISION on the same cell is another matter).
      findings: [
        {
          severity: "warning",
          cell: "B2",
          message: /Danish|English|dansk|engelsk/i,
        },
      ],
    },
  },
  {
    name: "E4 Danish text '10.150.000' and key weights '1.570.129' (unambiguous): whole kroner, exact",
    source: SEED000,
    build: seed000("10.150.000", SEED000_KRONER),
    expect: {
      nationalTotals: { "2025": "10150000" },
      unitTotals: { period: "2025", exact: SEED000_UNITS },
      cleanCells: ["B2", "C2", "C3", "C4", "C5", "C6"],
    },
  },
  {
    name: "E5 English notation '10,150,000' and '1,570,129.00' with --lang en: exact",
    source: SEED000,
    args: ["--lang", "en"],
    build: seed000(
      "10,150,000",
      SEED000_KRONER.map(([unit, kr]) => [unit, `${kr.replace(/\./g, ",")}.00`]),
    ),
    expect: {
      nationalTotals: { "2025": "10150000" },
      unitTotals: { period: "2025", exact: SEED000_UNITS },
    },
  },
  {
    name: "E6 an unreadable amount ('ca. 5'): excluded visibly, exit 1, error on its cell",
    source: `${SEED002}; Kræftscreening's 5,0 typed as 'ca. 5' (illustrative)`,
    build: seed002With("Kræftscreening", "ca. 5"),
    // Without Kræftscreening: 350,0 - 5,0 = 345,0.
    expect: {
      exit: 1,
      nationalTotals: { "2026": "345.0" },
      findings: [{ severity: "error", cell: `C${rowOf("Kræftscreening")}` }],
      excluded: /Kræftscreening/,
      // The row stays on its output sheet with what was typed (and why it was not allocated).
      shownOnOutput: [/ca\. 5/],
    },
  },
  {
    name: "E7 the step: 60 and 5 typed in General format (the step is stated; a coarse step is a warning)",
    source: "seed 002 (Senfølger 60, Kræftscreening 5), typed as whole numbers",
    build: (wb) => {
      put(wb.addWorksheet("Initiativer"), "A1", [
        ["Initiativ", 2026],
        ["Senfølger", 60],
        ["Kræftscreening", 5],
      ]);
      keySheet(wb);
    },
    expect: {
      nationalTotals: { "2026": "65" },
      stepStated: true,
      // Whole units split 5 over five regions (fewer than 10 steps): that step needs a warning on the 5.
      extra: (doc) =>
        doc.periods.some((p) => p.decimals <= 0) && !doc.findings.some((f) => f.severity === "warning" && f.cell?.replace(/^.*!/, "") === "B3")
          ? ["step 1 (whole units) for an amount of 5 split over the key, and no warning on B3"]
          : [],
    },
  },
  {
    name: "E8 one cell typed '1.000,00' in a whole-kroner table: the step it decides is stated with that cell",
    source: `${SEED000} (10.150.000); the 1.000,00 row is illustrative`,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      put(ws, "A1", [
        ["Initiativ", 2025],
        ["Bidrag til Sundhedsvæsenets Kvalitetsinstitut", 10150000],
        ["Gebyr", "1.000,00"],
      ]);
      ws.getCell("B2").numFmt = "#,##0";
      keySheet(wb);
    },
    expect: {
      // 10.150.000 + 1.000 = 10.151.000 kr.
      nationalTotals: { "2025": "10151000" },
      stepStated: true,
      extra: (doc) =>
        doc.periods.some((p) => p.decimals > 0) && !doc.periods.every((p) => JSON.stringify(p.step ?? "").includes("B3"))
          ? ["øre chosen for a whole-kroner table without naming B3 ('1.000,00') as the cell that decided it"]
          : [],
    },
  },
  {
    name: "E9 Danish reading of the text '1,500' (1,5 or 1.500): a warning naming the cell and the reading",
    source: "illustrative (1,500 next to seed 002's 180,0)",
    build: (wb) => {
      simpleTable(
        wb.addWorksheet("Initiativer"),
        "A1",
        ["Initiativ", "2026"],
        [
          ["Pulje", "1,500"],
          ["Udrednings- og behandlingskapacitet", 180],
        ],
      );
      keySheet(wb);
    },
    expect: {
      // 1,5 + 180 = 181,5 (Danish) or 1.500 + 180 = 1.680 (English).
      nationalTotalsAnyOf: [{ "2026": "181.5" }, { "2026": "1680" }],
      findings: [
        {
          severity: "warning",
          cell: "B2",
          message: /dansk|engelsk|Danish|English/i,
        },
      ],
    },
  },
  {
    name: "E10 the text '12.345' beside '1.234,5' in the same column: Danish by the evidence, no warning",
    source: "illustrative",
    build: (wb) => {
      simpleTable(
        wb.addWorksheet("Initiativer"),
        "A1",
        ["Initiativ", "2026"],
        [
          ["Pulje A", "12.345"],
          ["Pulje B", "1.234,5"],
        ],
      );
      keySheet(wb);
    },
    // "1.234,5" can only be Danish, so "12.345" is 12.345 (twelve thousand): 12.345 + 1.234,5 = 13.579,5.
    expect: { nationalTotals: { "2026": "13579.5" }, cleanCells: ["B2", "B3"] },
  },
];
