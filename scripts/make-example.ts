/**
 * Writes examples/kraeftplan-v.xlsx: the Kræftplan V money for 2025 (seed 001, the 2025
 * agreement) and 2026 (seed 002, a region's note on 2026), with the 2025 regional key
 * (shared/data/regioner.csv, also printed in seed 000). Run: npx tsx scripts/make-example.ts
 * Sources and reading decisions: examples/README.md.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { REGIONS } from "../src/sheets/units-data";

type Amount = number | null;

interface Line {
  name: string;
  parent?: string;
  channel?: string;
  recipient?: string;
  y2025: Amount;
  y2026: Amount;
  note?: string;
}

const PALLIATION = "Palliation";
const USPECIFIKKE = "Uspecifikke symptomer på kræft";
const DATA = "Data til kræftbehandling og ny medicin";

/** Mio. kr. (2025-pl). 2025: seed 001; 2026: seed 002, Tabel 1 ("Nationalt"). */
export const LINES: Line[] = [
  { name: "Senfølgeklinikker", y2025: 60, y2026: 60, note: '2026: "Senfølger" i 002.' },
  { name: "Mobile kølehætter", y2025: null, y2026: 9 },
  {
    name: PALLIATION,
    y2025: 42.2,
    y2026: 42,
    note: "001 Tabel 1: Palliation 116,2 i alt; heraf 73 til kommunerne og 1 telepalliation står her som egne rækker. 002: 42,0 uden telepalliation (direkte tilskud).",
  },
  { name: "Basal palliation (regioner)", parent: PALLIATION, y2025: 14.2, y2026: 14 },
  { name: "Specialiseret palliation", parent: PALLIATION, y2025: 20, y2026: 20 },
  { name: "Døgndækkede palliative rådgivningsfunktioner", parent: PALLIATION, y2025: 8, y2026: 8 },
  { name: "Basal palliation (kommuner)", recipient: "Kommuner", y2025: 73, y2026: null, note: "Bloktilskud til kommunerne (001)." },
  {
    name: "Telepalliation",
    channel: "Særtilskud",
    recipient: "Region Midtjylland",
    y2025: 1,
    y2026: 1,
    note: 'Særtilskud til Region Midtjylland (001); "Direkte tilskud" i 002.',
  },
  {
    name: "Digital visningsløsning målrettet kræftpatienter",
    channel: "Særtilskud",
    recipient: "Region Midtjylland; Region Nordjylland",
    y2025: 1,
    y2026: null,
    note: "Særtilskud til Region Midtjylland og Region Nordjylland (001).",
  },
  {
    name: "Kræftscreening",
    y2025: 5,
    y2026: 5,
    note: '2025: kun i 001 Tabel 1 ("Heraf regionerne"); beløbet er det, der får tabellens I alt 577,9 til at stemme. 2026: varigt 5 mio. kr. (002).',
  },
  { name: "Patientinddragelse", y2025: 11, y2026: 11 },
  { name: "Styrket information mellem sektorerne", y2025: null, y2026: 2 },
  { name: USPECIFIKKE, y2025: 10, y2026: 10, note: "002: heraf-posterne summer til 10,1, ikke 10,0 (som trykt)." },
  { name: "Sundhedsvæsenets Kvalitetsinstitut", parent: USPECIFIKKE, y2025: null, y2026: 5.2, note: "Regionerne overfører midlerne (002)." },
  { name: "Danish Comprehensive Cancer Center", parent: USPECIFIKKE, y2025: null, y2026: 4.9, note: "Regionerne overfører midlerne (002)." },
  { name: "Vederlagsfri rygestopmedicin", recipient: "Kommuner", y2025: 10, y2026: null, note: "Bloktilskud til kommunerne (001)." },
  { name: "Bedre hjælp til børn med svær overvægt", recipient: "Kommuner", y2025: 16, y2026: null, note: "Bloktilskud til kommunerne (001)." },
  {
    name: "Målrettet, datadrevet kommunal forebyggelse",
    channel: "Direkte tilskud",
    recipient: "Foreningen BørneUngeLiv",
    y2025: 6,
    y2026: null,
    note: "Til foreningen BørneUngeLiv (001, teksten); ikke i 001 Tabel 1.",
  },
  { name: "Forskning og udbredelse af kunstig intelligens", y2025: 10, y2026: 20 },
  { name: DATA, y2025: null, y2026: 9, note: "Overskrift som i 002; i 2025 (001) to selvstændige initiativer." },
  {
    name: "National klinisk database for personlig medicin på kræftområdet",
    parent: DATA,
    y2025: 5,
    y2026: 3,
    note: "Bloktilskud; regionerne overfører deres andel til Sundhedsvæsenets Kvalitetsinstitut (000, 001, 002).",
  },
  {
    name: "Bedre brug af data til ny kræftmedicin",
    parent: DATA,
    y2025: 4,
    y2026: 6,
    note: "Bloktilskud; regionerne overfører deres andel til Medicinrådet (001, 002).",
  },
  { name: "Kræftforskning i det primære sundhedsvæsen", y2025: 2, y2026: 2 },
  { name: "Udrednings- og behandlingskapacitet", y2025: 111, y2026: 180 },
];

const SOURCES = [
  "Kilder (shared/seeds):",
  "000 – Økonomisk vejledning for udmøntning af Kræftplan V-midler til Sundhedsvæsenets Kvalitetsinstitut i 2025 (notat 09-07-2025, EMN-2025-00624): 2025-nøglen og regionernes bidrag.",
  "001 – Udmøntningsaftale om Kræftplan V (2025), Regeringen, Danske Regioner og KL, med Tabel 1 (kilde: Indenrigs- og Sundhedsministeriet): beløb for 2025.",
  "002 – Bilag 3: Uddybende beskrivelse af initiativer til udmøntning af midler i 2026 fra Kræftplan V, Tabel 1 (kolonnen Nationalt): beløb for 2026.",
  "Nøglen: bloktilskudsnøglen 2025 som trykt (shared/data/regioner.csv); 002's Region Hovedstaden-kolonne svarer til samme nøgle, så den gælder begge år.",
  "Beløb i mio. kr. (2025-pl). Allerede udmøntede midler er ikke med. Læsningen af kilderne: examples/README.md.",
  "Kommunale rækker: der er ingen kommunal nøgle med kilde, så de vises under Øvrige modtagere (fund NO_MUNICIPAL_KEY).",
];

const AMOUNT_FORMAT = "#,##0.0";
/** The title and the amounts' unit, in the rows above the table. */
export const TITLE = "Kræftplan V";
export const UNIT = "Mio. kr. (2025-pl)";

export function buildExample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Fordel";
  // Fixed dates: the same script gives the same file.
  wb.created = new Date(Date.UTC(2025, 10, 1));
  wb.modified = new Date(Date.UTC(2025, 10, 1));

  const ws = wb.addWorksheet("Initiativer");
  // The title and the unit above the table, as officers write them: every output sheet's title says both.
  ws.getCell("A1").value = TITLE;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = UNIT;
  ws.getCell("A2").font = { italic: true };
  const header = ["Initiativ", "Overordnet", "Kanal", "Modtager", "2025", "2026", "Bemærkning"];
  ws.addTable({
    name: "Initiativer",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    // Sub-items leave Kanal and Modtager blank: they take their parent's.
    rows: LINES.map((l) => [
      l.name,
      l.parent ?? null,
      l.channel ?? (l.parent ? null : "Blok"),
      l.recipient ?? (l.parent ? null : "Regioner"),
      l.y2025,
      l.y2026,
      l.note ?? null,
    ]),
  });
  LINES.forEach((l, i) => {
    const row = ws.getRow(i + 4);
    if (l.parent) row.getCell(1).alignment = { indent: 1 };
    row.getCell(5).numFmt = AMOUNT_FORMAT;
    row.getCell(6).numFmt = AMOUNT_FORMAT;
  });
  [52, 34, 16, 38, 10, 10, 90].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const keys = wb.addWorksheet("Nøgler");
  keys.addTable({
    name: "Nøgler",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["Nøgle", "År", "Enhed", "Andel"].map((name) => ({ name, filterButton: true })),
    rows: REGIONS.map((r) => ["Bloktilskudsnøgle 2025", null, r.name, Number(r.key2025)]),
  });
  REGIONS.forEach((_, i) => (keys.getRow(i + 2).getCell(4).numFmt = "0.0000"));
  [26, 8, 22, 10].forEach((w, i) => (keys.getColumn(i + 1).width = w));

  const sources = wb.addWorksheet("Kilde");
  SOURCES.forEach((line, i) => (sources.getCell(i + 1, 1).value = line));
  sources.getColumn(1).width = 140;
  return wb;
}

async function main(): Promise<void> {
  const file = path.resolve(__dirname, "../examples/kraeftplan-v.xlsx");
  await buildExample().xlsx.writeFile(file);
  process.stdout.write(`${file}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
