/**
 * Writes the corpus workbooks (test/corpus) to a folder to open in Excel, and runs one case
 * through the CLI to show what it gives:
 *   npx tsx scripts/corpus.ts write <dir>        every case's workbook as <id>.xlsx
 *   npx tsx scripts/corpus.ts run <id>           e.g. `run C1`: exit code, totals, findings
 *   npx tsx scripts/corpus.ts table              the case table of test/corpus/README.md
 * (The LibreOffice cases are written as generated; the test saves them through LibreOffice.)
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/main";
import { readValues } from "../test/cli/helpers";
import { Expectation, nationalTotals, problemsOf, readsOutput, type Doc } from "../test/corpus/case";
import { CASES } from "../test/corpus/cases";

async function write(c: (typeof CASES)[number], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await c.build(wb);
  await wb.xlsx.writeFile(file);
}

/** Long source notes, shortened for the table (the README's legend spells them out). */
const SHORT: [RegExp, string][] = [
  [/seed 002, Bilag 3 table 1 \(2026, Nationalt[^)]*\)/g, "seed 002 T1"],
  [/seed 003, Bilag 2 '[^']*' \([^)]*\)/g, "seed 003 Bilag 2"],
  [/seed 004 \([^)]*\)/g, "seed 004"],
  [
    /seed 001 as read in examples\/kraeftplan-v.xlsx \(2025, to the municipalities[^)]*\); municipal weights illustrative[^;]*kommuner.csv/g,
    "seed 001 municipal rows; weights illustrative",
  ],
  [/seed 000, Tabel 1: [^;(]*kroner/g, "seed 000 T1"],
];

const re = (r: RegExp) => `/${r.source}/`;

/** An expectation in one line of the README's table. */
function expectationText(e: Expectation): string {
  const periods = (t: Record<string, string>) =>
    Object.entries(t)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
  const parts: string[] = [];
  if (e.exit !== undefined) parts.push(`exit ${[e.exit].flat().join("/")}`);
  if (e.nationalTotals) parts.push(periods(e.nationalTotals));
  if (e.nationalTotalsAnyOf) parts.push(`one of ${e.nationalTotalsAnyOf.map(periods).join(" / ")}`);
  for (const f of e.findings ?? [])
    parts.push(
      `finding ${[f.severity, f.code, f.sheet && `${f.sheet}!`, f.cell && [f.cell].flat().join(" or "), f.message && re(f.message), f.initiative && `on ${re(f.initiative)}`].filter(Boolean).join(" ")}`,
    );
  if (e.noAllocation) parts.push("nothing allocated");
  if (e.unitTotals) parts.push(`unit totals within a step of exact (${Object.keys(e.unitTotals.exact).join(", ")})`);
  if (e.absentUnits) parts.push(`not units: ${e.absentUnits.join(", ")}`);
  if (e.maxProblems !== undefined) parts.push(`≤ ${e.maxProblems} warning/error`);
  if (e.cleanCells) parts.push(`no reading finding on ${e.cleanCells.join(", ")}`);
  if (e.stepStated) parts.push("JSON states the step");
  if (e.excluded) parts.push(`JSON excluded names ${re(e.excluded)}`);
  if (e.sheets) parts.push(`output sheets ${e.sheets.map(re).join(" ")}`);
  if (e.shownOnOutput) parts.push(`output shows ${e.shownOnOutput.map(re).join(" ")}`);
  if (e.orRefusal)
    parts.push(`or refused with a finding on ${e.orRefusal.map((f) => [f.severity, [f.cell ?? []].flat().join(" or ")].filter(Boolean).join(" ")).join(", ")}`);
  if (e.extra) parts.push("+ the check in the case file");
  return parts.join("; ");
}

function table(): string {
  const cell = (t: string) => t.replace(/\|/g, "\\|");
  const rows = CASES.map((c) => {
    const [id, ...title] = c.name.split(" ");
    const source = SHORT.reduce((s, [from, to]) => s.replace(from, to), c.source);
    const args = c.args ? ` (\`${c.args.join(" ")}\`)` : "";
    return `| ${id} | ${cell(title.join(" ") + args)} | ${cell(source)} | ${cell(expectationText(c.expect))} |`;
  });
  return ["| id | case | source | expected |", "|---|---|---|---|", ...rows].join("\n");
}

async function run(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  if (command === "table") {
    console.log(table());
    return;
  }
  if (command === "write" && arg) {
    fs.mkdirSync(arg, { recursive: true });
    for (const c of CASES) await write(c, path.join(arg, `${c.name.split(" ")[0]}.xlsx`));
    console.log(`${CASES.length} workbooks in ${arg}`);
    return;
  }
  const c = command === "run" ? CASES.find((x) => x.name.split(" ")[0] === arg) : undefined;
  if (!c) {
    console.log("usage: npx tsx scripts/corpus.ts write <dir> | run <case id>");
    process.exitCode = 2;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-corpus-"));
  const file = path.join(dir, "case.xlsx");
  await write(c, file);
  let json = "";
  const out = path.join(dir, "case-fordelt.xlsx");
  const code = await main(["fill", file, "-o", out, "--json", ...(c.args ?? [])], {
    out: (t) => (json += t),
    err: () => undefined,
    now: () => new Date(),
  });
  const doc = JSON.parse(json) as Doc;
  console.log(c.name);
  console.log(`exit ${code}; national totals: ${[...nationalTotals(doc).values()].map((t) => `${t.label} = ${t.total}`).join(", ") || "none"}`);
  for (const f of doc.findings) console.log(`  ${f.severity} ${f.code} ${f.sheet ?? ""}!${f.cell ?? "-"}: ${f.message}`);
  const output = readsOutput(c.expect) && fs.existsSync(out) ? await readValues(out) : null;
  const problems = problemsOf(c.expect, code, doc, output);
  console.log(problems.length === 0 ? "as expected" : `not as expected:\n- ${problems.join("\n- ")}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

void run();
