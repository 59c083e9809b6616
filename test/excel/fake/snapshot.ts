/**
 * A workbook as plain JSON-safe data – e.g. an .xlsx read in Node (test/excel/xlsx.ts) – so a
 * fake can be built from it anywhere, also inside a browser page (test/e2e).
 */
import { CellValue, FakeWorkbookState, formatAddress } from "./workbook";

export interface SnapshotCell {
  /** 0-based. */
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
  numberFormat: string;
  bold: boolean;
  indent: number;
}

export interface WorkbookSnapshot {
  /** In workbook order. */
  sheets: { name: string; cells: SnapshotCell[] }[];
  /** Excel Tables; `address` includes the header row, e.g. "A1:G25". */
  tables: { sheet: string; name: string; address: string }[];
}

/** Test set-up: adds the snapshot's sheets, cells and tables to the state (no request, no sync). */
export function seedSnapshot(state: FakeWorkbookState, snapshot: WorkbookSnapshot): void {
  for (const { name, cells } of snapshot.sheets) {
    const sheet = state.addSheet(name);
    for (const { row, col, value, formula, numberFormat, bold, indent } of cells) {
      const cell = sheet.ensure(row, col);
      cell.value = value;
      if (formula !== undefined) cell.formula = formula;
      cell.numberFormat = numberFormat;
      cell.bold = bold;
      cell.indent = indent;
    }
  }
  for (const { sheet, name, address } of snapshot.tables) state.seedTable(sheet, name, address);
}

/** The state as a snapshot (formulas the fake wrote have no value: it does not calculate). */
export function snapshotOf(state: FakeWorkbookState): WorkbookSnapshot {
  return {
    sheets: state.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells].map(([key, c]) => {
        const [row, col] = key.split(",").map(Number);
        return {
          row,
          col,
          value: c.value,
          ...(c.formula !== undefined ? { formula: c.formula } : {}),
          numberFormat: c.numberFormat,
          bold: c.bold,
          indent: c.indent,
        };
      }),
    })),
    tables: state.tables.map((t) => ({ sheet: t.sheet.name, name: t.name, address: formatAddress(t) })),
  };
}
