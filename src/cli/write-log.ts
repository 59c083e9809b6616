/**
 * Fordel's log in the package: a new sheet, or one row appended to Fordel's log sheet (nothing
 * above it touched), with the log sheet's fingerprint in the record brought up to date.
 */
import { fingerprintCells, FingerprintCell } from "../sheets/fingerprint";
import type { PlanCell, WritePlan } from "../sheets/plan";
import type { SheetEntry } from "./package";
import type { ReadResult } from "./read-grid";
import { rowXml, writtenRows } from "./sheet-xml";
import { SheetWriting, writeSheet } from "./write-sheet";

export function writeLog(
  w: SheetWriting,
  log: WritePlan["log"],
  read: ReadResult,
): void {
  const logSheet = log.create ? undefined : w.edit.findSheet(log.sheet);
  if (!logSheet || !logSheet.part) {
    const cells: PlanCell[][] = [
      ...(log.preamble ?? []).map((row) => row.map((value) => ({ value }))),
      log.header.map((value) => ({ value, bold: true })),
      log.row.map((value) => ({ value })),
    ];
    writeSheet(w, {
      name: log.sheet,
      cells,
      columnWidths:
        log.columnWidths ?? log.header.map((h) => Math.max(12, h.length + 2)),
    });
  } else appendLogRow(w, logSheet, log.row, read);
}

/** The log's new row under the last row of the sheet (none when the sheet is full). */
function appendLogRow(
  w: SheetWriting,
  logSheet: SheetEntry,
  values: WritePlan["log"]["row"],
  read: ReadResult,
): void {
  const part = logSheet.part!;
  const xml = w.edit.pkg.text(part) ?? "";
  let last = read.lastRow.get(logSheet.sheetId) ?? 0;
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g))
    last = Math.max(last, Number(m[1]));
  if (last >= 1048576) return;
  const cells = values.map((value) => ({ value }) as PlanCell);
  const p = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
  const row = rowXml(cells, last + 1, w.styles).replace(
    /<(\/?)(row|c|v|is|t)\b/g,
    `<$1${p}$2`,
  );
  const next = /<(\w+:)?sheetData\s*\/>/.test(xml)
    ? xml.replace(
        /<(\w+:)?sheetData\s*\/>/,
        `<${p}sheetData>${row}</${p}sheetData>`,
      )
    : xml.replace(new RegExp(`</${p}sheetData>`), `${row}</${p}sheetData>`);
  w.edit.setPart(part, next);
  const content: FingerprintCell[][] = (
    read.contents.get(logSheet.sheetId) ?? []
  ).slice();
  while (content.length < last) content.push([]);
  content[last] = writtenRows([cells])[0];
  const before = w.records.get(logSheet.sheetId);
  w.records.set(logSheet.sheetId, {
    ...(before ?? {
      sheetId: logSheet.sheetId,
      name: logSheet.name,
      complete: true,
    }),
    fingerprint: fingerprintCells(content),
  });
}
