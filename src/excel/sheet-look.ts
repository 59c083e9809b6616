/* global Excel */
/**
 * How a written sheet looks and prints (SPEC §3), from its plan: fonts with name and size, fills
 * (cells rounded against ROUND), grey Kontrol and Kanal, wrapped and left-aligned names, a line
 * above the totals, merged header lines and their heights, frozen panes, and the page (A4
 * landscape, one page wide, print titles and area, footer) – `worksheet.pageLayout`, ExcelApi 1.9,
 * which Fordel requires anyway (./requirements.ts). Each format goes to many cells at once: one
 * multi-area range per value.
 */
import { cellAddress } from "../sheets/grid";
import type { PlanCell, SheetPlan } from "../sheets/plan";
import { jsonBytes, RequestBudget } from "./request-size";
import { areaAddresses, formatRuns } from "./areas";

/** The cells' addresses per value of `key` (cells without a value left out). */
function byValue(
  cells: readonly (readonly PlanCell[])[],
  key: (c: PlanCell) => string | number | undefined,
): Map<string | number, string[]> {
  const ids = new Map<string | number, number>();
  const runs = formatRuns(cells, (c) => {
    const v = key(c);
    if (v === undefined || v === "" || v === 0) return 0;
    if (!ids.has(v)) ids.set(v, ids.size + 1);
    return ids.get(v)!;
  });
  const out = new Map<string | number, string[]>();
  for (const [v, id] of ids)
    out.set(v, areaAddresses(runs.filter((r) => r.value === id)));
  return out;
}

/** Writes how the planned sheet looks: cell formats, merges and heights, frozen panes, the page. */
export async function writeLook(
  budget: RequestBudget,
  plan: SheetPlan,
): Promise<void> {
  const sheet = () => budget.sheet(plan.name);
  await writeCellFormats(budget, plan, sheet);
  await writeShape(budget, plan, sheet);
  if (plan.page) await writePage(budget, plan.page, sheet);
}

/** The font of the whole sheet, then each cell format to every cell that has it. */
async function writeCellFormats(
  budget: RequestBudget,
  plan: SheetPlan,
  sheet: () => Excel.Worksheet,
): Promise<void> {
  const cells = plan.cells;
  const width = Math.max(0, ...cells.map((r) => r.length));
  const each = async (
    key: (c: PlanCell) => string | number | undefined,
    set: (range: Excel.RangeAreas, value: string | number) => void,
  ) => {
    for (const [value, addresses] of byValue(cells, key))
      for (const address of addresses) {
        await budget.fit(jsonBytes(address) + jsonBytes(value), 3);
        set(sheet().getRanges(address), value);
      }
  };
  if (plan.font && width > 0) {
    await budget.fit(jsonBytes(plan.font.name) + 20, 3, 2);
    const all = sheet().getRangeByIndexes(0, 0, cells.length, width);
    all.format.font.name = plan.font.name;
    all.format.font.size = plan.font.size;
  }
  await each(
    (c) => c.style?.fontSize,
    (r, v) => (r.format.font.size = Number(v)),
  );
  await each(
    (c) => c.style?.fontColor,
    (r, v) => (r.format.font.color = `#${v}`),
  );
  await each(
    (c) => c.style?.fill,
    (r, v) => (r.format.fill.color = `#${v}`),
  );
  await each(
    (c) => (c.style?.wrap ? 1 : 0),
    (r) => (r.format.wrapText = true),
  );
  // An indent shows only with left alignment.
  await each(
    (c) => (c.style?.align === "left" || (c.indent ?? 0) > 0 ? 1 : 0),
    (r) => (r.format.horizontalAlignment = "Left"),
  );
  await each(
    (c) => (c.style?.topBorder ? 1 : 0),
    (r) => (r.format.borders.getItem("EdgeTop").style = "Continuous"),
  );
}

/** Merged header lines, row heights and frozen panes. */
async function writeShape(
  budget: RequestBudget,
  plan: SheetPlan,
  sheet: () => Excel.Worksheet,
): Promise<void> {
  for (const m of plan.merges ?? []) {
    if (m.rows * m.cols < 2) continue;
    await budget.fit(0, 2);
    sheet().getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  }
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    await budget.fit(0, 2);
    sheet().getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  }
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    await budget.fit(0, 2);
    sheet().freezePanes.freezeAt(
      sheet().getRangeByIndexes(
        0,
        0,
        Math.max(1, freeze.rows),
        Math.max(1, freeze.cols),
      ),
    );
  }
}

/** The printed page: A4, orientation, one page wide, print titles and area, footer. */
async function writePage(
  budget: RequestBudget,
  page: NonNullable<SheetPlan["page"]>,
  sheet: () => Excel.Worksheet,
): Promise<void> {
  await budget.fit(jsonBytes(page) + 200, 6, 10);
  const layout = sheet().pageLayout;
  layout.orientation =
    page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = {
    horizontalFitToPages: page.fitToWidth,
    verticalFitToPages: 0,
  };
  const col = (c: number) => cellAddress(0, c).replace(/\d+$/, "");
  if (page.titleRows)
    layout.setPrintTitleRows(
      `$${page.titleRows.first + 1}:$${page.titleRows.last + 1}`,
    );
  if (page.titleColumns)
    layout.setPrintTitleColumns(
      `$${col(page.titleColumns.first)}:$${col(page.titleColumns.last)}`,
    );
  const a = page.printArea;
  if (a && a.rows > 0 && a.cols > 0)
    layout.setPrintArea(`A1:${cellAddress(a.rows - 1, a.cols - 1)}`);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = page.footer.left;
  footer.centerFooter = page.footer.center;
  footer.rightFooter = page.footer.right;
}
