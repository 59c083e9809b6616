import { Case } from "../case";
import { initiativeTable, keySheet, put, titleAndUnit } from "../builder";
import {
  SEED002_ALL_TOTAL,
  SEED002_BLOK,
  SEED002_BLOK_TOTAL,
  seed002All,
} from "../seeds";

const SEED002 =
  "seed 002, Bilag 3 table 1 (2026, Nationalt; printed Blok 350,0, Direkte tilskud 1,0, I alt 351,0)";
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
      titleAndUnit(
        ws,
        "KPV-initiativer der udmøntes i 2026",
        "Mio. kr. (2025-pl)",
      );
      initiativeTable(ws, seed002All(), {
        topLeft: "A4",
        channels: true,
        totals: PRINTED,
      });
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_ALL_TOTAL } },
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
    expect: { nationalTotals: { "2026": SEED002_ALL_TOTAL } },
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
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
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
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
  {
    name: "B7 an I alt row that is a formula over the top-level rows (cached result, as Excel saves it)",
    source: SEED002,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      const cells = initiativeTable(ws, SEED002_BLOK);
      const top = SEED002_BLOK.filter(
        (r) => r.parent === null && r.amount !== null,
      ).map((r) => cells.get(r.name)!.amount);
      put(ws, "A21", [
        ["I alt", null, { formula: top.join("+"), result: 350 }],
      ]);
      ws.getCell("C21").numFmt = "#,##0.0";
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
];
