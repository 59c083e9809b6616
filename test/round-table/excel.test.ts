/** "Round selection" on the fake workbook: a new sheet by default; in place only when confirmed and safe. */
import { roundSelection } from "../../src/excel/round-selection";
import { FakeExcel } from "../excel/fake";

const NOW = new Date(2026, 0, 15, 10, 30);

/** think-cell's published example at B2:F7 of Ark1, totals as SUM formulas with their values. */
function workbook(extraFormula = false): FakeExcel {
  const fake = new FakeExcel();
  const figures = [
    [4.3, 15.3, 21.4],
    [10.5, 7.6, 3.7],
    [17.5, 18.3, 19.5],
    [11.5, 17.4, 20.9],
  ];
  const rows: unknown[][] = [["", "A", "B", "C", "I alt"]];
  figures.forEach((f, i) => {
    const r = i + 3;
    rows.push([
      `Række ${i + 1}`,
      ...f.map((v) => ({ value: v, numberFormat: "#,##0.0" })),
      {
        formula: `=SUM(C${r}:E${r})`,
        value: Number(f.reduce((a, b) => a + b, 0).toFixed(1)),
      },
    ]);
  });
  rows.push([
    "I alt",
    ...["C", "D", "E", "F"].map((col, k) => ({
      formula: `=SUM(${col}3:${col}6)`,
      value: [43.8, 58.6, 65.5, 167.9][k],
    })),
  ]);
  if (extraFormula) rows[1][1] = { formula: "=4.3*1", value: 4.3 };
  fake.state.seed("Ark1", "B2", rows as never);
  return fake;
}

describe("Round selection", () => {
  test("by default: a new sheet with the rounded table and the count of figures moved against ROUND; the range untouched", async () => {
    const fake = workbook();
    const before = JSON.stringify(fake.state.findSheet("Ark1"));
    const result = await fake.run((context) =>
      roundSelection(context, { sheet: "Ark1", address: "B2:F7" }, { lang: "da", decimals: 0, inPlace: false, now: NOW }),
    );
    expect(result.sheets).toEqual(["Afrundet Ark1"]);
    expect(result.mayWriteInPlace).toBe(true);
    expect(result.rounding.adjusted).toHaveLength(4);
    expect(JSON.stringify(fake.state.findSheet("Ark1"))).toBe(before);
    const out = fake.state.findSheet("Afrundet Ark1")!;
    expect([0, 1, 2, 3, 4].map((c) => out.cell(9, c)?.value)).toEqual(["I alt", 44, 59, 65, 168]);
    expect(String(out.cell(1, 0)?.value)).toMatch(/4 tal afviger fra AFRUND/);
  });

  test("whole columns selected: only the used cells are read", async () => {
    const fake = workbook();
    const result = await fake.run((context) =>
      roundSelection(context, { sheet: "Ark1", address: "B:F" }, { lang: "en", decimals: 0, inPlace: false, now: NOW }),
    );
    expect(result.range).toBe("Ark1!B2:F7");
    expect(result.sheets).toEqual(["Rounded Ark1"]);
  });

  test("in place (confirmed): figures become the rounded values, the SUM totals stay formulas, the old figures are kept on a sheet", async () => {
    const fake = workbook();
    const result = await fake.run((context) =>
      roundSelection(context, { sheet: "Ark1", address: "B2:F7" }, { lang: "da", decimals: 0, inPlace: true, now: NOW }),
    );
    expect(result.sheets).toEqual(["Før afrunding Ark1"]);
    const ark = fake.state.findSheet("Ark1")!;
    expect([2, 3, 4].map((c) => ark.cell(2, c)?.value)).toEqual([4, 16, 21]);
    expect(ark.cell(2, 2)?.numberFormat).toBe("#,##0");
    expect(ark.cell(2, 5)?.formula).toBe("=SUM(C3:E3)");
    expect(ark.cell(6, 1)?.value).toBe("I alt");
    const kept = fake.state.findSheet("Før afrunding Ark1")!;
    expect([1, 2, 3].map((c) => kept.cell(5, c)?.value)).toEqual([4.3, 15.3, 21.4]);
  });

  test("in place is refused when the selection holds formulas other than its totals: nothing is written", async () => {
    const fake = workbook(true);
    const before = JSON.stringify(fake.state.findSheet("Ark1"));
    const result = await fake.run((context) =>
      roundSelection(context, { sheet: "Ark1", address: "B2:F7" }, { lang: "en", decimals: 0, inPlace: true, now: NOW }),
    );
    expect(result.mayWriteInPlace).toBe(false);
    expect(result.sheets).toEqual([]);
    expect(result.findings.some((f) => f.severity === "error")).toBe(true);
    expect(JSON.stringify(fake.state.findSheet("Ark1"))).toBe(before);
  });
});
