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
import { sheetNameKey } from "../engine";
import {
  fingerprintCells,
  FingerprintCell,
  fingerprintSheet,
} from "../sheets/fingerprint";
import type { PlanCell, SheetPlan, WritePlan } from "../sheets/plan";
import { ownershipXml, OwnershipFile, RecordedSheet } from "./ownership";
import {
  parseRels,
  relsPart,
  SheetEntry,
  XlsxPackage,
  REL_NS,
} from "./package";
import type { ReadResult } from "./read-grid";
import { commentsPieces, notesOf, notesVmlPieces } from "./notes";
import { printDefinedNames } from "./print-names";
import {
  normalizePlan,
  rowXml,
  sheetXmlPieces,
  tableXml,
  writtenCell,
  writtenRows,
} from "./sheet-xml";
import { MINIMAL_STYLES, StyleBook } from "./styles";
import { attrs, escapeXml } from "./xml";
import { deflatePieces, Deflated, OutPart, writeZip } from "./zip";

const RT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = {
  worksheet:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  itemProps:
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  comments:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

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
  const edits = new Map<string, Buffer | Deflated>();
  const deleted = new Set<string>();
  const added: string[] = [];
  const used = new Set(pkg.entries.map((e) => e.name.toLowerCase()));
  /** A new part's content: text, or pieces of text deflated as they are made (a sheet's cells). */
  const setPart = (name: string, text: string | Deflated) => {
    edits.set(
      name,
      typeof text === "string" ? Buffer.from(text, "utf8") : text,
    );
    if (!pkg.byName.has(name) && !added.includes(name)) added.push(name);
    used.add(name.toLowerCase());
    deleted.delete(name);
  };
  const freshPart = (prefix: string, ext: string) => {
    for (let n = 1; ; n++)
      if (!used.has(`${prefix}${n}.${ext}`.toLowerCase()))
        return `${prefix}${n}.${ext}`;
  };

  // [Content_Types].xml
  let types = pkg.text("[Content_Types].xml") ?? "";
  const typesPrefix = /<(\w+:)?Types\b/.exec(types)?.[1] ?? "";
  const removeOverride = (part: string) => {
    types = types.replace(
      new RegExp(
        `<${typesPrefix}Override\\b[^>]*PartName="/${escapeRe(part)}"[^>]*/>`,
        "gi",
      ),
      "",
    );
  };
  const override = (part: string, type: string) => {
    removeOverride(part);
    types = types.replace(
      new RegExp(`</${typesPrefix}Types>`),
      `<${typesPrefix}Override PartName="/${part}" ContentType="${type}"/></${typesPrefix}Types>`,
    );
  };

  // The workbook and its relationships.
  let workbook = pkg.text(pkg.workbookPart) ?? "";
  const wbDir = pkg.workbookPart.slice(
    0,
    pkg.workbookPart.lastIndexOf("/") + 1,
  );
  const wbRelsPart = relsPart(pkg.workbookPart);
  let wbRels =
    pkg.text(wbRelsPart) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const relsPrefix = /<(\w+:)?Relationships\b/.exec(wbRels)?.[1] ?? "";
  const wbRelIds = new Set(
    parseRels(wbRels, pkg.workbookPart).map((r) => r.id),
  );
  const target = (part: string) =>
    part.startsWith(wbDir) ? part.slice(wbDir.length) : `/${part}`;
  const addWbRel = (type: string, part: string): string => {
    const id = freshId(wbRelIds);
    wbRels = wbRels.replace(
      new RegExp(`</${relsPrefix}Relationships>`),
      `<${relsPrefix}Relationship Id="${id}" Type="${RT}/${type}" Target="${escapeXml(target(part))}"/></${relsPrefix}Relationships>`,
    );
    return id;
  };
  const wbPrefix = /<(\w+:)?workbook\b/.exec(workbook)?.[1] ?? "";
  let rPrefix = new RegExp(`xmlns:(\\w+)="${escapeRe(REL_NS)}"`).exec(
    workbook,
  )?.[1];
  if (!rPrefix) {
    rPrefix = "r";
    workbook = workbook.replace(
      new RegExp(`<${wbPrefix}workbook\\b`),
      `$& xmlns:r="${REL_NS}"`,
    );
  }

  // Styles: appended to, never changed.
  let stylesPart =
    pkg.rels(pkg.workbookPart).find((r) => r.type.endsWith("/styles"))?.part ??
    null;
  const stylesXml = (stylesPart && pkg.text(stylesPart)) || MINIMAL_STYLES;
  if (!stylesPart || !pkg.byName.has(stylesPart)) {
    stylesPart = stylesPart ?? freshPart(`${wbDir}styles`, "xml");
    if (!pkg.rels(pkg.workbookPart).some((r) => r.type.endsWith("/styles")))
      addWbRel("styles", stylesPart);
    override(stylesPart, CT.styles);
    setPart(stylesPart, stylesXml);
  }
  const styles = new StyleBook(stylesXml);

  let maxTableId = 0;
  for (const e of pkg.entries)
    if (/(^|\/)tables\/[^/]+\.xml$/i.test(e.name) && e.size < 10_000_000) {
      const id = Number(
        /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(
          pkg.text(e.name) ?? "",
        )?.[1] ?? 0,
      );
      if (id > maxTableId) maxTableId = id;
    }
  let maxSheetId = 0;
  for (const s of pkg.sheets)
    if (Number(s.sheetId) > maxSheetId) maxSheetId = Number(s.sheetId);

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

  const findSheet = (name: string | undefined): SheetEntry | undefined => {
    const lower = name === undefined ? undefined : sheetNameKey(name);
    return lower === undefined
      ? undefined
      : pkg.sheets.find(
          (s) =>
            sheetNameKey(s.name) === lower &&
            s.kind === "worksheet" &&
            s.part !== null,
        );
  };

  /** Sheets with a page setup, for their print titles and areas (defined names of the workbook). */
  const printed: { name: string; page: NonNullable<SheetPlan["page"]> }[] = [];
  // VML shape blocks above any a user's drawing is likely to use.
  let vmlBlock = 100;
  const writeSheet = (sheet: SheetPlan) => {
    const { cells, columns } = normalizePlan(sheet);
    const old = findSheet(sheet.replaces);
    let part: string;
    let sheetId: string;
    let name = sheet.name;
    let keptRels: string[] = [];
    let kept: string[] = [];
    if (old && old.part) {
      part = old.part;
      sheetId = old.sheetId;
      if (sheetNameKey(old.name) === sheetNameKey(sheet.name)) name = old.name;
      else renameSheet(old.sheetId, sheet.name);
      const relsXml = pkg.text(relsPart(part)) ?? "";
      for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
        const a = attrs(m[0]);
        const rel = parseRels(m[0], part)[0];
        // Its table and its notes are Fordel's own: a sheet the user added to reads as changed
        // (the record counts its relationships) and is never replaced.
        if (/\/(table|comments|vmlDrawing)$/.test(a.Type ?? "")) {
          if (rel?.part) {
            deleted.add(rel.part);
            removeOverride(rel.part);
          }
        } else keptRels.push(m[0].replace(/^<\w+:/, "<"));
      }
      // A drawing the user added to Fordel's sheet (of an older record) stays attached to it.
      kept = [
        ...(pkg.text(part) ?? "").matchAll(
          /<(?:\w+:)?(?:drawing|legacyDrawingHF)\b[^>]*\/>/g,
        ),
      ].map((m) => m[0].replace(/^<\w+:/, "<").replace(/\s\w+:id=/, " r:id="));
    } else {
      part = freshPart(`${wbDir}worksheets/sheet`, "xml");
      sheetId = String(++maxSheetId);
      const rid = addWbRel("worksheet", part);
      override(part, CT.worksheet);
      workbook = workbook.replace(
        new RegExp(`</${wbPrefix}sheets>`),
        `<${wbPrefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rPrefix}:id="${rid}"/></${wbPrefix}sheets>`,
      );
    }
    let tableRid: string | null = null;
    if (sheet.table) {
      const ids = new Set(keptRels.map((r) => attrs(r).Id ?? ""));
      tableRid = freshId(ids);
      const tablePart = freshPart(`${wbDir}tables/table`, "xml");
      setPart(tablePart, tableXml(sheet, ++maxTableId, columns));
      override(tablePart, CT.table);
      const rel = tablePart.startsWith(wbDir)
        ? `../${tablePart.slice(wbDir.length)}`
        : `/${tablePart}`;
      keptRels.push(
        `<Relationship Id="${tableRid}" Type="${RT}/table" Target="${rel}"/>`,
      );
    }
    // Notes (cells rounded against ROUND): a comments part and its VML drawing.
    const notes = notesOf(cells);
    let notesRid: string | null = null;
    if (notes.length > 0) {
      const ids = new Set(keptRels.map((r) => attrs(r).Id ?? ""));
      const commentsPart = freshPart(`${wbDir}comments`, "xml");
      const vmlPart = freshPart(`${wbDir}drawings/vmlDrawing`, "vml");
      setPart(commentsPart, deflatePieces(commentsPieces(notes)));
      override(commentsPart, CT.comments);
      setPart(vmlPart, deflatePieces(notesVmlPieces(notes, ++vmlBlock)));
      if (!/Extension="vml"/i.test(types)) override(vmlPart, CT.vml);
      const rel = (to: string) =>
        to.startsWith(wbDir) ? `../${to.slice(wbDir.length)}` : `/${to}`;
      const commentsRid = freshId(ids);
      notesRid = freshId(ids);
      keptRels.push(
        `<Relationship Id="${commentsRid}" Type="${RT}/comments" Target="${rel(commentsPart)}"/>`,
        `<Relationship Id="${notesRid}" Type="${RT}/vmlDrawing" Target="${rel(vmlPart)}"/>`,
      );
    }
    const relsName = relsPart(part);
    if (keptRels.length > 0)
      setPart(
        relsName,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${keptRels.join("")}</Relationships>`,
      );
    else if (pkg.byName.has(relsName)) deleted.add(relsName);
    setPart(
      part,
      deflatePieces(
        sheetXmlPieces(sheet, cells, styles, tableRid, kept, notesRid),
      ),
    );
    if (sheet.page) printed.push({ name, page: sheet.page });
    records.set(sheetId, {
      sheetId,
      name,
      ...(sheet.period !== undefined ? { period: sheet.period } : {}),
      ...(sheet.group !== undefined ? { group: sheet.group } : {}),
      fingerprint: fingerprintSheet(cells, writtenCell, false).fingerprint,
      complete: true,
      rels: keptRels.length,
    });
  };

  const renameSheet = (sheetId: string, name: string) => {
    workbook = workbook.replace(
      new RegExp(`<${wbPrefix}sheet\\b[^>]*>`, "g"),
      (element) =>
        attrs(element).sheetId === sheetId
          ? element.replace(/\sname="[^"]*"/, ` name="${escapeXml(name)}"`)
          : element,
    );
  };

  for (const sheet of plan.sheets) writeSheet(sheet);

  // Excel's calculation chain lists formula cells by sheet; after a sheet is replaced it would
  // point at cells that changed, which Excel reports as damage. It is a cache Excel rebuilds.
  if (plan.sheets.some((p) => findSheet(p.replaces)))
    for (const rel of pkg.rels(pkg.workbookPart))
      if (/\/calcChain$/.test(rel.type) && rel.part) {
        deleted.add(rel.part);
        removeOverride(rel.part);
        wbRels = wbRels.replace(
          new RegExp(
            `<${relsPrefix}Relationship\\b[^>]*Id="${escapeRe(rel.id)}"[^>]*/>`,
          ),
          "",
        );
      }

  // The log: a new sheet, or one row appended to Fordel's log sheet (nothing above it touched).
  const { log } = plan;
  const logSheet = log.create ? undefined : findSheet(log.sheet);
  if (!logSheet || !logSheet.part) {
    const cells: PlanCell[][] = [
      ...(log.preamble ?? []).map((row) => row.map((value) => ({ value }))),
      log.header.map((value) => ({ value, bold: true })),
      log.row.map((value) => ({ value })),
    ];
    writeSheet({
      name: log.sheet,
      cells,
      columnWidths:
        log.columnWidths ?? log.header.map((h) => Math.max(12, h.length + 2)),
    });
  } else {
    const xml = pkg.text(logSheet.part) ?? "";
    let last = read.lastRow.get(logSheet.sheetId) ?? 0;
    for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g))
      last = Math.max(last, Number(m[1]));
    if (last < 1048576) {
      const cells = log.row.map((value) => ({ value }) as PlanCell);
      const p = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
      const row = rowXml(cells, last + 1, styles).replace(
        /<(\/?)(row|c|v|is|t)\b/g,
        `<$1${p}$2`,
      );
      const next = /<(\w+:)?sheetData\s*\/>/.test(xml)
        ? xml.replace(
            /<(\w+:)?sheetData\s*\/>/,
            `<${p}sheetData>${row}</${p}sheetData>`,
          )
        : xml.replace(new RegExp(`</${p}sheetData>`), `${row}</${p}sheetData>`);
      setPart(logSheet.part, next);
      const content: FingerprintCell[][] = (
        read.contents.get(logSheet.sheetId) ?? []
      ).slice();
      while (content.length < last) content.push([]);
      content[last] = writtenRows([cells])[0];
      const before = records.get(logSheet.sheetId);
      records.set(logSheet.sheetId, {
        ...(before ?? {
          sheetId: logSheet.sheetId,
          name: logSheet.name,
          complete: true,
        }),
        fingerprint: fingerprintCells(content),
      });
    }
  }

  workbook = printDefinedNames(workbook, wbPrefix, printed);

  // Excel recalculates on open, so every formula shows its own result.
  const calc = new RegExp(`<${wbPrefix}calcPr\\b([^>]*?)(/?)>`);
  if (calc.test(workbook))
    workbook = workbook.replace(
      calc,
      (_, a: string, close: string) =>
        `<${wbPrefix}calcPr${a.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`,
    );
  else {
    const after = [
      "oleSize",
      "customWorkbookViews",
      "pivotCaches",
      "smartTagPr",
      "smartTagTypes",
      "webPublishing",
      "fileRecoveryPr",
      "webPublishObjects",
      "extLst",
    ]
      .map((n) => new RegExp(`<${wbPrefix}${n}\\b`).exec(workbook)?.index ?? -1)
      .filter((i) => i >= 0);
    const at =
      after.length > 0
        ? Math.min(...after)
        : workbook.lastIndexOf(`</${wbPrefix}workbook>`);
    workbook = `${workbook.slice(0, at)}<${wbPrefix}calcPr calcId="0" fullCalcOnLoad="1"/>${workbook.slice(at)}`;
  }

  // Fordel's record.
  let recordPart = input.read.ownership?.part;
  if (!recordPart) {
    // An n where the item, its properties and its relationships are all free (SharePoint keeps items there too).
    let n = 1;
    while (
      ["customXml/item", "customXml/itemProps", "customXml/_rels/item"].some(
        (p) =>
          used.has(`${p}${n}.xml`.toLowerCase()) ||
          used.has(`${p}${n}.xml.rels`.toLowerCase()),
      )
    )
      n++;
    recordPart = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    setPart(
      props,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6F0B5E1C-2D7A-4C39-9E5B-F0DE1A11${String(n).padStart(4, "0").slice(-4)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:fordel:ownership:1"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    setPart(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RT}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    override(props, CT.itemProps);
    if (!/Extension="xml"/i.test(types))
      override(recordPart, "application/xml");
    const id = freshId(wbRelIds);
    wbRels = wbRels.replace(
      new RegExp(`</${relsPrefix}Relationships>`),
      `<${relsPrefix}Relationship Id="${id}" Type="${RT}/customXml" Target="${escapeXml(wbDir ? `${"../".repeat(wbDir.split("/").length - 1)}${recordPart}` : recordPart)}"/></${relsPrefix}Relationships>`,
    );
  }
  setPart(pkg.workbookPart, workbook);
  setPart(wbRelsPart, wbRels);
  const stylesOut = styles.result();
  if (stylesOut) setPart(stylesPart, stylesOut);
  setPart("[Content_Types].xml", types);
  for (const d of deleted) edits.delete(d);

  const parts: OutPart[] = [];
  for (const e of pkg.entries) {
    if (deleted.has(e.name) || e.name === recordPart) continue;
    const data = edits.get(e.name);
    parts.push(data ? newPart(e.name, data) : { name: e.name, entry: e });
  }
  for (const name of added)
    if (name !== recordPart && !deleted.has(name))
      parts.push(newPart(name, edits.get(name)!));
  const digest = partsDigest(
    parts.map((p) =>
      "entry" in p
        ? { name: p.name, size: p.entry.size, crc: p.entry.crc }
        : "deflated" in p
          ? { name: p.name, size: p.deflated.size, crc: p.deflated.crc }
          : { name: p.name, size: p.data.length, crc: crc32(p.data) },
    ),
    recordPart,
  );
  const record: Omit<OwnershipFile, "part"> = {
    source: input.source,
    carried: digest,
    sheets: [...records.values()],
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

function newPart(name: string, content: Buffer | Deflated): OutPart {
  return Buffer.isBuffer(content)
    ? { name, data: content }
    : { name, deflated: content };
}

function freshId(ids: Set<string>): string {
  for (let n = 1; ; n++)
    if (!ids.has(`rId${n}`)) {
      ids.add(`rId${n}`);
      return `rId${n}`;
    }
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
