import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "../../src/cli/args";
import { EXAMPLE, readValues, runCli, tempDir } from "./helpers";

// The example workbook (periods 2025 and 2026); the factors are illustrative.

type Doc = {
  periods: { period: string; priceLevel?: { factor: string }; rows: { initiative: string; national: string }[] }[];
  findings: { code: string; severity: string; message: string }[];
};

describe("--pl-factor per period", () => {
  test("parsing: repeated per-period options are joined; a period twice, or two factors for all, is refused", () => {
    expect(parseArgs(["fill", "a.xlsx", "--pl-factor", "2026=1,028", "--pl-factor", "2027=1,031"]).plFactor).toBe("2026=1,028; 2027=1,031");
    expect(() => parseArgs(["fill", "a.xlsx", "--pl-factor", "2026=1,028", "--pl-factor", "2026=1,03"])).toThrow(/højst én pr. periode/);
    expect(() => parseArgs(["fill", "a.xlsx", "--pl-factor", "1,028", "--pl-factor", "1,03"])).toThrow(/--pl-factor/);
    expect(() => parseArgs(["fill", "a.xlsx", "--pl-factor", "2026=nul"])).toThrow(/--pl-factor/);
  });

  test("fill --pl-factor 2025=1,028 --pl-factor 2026=1,031: each period restated by its own factor; the log records both", async () => {
    const dir = tempDir();
    const out = path.join(dir, "out.xlsx");
    const run = await runCli(["fill", EXAMPLE, "-o", out, "--pl-factor", "2025=1,028", "--pl-factor", "2026=1,031", "--json", "--lang", "en"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.out) as Doc;
    expect(doc.periods.map((p) => [p.period, p.priceLevel?.factor])).toEqual([
      ["2025", "1.028"],
      ["2026", "1.031"],
    ]);
    const sheets = await readValues(out);
    const log = sheets.get("Allocation log")!;
    expect(log.flat().some((v) => typeof v === "string" && v.includes("2025: pl × 1.028; 2026: pl × 1.031"))).toBe(true);
    expect(String(sheets.get("Allocation 2026")![0][0])).toContain("(pl × 1.031)");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("check --pl-factor 2026=1,028 alone: 2025 has no factor, an error names it and only 2026 is checked (exit code 1)", async () => {
    const run = await runCli(["check", EXAMPLE, "--pl-factor", "2026=1,028", "--json"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.out) as Doc;
    expect(doc.periods.map((p) => p.period)).toEqual(["2026"]);
    const missing = doc.findings.filter((f) => f.code === "PRICE_LEVEL_MISSING");
    expect(missing.map((f) => f.severity)).toEqual(["error"]);
    expect(missing[0].message).toContain("ingen prisniveau-faktor for 2025");
    // With --period 2026 nothing is missing.
    const only = await runCli(["check", EXAMPLE, "--pl-factor", "2026=1,028", "--period", "2026", "--json"]);
    expect(only.code).toBe(0);
  });
});
