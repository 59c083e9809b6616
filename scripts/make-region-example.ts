/**
 * Writes examples/region-hovedstaden.xlsx: Region Hovedstaden's 2026 note on the Kræftplan V
 * money (seed 002, Tabel 1, column "Nationalt"), the 2025 regional key, and a hospital key by
 * activity with the palliation split to four hospices – the hospital and hospice figures are
 * made up (illustrative) and say so in the workbook. Fill it in two steps:
 *   node bin/fordel.js fill examples/region-hovedstaden.xlsx --pass-on "Region Hovedstaden=Hospitaler"
 * Run: npx tsx scripts/make-region-example.ts. Sources and decisions: examples/README.md.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { REGIONS } from "../src/sheets/units-data";

interface Line {
  name: string;
  parent?: string;
  channel?: string;
  recipient?: string;
  y2026: number | null;
  passOn?: string;
  note?: string;
}

const PALLIATION = "Palliation";
const USPECIFIKKE = "Uspecifikke symptomer på kræft";
const DATA = "Data til kræftbehandling og ny medicin";

/** Illustrative: the four hospices' fixed amounts (2,5 in all, as 002 says of 2025), made up per hospice. */
export const HOSPICE_SPLIT = "Arresødal Hospice=0,7; Hospice Søndergård=0,6; Diakonissestiftelsens Hospice=0,6; Sankt Lukas Hospice=0,6; rest: Hospitaler";

/** Seed 002, Tabel 1 (mio. kr., 2025-pl), in print order; the already paid-out money is left out. */
export const REGION_LINES: Line[] = [
  { name: "Mobile kølehætter", y2026: 9, note: "002: fordeles efter aktivitet i 2025 til de fire hospitaler." },
  { name: "Senfølger", y2026: 60 },
  {
    name: PALLIATION,
    y2026: 42,
    passOn: HOSPICE_SPLIT,
    note: "002: i 2025 gik 2,5 mio. kr. til de fire hospicer, resten til hospitalerne efter fordelingsnøglen. Hospicernes beløb er illustrative.",
  },
  { name: "Basal palliation", parent: PALLIATION, y2026: 14 },
  { name: "Specialiceret palliation", parent: PALLIATION, y2026: 20 },
  { name: "Døgndækkede rådgivningsfunktioner", parent: PALLIATION, y2026: 8 },
  { name: "Telepalliation", channel: "Direkte tilskud", recipient: "Region Midtjylland", y2026: 1, note: "002: Telepalliation (Region Midtjylland)." },
  { name: "Kræftscreening", y2026: 5 },
  { name: "Patientinddragelse", y2026: 11 },
  { name: "Styrket information mellem sektorerne", y2026: 2 },
  { name: USPECIFIKKE, y2026: 10, note: "002: heraf-posterne summer til 10,1, ikke 10,0 (som trykt)." },
  { name: "Sundhedsvæsenets kvalitetsinstitut", parent: USPECIFIKKE, y2026: 5.2 },
  { name: "Danish Comprehensive Cancer Center", parent: USPECIFIKKE, y2026: 4.9 },
  { name: "Forskning og udbredelse af kunstig intelligens", y2026: 20 },
  { name: DATA, y2026: 9 },
  { name: "National klinisk database for personlig medicin på kræftområdet", parent: DATA, y2026: 3 },
  { name: "Bedre brug af data til ny kræftmedicin", parent: DATA, y2026: 6 },
  { name: "Kræftforskning i det primære sundhedsvæsen", y2026: 2 },
  { name: "Udrednings- og behandlingskapacitet", y2026: 180 },
];

/** Illustrative (made up): patients treated in 2025 per hospital. */
export const HOSPITALS: [string, number][] = [
  ["Rigshospitalet", 1480],
  ["Herlev og Gentofte Hospital", 1215],
  ["Amager og Hvidovre Hospital", 640],
  ["Nordsjællands Hospital", 585],
];

const ILLUSTRATIVE = "ILLUSTRATIVT: opdigtet aktivitetstal (patienter 2025), ikke Region Hovedstadens tal";

const SOURCES = [
  "Kilde (shared/seeds): 002 – Bilag 3: Uddybende beskrivelse af initiativer til udmøntning af midler i 2026 fra Kræftplan V, Tabel 1 (kolonnen Nationalt).",
  "Regionsnøglen: bloktilskudsnøglen 2025 som trykt (shared/data/regioner.csv); 002's Region Hovedstaden-kolonne svarer til den.",
  "ILLUSTRATIVT: hospitalsnøglen (Aktivitet 2025) og hospicernes faste beløb i kolonnen Videre er opdigtede eksempeltal. 002 siger kun, at kølehætterne fordeles 'efter aktivitet i 2025, til de fire hospitaler', og at 2,5 mio. kr. af palliationsmidlerne i 2025 gik til de fire hospicer, resten efter den gældende fordelingsnøgle.",
  'Fordel i to trin: node bin/fordel.js fill examples/region-hovedstaden.xlsx --pass-on "Region Hovedstaden=Hospitaler"',
  "Trin 1 fordeler de nationale beløb på regionerne; trin 2 fordeler Region Hovedstadens kolonne på hospitalerne (arket Fordeling 2026 Hospitaler), hospicerne får deres faste beløb først.",
  "Beløb i mio. kr. (2025-pl). Allerede udmøntede midler er ikke med.",
];

const AMOUNT_FORMAT = "#,##0.0";

export function buildRegionExample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Fordel";
  // Fixed dates: the same script gives the same file.
  wb.created = new Date(Date.UTC(2026, 0, 5));
  wb.modified = new Date(Date.UTC(2026, 0, 5));

  const ws = wb.addWorksheet("Initiativer");
  const header = ["Initiativ", "Overordnet", "Kanal", "Modtager", "2026", "Videre", "Bemærkning"];
  ws.addTable({
    name: "Initiativer",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    rows: REGION_LINES.map((l) => [
      l.name,
      l.parent ?? null,
      l.channel ?? (l.parent ? null : "Blok"),
      l.recipient ?? (l.parent ? null : "Regioner"),
      l.y2026,
      l.passOn ?? null,
      l.note ?? null,
    ]),
  });
  REGION_LINES.forEach((l, i) => {
    const row = ws.getRow(i + 2);
    if (l.parent) row.getCell(1).alignment = { indent: 1 };
    row.getCell(5).numFmt = AMOUNT_FORMAT;
  });
  [52, 34, 16, 22, 10, 60, 90].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const keys = wb.addWorksheet("Nøgler");
  keys.getCell("A1").value = "Nøgler. Hospitalsnøglen er ILLUSTRATIV (opdigtede tal).";
  keys.getCell("A1").font = { bold: true };
  keys.addTable({
    name: "Nøgler",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["Nøgle", "År", "Gruppe", "Enhed", "Andel", "Bemærkning"].map((name) => ({ name, filterButton: true })),
    rows: [
      ...REGIONS.map((r) => ["Bloktilskudsnøgle 2025", null, "Regioner", r.name, Number(r.key2025), "Som trykt (shared/data/regioner.csv)"]),
      ...HOSPITALS.map(([name, patients]) => ["Aktivitet 2025", null, "Hospitaler", name, patients, ILLUSTRATIVE]),
    ],
  });
  REGIONS.forEach((_, i) => (keys.getRow(i + 4).getCell(5).numFmt = "0.0000"));
  [26, 8, 14, 32, 10, 80].forEach((w, i) => (keys.getColumn(i + 1).width = w));

  const sources = wb.addWorksheet("Kilde");
  SOURCES.forEach((line, i) => (sources.getCell(i + 1, 1).value = line));
  sources.getColumn(1).width = 140;
  return wb;
}

async function main(): Promise<void> {
  const file = path.resolve(__dirname, "../examples/region-hovedstaden.xlsx");
  await buildRegionExample().xlsx.writeFile(file);
  process.stdout.write(`${file}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
