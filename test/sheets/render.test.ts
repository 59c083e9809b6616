import { GENERATED_MARK, GENERATED_MARK_VERSION, isGeneratedSheet } from "../../src/sheets/marker";
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

  test("name, mark row and header block", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Fordeling 2026"]);
    expect(sheet.cells[0].slice(0, 2).map((c) => c.value)).toEqual([GENERATED_MARK, GENERATED_MARK_VERSION]);
    expect(isGeneratedSheet([sheet.cells[0].map((c) => ({ value: c.value ?? null, text: String(c.value ?? ""), indent: 0 }))])).toBe(true);
    const label = (l: string) => sheet.cells.find((r) => r[0]?.value === l)!;
    expect(label("Nøgle")[1].value).toBe("Bloktilskud 2025");
    expect(label("Enhed").slice(2).map((c) => c.value)).toEqual(["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"]);
    expect(label("Andel").slice(2).map((c) => c.value)).toEqual([0.3116, 0.1547, 0.2127, 0.2177, 0.1033]);
    expect(label("Trin")[1]).toEqual({ value: 0.1, format: "#,##0.0" });
    expect(label("Metode")[1].value).toMatch(/^Største rest – hver række for sig/);
    expect(label("Tidspunkt")[1].value).toBe("2025-11-23 10:00");
    expect(label("Kilder")[1].value).toBe("Initiativer, Nøgler");
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
    expect(palliation[1].formula).toBe("=SUM(B14:B15)");
    expect(palliation[2].formula).toBe("=SUM(C14:C15)");
    expect(palliation[2].value).toBeCloseTo(10.6, 10);
    expect(rowOf(sheet, "Senfølger")[2].formula).toBeUndefined();
  });

  test("text from the input is text, never a formula", () => {
    const row = rowOf(sheet, '=HYPERLINK("x","y")');
    expect(row[0]).toEqual({ value: '=HYPERLINK("x","y")', indent: 0 });
    expect(row[0].formula).toBeUndefined();
    expect(row[column(sheet, "Øvrige modtagere")].value).toBe(4);
  });

  test("subtotals per channel and I alt are formulas, Kontrol on every row, and every formula gives its cached value", () => {
    const blok = rowOf(sheet, "Blok i alt");
    const saer = rowOf(sheet, "Særtilskud i alt");
    const total = rowOf(sheet, "I alt");
    expect(blok[1].formula).toBe('=SUMIFS(B13:B18,$J$13:$J$18,"=Blok")');
    expect(saer[2].formula).toBe('=SUMIFS(C13:C18,$J$13:$J$18,"=Særtilskud")');
    expect(total[1].formula).toBe("=SUM(B19:B20)");
    expect(total[1].value).toBe(99);
    const control = column(sheet, "Kontrol");
    expect(blok[control].formula).toBe("=B19-SUM(C19:H19)");
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
    expect(palliation[3].formula).toBe("=SUM(D14:D15)");
  });

  test("channels that differ only in case: SUMIFS would count both (it ignores case), so each subtotal is a SUM of its members", () => {
    const result = handResult();
    const p = result.periods[0];
    p.rows[3].channel = "blok";
    const blok = { ...p.subtotals[0], members: [0] };
    const lower = { ...p.subtotals[0], label: "blok", channel: "blok", members: [3] };
    for (const [s, m] of [[blok, 0], [lower, 3]] as const) {
      s.national = p.rows[m].national!;
      s.values = p.rows[m].values.map((v) => v!);
    }
    p.subtotals = [blok, lower, p.subtotals[1]];
    const s = renderPlan(result, base).sheets[0];
    expect(rowOf(s, "Blok i alt")[1].formula).toBe("=SUM(B13)");
    expect(rowOf(s, "blok i alt")[1].formula).toBe("=SUM(B16)");
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
    expect(s.cells.find((r) => r[0]?.value === "Trin")![1].value).toBe(1000);
  });

  test("a group other than the regions gets its own sheet name", () => {
    const result = handResult();
    result.periods.push({ ...result.periods[0], group: "Kommuner" });
    expect(renderPlan(result, base).sheets.map((s) => [s.name, s.table?.name])).toEqual([
      ["Fordeling 2026", "Fordeling_2026"],
      ["Fordeling 2026 Kommuner", "Fordeling_2026_Kommuner"],
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
      tables: [{ name: "Fordeling_2026_2", sheet: "Fordeling 2026 (2)" }, { name: "Fordeling_2026", sheet: "fordeling 2026" }],
    });
    expect(plan.sheets[0].name).toBe("Fordeling 2026 (2)");
    expect(plan.sheets[0].replaces).toBe("Fordeling 2026 (2)");
    expect(plan.sheets[0].table!.name).toBe("Fordeling_2026_2");
    expect(plan.log).toMatchObject({ sheet: "Fordeling log", create: false });
  });

  test("the log row; a user's own sheet called Fordeling log is not appended to", () => {
    const plan = renderPlan(handResult(), { ...base, existing: [{ name: "Fordeling log", generated: false }], findingsCount: 3 });
    expect(plan.log.sheet).toBe("Fordeling log (2)");
    expect(plan.log.create).toBe(true);
    expect(plan.log.preamble![0].slice(0, 2)).toEqual([GENERATED_MARK, GENERATED_MARK_VERSION]);
    expect(plan.log.header).toEqual(["Tidspunkt", "Perioder", "Nøgler", "Trin", "Metode", "Fund", "Største afvigelse fra det præcise beløb", "Ark"]);
    expect(plan.log.row).toEqual(["2025-11-23 10:00", "2026", "Bloktilskud 2025", 0.1, "største rest", 3, 0.1, "Fordeling 2026"]);
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
