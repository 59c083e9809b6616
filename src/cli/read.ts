import type ExcelJS from "exceljs";
import { GridBlock, GridCell, GridTable, WorkbookGrid } from "../sheets/grid";
import { isGeneratedSheet } from "../sheets/marker";

/** Decimal places a number format shows ("#,##0.0" → 1), or null for General and text formats. */
function formatPlaces(numFmt: string | undefined): number | null {
  if (!numFmt || /general|@/i.test(numFmt)) return null;
  const section = numFmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** The typed value of an exceljs cell value: formulas by their result, rich text and links by their text. */
function plainValue(
  value: ExcelJS.CellValue,
): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  )
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const v = value as unknown as Record<string, unknown>;
  if ("richText" in v)
    return (v.richText as { text: string }[]).map((t) => t.text).join("");
  if ("result" in v || "formula" in v || "sharedFormula" in v)
    return plainValue((v.result ?? null) as ExcelJS.CellValue);
  if ("error" in v) return String(v.error);
  if ("text" in v) return plainValue(v.text as ExcelJS.CellValue);
  return null;
}

/** One cell as the parser sees it: value, the text shown (decimals from the number format) and indent. */
export function gridCell(cell: ExcelJS.Cell): GridCell {
  // A merged range's value lives in its top-left cell only, as Excel shows it.
  if (cell.isMerged && cell.master !== cell)
    return { value: null, text: "", indent: 0 };
  // A formula by its cached result: exceljs' cell.value leaves out a result of 0.
  const value = cell.formula
    ? plainValue((cell.result ?? null) as ExcelJS.CellValue)
    : plainValue(cell.value);
  let text = value === null ? "" : String(value);
  if (typeof value === "number") {
    const places = formatPlaces(cell.numFmt);
    if (places !== null && Number.isFinite(value))
      text = value.toFixed(Math.min(places, 20));
  }
  const indent = cell.alignment?.indent ?? 0;
  // A formula with no cached result (written by a script, never calculated) is not a blank.
  const uncomputed =
    Boolean(cell.formula) &&
    (cell.result === undefined || cell.result === null);
  return uncomputed
    ? { value, text, indent, uncomputed }
    : { value, text, indent };
}

/** A 1-based inclusive rectangle of a sheet as a GridBlock (0-based position). */
function readBlock(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): GridBlock {
  const cells: GridCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const out: GridCell[] = [];
    for (let c = left; c <= right; c++) out.push(gridCell(row.getCell(c)));
    cells.push(out);
  }
  return { sheet: ws.name, row: top - 1, col: left - 1, cells };
}

function decodeRange(
  ref: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string) =>
    [...letters.toUpperCase()].reduce(
      (n, ch) => n * 26 + ch.charCodeAt(0) - 64,
      0,
    );
  return {
    top: Number(m[2]),
    left: col(m[1]),
    bottom: Number(m[4] ?? m[2]),
    right: col(m[3] ?? m[1]),
  };
}

/** The used range from A1: up to the last row and column holding anything. */
function usedBlock(ws: ExcelJS.Worksheet): GridBlock {
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (
        cell.value !== null &&
        cell.value !== undefined &&
        cell.value !== ""
      ) {
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
    });
  });
  return bottom === 0
    ? { sheet: ws.name, row: 0, col: 0, cells: [] }
    : readBlock(ws, 1, 1, bottom, right);
}

/**
 * exceljs workbook → WorkbookGrid: every Excel Table (with its header row and Total Row), the
 * used range of every sheet Fordel did not generate, and every sheet with Fordel's mark (A1:B1).
 */
export function readWorkbookGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const grid: WorkbookGrid = { tables: [], sheets: [], existing: [] };
  wb.eachSheet((ws) => {
    grid.existing.push({
      name: ws.name,
      generated: isGeneratedSheet([
        [gridCell(ws.getCell("A1")), gridCell(ws.getCell("B1"))],
      ]),
    });
    for (const t of ws.getTables() as unknown as {
      table: {
        name: string;
        tableRef?: string;
        ref?: string;
        totalsRow?: boolean;
      };
    }[]) {
      const range = decodeRange(t.table.tableRef ?? t.table.ref ?? "");
      if (!range) continue;
      const table: GridTable = {
        name: t.table.name,
        ...readBlock(ws, range.top, range.left, range.bottom, range.right),
        ...(t.table.totalsRow ? { totalRow: true } : {}),
      };
      grid.tables.push(table);
    }
    if (!grid.existing[grid.existing.length - 1].generated)
      grid.sheets.push(usedBlock(ws));
  });
  return grid;
}
