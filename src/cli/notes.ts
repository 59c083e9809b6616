/**
 * Cell notes in an .xlsx (SPEC §3: a cell rounded against ROUND carries its exact value): a
 * comments part with the texts and a VML drawing with one hidden note shape per cell – Excel
 * needs both to show a note, LibreOffice reads them as comments.
 */
import { cellAddress } from "../sheets/grid";
import { isFordelNote } from "../sheets/notes";
import { MAIN_NS } from "./sheet-xml";
import { escapeCellText, runText } from "./xml";

export interface CellNote {
  row: number;
  col: number;
  text: string;
}

export const NOTES_AUTHOR = "Fordel";

/** The comments part. */
export function commentsXml(notes: readonly CellNote[]): string {
  return [...commentsPieces(notes)].join("");
}

/** The comments part in pieces of about a megabyte (a large sheet has tens of thousands of notes). */
export function commentsPieces(notes: readonly CellNote[]): Generator<string> {
  return inPieces(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${NOTES_AUTHOR}</author></authors><commentList>`,
    notes,
    (n) =>
      `<comment ref="${cellAddress(n.row, n.col)}" authorId="0"><text><r><t xml:space="preserve">${escapeCellText(n.text)}</t></r></text></comment>`,
    `</commentList></comments>`,
  );
}

/**
 * The VML drawing of the notes. `block` numbers the drawing's shapes (ids 1024·block + k), unique
 * in the workbook as Excel wants.
 */
export function notesVml(notes: readonly CellNote[], block: number): string {
  return [...notesVmlPieces(notes, block)].join("");
}

/** `notesVml` in pieces of about a megabyte. */
export function notesVmlPieces(
  notes: readonly CellNote[],
  block: number,
): Generator<string> {
  return inPieces(
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`,
    notes,
    (n, k) =>
      `<v:shape id="_x0000_s${block * 1024 + k + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:48pt;z-index:${k + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 4}, 15, ${n.row + 4}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`,
    `</xml>`,
  );
}

/** `head`, each item's XML and `tail`, joined into pieces of about a megabyte. */
function* inPieces<T>(
  head: string,
  items: readonly T[],
  xml: (item: T, k: number) => string,
  tail: string,
): Generator<string> {
  let piece = head;
  for (let k = 0; k < items.length; k++) {
    piece += xml(items[k], k);
    if (piece.length >= 1 << 20) {
      yield piece;
      piece = "";
    }
  }
  yield piece + tail;
}

/** The notes of a plan's cells, in sheet order. */
export function notesOf(
  cells: readonly (readonly ({ note?: string } | undefined)[])[],
): CellNote[] {
  const notes: CellNote[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.note) notes.push({ row: r, col: c, text: cell.note });
    }),
  );
  return notes;
}

/**
 * True when a sheet's notes hold one Fordel did not write (a note or threaded comment the user
 * added in Excel or LibreOffice): the user's work, so the sheet counts as changed and is kept.
 * Fordel's own notes are known by their text (src/sheets/notes.ts) and go with the sheet on a re-fill.
 */
export function hasForeignNotes(
  rels: readonly { type: string; part: string | null }[],
  text: (part: string) => string | null,
): boolean {
  for (const rel of rels) {
    if (!rel.part) continue;
    if (/\/threadedComments$/.test(rel.type)) return true;
    if (!/\/comments$/.test(rel.type)) continue;
    const xml = text(rel.part) ?? "";
    for (const m of xml.matchAll(
      /<(?:\w+:)?comment\b[^>]*>([\s\S]*?)<\/(?:\w+:)?comment>/g,
    )) {
      if (!isFordelNote(runText(m[1]))) return true;
    }
  }
  return false;
}
