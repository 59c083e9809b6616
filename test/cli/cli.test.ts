import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { defaultOutput, parseArgs } from "../../src/cli/args";
import { JsonDocument } from "../../src/sheets/json";
import * as render from "../../src/sheets/render";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { EXAMPLE, libreOfficeValues, readValues, runCli, tempDir } from "./helpers";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function copyExample(name = "plan.xlsx"): string {
  const file = path.join(dir, name);
  fs.copyFileSync(EXAMPLE, file);
  return file;
}

async function withSheet(file: string, name: string, cells: [string, string | number][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet(name);
  for (const [address, value] of cells) ws.getCell(address).value = value;
  await wb.xlsx.writeFile(file);
}

describe("arguments", () => {
  test("fill with every option, check, help", () => {
    expect(
      parseArgs([
        "fill",
        "a.xlsx",
        "-o",
        "b.xlsx",
        "--decimals",
        "-3",
        "--method",
        "nearest",
        "--period",
        "2025,2026",
        "--lang",
        "en",
        "--json",
        "--initiatives",
        "'Ark1'!B3:H40",
        "--keys=Tabel2",
        "--pass-on",
        "Region Hovedstaden=Hospitaler",
        "--unit",
        "Mio. kr. (2025-pl)",
        "--layout=transposed",
      ]),
    ).toEqual({
      command: "fill",
      input: "a.xlsx",
      output: "b.xlsx",
      decimals: -3,
      method: "nearest",
      periods: ["2025", "2026"],
      lang: "en",
      json: true,
      initiatives: "'Ark1'!B3:H40",
      keys: "Tabel2",
      force: false,
      debug: false,
      passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }],
      range: null,
      previous: null,
      plFactor: null,
      unit: "Mio. kr. (2025-pl)",
      layout: "transposed",
    });
    expect(parseArgs(["fill", "a.xlsx", "--previous", "old.xlsx", "--pl-factor", "1,028"])).toMatchObject({ previous: "old.xlsx", plFactor: "1,028" });
    expect(parseArgs(["fill", "a.xlsx", "--pl-factor=1.028"]).plFactor).toBe("1.028");
    expect(parseArgs(["check", "a.xlsx", "--json"])).toMatchObject({
      command: "check",
      json: true,
      output: null,
      method: "reconciled",
      lang: "da",
      unit: null,
      layout: "columns",
    });
    expect(parseArgs([]).command).toBe("help");
    expect(parseArgs(["fill", "a.xlsx", "--decimals=0"]).decimals).toBe(0);
  });

  test.each([
    [["fill"], /Angiv en .xlsx-fil/],
    [["fill", "a.xlsx", "--method", "round"], /--method/],
    [["fill", "a.xlsx", "--layout", "sideways"], /--layout: columns \| transposed/],
    [["fill", "a.xlsx", "--unit", " "], /--unit/],
    [["check", "a.xlsx", "--unit", "kr."], /--unit: kun til fill/],
    [["fill", "a.xlsx", "--decimals", "1.5"], /--decimals/],
    [["fill", "a.xlsx", "--lang", "de"], /--lang/],
    [["check", "a.xlsx", "-o", "b.xlsx"], /kun til fill/],
    [["fill", "a.xlsx", "--bogus"], /Ukendt tilvalg/],
    [["split", "a.xlsx"], /Ukendt kommando/],
    [["fill", "a.xlsx", "--pl-factor", "en"], /--pl-factor/],
    [["check", "a.xlsx", "--previous", "b.xlsx"], /kun til fill/],
  ])("bad usage %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  test("default output beside the input", () => {
    expect(defaultOutput("/x/plan.xlsx")).toBe("/x/plan-fordelt.xlsx");
    expect(defaultOutput("plan.XLSX")).toBe("plan-fordelt.xlsx");
    expect(defaultOutput("makro.xlsm")).toBe("makro-fordelt.xlsm");
  });
});

describe("exit codes", () => {
  test("2 for bad usage, a missing file, a file that is not .xlsx, and a workbook without tables", async () => {
    expect((await runCli(["fill", "--nope"])).code).toBe(2);
    const missing = await runCli(["fill", path.join(dir, "none.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/findes ikke/);
    const text = path.join(dir, "text.xlsx");
    fs.writeFileSync(text, "not a workbook");
    expect((await runCli(["check", text])).code).toBe(2);
    const empty = path.join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1").getCell("A1").value = "hej";
    await wb.xlsx.writeFile(empty);
    const run = await runCli(["fill", empty, "--json"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out).findings.map((f: { code: string }) => f.code)).toEqual(["MISSING_TABLE"]);
    expect(fs.existsSync(defaultOutput(empty))).toBe(false);
  });

  test("2, nothing written, when rows go to the regions by key and there is no keys table; særtilskud alone needs none", async () => {
    const write = async (name: string, rows: (string | null)[][]) => {
      const file = path.join(dir, name);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Initiativer");
      rows.forEach((r) => ws.addRow(r));
      await wb.xlsx.writeFile(file);
      return file;
    };
    const header = ["Initiativ", "Kanal", "Modtager", "2026"];
    const telepalliation = ["Telepalliation", "Særtilskud", "Region Midtjylland", "1,0"];
    const byKey = await write("by-key.xlsx", [header, ["Senfølger", null, null, "60,0"], telepalliation]);
    const fill = await runCli(["fill", byKey, "--json"]);
    expect(fill.code).toBe(2);
    const doc: JsonDocument = JSON.parse(fill.out);
    expect(doc.periods).toEqual([]);
    expect(doc.findings.map((f) => [f.severity, f.code])).toEqual([["error", "MISSING_TABLE"]]);
    expect(doc.findings[0].message).toContain("Nøgler");
    expect(fs.existsSync(defaultOutput(byKey))).toBe(false);
    expect((await runCli(["check", byKey])).code).toBe(2);

    const named = await write("named.xlsx", [header, telepalliation]);
    expect((await runCli(["fill", named])).code).toBe(0);
    expect(fs.existsSync(defaultOutput(named))).toBe(true);
  });

  test("check computes without rendering a write plan; fill renders one", async () => {
    const rendered = jest.spyOn(render, "renderPlan");
    try {
      const file = copyExample();
      expect((await runCli(["check", file, "--json"])).code).toBe(0);
      expect(rendered).not.toHaveBeenCalled();
      expect((await runCli(["fill", file])).code).toBe(0);
      expect(rendered).toHaveBeenCalledTimes(1);
    } finally {
      rendered.mockRestore();
    }
  });

  test("2 for a period the table does not have; 0 for check of the example", async () => {
    const file = copyExample();
    const run = await runCli(["fill", file, "--period", "2030"]);
    expect(run.code).toBe(2);
    // The one settings check (src/sheets/settings-check.ts): an error finding, the same as the pane and the ribbon give.
    expect(run.out).toMatch(/Perioden 2030 findes ikke i tabellen, som har 2025, 2026\./);
    const json = await runCli(["fill", file, "--period", "2030", "--json"]);
    expect(json.code).toBe(2);
    const findings = JSON.parse(json.out).findings as { code: string; severity: string; period: string }[];
    expect(findings).toContainEqual(expect.objectContaining({ code: "PERIOD_NOT_IN_TABLE", severity: "error", period: "2030" }));
    expect((await runCli(["check", file])).code).toBe(0);
  });
});

describe("fill", () => {
  test("writes <in>-fordelt.xlsx beside the input and leaves the input's bytes unchanged", async () => {
    const file = copyExample();
    const before = fs.readFileSync(file);
    const run = await runCli(["fill", file]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Fordeling 2025 – Regioner/);
    expect(run.out).toContain(`Skrevet: ${path.join(dir, "plan-fordelt.xlsx")}`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const sheets = await readValues(path.join(dir, "plan-fordelt.xlsx"));
    expect([...sheets.keys()]).toEqual(["Initiativer", "Nøgler", "Kilde", "Fordeling 2025", "Fordeling 2026", "Fordeling fund", "Fordeling log"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["plan-fordelt.xlsx", "plan.xlsx"]);
  });

  test("--json is one document with exactly the fields of SPEC §5", async () => {
    const run = await runCli(["fill", copyExample(), "--json", "--period", "2026"]);
    const doc: JsonDocument = JSON.parse(run.out);
    expect(Object.keys(doc)).toEqual(["unit", "periods", "findings"]);
    expect(doc.periods).toHaveLength(1);
    const p = doc.periods[0];
    expect(Object.keys(p)).toEqual(["period", "group", "decimals", "method", "key", "rows", "totals", "step", "excluded", "excludedTotal", "adjusted"]);
    expect(Object.keys(p.step!)).toEqual(["decimals", "step", "reason", "sheet", "cell", "text"]);
    expect(p.step).toMatchObject({ decimals: 1, step: "0.1", reason: "amounts" });
    expect(p.excluded).toEqual([]);
    expect(p.excludedTotal).toBe("0.0");
    expect(Object.keys(p.rows[0])).toEqual(["initiative", "parent", "channel", "national", "shares"]);
    expect(Object.keys(doc.findings[0])).toEqual(["severity", "code", "message", "sheet", "cell", "initiative", "period"]);
    expect(p.rows[0]).toMatchObject({ initiative: "Senfølgeklinikker", parent: null, channel: "Blok", national: "60.0" });
    expect(typeof p.totals["Region Hovedstaden"]).toBe("string");
    expect(p.rows.find((r) => r.initiative === "Basal palliation (regioner)")!.parent).toBe("Palliation");
  });

  test("--lang en, --decimals and --method reach the output", async () => {
    const out = path.join(dir, "out.xlsx");
    const run = await runCli(["fill", copyExample(), "-o", out, "--lang", "en", "--decimals", "0", "--method", "largest-remainder", "--json"]);
    const doc: JsonDocument = JSON.parse(run.out);
    expect(doc.periods.map((p) => [p.decimals, p.method])).toEqual([
      [0, "largest-remainder"],
      [0, "largest-remainder"],
    ]);
    // 14,2 is not a whole number: NOT_ON_STEP is an error, exit 1, the rest still written.
    expect(run.code).toBe(1);
    expect(doc.findings.some((f) => f.code === "NOT_ON_STEP" && f.severity === "error" && /not a multiple/.test(f.message))).toBe(true);
    const sheets = await readValues(out);
    expect(sheets.has("Allocation 2025")).toBe(true);
    expect(sheets.get("Allocation 2025")![TABLE_HEADER_ROW][0]).toBe("Initiative");
    expect(sheets.get("Allocation 2025")![0][0]).toBe("Kræftplan V – allocation 2025, mio. kr. (2025-pl)");
    expect(sheets.has("Allocation log")).toBe(true);
  });

  test("a user's own sheet `Fordeling 2026` is untouched and ours is renamed; a re-fill replaces only our sheets and appends to the log", async () => {
    const file = copyExample();
    await withSheet(file, "Fordeling 2026", [
      ["A1", "Mine egne tal"],
      ["B2", 42],
    ]);
    const first = path.join(dir, "first.xlsx");
    expect((await runCli(["fill", file, "-o", first])).code).toBe(0);
    let sheets = await readValues(first);
    expect(sheets.get("Fordeling 2026")).toEqual([["Mine egne tal"], [null, 42]]);
    // No visible mark: the title is in A1; the record says whose the sheet is.
    expect(sheets.get("Fordeling 2026 (2)")![0]).toEqual(["Kræftplan V – fordeling 2026, mio. kr. (2025-pl)"]);

    const second = path.join(dir, "second.xlsx");
    expect((await runCli(["fill", first, "-o", second], new Date(2025, 10, 24, 9, 30))).code).toBe(0);
    sheets = await readValues(second);
    expect([...sheets.keys()].filter((n) => n.startsWith("Fordeling"))).toEqual([
      "Fordeling 2026",
      "Fordeling 2025",
      "Fordeling 2026 (2)",
      "Fordeling fund",
      "Fordeling log",
    ]);
    expect(sheets.get("Fordeling 2026")).toEqual([["Mine egne tal"], [null, 42]]);
    expect(sheets.get("Fordeling log")!.map((r) => r[0])).toEqual(["Fordeling – log over udfyldninger", "Tidspunkt", "2025-11-23 10:00", "2025-11-24 09:30"]);
  });

  test("a blank spacer row in a budget sheet: the rows below it are filled too; the source note is not", async () => {
    const file = path.join(dir, "spacer.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Initiativer");
    [["Initiativ", "2026"], ["Senfølger", 60], [], ["Palliation", 42], ["Kapacitet", 180], [], ["Kilde: Aftale om Kræftplan V"]].forEach((r) => ws.addRow(r));
    const keys = wb.addWorksheet("Nøgler");
    const KEYS = [
      ["Nøgle", "Enhed", "Andel"],
      ...[
        ["Region Hovedstaden", 0.3116],
        ["Region Sjælland", 0.1547],
        ["Region Syddanmark", 0.2127],
        ["Region Midtjylland", 0.2177],
        ["Region Nordjylland", 0.1033],
      ].map((r) => ["Blok", ...r]),
    ];
    KEYS.forEach((r) => keys.addRow(r));
    await wb.xlsx.writeFile(file);
    const run = await runCli(["fill", file, "--json"]);
    expect(run.code).toBe(0);
    const doc: JsonDocument = JSON.parse(run.out);
    expect(doc.periods[0].rows.map((r) => [r.initiative, r.national])).toEqual([
      ["Senfølger", "60"],
      ["Palliation", "42"],
      ["Kapacitet", "180"],
    ]);
    expect(doc.periods[0].totals["Region Hovedstaden"]).toBe("88");
  });

  test("a user's own `Fordeling log` is never appended to", async () => {
    const file = copyExample();
    await withSheet(file, "Fordeling log", [["A1", "Min log"]]);
    const out = path.join(dir, "out.xlsx");
    expect((await runCli(["fill", file, "-o", out])).code).toBe(0);
    const sheets = await readValues(out);
    expect(sheets.get("Fordeling log")).toEqual([["Min log"]]);
    expect(sheets.get("Fordeling log (2)")![2][1]).toBe("2025, 2026");
  });

  test("never writes over the input, nor over an output file with sheets of the user's own", async () => {
    const file = copyExample();
    expect((await runCli(["fill", file, "-o", file])).code).toBe(2);
    const out = path.join(dir, "plan-fordelt.xlsx");
    fs.copyFileSync(EXAMPLE, out);
    await withSheet(out, "Noter", [["A1", "vigtigt"]]);
    const before = fs.readFileSync(out);
    const run = await runCli(["fill", file]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/ikke Fordels tidligere output.*--force/);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    // An earlier output of ours may be replaced.
    fs.rmSync(out);
    expect((await runCli(["fill", file])).code).toBe(0);
    expect((await runCli(["fill", file])).code).toBe(0);
  });
});

test("LibreOffice really recalculates (a wrong cached result is replaced)", async () => {
  const file = path.join(dir, "canary.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = 1;
  ws.getCell("A2").value = 2;
  ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 99 };
  await wb.xlsx.writeFile(file);
  expect(
    libreOfficeValues(file)
      .get("S")!
      .map((r) => r[0]),
  ).toEqual(["1", "2", "3"]);
});
