/** Revision in Excel (issue 15): a re-fill compares with Fordel's own sheets of the same periods, unless switched off. */
import { fillWorkbook } from "../../src/excel/fill";
import { DEFAULT_SETTINGS, FillSettings } from "../../src/sheets/fill-types";
import { FakeExcel } from "./fake";
import { inputWorkbook } from "./inputs";

const NOW = new Date(2026, 0, 15, 10, 30);
const SETTINGS: FillSettings = { ...DEFAULT_SETTINGS, decimals: 1 };

async function fill(fake: FakeExcel, settings = SETTINGS) {
  fake.newContext();
  return fillWorkbook(fake.excel(), settings, NOW);
}

/** Row `Initiativ <n>`'s figures on Fordel's sheet (by the header words, not by position). */
function figures(fake: FakeExcel, initiative: string): number[] {
  const sheet = fake.state.findSheet("Fordeling 2026")!;
  let header = 0;
  while (sheet.cell(header, 0)?.value !== "Initiativ") header++;
  let r = header + 1;
  while (sheet.cell(r, 0)?.value !== initiative) r++;
  return [1, 2, 3, 4, 5, 6].map((c) => Number(sheet.cell(r, c)?.value));
}

describe("revision in Excel", () => {
  test("an amount that rises: its figures do not fall, the change sheet lists them; the setting switches it off", async () => {
    // Illustrative amounts (tests/excel/inputs.ts); Initiativ 3's amount is raised by 0,1.
    const fake = inputWorkbook({ rows: 10, group: "Regioner" });
    await fill(fake);
    const before = figures(fake, "Initiativ 3");
    const cell = fake.state.findSheet("Initiativer")!.cell(3, 2)!;
    fake.state.seed("Initiativer", "C4", [[{ value: Number(cell.value) + 0.1, numberFormat: "#,##0.0" }]]);
    const result = await fill(fake);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const after = figures(fake, "Initiativ 3");
    after.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(before[i] - 1e-9));
    expect(after[0]).toBeCloseTo(before[0] + 0.1, 9);
    const changes = result.result!.periods[0].revision!;
    // The national figure, one unit, the subtotal's and the total's: every change listed, nothing else.
    expect(changes.changes.filter((c) => c.initiative === "Initiativ 3").map((c) => c.reason)).toEqual(["amount", "amount"]);
    expect(changes.changes.every((c) => c.reason === "amount")).toBe(true);
    expect(result.plan!.sheets.map((s) => s.name)).toContain("Ændringer 2026");
    // Switched off: no comparison, no change sheet written anew.
    const off = await fill(fake, { ...SETTINGS, revision: false });
    expect(off.result!.periods[0].revision).toBeUndefined();
    expect(off.plan!.sheets.map((s) => s.name)).toEqual(["Fordeling 2026", "Fordeling fund"]);
  });
});
