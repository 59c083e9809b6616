/**
 * The example filled in (fake) Excel looks and prints as the CLI's output (issue 13): A4
 * landscape one page wide with print titles, area and footer (`worksheet.pageLayout`), fonts by
 * name and size, the cells rounded against ROUND filled, Kontrol and Kanal grey, a line above the
 * totals, the header line merged, only the table header and the name column frozen; a re-fill
 * sets the rows' heights afresh.
 */
import * as path from "path";
import { fillWorkbook } from "../../src/excel/fill";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import type { FillSettings } from "../../src/sheets/fill-types";
import { FakeExcel } from "./fake";
import { fakeFromXlsx } from "./xlsx";

const EXAMPLE = path.resolve(__dirname, "../../examples/kraeftplan-v.xlsx");
const NOW = new Date(2026, 0, 15, 10, 30);
const SETTINGS: FillSettings = { decimals: null, method: "reconciled", lang: "da" };

describe("the example's period sheet in Excel", () => {
  let fake: FakeExcel;
  let result: Awaited<ReturnType<typeof fillWorkbook>>;

  beforeAll(async () => {
    fake = await fakeFromXlsx(EXAMPLE, { locale: "da-DK" });
    result = await fillWorkbook(fake.excel(), SETTINGS, NOW);
    expect(result.written).toBe(true);
  });

  const sheet = () => fake.state.findSheet("Fordeling 2026")!;
  const header = () => {
    const cells: string[] = [];
    for (let c = 0; c < 12; c++) cells[c] = String(sheet().cell(TABLE_HEADER_ROW, c)?.value ?? "");
    return cells;
  };
  const rowOf = (name: string) => {
    for (let r = TABLE_HEADER_ROW + 1; r < 60; r++) if (sheet().cell(r, 0)?.value === name) return r;
    throw new Error(name);
  };

  test("A4 landscape, one page wide, header row and column A on every page, Kontrol and Kanal outside the print area, a footer", () => {
    const kontrol = header().indexOf("Kontrol");
    expect(sheet().page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$5:$5",
      printTitleColumns: "$A:$A",
      printArea: `A1:${String.fromCharCode(64 + kontrol)}${rowOf("I alt") + 1}`,
      leftFooter: "&A",
      centerFooter: "Side &P af &N",
      rightFooter: "2026-01-15 10:30",
    });
    expect(sheet().frozen).toEqual({ rows: TABLE_HEADER_ROW + 1, cols: 1 });
  });

  test("the title names the unit; fonts by name and size; the header line merged over the printed columns", () => {
    const title = sheet().cell(0, 0)!;
    expect(title.value).toBe("Kræftplan V – fordeling 2026, mio. kr. (2025-pl)");
    expect(title.look).toMatchObject({ "font.name": "Calibri", "font.size": 14 });
    expect(sheet().cell(rowOf("Senfølgeklinikker"), 1)!.look).toMatchObject({ "font.name": "Calibri", "font.size": 11 });
    expect(sheet().merges).toContain(`A2:${String.fromCharCode(64 + header().indexOf("Kontrol"))}2`);
    expect(sheet().rowHeights.get(1)).toBeGreaterThanOrEqual(15);
  });

  test("Kræftscreening for Region Hovedstaden (exact 1,558, shown 1,5) is filled light yellow; Kontrol grey; a line above I alt; sub-items left-aligned", () => {
    const hovedstaden = header().indexOf("Region Hovedstaden");
    const cell = sheet().cell(rowOf("Kræftscreening"), hovedstaden)!;
    expect(cell.value).toBe(1.5);
    expect(cell.look).toMatchObject({ "fill.color": "#FFF2CC" });
    expect(sheet().cell(rowOf("Senfølgeklinikker"), hovedstaden)!.look?.["fill.color"]).toBeUndefined();
    expect(sheet().cell(rowOf("Senfølgeklinikker"), header().indexOf("Kontrol"))!.look).toMatchObject({ "font.color": "#808080" });
    expect(sheet().cell(rowOf("I alt"), 1)!.look).toMatchObject({ "borders.EdgeTop.style": "Continuous" });
    const sub = sheet().cell(rowOf("Basal palliation (regioner)"), 0)!;
    expect(sub.indent).toBe(1);
    expect(sub.look).toMatchObject({ horizontalAlignment: "Left", wrapText: true });
    // Excel's notes are not written yet: the legend says where the exact values are.
    expect(String(sheet().cell(2, 0)!.value)).toMatch(/rundet anderledes end AFRUND.*i Fordel-ruden/);
  });

  test("a re-fill sets the rows' heights afresh (none left from the last fill's wrapped lines)", async () => {
    sheet().rowHeights.set(40, 99);
    const again = await fillWorkbook(fake.excel(), SETTINGS, new Date(2026, 0, 16, 9, 0));
    expect(again.written).toBe(true);
    expect(sheet().rowHeights.has(40)).toBe(false);
    expect(sheet().rowHeights.get(1)).toBeGreaterThanOrEqual(15);
  });
});
