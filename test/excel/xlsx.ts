/** Loads an .xlsx (read with exceljs) into the fake workbook, as Excel would open it. */
import ExcelJS from "exceljs";
import { CellValue, FakeExcel, FakeWorkbookOptions, formatAddress, parseAddress, SnapshotCell, WorkbookSnapshot } from "./fake";

function plain(value: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10) };
  const v = value as unknown as Record<string, unknown>;
  if ("richText" in v) return { value: (v.richText as { text: string }[]).map((t) => t.text).join("") };
  if ("formula" in v || "sharedFormula" in v) {
    const result = plain((v.result ?? null) as ExcelJS.CellValue).value;
    return { value: result, formula: "formula" in v ? `=${String(v.formula)}` : undefined };
  }
  if ("error" in v) return { value: String(v.error) };
  if ("text" in v) return plain(v.text as ExcelJS.CellValue);
  return { value: null };
}

/** The .xlsx as plain data: each sheet's non-empty cells (value, formula, format, bold, indent) and its Excel Tables. */
export async function snapshotOfXlsx(file: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const snapshot: WorkbookSnapshot = { sheets: [], tables: [] };
  wb.eachSheet((ws) => {
    const cells: SnapshotCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const { value, formula } = plain(cell.value);
        cells.push({
          row: r - 1,
          col: c - 1,
          value,
          ...(formula ? { formula } : {}),
          numberFormat: cell.numFmt || "General",
          bold: Boolean(cell.font?.bold),
          indent: cell.alignment?.indent ?? 0,
        });
      }),
    );
    snapshot.sheets.push({ name: ws.name, cells });
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref?: string } }[]) {
      snapshot.tables.push({ sheet: ws.name, name: t.table.name, address: formatAddress(parseAddress(t.table.tableRef ?? t.table.ref ?? "")) });
    }
  });
  return snapshot;
}

export async function fakeFromXlsx(file: string, options: FakeWorkbookOptions = {}): Promise<FakeExcel> {
  return FakeExcel.fromSnapshot(await snapshotOfXlsx(file), options);
}
