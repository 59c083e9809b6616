import ExcelJS from "exceljs";
import { KOMMUNER } from "../fixtures/kommuner";
import { REGIONS_2025 } from "../fixtures/keys";
import { SeedRow } from "./seeds";

/** A value a budget officer types: a number, text, a date, a formula (with or without its cached result), or nothing. */
export type Typed = ExcelJS.CellValue;

/** A formula as a script writes it: no cached result (Excel would compute one on save). */
export const uncomputed = (formula: string): Typed => ({ formula }) as ExcelJS.CellFormulaValue;

/** Danish text for a number as typed or pasted ("42,0", "1.570.129"). */
export function danish(value: number, places = 1): string {
  const [whole, frac] = Math.abs(value).toFixed(places).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** 1-based column number of a letter ("B" → 2). */
function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "B3" → { row: 3, col: 2 } (1-based). */
export function at(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(address)!;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** The address `down` rows and `right` columns from `address` ("B3", 2, 1 → "C5"). */
export function offset(address: string, down: number, right = 0): string {
  const { row, col } = at(address);
  let c = col + right;
  let letters = "";
  while (c > 0) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + down}`;
}

/** Writes a block of rows with its top-left cell at `topLeft`; null leaves a cell empty. */
export function put(ws: ExcelJS.Worksheet, topLeft: string, rows: Typed[][]): void {
  const { row, col } = at(topLeft);
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(row + r, col + c).value = value;
    }),
  );
}

/** A title row and a unit row above a table, as budget notes have them. */
export function titleAndUnit(ws: ExcelJS.Worksheet, title: string, unit: string, topLeft = "A1"): void {
  put(ws, topLeft, [[title], [unit]]);
  ws.getCell(topLeft).font = { bold: true, size: 14 };
}

export interface KeyOptions {
  /** Sheet name (default `Nøgler`). */
  sheet?: string;
  /** Where the header row starts (default A1). */
  topLeft?: string;
  /** Rows above the header (a title, a source line). */
  title?: string[];
  keyName?: string;
  /** [unit, share] as typed; default the 2025 regional key as printed. */
  rows?: [string, Typed][];
}

/** A keys sheet in long form (`Nøgle`, `Enhed`, `Andel`); returns the sheet. */
export function keySheet(wb: ExcelJS.Workbook, options: KeyOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(options.sheet ?? "Nøgler");
  let topLeft = options.topLeft ?? "A1";
  if (options.title) {
    put(
      ws,
      topLeft,
      options.title.map((t) => [t]),
    );
    topLeft = offset(topLeft, options.title.length + 1);
  }
  const name = options.keyName ?? "Bloktilskudsnøgle 2025";
  const rows: [string, Typed][] = options.rows ?? REGIONS_2025.map(([unit, share]) => [unit, Number(share)]);
  put(ws, topLeft, [["Nøgle", "Enhed", "Andel"], ...rows.map(([unit, share]) => [name, unit, share])]);
  return ws;
}

/** The 2025 regional key as printed, as [unit, number] rows. */
export const REGION_KEY_ROWS: [string, Typed][] = REGIONS_2025.map(([unit, share]) => [unit, Number(share)]);

export interface TableOptions {
  /** Where the header row starts (default A1). */
  topLeft?: string;
  /** Header of the amount column (default 2026). */
  period?: Typed;
  /** Give the tree by an `Overordnet` column (default), by Excel indent, by leading spaces, by a `heraf` label row, or not at all. */
  tree?: "overordnet" | "indent" | "spaces" | "heraf-label" | "heraf-label+indent";
  /** Add `Kanal` and `Modtager` columns (needed for a Særtilskud row). */
  channels?: boolean;
  /** Amounts as numbers with format #,##0.0 (default) or as Danish text ("42,0"). */
  amounts?: "number" | "text";
  /** Rows the user typed under the table: [name, amount]; a null entry is a blank row. */
  totals?: ([string, number] | null)[];
}

/**
 * Writes an initiatives table from seed rows the way an officer types it; returns the address
 * of every row's name cell and amount cell (by initiative name, and by total name).
 */
export function initiativeTable(ws: ExcelJS.Worksheet, rows: SeedRow[], options: TableOptions = {}): Map<string, { name: string; amount: string }> {
  const topLeft = options.topLeft ?? "A1";
  const tree = options.tree ?? "overordnet";
  const header: Typed[] = ["Initiativ"];
  if (tree === "overordnet") header.push("Overordnet");
  if (options.channels) header.push("Kanal", "Modtager");
  header.push(options.period ?? 2026);
  const amountCol = header.length - 1;
  put(ws, topLeft, [header]);
  const cells = new Map<string, { name: string; amount: string }>();
  let r = 1;
  const amountValue = (v: number): Typed => (options.amounts === "text" ? danish(v) : v);
  const write = (name: string, indent: number, parent: string | null, amount: number | null, channel?: string, recipient?: string) => {
    const nameCell = offset(topLeft, r);
    const shownName = tree === "spaces" && indent > 0 ? `${"   ".repeat(indent)}${name}` : name;
    const line: Typed[] = [shownName];
    if (tree === "overordnet") line.push(parent);
    if (options.channels) line.push(channel ?? (parent === null ? "Blok" : null), recipient ?? (parent === null ? "Regioner" : null));
    line.push(amount === null ? null : amountValue(amount));
    put(ws, nameCell, [line]);
    if ((tree === "indent" || tree === "heraf-label+indent") && indent > 0) ws.getCell(nameCell).alignment = { indent };
    const amountCell = offset(nameCell, 0, amountCol);
    if (options.amounts !== "text") ws.getCell(amountCell).numFmt = "#,##0.0";
    cells.set(name.trim(), { name: nameCell, amount: amountCell });
    r++;
  };
  let previousParent: string | null = null;
  for (const row of rows) {
    if (row.parent !== null && row.parent !== previousParent && (tree === "heraf-label" || tree === "heraf-label+indent")) {
      put(ws, offset(topLeft, r), [["heraf"]]);
      ws.getCell(offset(topLeft, r)).font = { italic: true };
      r++;
    }
    previousParent = row.parent;
    write(row.name, row.parent === null ? 0 : 1, row.parent, row.amount, row.channel, row.recipient);
  }
  for (const total of options.totals ?? []) {
    if (total === null) r++;
    else {
      const [name, amount] = total;
      const nameCell = offset(topLeft, r);
      put(ws, nameCell, [[name]]);
      ws.getCell(nameCell).font = { bold: true };
      const amountCell = offset(nameCell, 0, amountCol);
      ws.getCell(amountCell).value = amountValue(amount);
      if (options.amounts !== "text") ws.getCell(amountCell).numFmt = "#,##0.0";
      cells.set(name, { name: nameCell, amount: amountCell });
      r++;
    }
  }
  return cells;
}

/** The 98 municipalities with made-up weights (illustrative: there is no verified municipal key). */
export function illustrativeMunicipalWeights(): [code: string, name: string, region: string, weight: number][] {
  return KOMMUNER.map(([code, name, region], i) => [code, name, region, 1000 + 37 * i]);
}

/** A simple illustrative initiatives sheet: Initiativ + period columns, numbers in #,##0.0. */
export function simpleTable(ws: ExcelJS.Worksheet, topLeft: string, header: Typed[], rows: Typed[][]): void {
  put(ws, topLeft, [header, ...rows]);
  for (let r = 1; r <= rows.length; r++)
    for (let c = 1; c < header.length; c++) {
      const cell = ws.getCell(offset(topLeft, r, c));
      if (typeof cell.value === "number") cell.numFmt = "#,##0.0";
    }
}
