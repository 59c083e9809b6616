import path from "path";
import { runCli } from "../cli/helpers";
import { analyseFill } from "../../src/sheets/analyse";
import { seed002Grid } from "../pass-on/seed002-grid";

const EXAMPLE = path.join(__dirname, "../../examples/kraeftplan-v.xlsx");

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

describe("restated amounts to other recipients are rounded with the rest, never left off the step", () => {
  test("the example restated by 1,028: the 2025 rows under Øvrige modtagere are their exact values rounded down or up", async () => {
    const run = await runCli(["check", EXAMPLE, "--pl-factor", "1,028", "--json"]);
    expect(run.code).toBe(0);
    type Row = { initiative: string; national: string; shares: Record<string, string | null> };
    const doc = JSON.parse(run.out) as {
      periods: { period: string; rows: Row[] }[];
      findings: { code: string }[];
    };
    const rows = doc.periods.find((p) => p.period === "2025")!.rows;
    // 6,0 to Foreningen BørneUngeLiv restated: 6,168, shown 6,2 (on the 0,1 step, nearest).
    const other = rows.find((r) => r.initiative === "Målrettet, datadrevet kommunal forebyggelse")!;
    expect(other.national).toBe("6.2");
    expect(other.shares["Øvrige modtagere"]).toBe("6.2");
    expect(doc.findings.map((f) => f.code)).not.toContain("PRICE_LEVEL_OTHER_NOT_ROUNDED");
  });
});
