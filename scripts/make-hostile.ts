/**
 * A corpus of hostile and odd inputs for the command line (issue 11), written into a folder:
 * other formats, broken and truncated packages, decompression bombs, tables over whole columns,
 * stray cells at the sheet's edge, deep sub-item chains, odd XML. Each case says the exit code and
 * the words of the message it must end with. Large cases are bounded (a bomb is a few hundred kB
 * on disk) so the whole corpus runs in seconds. `npx tsx scripts/make-hostile.ts DIR` writes it.
 */
import * as fs from "fs";
import * as path from "path";
import { deflateRawSync } from "zlib";
import { crc32 } from "zlib";
import type { Limits } from "../src/cli/limits";
import { readZip, writeZip, ZipEntry, inflateEntry } from "../src/cli/zip";

export interface HostileCase {
  name: string;
  file: string;
  /** Expected exit code (SPEC §5). */
  code: number;
  /** What the message (stderr + stdout) must say. */
  message: RegExp;
  /** Extra arguments after `fill <file>`. */
  args?: string[];
  /** Lower limits for this case (so a limit is reached with a small file). */
  limits?: Partial<Limits>;
}

const EXAMPLE = path.resolve(__dirname, "../examples/kraeftplan-v.xlsx");

type Parts = Map<string, Buffer>;

function partsOf(file: Buffer): Parts {
  return new Map(readZip(file, 10000).map((e) => [e.name, inflateEntry(e, 1e8)]));
}

function zipOf(parts: Parts): Buffer {
  return writeZip(
    [...parts].map(([name, data]) => ({ name, data })),
    new Date(2026, 0, 1),
  );
}

/** The example with some parts replaced (a function gets the old text), added, or removed (null). */
function variant(base: Parts, edits: Record<string, string | Buffer | null | ((old: string) => string)>): Buffer {
  const parts = new Map(base);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) parts.delete(name);
    else if (typeof edit === "function") parts.set(name, Buffer.from(edit(parts.get(name)?.toString("utf8") ?? "")));
    else parts.set(name, Buffer.isBuffer(edit) ? edit : Buffer.from(edit));
  }
  return zipOf(parts);
}

/** A zip whose one entry claims `claimed` bytes and inflates to `real` zero bytes (a bomb, or a lie). */
function bombEntry(name: string, real: number, claimed = real, copies = 1): Buffer {
  // Not zip-level valid as a whole package: only its entries are used (see withEntry).
  const data = Buffer.alloc(real, 0x20);
  const raw = deflateRawSync(data, { level: 9 });
  const entries: { name: string; entry: ZipEntry }[] = [];
  for (let i = 0; i < copies; i++) {
    const n = copies === 1 ? name : name.replace(/(\.xml)$/, `${i}$1`);
    entries.push({
      name: n,
      entry: { name: n, method: 8, flags: 0, crc: crc32(data) >>> 0, compressedSize: raw.length, size: claimed, raw, time: 0, date: 33 },
    });
  }
  return writeZip(entries, new Date(2026, 0, 1));
}

/** A package with one entry (from another zip) in place of its own part of that name. */
function withEntry(base: Parts | Buffer, zip: Buffer): Buffer {
  const entries = Buffer.isBuffer(base) ? readZip(base, 10000) : readZip(zipOf(base), 10000);
  const extra = readZip(zip, 10)[0];
  return writeZip(
    entries.map((e) => (e.name === extra.name ? { name: e.name, entry: extra } : { name: e.name, entry: e })),
    new Date(2026, 0, 1),
  );
}

/** Rows of the example's Initiativer sheet XML with extra cells appended to `sheetData`. */
function withCells(xml: string, rows: string): string {
  return xml.replace("</sheetData>", `${rows}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, "");
}

/** A minimal workbook written the way other tools write it (prefixes, inline strings, no cached values). */
function minimalPackage(sheets: { name: string; xml: string }[], opts: { prefix?: string; styles?: string; extra?: Record<string, string> } = {}): Buffer {
  const p = opts.prefix ?? "";
  const ns = `xmlns${p ? `:${p.replace(":", "")}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const parts: Parts = new Map();
  const put = (n: string, t: string) => parts.set(n, Buffer.from(t));
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
  );
  put(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "xl/workbook.xml",
    `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}workbookPr/><${p}sheets>${sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</${p}sheets></${p}workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}${opts.styles ? `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` : ""}</Relationships>`,
  );
  if (opts.styles) put("xl/styles.xml", opts.styles);
  sheets.forEach((s, i) =>
    put(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${s.xml}</${p}sheetData></${p}worksheet>`),
  );
  for (const [n, t] of Object.entries(opts.extra ?? {})) put(n, t);
  return zipOf(parts);
}

/** Inline-string and number cells of a row (1-based row number), with an optional namespace prefix. */
function row(r: number, values: (string | number | null)[], p = ""): string {
  const cells = values
    .map((v, c) => {
      const ref = `${String.fromCharCode(65 + c)}${r}`;
      if (v === null) return "";
      return typeof v === "number"
        ? `<${p}c r="${ref}"><${p}v>${v}</${p}v></${p}c>`
        : `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${v}</${p}t></${p}is></${p}c>`;
    })
    .join("");
  return `<${p}row r="${r}">${cells}</${p}row>`;
}

const KEYS: [string, number][] = [
  ["Region Hovedstaden", 0.3116],
  ["Region Sjælland", 0.1429],
  ["Region Syddanmark", 0.2088],
  ["Region Midtjylland", 0.2268],
  ["Region Nordjylland", 0.1099],
];

function keysSheet(p = ""): string {
  return [row(1, ["Nøgle", "Enhed", "Andel"], p), ...KEYS.map(([u, s], i) => row(i + 2, ["Regioner", u, s], p))].join("");
}

/** `n` flat initiatives (one period, regions' key), written as other tools write them: for long-table runs and the bench. */
export function flatWorkbook(n: number): Buffer {
  const rows: string[] = [row(1, ["Initiativ", "2026"])];
  for (let i = 0; i < n; i++) rows.push(row(i + 2, [`Initiativ ${i + 1}`, ((i * 37) % 1000) / 10]));
  return minimalPackage([
    { name: "Initiativer", xml: rows.join("") },
    { name: "Nøgler", xml: keysSheet() },
  ]);
}

/**
 * A workbook as openpyxl writes one: shared strings, a styles part with an empty numFmts list, a
 * table (`xl/tables/table1.xml`) on a sheet named otherwise, a comment with its VML drawing, and
 * formulas without cached values (openpyxl never calculates).
 */
function openpyxlStyle(): Buffer {
  const strings = ["Initiativ", "2026", "Senfølger", "Palliation", "Nøgle", "Enhed", "Andel", "Regioner", ...KEYS.map(([u]) => u)];
  const si = (t: string) => strings.indexOf(t);
  const s = (ref: string, t: string) => `<c r="${ref}" t="s"><v>${si(t)}</v></c>`;
  const n = (ref: string, v: number) => `<c r="${ref}" t="n"><v>${v}</v></c>`;
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const parts: Parts = new Map();
  const put = (name: string, text: string) => parts.set(name, Buffer.from(text));
  put(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  put(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "xl/workbook.xml",
    `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets><sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Data" sheetId="1" state="visible" r:id="rId1"/><sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Nøgler" sheetId="2" state="visible" r:id="rId2"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  put("xl/sharedStrings.xml", `<sst ${ns} uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`);
  put(
    "xl/styles.xml",
    `<styleSheet ${ns}><numFmts count="0"/><fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1" pivotButton="0" quotePrefix="0" xfId="0"><alignment indent="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
  );
  put(
    "xl/worksheets/sheet1.xml",
    `<worksheet ${ns}><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><dimension ref="B2:C5"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData><row r="2">${s("B2", "Initiativ")}${s("C2", "2026")}</row><row r="3">${s("B3", "Senfølger")}${n("C3", 60)}</row><row r="4">${s("B4", "Palliation")}${n("C4", 9)}<c r="E4"><f>C3/2</f><v></v></c></row><row r="5"><c r="B5" t="s" s="1"><v>${si("Palliation")}</v></c><c r="C5" t="n"><v>1.5</v></c></row></sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="anysvml"/><tableParts count="1"><tablePart xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></tableParts></worksheet>`,
  );
  put(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/table1.xml"/><Relationship Id="comments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml"/><Relationship Id="anysvml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/></Relationships>`,
  );
  put(
    "xl/tables/table1.xml",
    `<table ${ns} id="1" name="Initiativer" displayName="Initiativer" ref="B2:C4"><autoFilter ref="B2:C4"/><tableColumns count="2"><tableColumn id="1" name="Initiativ"/><tableColumn id="2" name="2026"/></tableColumns><tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  put(
    "xl/comments/comment1.xml",
    `<comments ${ns}><authors><author>openpyxl</author></authors><commentList><comment ref="B3" authorId="0"><text><t>Fra aftalen</t></text></comment></commentList></comments>`,
  );
  put("xl/drawings/commentsDrawing1.vml", `<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>`);
  put(
    "xl/worksheets/sheet2.xml",
    `<worksheet ${ns}><sheetData><row r="1">${s("A1", "Nøgle")}${s("B1", "Enhed")}${s("C1", "Andel")}</row>${KEYS.map(([u, v], i) => `<row r="${i + 2}">${s(`A${i + 2}`, "Regioner")}${s(`B${i + 2}`, u)}${n(`C${i + 2}`, v)}</row>`).join("")}</sheetData></worksheet>`,
  );
  return zipOf(parts);
}

/** The example plus a sheet with `n` small Excel Tables (3 rows each) under one another. */
function manyTables(n: number): Buffer {
  const base = partsOf(fs.readFileSync(EXAMPLE));
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rows: string[] = [];
  const rels: string[] = [];
  const parts: string[] = [];
  for (let t = 0; t < n; t++) {
    const top = t * 4 + 1;
    rows.push(row(top, ["Navn", "Værdi"]), row(top + 1, [`a${t}`, t]), row(top + 2, [`b${t}`, t + 1]));
    rels.push(`<Relationship Id="rT${t}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/many${t}.xml"/>`);
    parts.push(`<tablePart r:id="rT${t}"/>`);
    base.set(
      `xl/tables/many${t}.xml`,
      Buffer.from(
        `<table ${ns} id="${1000 + t}" name="Mange${t}" displayName="Mange${t}" ref="A${top}:B${top + 2}"><tableColumns count="2"><tableColumn id="1" name="Navn"/><tableColumn id="2" name="Værdi"/></tableColumns></table>`,
      ),
    );
  }
  base.set(
    "xl/worksheets/sheet3.xml",
    Buffer.from(
      `<worksheet ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows.join("")}</sheetData><tableParts count="${n}">${parts.join("")}</tableParts></worksheet>`,
    ),
  );
  base.set(
    "xl/worksheets/_rels/sheet3.xml.rels",
    Buffer.from(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`),
  );
  return zipOf(base);
}

/** Writes every case's file into `dir` and returns the cases. */
export function makeHostileCorpus(dir: string): HostileCase[] {
  fs.mkdirSync(dir, { recursive: true });
  const base = partsOf(fs.readFileSync(EXAMPLE));
  const cases: HostileCase[] = [];
  const add = (name: string, data: Buffer | string | null, code: number, message: RegExp, more: Partial<HostileCase> = {}) => {
    const file = path.join(dir, name);
    if (data !== null) fs.writeFileSync(file, data);
    cases.push({ name, file, code, message, ...more });
  };
  const example = fs.readFileSync(EXAMPLE);

  // Not an .xlsx at all.
  add("empty.xlsx", Buffer.alloc(0), 2, /ikke en \.xlsx-fil/);
  add("random.xlsx", Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)), 2, /ikke en \.xlsx-fil/);
  add("data.csv", "Initiativ;2026\nSenfølger;60,0\n", 2, /tekstfil \(\.csv/);
  add("csv-named.xlsx", "Initiativ,2026\nSenfølger,60.0\n", 2, /tekstfil \(\.csv/);
  add("utf16.xlsx", Buffer.from("\ufeffInitiativ\t2026\r\n", "utf16le"), 2, /ikke en \.xlsx-fil/);
  const cfb = (extra: Buffer) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), extra, Buffer.alloc(1024)]);
  add("old.xls", cfb(Buffer.from("Workbook", "utf16le")), 2, /gammel Excel-fil \(\.xls\)/);
  add("old-named.xlsx", cfb(Buffer.from("Book", "utf16le")), 2, /gammel Excel-fil/);
  add("password.xlsx", cfb(Buffer.from("EncryptionInfo\u0000EncryptedPackage", "utf16le")), 2, /adgangskode.*Gem filen som \.xlsx uden adgangskode/);
  add(
    "sheet.ods",
    zipOf(
      new Map([
        ["mimetype", Buffer.from("application/vnd.oasis.opendocument.spreadsheet")],
        ["content.xml", Buffer.from("<x/>")],
      ]),
    ),
    2,
    /OpenDocument-regneark \(\.ods\)/,
  );
  add("ods-named.xlsx", zipOf(new Map([["mimetype", Buffer.from("application/vnd.oasis.opendocument.spreadsheet")]])), 2, /\.ods/);
  add(
    "word.xlsx",
    zipOf(
      new Map([
        ["[Content_Types].xml", Buffer.from("<Types/>")],
        ["word/document.xml", Buffer.from("<w:document/>")],
      ]),
    ),
    2,
    /ikke en Excel-projektmappe \(Word\)/,
  );
  add("plain.zip.xlsx", zipOf(new Map([["hello.txt", Buffer.from("hi")]])), 2, /ikke en Excel-projektmappe/);
  add("empty-zip.xlsx", Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), 2, /ikke en Excel-projektmappe/);
  add(
    "xlsb.xlsx",
    zipOf(
      new Map([
        ["[Content_Types].xml", Buffer.from("<Types/>")],
        ["xl/workbook.bin", Buffer.from([1, 2, 3])],
      ]),
    ),
    2,
    /\.xlsb/,
  );
  add("page.xlsx", "<html><body><table><tr><td>1</td></tr></table></body></html>", 2, /ikke en \.xlsx-fil/);
  add("xml2003.xlsx", '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>', 2, /ikke en \.xlsx-fil/);

  // Broken packages.
  add("truncated-half.xlsx", example.subarray(0, Math.floor(example.length / 2)), 2, /ufuldstændig/);
  add("truncated-end.xlsx", example.subarray(0, example.length - 10), 2, /ufuldstændig|beskadiget/);
  add("truncated-tiny.xlsx", example.subarray(0, 40), 2, /ufuldstændig/);
  add("tail-only.xlsx", example.subarray(Math.floor(example.length / 2)), 2, /ufuldstændig|beskadiget|ikke en \.xlsx/);
  const flipped = Buffer.from(example);
  for (let i = 2000; i < 2600; i++) flipped[i] ^= 0x5a;
  add("bitflip.xlsx", flipped, 2, /beskadiget|ufuldstændig/);
  const encryptedFlag = Buffer.from(example);
  for (let i = 0; i < encryptedFlag.length - 4; i++)
    if (encryptedFlag.readUInt32LE(i) === 0x02014b50) encryptedFlag.writeUInt16LE(encryptedFlag.readUInt16LE(i + 8) | 1, i + 8);
  add("zipcrypto.xlsx", encryptedFlag, 2, /adgangskode/);
  const zip64 = Buffer.from(example);
  zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
  add("zip64.xlsx", zip64, 2, /beskadiget/);
  add("no-workbook.xlsx", variant(base, { "xl/workbook.xml": null }), 2, /ikke en Excel-projektmappe/);
  add("garbage-workbook.xlsx", variant(base, { "xl/workbook.xml": "not xml at all" }), 2, /beskadiget: delen xl\/workbook\.xml/);
  add("no-content-types.xlsx", variant(base, { "[Content_Types].xml": null }), 2, /ikke en Excel-projektmappe/);
  add("sheet-part-missing.xlsx", variant(base, { "xl/worksheets/sheet1.xml": null }), 2, /Initiativ/);
  add("garbage-sheet.xlsx", variant(base, { "xl/worksheets/sheet1.xml": "<<<garbage>>>" }), 2, /Initiativ/);
  add("unclosed-sheet.xlsx", variant(base, { "xl/worksheets/sheet1.xml": (x) => x.slice(0, x.length / 2) }), 2, /Initiativ/);
  add("garbage-styles.xlsx", variant(base, { "xl/styles.xml": "<styleSheet><cellXfs><xf numFmtId='x'" }), 0, /Skrevet/);
  add("garbage-sharedstrings.xlsx", variant(base, { "xl/sharedStrings.xml": "<sst><si><t>only one" }), 2, /Initiativ/);
  add("garbage-record.xlsx", variant(base, { "customXml/item1.xml": "<fordel xmlns='urn:fordel:ownership:1'><sheet sheetId=" }), 0, /Skrevet/);
  add("garbage-table.xlsx", variant(base, { "xl/tables/table1.xml": "<table ref='nonsense'" }), 0, /Skrevet/);
  add("lying-size.xlsx", withEntry(base, bombEntry("xl/workbook.xml", 2_000_000, 100)), 2, /beskadiget/);

  // Decompression bombs and limits (files of a few hundred kB).
  add("bomb-one-part.xlsx", withEntry(base, bombEntry("xl/worksheets/sheet1.xml", 130_000_000)), 2, /zip-bomb/);
  add(
    "bomb-many-parts.xlsx",
    withEntry(
      withEntry(withEntry(base, bombEntry("xl/worksheets/sheet1.xml", 40_000_000)), bombEntry("xl/worksheets/sheet2.xml", 40_000_000)),
      bombEntry("xl/worksheets/sheet3.xml", 40_000_000),
    ),
    2,
    /zip-bomb/,
    { limits: { totalBytes: 100_000_000 } },
  );
  add("bomb-shared-strings.xlsx", variant(base, { "xl/sharedStrings.xml": Buffer.alloc(30_000_000, 0x20) }), 2, /zip-bomb/, {
    limits: { partBytes: 20_000_000 },
  });
  add(
    "many-parts.xlsx",
    zipOf(new Map(Array.from({ length: 3000 }, (_, i) => [`x/${i}.xml`, Buffer.from("<a/>")] as [string, Buffer]))),
    2,
    /dele; Fordel læser højst/,
    { limits: { parts: 2000 } },
  );
  add("too-large-file.xlsx", example, 2, /Fordel læser højst/, { limits: { fileBytes: 5000 } });
  add("too-many-cells.xlsx", example, 2, /udfyldte celler/, { limits: { cells: 50 } });
  add(
    "too-large-grid.xlsx",
    variant(base, { "xl/worksheets/sheet3.xml": (x) => withCells(x, `<row r="900"><c r="Z900" t="inlineStr"><is><t>x</t></is></c></row>`) }),
    0,
    /langt fra resten/,
    { limits: { gridCells: 500 } },
  );

  // Huge ranges that hold little.
  add("table-whole-columns.xlsx", variant(base, { "xl/tables/table1.xml": (x) => x.replace(/ref="A1:G25"/g, 'ref="A1:G1048576"') }), 0, /Skrevet/);
  add("table-whole-sheet.xlsx", variant(base, { "xl/tables/table1.xml": (x) => x.replace(/ref="A1:G25"/g, 'ref="A1:XFD1048576"') }), 0, /Skrevet/);
  add(
    "table-totals-whole-columns.xlsx",
    variant(base, { "xl/tables/table1.xml": (x) => x.replace(/ref="A1:G25"/g, 'ref="A1:G1048576"').replace('totalsRowShown="1"', 'totalsRowCount="1"') }),
    0,
    /Skrevet/,
  );
  add(
    "stray-last-row.xlsx",
    variant(base, { "xl/worksheets/sheet3.xml": (x) => withCells(x, `<row r="1048576"><c r="A1048576"><v>7</v></c></row>`) }),
    0,
    /langt fra resten/,
  );
  add(
    "stray-last-column.xlsx",
    variant(base, { "xl/worksheets/sheet1.xml": (x) => x.replace(/<row r="1"([^>]*)>/, `<row r="1"$1><c r="XFD1"><v>7</v></c>`) }),
    0,
    /langt fra resten/,
  );
  add(
    "stray-corner.xlsx",
    variant(base, { "xl/worksheets/sheet3.xml": (x) => withCells(x, `<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>hjørne</t></is></c></row>`) }),
    0,
    /langt fra resten/,
  );
  add(
    "styled-empty-rows.xlsx",
    variant(base, {
      "xl/worksheets/sheet3.xml": (x) =>
        withCells(x, Array.from({ length: 3000 }, (_, i) => `<row r="${i + 100}" s="1" customFormat="1"><c r="A${i + 100}" s="1"/></row>`).join("")),
    }),
    0,
    /Skrevet/,
  );
  add(
    "bad-cell-refs.xlsx",
    variant(base, {
      "xl/worksheets/sheet3.xml": (x) => withCells(x, `<row r="99999999"><c r="ZZZZ1"><v>1</v></c></row><row r="-5"><c r="A0"><v>1</v></c></row>`),
    }),
    0,
    /Skrevet/,
  );
  add(
    "cells-without-refs.xlsx",
    variant(base, { "xl/worksheets/sheet3.xml": (x) => withCells(x, `<row><c><v>1</v></c><c t="inlineStr"><is><t>y</t></is></c></row>`) }),
    0,
    /Skrevet/,
  );

  // Deep sub-item chains and long tables.
  const chain = (n: number) =>
    minimalPackage([
      {
        name: "Initiativer",
        xml: [
          row(1, ["Initiativ", "Overordnet", "2026"]),
          ...Array.from({ length: n }, (_, i) => row(i + 2, [`P${i}`, i === 0 ? null : `P${i - 1}`, i === n - 1 ? 1 : null])),
        ].join(""),
      },
      { name: "Nøgler", xml: keysSheet() },
    ]);
  // Deeper chains (20.000) are the parser's (src/sheets, issue 10); the CLI's own code has no recursion over rows.
  add("chain-200.xlsx", chain(200), 0, /Skrevet/);
  add("rows-5000.xlsx", flatWorkbook(5000), 0, /Skrevet/);
  add("many-tables.xlsx", manyTables(1500), 0, /Skrevet/);

  // Other writers' ways of writing.
  add(
    "prefixed-x.xlsx",
    minimalPackage(
      [
        { name: "Initiativer", xml: [row(1, ["Initiativ", "2026"], "x:"), row(2, ["A", 10], "x:")].join("") },
        { name: "Nøgler", xml: keysSheet("x:") },
      ],
      { prefix: "x:" },
    ),
    0,
    /Skrevet/,
  );
  add(
    "openpyxl-uncached.xlsx",
    minimalPackage([
      { name: "Initiativer", xml: row(1, ["Initiativ", "2026"]) + row(2, ["A", 10]) + row(3, ["B", 20]) },
      { name: "Nøgler", xml: keysSheet() },
      { name: "Beregning", xml: `<row r="1"><c r="A1"><f>SUM(Initiativer!B2:B3)</f></c><c r="B1" t="str"><f>"x"&amp;"y"</f></c></row>` },
    ]),
    0,
    /Skrevet/,
  );
  add("openpyxl-table-comment.xlsx", openpyxlStyle(), 0, /Skrevet/);
  add(
    "no-styles-part.xlsx",
    minimalPackage([
      { name: "Initiativer", xml: row(1, ["Initiativ", "2026"]) + row(2, ["A", 10.5]) },
      { name: "Nøgler", xml: keysSheet() },
    ]),
    0,
    /Skrevet/,
  );
  add(
    "shared-formulas.xlsx",
    minimalPackage([
      {
        name: "Initiativer",
        xml:
          row(1, ["Initiativ", "2026", "x"]) +
          `<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2"><f t="shared" ref="B2:B3" si="0">C2*2</f><v>10</v></c><c r="C2"><v>5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="B3"><f t="shared" si="0"/><v>14</v></c><c r="C3"><v>7</v></c></row>`,
      },
      { name: "Nøgler", xml: keysSheet() },
    ]),
    0,
    /Skrevet/,
  );
  add(
    "entities.xlsx",
    minimalPackage([
      { name: "Initiativer", xml: row(1, ["Initiativ", "2026"]) + row(2, ["&lt;A&gt; &amp; &#x42; &xxe;", 10]) },
      { name: "Nøgler", xml: keysSheet() },
    ]),
    0,
    /Skrevet/,
  );
  add(
    "doctype-laughs.xlsx",
    variant(base, {
      "xl/sharedStrings.xml": (x) => x.replace("<?xml", '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><?xml'),
    }),
    0,
    /Skrevet/,
  );
  add("zip-slip-names.xlsx", variant(base, { "../../evil.txt": "x", "/abs/evil.txt": "y" }), 0, /Skrevet/);
  add(
    "structure-locked.xlsx",
    variant(base, { "xl/workbook.xml": (x) => x.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>') }),
    2,
    /beskyttet projektmappestruktur/,
  );
  add("date1904.xlsx", variant(base, { "xl/workbook.xml": (x) => x.replace("<workbookPr ", '<workbookPr date1904="1" ') }), 0, /Skrevet/);
  add(
    "control-chars.xlsx",
    minimalPackage([
      { name: "Initiativer", xml: row(1, ["Initiativ", "2026"]) + row(2, ["A_x0001_B_x000D_", 10]) },
      { name: "Nøgler", xml: keysSheet() },
    ]),
    0,
    /Skrevet/,
  );
  add(
    "formula-looking-text.xlsx",
    minimalPackage([
      { name: "Initiativer", xml: row(1, ["Initiativ", "2026"]) + row(2, ["=HYPERLINK(&quot;http://x&quot;)", 10]) + row(3, ["@SUM(A1)", 5]) },
      { name: "Nøgler", xml: keysSheet() },
    ]),
    0,
    /Skrevet/,
  );
  add("no-tables.xlsx", minimalPackage([{ name: "Ark1", xml: row(1, ["hej"]) }]), 2, /Initiativ/);
  add(
    "only-header.xlsx",
    minimalPackage([
      { name: "Initiativer", xml: row(1, ["Initiativ", "2026"]) },
      { name: "Nøgler", xml: keysSheet() },
    ]),
    0,
    /Skrevet/,
  );
  add("chartsheet-only.xlsx", variant(base, {}), 0, /Skrevet/);

  // Paths and arguments.
  add("missing.xlsx", null, 2, /Filen findes ikke/);
  fs.mkdirSync(path.join(dir, "folder.xlsx"), { recursive: true });
  cases.push({ name: "folder.xlsx", file: path.join(dir, "folder.xlsx"), code: 2, message: /er ikke en fil/ });
  add("unknown-period.xlsx", example, 2, /PERIOD_NOT_IN_TABLE \[2099\]: Perioden 2099 findes ikke i tabellen/, { args: ["--period", "2099"] });
  add("bad-decimals.xlsx", example, 2, /--decimals/, { args: ["--decimals", "x"] });
  add("unknown-option.xlsx", example, 2, /Ukendt tilvalg/, { args: ["--bogus"] });
  add("output-dir-missing.xlsx", example, 2, /Mappen .* findes ikke/, { args: ["-o", path.join(dir, "no", "such", "dir", "out.xlsx")] });
  add("output-is-input.xlsx", example, 2, /Output må ikke være inputfilen/, { args: ["-o", path.join(dir, "output-is-input.xlsx")] });
  add("output-is-folder.xlsx", example, 2, /er ikke en fil/, { args: ["-o", path.join(dir, "folder.xlsx")] });
  return cases;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: tsx scripts/make-hostile.ts DIR\n");
    process.exit(2);
  }
  const cases = makeHostileCorpus(dir);
  process.stdout.write(`${cases.length} cases in ${dir}\n`);
}
