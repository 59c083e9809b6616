/**
 * One sheet of the plan into the package: a new sheet part, or the part of the sheet it replaces
 * (keeping its sheetId, position and relationship id, so formulas and names pointing to it keep
 * working), with its table and its notes, and its entry in Fordel's record.
 */
import { sheetNameKey } from "../engine";
import { fingerprintSheet } from "../sheets/fingerprint";
import type { PlanCell, SheetPlan } from "../sheets/plan";
import { commentsPieces, notesOf, notesVmlPieces } from "./notes";
import type { RecordedSheet } from "./ownership";
import { parseRels, relsPart, SheetEntry } from "./package";
import { freshId, PackageEdit, RELS_HEAD, RT } from "./package-edit";
import {
  normalizePlan,
  sheetXmlPieces,
  tableXml,
  writtenCell,
} from "./sheet-xml";
import type { StyleBook } from "./styles";
import { attrs } from "./xml";
import { deflatePieces } from "./zip";

export const CT = {
  worksheet:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

/** What writing the plan's sheets carries from one sheet to the next. */
export interface SheetWriting {
  edit: PackageEdit;
  styles: StyleBook;
  /** Fordel's record, by sheetId. */
  records: Map<string, RecordedSheet>;
  /** Sheets with a page setup, for their print titles and areas (defined names of the workbook). */
  printed: { name: string; page: NonNullable<SheetPlan["page"]> }[];
  /** The highest table id and sheetId so far, and the last VML shape block. */
  maxTableId: number;
  maxSheetId: number;
  vmlBlock: number;
}

/** Where a sheet goes: its part, sheetId and name, and what of the old part stays attached. */
interface SheetPlace {
  part: string;
  sheetId: string;
  name: string;
  /** Relationships of the old part that are not Fordel's own. */
  keptRels: string[];
  /** Drawing elements the user added to the old part. */
  kept: string[];
}

export function writeSheet(w: SheetWriting, sheet: SheetPlan): void {
  const { edit } = w;
  const { cells, columns } = normalizePlan(sheet);
  const old = edit.findSheet(sheet.replaces);
  const place =
    old && old.part ? replacedPlace(edit, old, sheet) : newPlace(w, sheet);
  const { part, sheetId, name, keptRels, kept } = place;
  const tableRid = sheet.table ? addTable(w, sheet, columns, keptRels) : null;
  const notesRid = addNotes(w, cells, keptRels);
  const relsName = relsPart(part);
  if (keptRels.length > 0)
    edit.setPart(relsName, `${RELS_HEAD}${keptRels.join("")}</Relationships>`);
  else if (edit.pkg.byName.has(relsName)) edit.deleted.add(relsName);
  edit.setPart(
    part,
    deflatePieces(
      sheetXmlPieces(sheet, cells, w.styles, tableRid, kept, notesRid),
    ),
  );
  if (sheet.page) w.printed.push({ name, page: sheet.page });
  w.records.set(sheetId, {
    sheetId,
    name,
    ...(sheet.period !== undefined ? { period: sheet.period } : {}),
    ...(sheet.group !== undefined ? { group: sheet.group } : {}),
    fingerprint: fingerprintSheet(cells, writtenCell, false).fingerprint,
    complete: true,
    rels: keptRels.length,
  });
}

/** The replaced sheet's part, renamed when the name changed; its table and notes dropped. */
function replacedPlace(
  edit: PackageEdit,
  old: SheetEntry,
  sheet: SheetPlan,
): SheetPlace {
  const part = old.part!;
  let name = sheet.name;
  if (sheetNameKey(old.name) === sheetNameKey(sheet.name)) name = old.name;
  else edit.renameSheet(old.sheetId, sheet.name);
  const keptRels: string[] = [];
  const relsXml = edit.pkg.text(relsPart(part)) ?? "";
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const rel = parseRels(m[0], part)[0];
    // Its table and its notes are Fordel's own: a sheet the user added to reads as changed
    // (the record counts its relationships) and is never replaced.
    if (/\/(table|comments|vmlDrawing)$/.test(a.Type ?? "")) {
      if (rel?.part) {
        edit.deleted.add(rel.part);
        edit.removeOverride(rel.part);
      }
    } else keptRels.push(m[0].replace(/^<\w+:/, "<"));
  }
  // A drawing the user added to Fordel's sheet (of an older record) stays attached to it.
  const kept = [
    ...(edit.pkg.text(part) ?? "").matchAll(
      /<(?:\w+:)?(?:drawing|legacyDrawingHF)\b[^>]*\/>/g,
    ),
  ].map((m) => m[0].replace(/^<\w+:/, "<").replace(/\s\w+:id=/, " r:id="));
  return { part, sheetId: old.sheetId, name, keptRels, kept };
}

/** A new sheet part at the end of the workbook's sheets. */
function newPlace(w: SheetWriting, sheet: SheetPlan): SheetPlace {
  const { edit } = w;
  const part = edit.freshPart(`${edit.wbDir}worksheets/sheet`, "xml");
  const sheetId = String(++w.maxSheetId);
  const rid = edit.addWbRel("worksheet", part);
  edit.override(part, CT.worksheet);
  edit.addSheet(sheet.name, sheetId, rid);
  return { part, sheetId, name: sheet.name, keptRels: [], kept: [] };
}

/** The sheet's table part and its relationship (added to `keptRels`); the relationship's id. */
function addTable(
  w: SheetWriting,
  sheet: SheetPlan,
  columns: ReturnType<typeof normalizePlan>["columns"],
  keptRels: string[],
): string {
  const { edit } = w;
  const ids = new Set(keptRels.map((r) => attrs(r).Id ?? ""));
  const tableRid = freshId(ids);
  const tablePart = edit.freshPart(`${edit.wbDir}tables/table`, "xml");
  edit.setPart(tablePart, tableXml(sheet, ++w.maxTableId, columns));
  edit.override(tablePart, CT.table);
  keptRels.push(
    `<Relationship Id="${tableRid}" Type="${RT}/table" Target="${fromSheet(edit, tablePart)}"/>`,
  );
  return tableRid;
}

/**
 * Notes (cells rounded against ROUND): a comments part and its VML drawing, and their
 * relationships (added to `keptRels`); the drawing's relationship id, null without notes.
 */
function addNotes(
  w: SheetWriting,
  cells: PlanCell[][],
  keptRels: string[],
): string | null {
  const notes = notesOf(cells);
  if (notes.length === 0) return null;
  const { edit } = w;
  const ids = new Set(keptRels.map((r) => attrs(r).Id ?? ""));
  const commentsPart = edit.freshPart(`${edit.wbDir}comments`, "xml");
  const vmlPart = edit.freshPart(`${edit.wbDir}drawings/vmlDrawing`, "vml");
  edit.setPart(commentsPart, deflatePieces(commentsPieces(notes)));
  edit.override(commentsPart, CT.comments);
  edit.setPart(vmlPart, deflatePieces(notesVmlPieces(notes, ++w.vmlBlock)));
  if (!/Extension="vml"/i.test(edit.types)) edit.override(vmlPart, CT.vml);
  const commentsRid = freshId(ids);
  const notesRid = freshId(ids);
  keptRels.push(
    `<Relationship Id="${commentsRid}" Type="${RT}/comments" Target="${fromSheet(edit, commentsPart)}"/>`,
    `<Relationship Id="${notesRid}" Type="${RT}/vmlDrawing" Target="${fromSheet(edit, vmlPart)}"/>`,
  );
  return notesRid;
}

/** A part's target from a sheet in the workbook's `worksheets/` folder. */
function fromSheet(edit: PackageEdit, to: string): string {
  return to.startsWith(edit.wbDir)
    ? `../${to.slice(edit.wbDir.length)}`
    : `/${to}`;
}
