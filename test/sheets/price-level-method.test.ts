import { analyseFill } from "../../src/sheets/analyse";
import { seed002Grid } from "../pass-on/seed002-grid";

describe("a price level is always reconciled, and says so", () => {
  test("--pl-factor with the nearest method: the sheets are reconciled and labelled so; PRICE_LEVEL names the method asked for", () => {
    const a = analyseFill(seed002Grid(), { method: "nearest", lang: "da", decimals: null, priceFactor: "1,028" });
    expect(a.result!.periods.map((p) => p.method)).toEqual(a.result!.periods.map(() => "reconciled"));
    const f = a.findings.find((x) => x.code === "PRICE_LEVEL")!;
    expect(f.message).toContain("Metoden er derfor afstemt, ikke nærmeste.");
    const plain = analyseFill(seed002Grid(), { method: "nearest", lang: "da", decimals: null });
    expect(plain.result!.periods[0].method).toBe("nearest");
  });

  test("with the reconciled method the finding does not mention it", () => {
    const a = analyseFill(seed002Grid(), { method: "reconciled", lang: "en", decimals: null, priceFactor: "1.028" });
    expect(a.findings.find((x) => x.code === "PRICE_LEVEL")!.message).not.toContain("therefore");
  });
});
