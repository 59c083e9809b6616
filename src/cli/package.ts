/* global Buffer */
/**
 * An .xlsx package opened for reading: its zip entries, the workbook part, and the sheets in
 * tab order with their parts. Files that are not .xlsx (.xls, encrypted, .ods, .csv, …) are
 * recognised here and refused with a message saying what to do.
 */
import { InputProblem } from "./problems";
import { Limits } from "./limits";
import { attrs, unescapeXml } from "./xml";
import { inflateEntry, readZip, ZipEntry } from "./zip";

export const REL_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetEntry {
  name: string;
  sheetId: string;
  rid: string;
  /** The sheet's part, e.g. "xl/worksheets/sheet1.xml"; null when its relationship is missing. */
  part: string | null;
  /** worksheet, chartsheet, dialogsheet or macrosheet (from the relationship type). */
  kind: string;
  state: string;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The target resolved to a part name; null for external targets. */
  part: string | null;
}

export interface XlsxPackage {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  workbookPart: string;
  sheets: SheetEntry[];
  /** The text of a part (UTF-8), unpacked within the limits; null when the part is missing. */
  text(part: string): string | null;
  rels(part: string): Relationship[];
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target resolved against its source part's folder. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function parseRels(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    const external = a.TargetMode === "External";
    out.push({
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: a.Target ?? "",
      part: external ? null : resolveTarget(source, a.Target ?? ""),
    });
  }
  return out;
}

/** What kind of file the bytes are, before any unzipping. */
function sniff(buf: Buffer): void {
  if (
    buf.length >= 8 &&
    buf.readUInt32BE(0) === 0xd0cf11e0 &&
    buf.readUInt32BE(4) === 0xa1b11ae1
  ) {
    // A compound file: an encrypted .xlsx holds an "EncryptedPackage" stream, else it is an .xls.
    const marker = Buffer.from("EncryptedPackage", "utf16le");
    throw new InputProblem(buf.indexOf(marker) >= 0 ? "encrypted" : "xls");
  }
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return;
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x06054b50)
    throw new InputProblem("notXlsx", { why: "empty zip" });
  const head = buf.subarray(0, 4096);
  const text = head.toString("utf8");
  if (head.length === 0) throw new InputProblem("notZip");
  if (/^\s*</.test(text)) throw new InputProblem("notZip");
  const printable = text.replace(/[^\t\n\r\x20-\x7e\u00a0-\uffff]/g, "");
  if (!head.includes(0) && printable.length >= text.length * 0.95)
    throw new InputProblem("csv");
  throw new InputProblem(
    buf.length > 0 && buf.readUInt8(0) === 0x50 ? "truncated" : "notZip",
  );
}

/** Opens the bytes of a file as an .xlsx package, or throws an InputProblem saying why it cannot. */
export function openPackage(buf: Buffer, limits: Limits): XlsxPackage {
  if (buf.length > limits.fileBytes)
    throw new InputProblem("fileTooLarge", {
      size: buf.length,
      limit: limits.fileBytes,
    });
  sniff(buf);
  const entries = readZip(buf, limits.parts);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let unpacked = 0;
  const text = (part: string): string | null => {
    const entry = byName.get(part);
    if (!entry) return null;
    const data = inflateEntry(entry, limits.partBytes);
    unpacked += data.length;
    if (unpacked > limits.totalBytes)
      throw new InputProblem("partTooLarge", {
        part,
        limit: limits.totalBytes,
      });
    return data.toString("utf8");
  };
  const mimetype = byName.get("mimetype");
  if (mimetype && /opendocument/.test(text("mimetype") ?? ""))
    throw new InputProblem("ods");
  if (byName.has("EncryptionInfo") || byName.has("EncryptedPackage"))
    throw new InputProblem("encrypted");
  const rels = (part: string): Relationship[] => {
    const xml = text(relsPart(part));
    return xml ? parseRels(xml, part) : [];
  };
  const workbookPart = workbookPartOf(byName, text);
  const workbook = text(workbookPart)!;
  if (!/<(\w+:)?workbook\b/.test(workbook))
    throw new InputProblem("malformedXml", { part: workbookPart });
  const sheets = sheetEntries(workbook, rels(workbookPart));
  return { entries, byName, workbookPart, sheets, text, rels };
}

/** The workbook's part (from the package's relationships), or an InputProblem when it is not an .xlsx workbook. */
function workbookPartOf(
  byName: ReadonlyMap<string, ZipEntry>,
  text: (part: string) => string | null,
): string {
  const rootRels = text("_rels/.rels");
  const officeDoc = rootRels
    ? parseRels(rootRels, "").find((r) => /\/officeDocument$/.test(r.type))
    : undefined;
  const workbookPart = officeDoc?.part ?? "xl/workbook.xml";
  if (/\.bin$/.test(workbookPart) || byName.has("xl/workbook.bin"))
    throw new InputProblem("notXlsx", { why: ".xlsb" });
  if (!byName.has("[Content_Types].xml") || !byName.has(workbookPart))
    throw new InputProblem("notXlsx", {
      why: byName.has("word/document.xml")
        ? "Word"
        : byName.has("ppt/presentation.xml")
          ? "PowerPoint"
          : "no xl/workbook.xml",
    });
  return workbookPart;
}

/** The workbook's sheets in order, each with its part and kind from the workbook's relationships. */
function sheetEntries(
  workbook: string,
  wbRels: readonly Relationship[],
): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    const rid = a["r:id"] ?? a.id ?? "";
    const rel = wbRels.find((r) => r.id === rid);
    sheets.push({
      name: a.name ?? "",
      sheetId: a.sheetId ?? "",
      rid,
      part: rel?.part ?? null,
      kind: (
        /\/(\w+)$/.exec(rel?.type ?? "")?.[1] ?? "worksheet"
      ).toLowerCase(),
      state: a.state ?? "visible",
    });
  }
  return sheets;
}

export { unescapeXml };
