import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { REGIONS_2025 } from "../../fixtures/keys";
import { Case } from "../case";
import { illustrativeMunicipalWeights, initiativeTable, keySheet, put, REGION_KEY_ROWS, Typed } from "../builder";
import { POPULATION_2024, SEED002_BLOK, SEED002_BLOK_TOTAL } from "../seeds";

const SEED002 = "seed 002, Bilag 3 table 1 (2026, Nationalt)";
const MUNICIPAL_SOURCE =
  "seed 001 as read in examples/kraeftplan-v.xlsx (2025, to the municipalities: Vederlagsfri rygestopmedicin 10, Bedre hjælp til børn med svær overvægt 16); municipal weights illustrative (1000 + 37 × list position), municipalities from shared/data/kommuner.csv";

/** Seed 001's municipal money for 2025: 10 + 16 = 26. */
function municipalRows(ws: ExcelJS.Worksheet): void {
  put(ws, "A1", [
    ["Initiativ", "Kanal", "Modtager", 2025],
    ["Vederlagsfri rygestopmedicin", "Blok", "Kommuner", 10],
    ["Bedre hjælp til børn med svær overvægt", "Blok", "Kommuner", 16],
  ]);
}

/** Exact shares of `amount` by raw weights, worked out from the source figures (not by the tool). */
function exactShares(amount: string, weights: [string, Decimal.Value][]): Record<string, string> {
  const sum = weights.reduce((s, [, w]) => s.plus(w), new Decimal(0));
  return Object.fromEntries(weights.map(([unit, w]) => [unit, new Decimal(amount).times(w).div(sum).toString()]));
}

const weights = illustrativeMunicipalWeights();

/** Some entries of a record. */
const pick = (all: Record<string, string>, names: string[]) => Object.fromEntries(Object.entries(all).filter(([n]) => names.includes(n)));

/** Keys as they are pasted and kept. */
export const KEYS: Case[] = [
  {
    name: "F1 a regional key without Region Nordjylland: a warning naming it",
    source: `${SEED002}; shared/data/regioner.csv without its last row`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK);
      keySheet(wb, {
        rows: REGION_KEY_ROWS.filter(([unit]) => unit !== "Region Nordjylland"),
      });
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      findings: [{ severity: "warning", message: /Nordjylland/ }],
    },
  },
  {
    name: "F2 a municipal key of 97 municipalities without Læsø: a warning naming Læsø",
    source: MUNICIPAL_SOURCE,
    build: (wb) => {
      municipalRows(wb.addWorksheet("Initiativer"));
      keySheet(wb, {
        keyName: "Kommunal nøgle (illustrativ)",
        rows: weights.filter(([, name]) => name !== "Læsø").map(([, name, , w]) => [name, w]),
      });
    },
    expect: {
      nationalTotals: { "2025": "26" },
      findings: [{ severity: "warning", message: /Læsø/ }],
      absentUnits: ["Læsø"],
      // The 97 share the money by their weights: København and Aalborg as worked out from them.
      unitTotals: {
        period: "2025",
        exact: pick(
          exactShares(
            "26",
            weights.filter(([, name]) => name !== "Læsø").map(([, name, , w]) => [name, w]),
          ),
          ["København", "Aalborg"],
        ),
      },
    },
  },
  {
    name: "F3 a blank share (Region Syddanmark): error on its cell, nothing allocated by that key",
    source: `${SEED002}; shared/data/regioner.csv with one share left blank`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK);
      const ws = keySheet(wb);
      // Region Syddanmark is the third unit (row 4): its share in C4 left blank.
      ws.getCell("C4").value = null;
    },
    expect: {
      exit: [1, 2],
      noAllocation: true,
      findings: [{ severity: "error", sheet: "Nøgler", cell: "C4" }],
      // One cause, one finding (with seed 002's own Uspecifikke warning and at most one follow-on).
      maxProblems: 3,
    },
  },
  {
    name: "F4 regions pasted from Danmarks Statistik ('1084 Region Hovedstaden'), population as raw weights",
    source: `${SEED002}; weights: shared/data/regioner-befolkning-2024.csv (Danmarks Statistik, 1 Jan 2024)`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK);
      keySheet(wb, {
        keyName: "Folketal 2024",
        rows: POPULATION_2024.map(([code, region, people]) => [`${code} ${region}`, people]),
      });
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      unitTotals: {
        period: "2026",
        exact: exactShares(
          "350",
          POPULATION_2024.map(([, region, people]) => [region, people]),
        ),
      },
    },
  },
  {
    name: "F5 municipalities pasted from Danmarks Statistik: '101 København', a 'Hele landet' row, region rows mixed in",
    source: MUNICIPAL_SOURCE,
    build: (wb) => {
      municipalRows(wb.addWorksheet("Initiativer"));
      const rows: [string, Typed][] = [["Hele landet", weights.reduce((s, w) => s + w[3], 0)]];
      for (const [region] of REGIONS_2025) {
        const inRegion = weights.filter((w) => w[2] === region);
        rows.push([region, inRegion.reduce((s, w) => s + w[3], 0)]);
        for (const [code, name, , w] of inRegion) rows.push([`${Number(code)} ${name}`, w]);
      }
      keySheet(wb, { keyName: "Kommunal nøgle (illustrativ)", rows });
    },
    expect: {
      nationalTotals: { "2025": "26" },
      absentUnits: ["Hele landet", ...REGIONS_2025.map(([region]) => region)],
      // "Hele landet" is the first key row (row 2): skipped with an info finding.
      findings: [{ severity: "info", sheet: "Nøgler", cell: ["A2", "B2", "C2"] }],
      unitTotals: {
        period: "2025",
        exact: pick(
          exactShares(
            "26",
            weights.map(([, name, , w]) => [name, w]),
          ),
          ["København", "Læsø", "Aalborg"],
        ),
      },
    },
  },
  {
    name: "F6 a key typed as percentages in text ('31,16 %')",
    source: `${SEED002}; shared/data/regioner.csv as percentages`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK);
      keySheet(wb, {
        rows: REGIONS_2025.map(([unit, share]) => [unit, `${new Decimal(share).times(100).toFixed(2).replace(".", ",")} %`]),
      });
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      unitTotals: {
        period: "2026",
        exact: exactShares(
          "350",
          REGIONS_2025.map(([unit, share]) => [unit, share]),
        ),
      },
    },
  },
  {
    name: "F7 regional and municipal rows in one table, a key for each: national totals over both groups",
    source: `seed 001 as read in examples/kraeftplan-v.xlsx (2025: Senfølgeklinikker 60 to the regions, 10 + 16 to the municipalities); regional key shared/data/regioner.csv; municipal weights illustrative`,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      municipalRows(ws);
      put(ws, "A4", [["Senfølgeklinikker", "Blok", "Regioner", 60]]);
      const keys = keySheet(wb);
      put(
        keys,
        "A7",
        weights.map(([, name, , w]) => ["Kommunal nøgle (illustrativ)", name, w]),
      );
    },
    // 60 + 10 + 16 = 86, over the Regioner and the Kommuner entries together.
    expect: { nationalTotals: { "2025": "86" } },
  },
  {
    name: "F8 a wide key (units down, one column per key) on sheet Fordelingsnøgle under a title row",
    source: `${SEED002}; key shared/data/regioner.csv`,
    build: (wb) => {
      initiativeTable(wb.addWorksheet("Initiativer"), SEED002_BLOK);
      put(wb.addWorksheet("Fordelingsnøgle"), "A1", [["Bloktilskudsnøgle, regionerne"], [], ["Region", "Bloktilskudsnøgle 2025"], ...REGION_KEY_ROWS]);
    },
    expect: {
      nationalTotals: { "2026": SEED002_BLOK_TOTAL },
      unitTotals: {
        period: "2026",
        exact: exactShares(
          "350",
          REGIONS_2025.map(([unit, share]) => [unit, share]),
        ),
      },
    },
  },
];
