import { GENERATED_MARK, isGeneratedSheet } from "../../src/sheets/marker";
import { renderPlan, TABLE_HEADER_ROW } from "../../src/sheets/render";
import { SheetChooser } from "../../src/sheets/ownership";
import { sanitizeSheetName, tableNameFor } from "../../src/sheets/sheet-names";
import { PlanCell, SheetPlan } from "../../src/sheets/plan";
import { evaluateSheet, formulaMismatches } from "./formula-eval";
import { handResult } from "./result-fixture";

const base = { lang: "da" as const, existing: [], time: "2025-11-23 10:00", sources: ["Initiativer", "Nøgler"] };

function column(sheet: SheetPlan, header: string): number {
  return sheet.cells[TABLE_HEADER_ROW].findIndex((c) => c?.value === header);
}

function rowOf(sheet: SheetPlan, name: string): PlanCell[] {
  return sheet.cells.find((r, i) => i > TABLE_HEADER_ROW && r[0]?.value === name)!;
}

describe("period sheet", () => {
  const plan = renderPlan(handResult(), base);
  const sheet = plan.sheets[0];

  test("name and a header block of four rows: title, one line of key, step, method, time and sources, legend, shares above the unit columns; no visible mark", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Fordeling 2026", "Fordeling fund"]);
    expect(sheet.cells.flat().some((c) => c?.value === GENERATED_MARK)).toBe(false);
    expect(isGeneratedSheet([sheet.cells[0].map((c) => ({ value: c.value ?? null, text: String(c.value ?? ""), indent: 0 }))])).toBe(false);
    expect(TABLE_HEADER_ROW).toBe(4);
    expect(sheet.cells[0]).toEqual([{ value: "Fordeling 2026", bold: true, style: { fontSize: 14 }, note: expect.stringMatching(/^Lavet af Fordel/) }]);
    const line = String(sheet.cells[1][0].value);
    expect(line).toBe(
      "Nøgle: Bloktilskud 2025 · Trin 0,1 · Metode: Største rest – hver række for sig: rækkerne summer, enhedernes totaler måske ikke · 2025-11-23 10:00 · Kilder: Initiativer, Nøgler · Største afvigelse fra det præcise beløb: 0,1",
    );
    expect(sheet.merges).toContainEqual({ row: 1, col: 0, rows: 1, cols: 8 });
    expect(String(sheet.cells[2][0].value)).toMatch(/^(Lys gul|Alle beløb)/);
    expect(sheet.cells[3][0].value).toBe("Andel");
    expect(sheet.cells[3].slice(2).map((c) => c.value)).toEqual([0.3116, 0.1547, 0.2127, 0.2177, 0.1033]);
    expect(sheet.cells[TABLE_HEADER_ROW].slice(2, 7).map((c) => c.value)).toEqual([
      "Region Hovedstaden",
      "Region Sjælland",
      "Region Syddanmark",
      "Region Midtjylland",
      "Region Nordjylland",
    ]);
  });

  test("the unit in the title; the step in the settings' words", () => {
    const s = renderPlan(handResult(), { ...base, unitText: "Mio. kr. (2025-pl)", title: "Kræftplan V" }).sheets[0];
    expect(s.cells[0][0].value).toBe("Kræftplan V – fordeling 2026, mio. kr. (2025-pl)");
    const en = renderPlan(handResult(), { ...base, lang: "en", unitText: "DKK 1,000" }).sheets[0];
    expect(en.cells[0][0].value).toBe("Allocation 2026, DKK 1,000");
    expect(String(en.cells[1][0].value)).toMatch(/^Key: Bloktilskud 2025 · Step 0\.1 · Method: /);
  });

  test("printing: A4 landscape, one page wide, header row and column A on every page, footer; Kontrol and Kanal outside the print area, grey; frozen header and name column", () => {
    expect(sheet.page).toEqual({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      titleRows: { first: TABLE_HEADER_ROW, last: TABLE_HEADER_ROW },
      titleColumns: { first: 0, last: 0 },
      printArea: { rows: sheet.cells.length, cols: column(sheet, "Kontrol") },
      footer: { left: "&A", center: "Side &P af &N", right: "2025-11-23 10:00" },
    });
    expect(sheet.freeze).toEqual({ rows: TABLE_HEADER_ROW + 1, cols: 1 });
    expect(sheet.font).toEqual({ name: "Calibri", size: 11 });
    expect(sheet.columnWidths![0]).toBe(40);
    expect(sheet.columnWidths![2]).toBeGreaterThanOrEqual(11);
    expect(sheet.columnWidths![2]).toBeLessThanOrEqual(13);
    const control = column(sheet, "Kontrol");
    expect(control).toBe(column(sheet, "Kanal") - 1);
    expect(rowOf(sheet, "Senfølger")[control].style).toEqual({ fontColor: "808080" });
    expect(rowOf(sheet, "I alt")[1].style).toEqual({ topBorder: true });
    expect(rowOf(sheet, "Basal palliation")[0]).toMatchObject({ indent: 1, style: { align: "left", wrap: true } });
  });

  test("the table: columns in order, unit columns aligned with the shares, Øvrige modtagere when a row has other money", () => {
    const header = sheet.cells[TABLE_HEADER_ROW].map((c) => c.value);
    expect(header).toEqual([
      "Initiativ",
      "Nationalt",
      "Region Hovedstaden",
      "Region Sjælland",
      "Region Syddanmark",
      "Region Midtjylland",
      "Region Nordjylland",
      "Øvrige modtagere",
      "Kontrol",
      "Kanal",
    ]);
    expect(sheet.table).toEqual({ name: "Fordeling_2026", row: TABLE_HEADER_ROW, col: 0, rows: 7, cols: 10 });
    expect(sheet.columnWidths).toHaveLength(10);
  });

  test("leaves are values; a parent whose sub-items add up is SUM formulas; the tree is shown by indent", () => {
    const palliation = rowOf(sheet, "Palliation");
    const basal = rowOf(sheet, "Basal palliation");
    expect(basal[0].indent).toBe(1);
    expect(palliation[0].indent).toBe(0);
    expect(basal[2]).toEqual({ value: 4.4, format: "#,##0.0" });
    expect(palliation[1].formula).toBe("=SUM(B7:B8)");
    expect(palliation[2].formula).toBe("=SUM(C7:C8)");
    expect(palliation[2].value).toBeCloseTo(10.6, 10);
    expect(rowOf(sheet, "Senfølger")[2].formula).toBeUndefined();
  });

  test("text from the input is text, never a formula", () => {
    const row = rowOf(sheet, '=HYPERLINK("x","y")');
    expect(row[0]).toMatchObject({ value: '=HYPERLINK("x","y")', indent: 0 });
    expect(row[0].formula).toBeUndefined();
    expect(row[column(sheet, "Øvrige modtagere")].value).toBe(4);
  });

  test("subtotals per channel and I alt are formulas, Kontrol on every row, and every formula gives its cached value", () => {
    const blok = rowOf(sheet, "Blok i alt");
    const saer = rowOf(sheet, "Særtilskud i alt");
    const total = rowOf(sheet, "I alt");
    expect(blok[1].formula).toBe('=SUMIFS(B6:B11,$J$6:$J$11,"=Blok")');
    expect(saer[2].formula).toBe('=SUMIFS(C6:C11,$J$6:$J$11,"=Særtilskud")');
    expect(total[1].formula).toBe("=SUM(B12:B13)");
    expect(total[1].value).toBe(99);
    const control = column(sheet, "Kontrol");
    expect(blok[control].formula).toBe("=B12-SUM(C12:H12)");
    const get = evaluateSheet(sheet.cells);
    let formulas = 0;
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.formula) return;
        formulas++;
        expect(Math.abs((get(r, c) as number) - (cell.value as number))).toBeLessThan(1e-9);
      }),
    );
    expect(formulas).toBeGreaterThan(30);
    for (let r = TABLE_HEADER_ROW + 1; r < sheet.cells.length; r++) expect(get(r, control)).toBeCloseTo(0, 9);
  });

  test("a parent marked sumOfChildren whose children do not give its numbers gets values, not a wrong formula", () => {
    const result = handResult();
    result.periods[0].rows[0].values[0] = result.periods[0].rows[0].values[0]!.plus("0.1");
    const s = renderPlan(result, base).sheets[0];
    const palliation = rowOf(s, "Palliation");
    expect(palliation[2].formula).toBeUndefined();
    expect(palliation[2].value).toBeCloseTo(10.7, 10);
    expect(palliation[3].formula).toBe("=SUM(D7:D8)");
  });

  test("channels that differ only in case: SUMIFS would count both (it ignores case), so each subtotal is a SUM of its members", () => {
    const result = handResult();
    const p = result.periods[0];
    p.rows[3].channel = "blok";
    const blok = { ...p.subtotals[0], members: [0] };
    const lower = { ...p.subtotals[0], label: "blok", channel: "blok", members: [3] };
    for (const [s, m] of [
      [blok, 0],
      [lower, 3],
    ] as const) {
      s.national = p.rows[m].national!;
      s.values = p.rows[m].values.map((v) => v!);
    }
    p.subtotals = [blok, lower, p.subtotals[1]];
    const s = renderPlan(result, base).sheets[0];
    expect(rowOf(s, "Blok i alt")[1].formula).toBe("=SUM(B6)");
    expect(rowOf(s, "blok i alt")[1].formula).toBe("=SUM(B9)");
    expect(formulaMismatches(s.cells)).toEqual([]);
  });

  test("English labels and sheet names", () => {
    const en = renderPlan(handResult(), { ...base, lang: "en" });
    expect(en.sheets[0].name).toBe("Allocation 2026");
    expect(en.sheets[0].cells[TABLE_HEADER_ROW].map((c) => c.value).slice(0, 2)).toEqual(["Initiative", "National"]);
    expect(en.log.sheet).toBe("Allocation log");
  });

  test("number formats: #,##0 for 0 decimals and below", () => {
    const result = handResult();
    result.periods[0].decimals = -3;
    const s = renderPlan(result, base).sheets[0];
    expect(rowOf(s, "Senfølger")[1].format).toBe("#,##0");
    expect(String(s.cells[1][0].value)).toContain("Trin 1.000 ·");
  });

  test("a group other than the regions gets its own sheet name", () => {
    const result = handResult();
    result.periods.push({ ...result.periods[0], group: "Kommuner" });
    expect(renderPlan(result, base).sheets.map((s) => [s.name, s.table?.name])).toEqual([
      ["Fordeling 2026", "Fordeling_2026"],
      ["Fordeling 2026 Kommuner", "Fordeling_2026_Kommuner"],
      ["Fordeling fund", undefined],
    ]);
  });
});

describe("sheet names and the log", () => {
  test("a user's sheet is never reused: the name gets (2); an earlier generated sheet is replaced", () => {
    const plan = renderPlan(handResult(), {
      ...base,
      existing: [
        { name: "fordeling 2026", generated: false },
        { name: "Fordeling 2026 (2)", generated: true },
        { name: "Fordeling log", generated: true },
      ],
      tables: [
        { name: "Fordeling_2026_2", sheet: "Fordeling 2026 (2)" },
        { name: "Fordeling_2026", sheet: "fordeling 2026" },
      ],
    });
    expect(plan.sheets[0].name).toBe("Fordeling 2026 (2)");
    expect(plan.sheets[0].replaces).toBe("Fordeling 2026 (2)");
    expect(plan.sheets[0].table!.name).toBe("Fordeling_2026_2");
    expect(plan.log).toMatchObject({ sheet: "Fordeling log", create: false });
  });

  test("the log row; a user's own sheet called Fordeling log is not appended to", () => {
    const f = (severity: "error" | "warning" | "info") => ({ severity, code: "BAD_NUMBER" as const, message: "m", params: {} });
    const findings = [f("error"), f("warning"), f("info"), f("info")];
    const plan = renderPlan(handResult(), { ...base, existing: [{ name: "Fordeling log", generated: false }], findings });
    expect(plan.log.sheet).toBe("Fordeling log (2)");
    expect(plan.log.create).toBe(true);
    expect(plan.log.preamble).toEqual([["Fordeling – log over udfyldninger"]]);
    expect(plan.log.header).toEqual(["Tidspunkt", "Perioder", "Nøgler", "Trin", "Metode", "Fund", "Største afvigelse fra det præcise beløb", "Ark"]);
    expect(plan.log.row).toEqual([
      "2025-11-23 10:00",
      "2026",
      "Bloktilskud 2025",
      0.1,
      "største rest",
      "1 fejl, 1 advarsel, 2 info",
      0.1,
      "Fordeling 2026, Fordeling fund",
    ]);
    // Sized to content: the time (16 characters) and the sheets are not cut.
    expect(plan.log.columnWidths![0]).toBeGreaterThanOrEqual(18);
    expect(plan.log.columnWidths![7]).toBeGreaterThanOrEqual("Fordeling 2026, Fordeling fund".length);
  });

  test("sheet names: at most 31 characters, no []:*?/\\ characters", () => {
    expect(sanitizeSheetName("Fordeling 2025/26 [udkast]?")).toBe("Fordeling 2025-26 -udkast--");
    const chooser = new SheetChooser([{ name: "allocation 2027 og frem municip", generated: false }], "en");
    const long = chooser.period("Allocation 2027 og frem Municipalities", { period: "2027 og frem", group: "Kommuner" });
    expect(long.name.length).toBeLessThanOrEqual(31);
    expect(long.name).toMatch(/ \(2\)$/);
    const names = new SheetChooser([], "da");
    expect(names.period("A", { period: "1" }).name).toBe("A");
    expect(names.period("a", { period: "2" }).name).toBe("a (2)");
  });

  test("table names are valid and unused", () => {
    const taken = new Set(["fordeling_2026"]);
    expect(tableNameFor("Fordeling 2026", taken)).toBe("Fordeling_2026_2");
    expect(tableNameFor("2026", new Set())).toBe("T_2026");
    expect(tableNameFor("Fordeling 2026 (2)", new Set())).toBe("Fordeling_2026_2");
  });
});
