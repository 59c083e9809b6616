import { GridBlock, GridCell, GridTable, WorkbookGrid } from "../../src/sheets/grid";

export type Raw = string | number | boolean | null | { v: string | number | null; indent?: number; text?: string };

/** A grid cell from a plain value ({v, indent} for an indented name cell). */
export function cell(raw: Raw): GridCell {
  if (raw !== null && typeof raw === "object") {
    return { value: raw.v, text: raw.text ?? (raw.v === null ? "" : String(raw.v)), indent: raw.indent ?? 0 };
  }
  return { value: raw, text: raw === null ? "" : String(raw), indent: 0 };
}

export function block(sheet: string, rows: Raw[][], row = 0, col = 0): GridBlock {
  return { sheet, row, col, cells: rows.map((r) => r.map(cell)) };
}

export function table(name: string, sheet: string, rows: Raw[][], row = 0, col = 0): GridTable {
  return { name, ...block(sheet, rows, row, col) };
}

export function workbook(parts: Partial<WorkbookGrid>): WorkbookGrid {
  const sheets = parts.sheets ?? [];
  return {
    tables: parts.tables ?? [],
    sheets,
    existing: parts.existing ?? sheets.map((s) => ({ name: s.sheet, generated: false })),
    pickedInitiatives: parts.pickedInitiatives,
    pickedKeys: parts.pickedKeys,
  };
}

/** The 2025 regional key in long form. */
export const KEYS_2025: Raw[][] = [
  ["Nøgle", "År", "Enhed", "Andel"],
  ["Bloktilskud 2025", null, "Region Hovedstaden", "0,3116"],
  ["Bloktilskud 2025", null, "Region Sjælland", "0,1547"],
  ["Bloktilskud 2025", null, "Region Syddanmark", "0,2127"],
  ["Bloktilskud 2025", null, "Region Midtjylland", "0,2177"],
  ["Bloktilskud 2025", null, "Region Nordjylland", "0,1033"],
];
