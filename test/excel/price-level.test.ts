/** The Excel host reads price levels through the one reader (src/sheets/price-level.ts), and saves the per-period setting. */
import { fillWorkbook } from "../../src/excel/fill";
import { parseSettings } from "../../src/excel/settings";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";
import { inputWorkbook } from "./inputs";

describe("price levels in Excel", () => {
  test("a Prisniveau table with a year column on the fake workbook: the 2026 sheet is restated by its year's factor and says so", async () => {
    // Illustrative: 10 made-up rows for 2026; factors for 2026 and (unused, a warning) 2028.
    const fake = inputWorkbook({ rows: 10, group: "Regioner" });
    fake.state
      .seed("Prisniveau", "A1", [
        ["År", "Fra", "Til", "Faktor"],
        [2026, "2025-pl", "2026-pl", 1.028],
        [2028, "2027-pl", "2028-pl", 1.03],
      ])
      .seedTable("Prisniveau", "Prisniveau", "A1:D3");
    fake.newContext();
    const result = await fillWorkbook(fake.excel(), { ...DEFAULT_SETTINGS, decimals: 1 }, new Date(2026, 0, 15, 10, 30));
    expect(result.written).toBe(true);
    expect(String(result.plan!.sheets[0].cells[0][0].value)).toMatch(/\(2026-pl\)$/);
    expect(result.findings.filter((f) => f.code.startsWith("PRICE_LEVEL")).map((f) => [f.code, f.period ?? null])).toEqual([
      ["PRICE_LEVEL_UNKNOWN_PERIOD", null],
      // The one period filled has the one level: said once, for all.
      ["PRICE_LEVEL", null],
    ]);
  });

  test("saved settings keep a factor per period; what cannot be read is not used", () => {
    expect(parseSettings({ method: "reconciled", lang: "da", priceFactor: "2026=1,028; 2027=1,031" })?.priceFactor).toBe("2026=1,028; 2027=1,031");
    expect(parseSettings({ method: "reconciled", lang: "da", priceFactor: "1,028" })?.priceFactor).toBe("1,028");
    expect(parseSettings({ method: "reconciled", lang: "da", priceFactor: "2026=x" })).toBeNull();
  });
});
