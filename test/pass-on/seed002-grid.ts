import { Raw, table, workbook } from "../sheets/grid-helpers";
import { KEYS_2025 } from "../sheets/grid-helpers";

/**
 * Seed 002's 2026 rows (national, mio. kr.) with Region Hovedstaden's hospitals and hospices.
 * The hospital key (patients by activity 2025) and the hospice amounts are made up for the
 * test (illustrative): the seed says only "efter aktivitet i 2025, til de fire hospitaler" and
 * "2,5 mio. kr. … til de fire hospicer".
 */
export const HOSPICE_SPLIT = "Hospice Søndergård=0,7; Hospice Sankt Lukas=0,6; Diakonissestiftelsens Hospice=0,6; Arresødal Hospice=0,6; rest: Hospitaler";

export const SEED002_ROWS: Raw[][] = [
  ["Initiativ", "Overordnet", "2026", "Videre"],
  ["Mobile kølehætter", null, "9,0", null],
  ["Senfølger", null, "60,0", null],
  ["Palliation", null, "42,0", HOSPICE_SPLIT],
  ["Basal palliation", "Palliation", "14,0", null],
  ["Specialiceret palliation", "Palliation", "20,0", null],
  ["Døgndækkede rådgivningsfunktioner", "Palliation", "8,0", null],
  ["Kræftscreening", null, "5,0", null],
  ["Patientinddragelse", null, "11,0", null],
];

/** Illustrative patient numbers 2025 per hospital (made up). */
export const HOSPITAL_KEY: Raw[][] = [
  ["Aktivitet 2025", null, "Hospitaler", "Rigshospitalet", 1480],
  ["Aktivitet 2025", null, "Hospitaler", "Herlev og Gentofte Hospital", 1215],
  ["Aktivitet 2025", null, "Hospitaler", "Hvidovre Hospital", 640],
  ["Aktivitet 2025", null, "Hospitaler", "Nordsjællands Hospital", 585],
];

export function seed002Grid(rows: Raw[][] = SEED002_ROWS) {
  const keys: Raw[][] = [["Nøgle", "År", "Gruppe", "Enhed", "Andel"], ...KEYS_2025.slice(1).map(([k, y, u, s]) => [k, y, null, u, s]), ...HOSPITAL_KEY];
  return workbook({
    tables: [table("Initiativer", "Budget", rows), table("Nøgler", "Nøgler", keys)],
    existing: [
      { name: "Budget", generated: false },
      { name: "Nøgler", generated: false },
    ],
  });
}
