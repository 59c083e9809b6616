import { METHODS } from "../../src/engine";
import { planFill } from "../../src/sheets/fill";
import { exactCriterion, rowRefs, sumOf } from "../../src/sheets/formulas";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { unitsOf } from "../../src/sheets/units";
import { evaluateSheet, formulaMismatches } from "./formula-eval";
import { KEYS_2025, Raw, table, workbook } from "./grid-helpers";

const municipalKey: Raw[][] = unitsOf("Kommuner").map((u, i) => ["Kommuner 2026", 2026, u.code, 1000 + ((i * 7919) % 5000)]);

const initiatives: Raw[][] = [
  ["Initiativ", "Overordnet", "Kanal", "Modtager", "2025", "2026", "I alt"],
  ["Senfølger", null, null, null, "60,0", "60,0", "120,0"],
  ["Palliation", null, null, null, null, "42,0", null],
  ["Basal", "Palliation", null, null, "14,2", "14,0", null],
  ["Specialiseret", "Palliation", null, null, "20,0", "20,0", null],
  ["Døgndækket", "Palliation", null, null, "8,0", "8,0", null],
  ["Telepalliation", null, "Særtilskud", "Region Midtjylland", "1,0", "1,0", null],
  ["Digital", null, "Særtilskud", "Region Midtjylland=2; Region Nordjylland=1", "1,0", null, null],
  ["Rygestop", null, null, "Kommuner", "10,0", "10,0", null],
  ["Børn", null, null, "Kommuner", "16,0", "16,3", null],
  ["Forening", null, "Direkte", "Foreningen BørneUngeLiv", "6,0", null, null],
  ["Kapacitet", null, null, null, "111,0", "180,0", null],
  ["Korrektion", null, null, null, "-0,8", null, null],
];

function grid() {
  return workbook({
    tables: [table("Initiativer", "Budget", initiatives), table("Nøgler", "Nøgler", [...KEYS_2025, ...municipalKey])],
    existing: [
      { name: "Budget", generated: false },
      { name: "Nøgler", generated: false },
    ],
  });
}

describe("grid → model → engine → plan", () => {
  test.each(METHODS)("every formula recalculates to its cached value (%s)", (method) => {
    const outcome = planFill(grid(), { decimals: null, method, lang: "da" }, new Date(2025, 10, 23, 10, 0));
    expect(outcome.unusable).toBe(false);
    const plan = outcome.plan!;
    expect(plan.sheets.map((s) => s.name)).toEqual(["Fordeling 2025", "Fordeling 2026", "Fordeling 2026 Kommuner", "Fordeling fund"]);
    const kommuner = plan.sheets[2];
    expect(kommuner.cells[TABLE_HEADER_ROW].length).toBe(2 + 98 + 2);
    let formulas = 0;
    for (const sheet of plan.sheets.filter((s) => s.period)) {
      const get = evaluateSheet(sheet.cells);
      const control = sheet.cells[TABLE_HEADER_ROW].findIndex((c) => c?.value === "Kontrol");
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell?.formula) return;
          formulas++;
          expect(Math.abs((get(r, c) as number) - (cell.value as number))).toBeLessThan(1e-9);
          if (c === control && method !== "nearest") expect(cell.value).toBe(0);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(100);
  });

  test("channels written in other case or with spaces are one channel, and its SUMIFS subtotal recalculates to its value", () => {
    const rows: Raw[][] = [
      ["Initiativ", "Kanal", "2026"],
      ["Senfølger", "Andet", "60,0"],
      ["Palliation", " andet ", "42,0"],
      ["Kapacitet", "ANDET", "180,0"],
      ["Rygestop", "blok", "10,0"],
    ];
    const outcome = planFill(
      workbook({ tables: [table("Initiativer", "Budget", rows), table("Nøgler", "Nøgler", KEYS_2025)] }),
      { decimals: null, method: "reconciled", lang: "da" },
      new Date(2025, 10, 23, 10, 0),
    );
    expect(outcome.model!.rows.map((r) => r.channel)).toEqual(["Andet", "Andet", "Andet", "Blok"]);
    const sheet = outcome.plan!.sheets[0];
    const labels = sheet.cells.slice(TABLE_HEADER_ROW + 5).map((r) => r[0]?.value);
    expect(labels).toEqual(["Andet i alt", "Blok i alt", "I alt"]);
    expect(sheet.cells[TABLE_HEADER_ROW + 5][1]).toMatchObject({ formula: '=SUMIFS(B6:B9,$I$6:$I$9,"=Andet")', value: 282 });
    expect(formulaMismatches(sheet.cells)).toEqual([]);
  });

  test("sources and findings reach the plan and the log", () => {
    const outcome = planFill(grid(), { decimals: null, method: "reconciled", lang: "da" }, new Date(2025, 10, 23, 10, 0));
    const sheet = outcome.plan!.sheets[0];
    expect(String(sheet.cells[1][0].value)).toContain("Kilder: Initiativer (tabel, Budget!A1:G13), Nøgler (tabel, Nøgler!A1:D104)");
    const count = (s: string) => outcome.findings.filter((f) => f.severity === s).length;
    expect(outcome.plan!.log.row[5]).toBe(
      `${count("error")} fejl, ${count("warning")} ${count("warning") === 1 ? "advarsel" : "advarsler"}, ${count("info")} info`,
    );
    // The findings sheet lists every one of them.
    const fund = outcome.plan!.sheets.find((s) => s.name === "Fordeling fund")!;
    expect(fund.cells.length - 3).toBe(outcome.findings.length);
    // The municipal key covers 2026 only (illustrative raw weights, said so); Senfølger's periods
    // add up to its I alt. Korrektion's -0,8 is 8 steps of 0,1 over five regions: the step is coarse for it.
    expect(outcome.findings.map((f) => [f.code, f.period])).toEqual([
      ["KEY_READING", "2026"],
      ["NEGATIVE_AMOUNT", "2025"],
      ["NO_MUNICIPAL_KEY", "2025"],
      ["OTHER_RECIPIENT", "2025"],
      ["COARSE_STEP", "2025"],
    ]);
  });
});

describe("formulas", () => {
  test("references: consecutive rows become ranges", () => {
    expect(rowRefs(2, [12, 13, 14, 20, 22, 23])).toEqual(["C13:C15", "C21", "C23:C24"]);
    expect(sumOf(["C13:C15", "C21"])).toBe("SUM(C13:C15,C21)");
    expect(sumOf([])).toBe("0");
  });

  test("more than 255 arguments are nested", () => {
    const refs = Array.from({ length: 600 }, (_, i) => `C${2 * i + 1}`);
    const f = sumOf(refs);
    expect(f.startsWith("SUM(SUM(C1,")).toBe(true);
    const top = f.slice(4, -1).split(/,(?=SUM\()/);
    expect(top).toHaveLength(3);
  });

  test("criteria match the channel exactly", () => {
    expect(exactCriterion("Blok")).toBe('"=Blok"');
    expect(exactCriterion('Pulje "A"*')).toBe('"=Pulje ""A""~*"');
  });
});
