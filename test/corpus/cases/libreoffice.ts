import { Case } from "../case";
import { initiativeTable, keySheet, titleAndUnit, uncomputed } from "../builder";
import { SEED002_ALL_TOTAL, SEED002_BLOK, SEED002_BLOK_TOTAL, seed002All } from "../seeds";
import { HERAF } from "./heraf";

const SEED002 = "seed 002, Bilag 3 table 1 (2026, Nationalt)";

/** Workbooks saved by LibreOffice (generated, then `soffice --convert-to xlsx`): its own styles, shared strings and cached results. */
export const LIBREOFFICE: Case[] = [
  {
    name: "L1 seed 002 with title rows and Blok / Direkte tilskud / I alt rows, saved by LibreOffice",
    source: SEED002,
    libreOffice: true,
    build: (wb) => {
      const ws = wb.addWorksheet("Ark1");
      titleAndUnit(ws, "KPV-initiativer der udmøntes i 2026", "Mio. kr. (2025-pl)");
      initiativeTable(ws, seed002All(), {
        topLeft: "A4",
        channels: true,
        totals: [
          ["Blok", 350.0],
          ["Direkte tilskud", 1.0],
          ["I alt", 351.0],
        ],
      });
      keySheet(wb, { sheet: "Ark2" });
    },
    expect: { nationalTotals: { "2026": SEED002_ALL_TOTAL } },
  },
  {
    name: "L2 seed 003 appendix (as C1), saved by LibreOffice",
    source: HERAF[0].source,
    libreOffice: true,
    build: HERAF[0].build,
    expect: HERAF[0].expect,
  },
  {
    name: "L3 amounts written as formulas by a script, then calculated and saved by LibreOffice",
    source: `${SEED002}; Palliation as =C5+C6+C7 and Senfølger as =30+30`,
    libreOffice: true,
    build: (wb) => {
      const ws = wb.addWorksheet("Initiativer");
      const cells = initiativeTable(ws, SEED002_BLOK);
      const at = (name: string) => cells.get(name)!.amount;
      ws.getCell(at("Palliation")).value = uncomputed(`${at("Basal palliation")}+${at("Specialiceret palliation")}+${at("Døgndækkede rådgivningsfunktioner")}`);
      ws.getCell(at("Senfølger")).value = uncomputed("30+30");
      keySheet(wb);
    },
    expect: { nationalTotals: { "2026": SEED002_BLOK_TOTAL } },
  },
];
