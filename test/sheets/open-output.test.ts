import { METHODS } from "../../src/engine";
import { planFill } from "../../src/sheets/fill";
import { PlanCell, SheetPlan } from "../../src/sheets/plan";
import { renderPlan, TABLE_HEADER_ROW } from "../../src/sheets/render";
import { fillSummary } from "../../src/sheets/summary";
import { toJsonDocument } from "../../src/sheets/json";
import { formulaMismatches } from "./formula-eval";
import { block, KEYS_2025, Raw, table, workbook } from "./grid-helpers";
import { handResult } from "./result-fixture";

/** Illustrative amounts (mio. kr.): one cell that cannot be read, one amount off the step, one to another recipient. */
const initiatives: Raw[][] = [
  ["Initiativ", "Modtager", "2026"],
  ["Senfølger", null, "60,0"],
  ["Kølehætter", null, "ca. 9"],
  ["Skæv", null, "2,05"],
  ["Forening", "BørneUngeLiv", "6,0"],
  ["Kapacitet", null, "180,0"],
];
const grid = () => workbook({ tables: [table("Initiativer", "Budget", initiatives), table("Nøgler", "Nøgler", KEYS_2025)] });
const NOW = new Date(2025, 10, 23, 10, 0);

const rowOf = (sheet: SheetPlan, name: string): PlanCell[] => sheet.cells.find((r, i) => i > TABLE_HEADER_ROW && r[0]?.value === name)!;

describe("nothing left out in silence: the output sheet", () => {
  const outcome = planFill(grid(), { decimals: 1, method: "reconciled", lang: "da" }, NOW);
  const sheet = outcome.plan!.sheets[0];
  const status = sheet.cells[TABLE_HEADER_ROW].findIndex((c) => c?.value === "Status");

  test("a Status column says why each row is not allocated, and whether its money is in the totals", () => {
    // Status is printed; Kontrol and Kanal follow it, outside the print area.
    expect(status).toBe(sheet.cells[TABLE_HEADER_ROW].length - 3);
    expect(sheet.page!.printArea!.cols).toBe(status + 1);
    expect(sheet.table!.cols).toBe(status + 3);
    expect(rowOf(sheet, "Kølehætter")[status].value).toBe("Ikke fordelt: beløbet Budget!C3 („ca. 9“) er ikke et tal – se fund; ikke med i totalerne");
    expect(rowOf(sheet, "Skæv")[status].value).toBe("Ikke fordelt: beløbet går ikke op i trinnet – se fund; ikke med i totalerne");
    expect(rowOf(sheet, "Forening")[status].value).toBe("Går til BørneUngeLiv – vist under Øvrige modtagere");
    expect(rowOf(sheet, "Senfølger")[status]).toEqual({});
    // The row off the step shows its national amount; the one that cannot be read shows none.
    expect(rowOf(sheet, "Skæv")[1]).toMatchObject({ value: 2.05, format: "#,##0.00" });
    expect(rowOf(sheet, "Senfølger")[1]).toMatchObject({ value: 60, format: "#,##0.0" });
    expect(rowOf(sheet, "Kølehætter")[1]).toEqual({});
  });

  test("under the totals a line says what they exclude, as a SUM of the rows left out", () => {
    const total = sheet.cells.findIndex((r, i) => i > TABLE_HEADER_ROW && r[0]?.value === "I alt");
    const line = sheet.cells[total + 1];
    expect(line[0]).toMatchObject({ value: "Ikke fordelt" });
    expect(line[1]).toMatchObject({ formula: "=SUM(B8)", value: 2.05, format: "#,##0.00" });
    expect(line[2].value).toBe("(2 rækker, ikke med i I alt; heraf 1 med et beløb, der ikke kan læses – se Status og fund)");
    expect(sheet.cells[total][1]).toMatchObject({ value: 246 });
    expect(formulaMismatches(sheet.cells)).toEqual([]);
  });

  test.each(METHODS)("every formula still recalculates to its value with rows left out (%s)", (method) => {
    const s = planFill(grid(), { decimals: 1, method, lang: "da" }, NOW).plan!.sheets[0];
    expect(formulaMismatches(s.cells)).toEqual([]);
    expect(s.cells.some((r) => r[0]?.value === "Ikke fordelt")).toBe(true);
  });

  test("the step line says it was chosen in the settings; from the amounts it names the cell", () => {
    expect(String(sheet.cells[1][0].value)).toContain("Trin 0,1 (valgt i indstillingerne (1 decimal))");
    const auto = planFill(grid(), { decimals: null, method: "reconciled", lang: "en" }, NOW);
    expect(auto.step).toMatchObject({ decimals: 2, reason: "amounts", source: { sheet: "Budget", cell: "C4", places: 2 } });
    expect(String(auto.plan!.sheets[0].cells[1][0].value)).toContain("Step 0.01 (from the amounts: Budget!C4 has the most decimals (2))");
  });

  test("a sheet with nothing left out has no Status column and no line under the totals", () => {
    const clean = planFill(
      workbook({ tables: [table("Initiativer", "Budget", [initiatives[0], initiatives[1], initiatives[5]]), table("Nøgler", "Nøgler", KEYS_2025)] }),
      { decimals: 1, method: "reconciled", lang: "da" },
      NOW,
    );
    const s = clean.plan!.sheets[0];
    expect(s.cells[TABLE_HEADER_ROW].some((c) => c?.value === "Status")).toBe(false);
    expect(s.cells[s.cells.length - 1][0].value).toBe("I alt");
  });

  test("the unit written above the input table is in the title; a unit chosen in the settings wins", () => {
    const plan = renderPlan(handResult(), { lang: "da", existing: [], time: "2025-11-23 10:00", sources: [], unitText: "Mio. kr. (2025-pl)" });
    expect(plan.sheets[0].cells[0][0].value).toBe("Fordeling 2026, mio. kr. (2025-pl)");
    const chosen = planFill(grid(), { decimals: 1, method: "reconciled", lang: "da", unit: "1.000 kr." }, NOW);
    expect(chosen.plan!.sheets[0].cells[0][0].value).toBe("Fordeling 2026, 1.000 kr.");
  });

  test("the title and the unit written above the input start every sheet's title; a unit line alone gives no title", () => {
    const rows: Raw[][] = [["Kræftplan V"], ["Mio. kr. (2025-pl)"], ["Initiativ", "2026"], ["Senfølger", "60,0"]];
    const titled = planFill(
      workbook({ sheets: [block("Initiativer", rows)], tables: [table("Nøgler", "Nøgler", KEYS_2025)] }),
      { decimals: 1, method: "reconciled", lang: "da" },
      NOW,
    );
    expect(titled.plan!.sheets[0].cells[0][0].value).toBe("Kræftplan V – fordeling 2026, mio. kr. (2025-pl)");
    const untitled = planFill(
      workbook({ sheets: [block("Initiativer", rows.slice(1))], tables: [table("Nøgler", "Nøgler", KEYS_2025)] }),
      { decimals: 1, method: "reconciled", lang: "en" },
      NOW,
    );
    expect(untitled.plan!.sheets[0].cells[0][0].value).toBe("Allocation 2026, mio. kr. (2025-pl)");
  });

  test("rows with no amount in the period are left out, and the header line says how many", () => {
    const result = handResult();
    const p = result.periods[0];
    p.rows.push({
      ...p.rows[0],
      row: 99,
      name: "Uden beløb",
      parent: null,
      depth: 0,
      national: null,
      values: p.units.map(() => null),
      other: null,
      sumOfChildren: false,
      status: "allocated",
    });
    const s = renderPlan(result, { lang: "da", existing: [], time: "t", sources: [] }).sheets[0];
    expect(s.cells.some((r) => r[0]?.value === "Uden beløb")).toBe(false);
    expect(String(s.cells[1][0].value)).toMatch(/· 1 række uden beløb i 2026 er udeladt$/);
    expect(formulaMismatches(s.cells)).toEqual([]);
  });
});

describe("nothing left out in silence: summary and JSON", () => {
  const outcome = planFill(grid(), { decimals: 1, method: "reconciled", lang: "da" }, NOW);

  test("the summary states the step and why, and lists the rows left out under their period", () => {
    const text = fillSummary(outcome.result, outcome.findings, "da", { ...outcome, unitText: "Mio. kr." });
    expect(text.split("\n").slice(0, 2)).toEqual(["Trin 0,1: valgt i indstillingerne (1 decimal)", "Beløb i mio. kr."]);
    expect(text).toContain(
      "  IKKE FORDELT, ikke med i totalerne (2 rækker): 2,05 og 1 beløb, der ikke kan læses\n    Kølehætter: beløbet kan ikke læses – BAD_NUMBER [Budget!C3]\n    Skæv: 2,05 – NOT_ON_STEP [Budget!C4]",
    );
  });

  test("the JSON has the step and, per period, the rows left out with their amounts, codes and messages", () => {
    const doc = toJsonDocument(outcome.model, outcome.result, outcome.findings, outcome);
    const p = doc.periods[0];
    expect(p.step).toEqual({ decimals: 1, step: "0.1", reason: "setting", sheet: null, cell: null, text: null });
    expect(p.excluded).toEqual([
      {
        initiative: "Kølehætter",
        parent: null,
        national: null,
        code: "BAD_NUMBER",
        message: expect.stringContaining("„ca. 9“ er ikke et tal"),
        sheet: "Budget",
        cell: "C3",
      },
      {
        initiative: "Skæv",
        parent: null,
        national: "2.05",
        code: "NOT_ON_STEP",
        message: expect.stringContaining("går ikke op i trinnet"),
        sheet: "Budget",
        cell: "C4",
      },
    ]);
    expect(p.excludedTotal).toBe("2.05");
    expect(p.totals["Øvrige modtagere"]).toBe("6.0");
  });
});
