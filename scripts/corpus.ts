/**
 * Writes the corpus workbooks (test/corpus) to a folder to open in Excel, and runs one case
 * through the CLI to show what it gives:
 *   npx tsx scripts/corpus.ts write <dir>        every case's workbook as <id>.xlsx
 *   npx tsx scripts/corpus.ts run <id>           e.g. `run C1`: exit code, totals, findings
 * (The LibreOffice cases are written as generated; the test saves them through LibreOffice.)
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/main";
import { nationalTotals, problemsOf, type Doc } from "../test/corpus/case";
import { CASES } from "../test/corpus/cases";

async function write(c: (typeof CASES)[number], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await c.build(wb);
  await wb.xlsx.writeFile(file);
}

async function run(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  if (command === "write" && arg) {
    fs.mkdirSync(arg, { recursive: true });
    for (const c of CASES)
      await write(c, path.join(arg, `${c.name.split(" ")[0]}.xlsx`));
    console.log(`${CASES.length} workbooks in ${arg}`);
    return;
  }
  const c =
    command === "run"
      ? CASES.find((x) => x.name.split(" ")[0] === arg)
      : undefined;
  if (!c) {
    console.log("usage: npx tsx scripts/corpus.ts write <dir> | run <case id>");
    process.exitCode = 2;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-corpus-"));
  const file = path.join(dir, "case.xlsx");
  await write(c, file);
  let out = "";
  const code = await main(["check", file, "--json", ...(c.args ?? [])], {
    out: (t) => (out += t),
    err: () => undefined,
    now: () => new Date(),
  });
  const doc = JSON.parse(out) as Doc;
  console.log(c.name);
  console.log(
    `exit ${code}; national totals: ${[...nationalTotals(doc).values()].map((t) => `${t.label} = ${t.total}`).join(", ") || "none"}`,
  );
  for (const f of doc.findings)
    console.log(
      `  ${f.severity} ${f.code} ${f.sheet ?? ""}!${f.cell ?? "-"}: ${f.message}`,
    );
  const problems = problemsOf(c.expect, code, doc);
  console.log(
    problems.length === 0
      ? "as expected"
      : `not as expected:\n- ${problems.join("\n- ")}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

void run();
