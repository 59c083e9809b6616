/**
 * The command-line fill, timed in a child process as a user runs it: the example, and a
 * generated workbook of 2.000 initiative rows split over the 98 municipalities. Uses the
 * compiled CLI (lib/, built by `tsc -p tsconfig.node.json` when missing or stale), else tsx.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { flatWorkbook } from "../scripts/make-hostile";
import { MUNICIPALITIES } from "../src/sheets/units-data";
import { round } from "./timing";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "kraeftplan-v.xlsx");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The module to require for `main`: lib/cli/main.js when it is at least as new as the sources. */
function cliModule(): { runner: string[]; module: string } {
  const lib = path.join(ROOT, "lib", "cli", "main.js");
  const sources = Math.max(...["engine", "sheets", "cli"].map((d) => newestSource(path.join(ROOT, "src", d))));
  if (!fs.existsSync(lib) || fs.statSync(lib).mtimeMs < sources) {
    process.stderr.write("bench: cli: building lib/ (tsc -p tsconfig.node.json)…\n");
    spawnSync(path.join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.node.json"], { cwd: ROOT, stdio: "inherit" });
  }
  if (fs.existsSync(lib) && fs.statSync(lib).mtimeMs >= sources) return { runner: [process.execPath], module: lib };
  process.stderr.write("bench: cli: lib/ not usable, running the sources with tsx\n");
  return { runner: [path.join(ROOT, "node_modules", ".bin", "tsx")], module: path.join(ROOT, "src", "cli", "main.ts") };
}

/** One `fordel fill` in a fresh process: wall seconds and the child's peak RSS in MB. */
function timedFill(cli: { runner: string[]; module: string }, input: string, output: string): { seconds: number; peakRssMB: number } {
  const usage = path.join(path.dirname(output), `usage-${process.hrtime.bigint()}.json`);
  const script = `require(${JSON.stringify(cli.module)}).main(["fill", ${JSON.stringify(input)}, "-o", ${JSON.stringify(output)}, "--json"], { out: () => {}, err: () => {}, now: () => new Date() })
    .then((code) => require("fs").writeFileSync(${JSON.stringify(usage)}, JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS })));`;
  fs.rmSync(output, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(cli.runner[0], [...cli.runner.slice(1), "-e", script], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0 || !fs.existsSync(usage)) throw new Error(`fill of ${input} failed (status ${child.status})`);
  const { code, maxRSS } = JSON.parse(fs.readFileSync(usage, "utf8"));
  if (code === 2) throw new Error(`fill of ${input} found the input unusable`);
  return { seconds, peakRssMB: maxRSS / 1024 };
}

/** 500 initiatives with three sub-items each (2.000 rows) for the municipalities, and a 98-unit key. */
export async function largeWorkbook(file: string): Promise<void> {
  let seed = 2026;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Initiativer");
  ws.addRow(["Initiativ", "Overordnet", "Kanal", "Modtager", "2026"]);
  for (let i = 1; i <= 500; i++) {
    const parts = [1, 2, 3].map(() => (next() % 50000) / 10 + 0.1);
    const total = Math.round(parts.reduce((a, b) => a + b, 0) * 10) / 10;
    const named = i % 25 === 0;
    ws.addRow([
      `Initiativ ${i}`,
      null,
      named ? "Særtilskud" : "Blok",
      named ? `${MUNICIPALITIES[i % 98].name}; ${MUNICIPALITIES[(i * 7) % 98].name}` : "Kommuner",
      total,
    ]);
    parts.forEach((amount, k) => ws.addRow([`Initiativ ${i}.${k + 1}`, `Initiativ ${i}`, null, null, amount]));
  }
  const keys = wb.addWorksheet("Nøgler");
  keys.addRow(["Nøgle", "År", "Enhed", "Andel"]);
  for (const m of MUNICIPALITIES) keys.addRow(["Kommunenøgle (syntetisk)", null, m.code, 5000 + (next() % 600000)]);
  await wb.xlsx.writeFile(file);
}

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-bench-"));
  try {
    const cli = cliModule();
    const example = [0, 1, 2].map(() => timedFill(cli, EXAMPLE, path.join(dir, "example-out.xlsx")).seconds).sort((a, b) => a - b)[1];
    const large = path.join(dir, "large.xlsx");
    process.stderr.write("bench: cli: generating 2.000 rows × 98 municipalities…\n");
    await largeWorkbook(large);
    const big = timedFill(cli, large, path.join(dir, "large-out.xlsx"));
    // Issue 11: 100.000 flat rows (the size that once took 30 s and 1,8 GB with exceljs).
    const rows = path.join(dir, "rows-100000.xlsx");
    fs.writeFileSync(rows, flatWorkbook(100_000));
    process.stderr.write("bench: cli: 100.000 rows…\n");
    const huge = timedFill(cli, rows, path.join(dir, "rows-out.xlsx"));
    return {
      exampleFillSeconds: round(example),
      largeFillSeconds: round(big.seconds),
      largePeakRssMB: round(big.peakRssMB, 0),
      rows100kFillSeconds: round(huge.seconds),
      rows100kPeakRssMB: round(huge.peakRssMB, 0),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
