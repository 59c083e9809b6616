import { finding, formatAmount, localize } from "../../src/engine";

describe("finding messages", () => {
  test("amounts are shown in the UI language's notation", () => {
    expect(formatAmount("10150000.5", 0, "da")).toBe("10.150.000,5");
    expect(formatAmount("10150000.5", 0, "en")).toBe("10,150,000.5");
    expect(formatAmount("-0.8", 0, "da")).toBe("-0,8");
    expect(formatAmount("Region Sjælland", 0, "da")).toBe("Region Sjælland");
  });

  test("a Danish CHILDREN_SUM_MISMATCH says 10,1 and 10,0, names stay as written", () => {
    const f = finding("warning", "CHILDREN_SUM_MISMATCH", { initiative: "Uspecifikke symptomer på kræft", children: "10.1", parent: "10.0", period: "2026" });
    const [da] = localize([f], "da");
    expect(da.message).toContain("summer til 10,1, men beløbet er 10,0 (2026)");
    expect(f.message).toContain("add up to 10.1, but its amount is 10.0 (2026)");
    expect(da.params.children).toBe("10.1");
  });
});
