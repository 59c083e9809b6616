/* global Buffer */
/**
 * Writes a plan into the user's own .xlsx package: Fordel's sheet parts (and their tables) are
 * added or replaced, the package lists that must name them are edited in place
 * ([Content_Types].xml, the workbook and its relationships, styles appended), Fordel's record is
 * written, and every other part is carried over as its original bytes. A replaced sheet keeps
 * its sheetId, position and relationship id, so formulas and names pointing to it keep working.
 */
import { createHash } from "crypto";
import { crc32 } from "zlib";
import { ownershipXml, OwnershipFile, RecordedSheet } from "./ownership";
import type { XlsxPackage } from "./package";
import { PackageEdit, RELS_HEAD, RT } from "./package-edit";
import type { ReadResult } from "./read-grid";
import { printDefinedNames } from "./print-names";
import { MINIMAL_STYLES, StyleBook } from "./styles";
import type { WritePlan } from "../sheets/plan";
import { writeLog } from "./write-log";
import { SheetWriting, writeSheet } from "./write-sheet";
import { Deflated, OutPart, writeZip } from "./zip";

const CT_STYLES =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CT_ITEM_PROPS =
  "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

export interface WriteInput {
  pkg: XlsxPackage;
  read: ReadResult;
  plan: WritePlan;
  /** The input file the output is made from, recorded so a later fill knows its own output. */
  source: { pathHash: string; sha256: string };
  now: Date;
}

/** A digest of every part but the record: names, sizes and CRCs (a later edit of the file changes it). */
export function partsDigest(
  parts: { name: string; size: number; crc: number }[],
  skip: string,
): string {
  const lines = parts
    .filter((p) => p.name !== skip)
    .map((p) => `${p.name}\u0000${p.size}\u0000${p.crc >>> 0}`)
    .sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function writePackage(input: WriteInput): Buffer {
  const { pkg, read, plan } = input;
  const edit = new PackageEdit(pkg);
  const { stylesPart, styles } = styleBook(edit);
  const w: SheetWriting = {
    edit,
    styles,
    records: recordedSheets(pkg, read),
    printed: [],
    maxTableId: maxTableId(pkg),
    maxSheetId: maxSheetId(pkg),
    // VML shape blocks above any a user's drawing is likely to use.
    vmlBlock: 100,
  };
  for (const sheet of plan.sheets) writeSheet(w, sheet);
  if (plan.sheets.some((p) => edit.findSheet(p.replaces))) dropCalcChain(edit);
  writeLog(w, plan.log, read);
  edit.workbook = printDefinedNames(edit.workbook, edit.wbPrefix, w.printed);
  edit.workbook = fullCalcOnLoad(edit.workbook, edit.wbPrefix);
  const recordPart = read.ownership?.part || newRecordPart(edit);
  edit.setPart(pkg.workbookPart, edit.workbook);
  edit.setPart(edit.wbRelsPart, edit.wbRels);
  const stylesOut = styles.result();
  if (stylesOut) edit.setPart(stylesPart, stylesOut);
  edit.setPart("[Content_Types].xml", edit.types);
  for (const d of edit.deleted) edit.edits.delete(d);
  return zipped(edit, recordPart, [...w.records.values()], input);
}

/** The workbook's styles (appended to, never changed), made when it has none. */
function styleBook(edit: PackageEdit): {
  stylesPart: string;
  styles: StyleBook;
} {
  const { pkg } = edit;
  const styleRel = pkg
    .rels(pkg.workbookPart)
    .find((r) => r.type.endsWith("/styles"));
  let stylesPart = styleRel?.part ?? null;
  const stylesXml = (stylesPart && pkg.text(stylesPart)) || MINIMAL_STYLES;
  if (!stylesPart || !pkg.byName.has(stylesPart)) {
    stylesPart = stylesPart ?? edit.freshPart(`${edit.wbDir}styles`, "xml");
    if (!pkg.rels(pkg.workbookPart).some((r) => r.type.endsWith("/styles")))
      edit.addWbRel("styles", stylesPart);
    edit.override(stylesPart, CT_STYLES);
    edit.setPart(stylesPart, stylesXml);
  }
  return { stylesPart, styles: new StyleBook(stylesXml) };
}

/** The highest table id in the package (new tables get the next ones). */
function maxTableId(pkg: XlsxPackage): number {
  let max = 0;
  for (const e of pkg.entries)
    if (/(^|\/)tables\/[^/]+\.xml$/i.test(e.name) && e.size < 10_000_000) {
      const id = Number(
        /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(
          pkg.text(e.name) ?? "",
        )?.[1] ?? 0,
      );
      if (id > max) max = id;
    }
  return max;
}

function maxSheetId(pkg: XlsxPackage): number {
  let max = 0;
  for (const s of pkg.sheets)
    if (Number(s.sheetId) > max) max = Number(s.sheetId);
  return max;
}

/** Fordel's record of the sheets still in the workbook, by sheetId. */
function recordedSheets(
  pkg: XlsxPackage,
  read: ReadResult,
): Map<string, RecordedSheet> {
  const records = new Map<string, RecordedSheet>();
  for (const r of read.ownership?.sheets ?? [])
    if (pkg.sheets.some((s) => s.sheetId === r.sheetId))
      records.set(r.sheetId, r);
  if (!read.ownership)
    // Sheets from before records (visible mark only) stay Fordel's, never taken as unchanged.
    pkg.sheets.forEach((s, i) => {
      if (read.grid.existing[i]?.generated)
        records.set(s.sheetId, {
          sheetId: s.sheetId,
          name: s.name,
          fingerprint: "legacy",
          complete: true,
        });
    });
  return records;
}

/**
 * Excel's calculation chain lists formula cells by sheet; after a sheet is replaced it would
 * point at cells that changed, which Excel reports as damage. It is a cache Excel rebuilds.
 */
function dropCalcChain(edit: PackageEdit): void {
  const { pkg } = edit;
  for (const rel of pkg.rels(pkg.workbookPart))
    if (/\/calcChain$/.test(rel.type) && rel.part) {
      edit.deleted.add(rel.part);
      edit.removeOverride(rel.part);
      edit.removeWbRel(rel.id);
    }
}

// Where calcPr may go: before the first of these that the workbook has (the schema's order).
const AFTER_CALC = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Excel recalculates on open, so every formula shows its own result. */
function fullCalcOnLoad(workbook: string, wbPrefix: string): string {
  const calc = new RegExp(`<${wbPrefix}calcPr\\b([^>]*?)(/?)>`);
  if (calc.test(workbook))
    return workbook.replace(
      calc,
      (_, a: string, close: string) =>
        `<${wbPrefix}calcPr${a.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`,
    );
  const after = AFTER_CALC.map(
    (n) => new RegExp(`<${wbPrefix}${n}\\b`).exec(workbook)?.index ?? -1,
  ).filter((i) => i >= 0);
  const at =
    after.length > 0
      ? Math.min(...after)
      : workbook.lastIndexOf(`</${wbPrefix}workbook>`);
  return `${workbook.slice(0, at)}<${wbPrefix}calcPr calcId="0" fullCalcOnLoad="1"/>${workbook.slice(at)}`;
}

/**
 * A new place for Fordel's record: a custom XML item with its properties and relationships, at
 * an n where all three are free (SharePoint keeps items there too). The record's part.
 */
function newRecordPart(edit: PackageEdit): string {
  let n = 1;
  while (
    ["customXml/item", "customXml/itemProps", "customXml/_rels/item"].some(
      (p) => edit.isUsed(`${p}${n}.xml`) || edit.isUsed(`${p}${n}.xml.rels`),
    )
  )
    n++;
  const recordPart = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  edit.setPart(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6F0B5E1C-2D7A-4C39-9E5B-F0DE1A11${String(n).padStart(4, "0").slice(-4)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:fordel:ownership:1"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  edit.setPart(
    `customXml/_rels/item${n}.xml.rels`,
    `${RELS_HEAD}<Relationship Id="rId1" Type="${RT}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
  );
  edit.override(props, CT_ITEM_PROPS);
  if (!/Extension="xml"/i.test(edit.types))
    edit.override(recordPart, "application/xml");
  const { wbDir } = edit;
  edit.addWbRelTarget(
    "customXml",
    wbDir
      ? `${"../".repeat(wbDir.split("/").length - 1)}${recordPart}`
      : recordPart,
  );
  return recordPart;
}

/**
 * The output package: the input's parts in their order (edited ones replaced), then the added
 * ones, and Fordel's record (with the digest of all the others) where it was, else last.
 */
function zipped(
  edit: PackageEdit,
  recordPart: string,
  sheets: RecordedSheet[],
  input: WriteInput,
): Buffer {
  const { pkg } = input;
  const { deleted, edits } = edit;
  const parts: OutPart[] = [];
  for (const e of pkg.entries) {
    if (deleted.has(e.name) || e.name === recordPart) continue;
    const data = edits.get(e.name);
    parts.push(data ? newPart(e.name, data) : { name: e.name, entry: e });
  }
  for (const name of edit.added)
    if (name !== recordPart && !deleted.has(name))
      parts.push(newPart(name, edits.get(name)!));
  const digest = partsDigest(parts.map(partSize), recordPart);
  const record: Omit<OwnershipFile, "part"> = {
    source: input.source,
    carried: digest,
    sheets,
  };
  const recordData = Buffer.from(ownershipXml(record), "utf8");
  const at = pkg.entries.findIndex((e) => e.name === recordPart);
  const placed =
    at >= 0
      ? parts.findIndex(
          (p) => pkg.entries.findIndex((e) => e.name === p.name) > at,
        )
      : -1;
  parts.splice(placed >= 0 ? placed : parts.length, 0, {
    name: recordPart,
    data: recordData,
  });
  return writeZip(parts, input.now);
}

function partSize(p: OutPart): { name: string; size: number; crc: number } {
  return "entry" in p
    ? { name: p.name, size: p.entry.size, crc: p.entry.crc }
    : "deflated" in p
      ? { name: p.name, size: p.deflated.size, crc: p.deflated.crc }
      : { name: p.name, size: p.data.length, crc: crc32(p.data) };
}

function newPart(name: string, content: Buffer | Deflated): OutPart {
  return Buffer.isBuffer(content)
    ? { name, data: content }
    : { name, deflated: content };
}
