/** Loads an .xlsx (read with exceljs) into the fake workbook, as Excel would open it. */
import ExcelJS from "exceljs";
import { CellValue, FakeWorkbookOptions, formatAddress, parseAddress } from "./fake";
import { FakeExcel } from "./fake";

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

export async function fakeFromXlsx(file: string, options: FakeWorkbookOptions = {}): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const fake = new FakeExcel(options);
  wb.eachSheet((ws) => {
    const sheet = fake.state.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const { value, formula } = plain(cell.value);
        const target = sheet.ensure(r - 1, c - 1);
        target.value = value;
        if (formula) target.formula = formula;
        target.numberFormat = cell.numFmt || "General";
        target.bold = Boolean(cell.font?.bold);
        target.indent = cell.alignment?.indent ?? 0;
      }),
    );
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref?: string } }[]) {
      const rect = parseAddress(t.table.tableRef ?? t.table.ref ?? "");
      fake.state.seedTable(ws.name, t.table.name, formatAddress(rect));
    }
  });
  return fake;
}
