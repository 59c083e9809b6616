import type ExcelJS from "exceljs";
import { PlanCell, SheetPlan, WritePlan } from "../sheets/plan";

function findSheet(
  wb: ExcelJS.Workbook,
  name: string,
): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

/**
 * The exceljs value of a plan cell: a formula with its expected result cached (a result of 0
 * too: viewers that do not recalculate show the cache), else the value (text stays text).
 */
function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.formula)
    return {
      formula: cell.formula.replace(/^=/, ""),
      result: typeof cell.value === "number" ? cell.value : undefined,
    } as ExcelJS.CellFormulaValue;
  return cell.value ?? null;
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const old = plan.replaces ? findSheet(wb, plan.replaces) : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(plan.name);
  // The new sheet takes the replaced one's place among the tabs.
  if (old)
    (ws as unknown as { orderNo: number }).orderNo = (
      old as unknown as { orderNo: number }
    ).orderNo;
  plan.cells.forEach((row, r) => {
    const sheetRow = ws.getRow(r + 1);
    row.forEach((cell, c) => {
      if (!cell || (cell.value === undefined && !cell.formula && !cell.bold))
        return;
      const target = sheetRow.getCell(c + 1);
      target.value = cellValue(cell);
      if (cell.format) target.numFmt = cell.format;
      if (cell.bold) target.font = { bold: true };
      if (cell.indent) target.alignment = { indent: cell.indent };
    });
  });
  if (plan.table) {
    const t = plan.table;
    const header = plan.cells[t.row];
    const columns = Array.from({ length: t.cols }, (_, c) => ({
      name: String(header[t.col + c]?.value ?? `Kolonne ${c + 1}`),
      filterButton: true,
    }));
    const rows = Array.from({ length: t.rows - 1 }, (_, i) =>
      Array.from({ length: t.cols }, (_, c) => {
        const cell = plan.cells[t.row + 1 + i]?.[t.col + c];
        return cell ? cellValue(cell) : null;
      }),
    );
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: ws.getCell(t.row + 1, t.col + 1).address,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns,
      rows,
    } as ExcelJS.TableProperties);
    ws.views = [{ state: "frozen", xSplit: 1, ySplit: t.row + 1 }];
  }
  (plan.columnWidths ?? []).forEach((w, c) => (ws.getColumn(c + 1).width = w));
}

/**
 * Writes the plan into the workbook: replaced generated sheets deleted, new sheets added, one
 * log row appended; Excel is told to recalculate on open, so every formula shows its own result.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  const { log } = plan;
  let ws = log.create ? undefined : findSheet(wb, log.sheet);
  if (!ws) {
    ws = wb.addWorksheet(log.sheet);
    for (const row of log.preamble ?? []) ws.addRow(row);
    ws.addRow(log.header).font = { bold: true };
    log.header.forEach(
      (h, c) => (ws!.getColumn(c + 1).width = Math.max(12, h.length + 2)),
    );
  }
  const last = ws.lastRow?.number ?? 0;
  ws.getRow(last + 1).values = log.row;
}
