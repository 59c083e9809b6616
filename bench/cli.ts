/**
 * The command-line fill, timed in a child process as a user runs it (`fordel fill in.xlsx -o
 * out.xlsx`): the example, and generated workbooks of 2.000 and 20.000 initiative rows split over
 * the 98 municipalities, each against the floor of issue 17 – reading the same input and writing
 * an output of the same cells with the same library, nothing else:
 * - `floorSeconds`: exceljs reads the input and writes it with our output's sheets added (the same
 *   cell values, formulas, notes, merges, column widths and styles, one shared style object per
 *   look: exceljs at its fastest);
 * - `ownFloorSeconds`: our own reader and writer doing the same (read-grid, write-package),
 *   without the engine or the renderer.
 * What the floors write is prepared beforehand, outside the timing (exceljs reads our output; our
 * pipeline's plan is saved), and each child reports how long loading that took, which is taken
 * off its wall time. Uses the compiled CLI (lib/, built by `tsc -p tsconfig.node.json` when
 * missing or stale), else tsx.
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

interface Cli {
  runner: string[];
  /** lib/cli (compiled) or src/cli (tsx): the folder of main, package, read-grid, write-package. */
  dir: string;
  ext: string;
}

/** Where `main` is: lib/cli/main.js when it is at least as new as the sources. */
function cliModule(): Cli {
  const lib = path.join(ROOT, "lib", "cli", "main.js");
  const sources = Math.max(...["engine", "sheets", "cli"].map((d) => newestSource(path.join(ROOT, "src", d))));
  if (!fs.existsSync(lib) || fs.statSync(lib).mtimeMs < sources) {
    process.stderr.write("bench: cli: building lib/ (tsc -p tsconfig.node.json)…\n");
    spawnSync(path.join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.node.json"], { cwd: ROOT, stdio: "inherit" });
  }
  if (fs.existsSync(lib) && fs.statSync(lib).mtimeMs >= sources) return { runner: [process.execPath], dir: path.dirname(lib), ext: ".js" };
  process.stderr.write("bench: cli: lib/ not usable, running the sources with tsx\n");
  return { runner: [path.join(ROOT, "node_modules", ".bin", "tsx")], dir: path.join(ROOT, "src", "cli"), ext: ".ts" };
}

const q = JSON.stringify;

/**
 * Runs `script` (CommonJS, with `done(extra)` to call at the end) in a fresh process: wall
 * seconds, the child's peak RSS in MB, and what it passed to `done`.
 */
function timedChild(runner: string[], script: string, what: string): { seconds: number; peakRssMB: number; extra: Record<string, number> } {
  const usage = path.join(os.tmpdir(), `fordel-bench-usage-${process.pid}-${process.hrtime.bigint()}.json`);
  const done = `const done = (extra) => require("fs").writeFileSync(${q(usage)}, JSON.stringify({ extra, maxRSS: process.resourceUsage().maxRSS }));\n`;
  const start = process.hrtime.bigint();
  const child = spawnSync(runner[0], [...runner.slice(1), "-e", done + script], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0 || !fs.existsSync(usage)) throw new Error(`${what} failed (status ${child.status})`);
  const { extra, maxRSS } = JSON.parse(fs.readFileSync(usage, "utf8"));
  fs.rmSync(usage, { force: true });
  return { seconds, peakRssMB: maxRSS / 1024, extra: extra ?? {} };
}

/** One `fordel fill` in a fresh process, as a user runs it (no --json). */
function timedFill(cli: Cli, input: string, output: string): { seconds: number; peakRssMB: number } {
  fs.rmSync(output, { force: true });
  const script = `require(${q(path.join(cli.dir, `main${cli.ext}`))}).main(["fill", ${q(input)}, "-o", ${q(output)}], { out: () => {}, err: () => {}, now: () => new Date() })
    .then((code) => done({ code }));`;
  const run = timedChild(cli.runner, script, `fill of ${input}`);
  if (run.extra.code === 2) throw new Error(`fill of ${input} found the input unusable`);
  return run;
}

/**
 * What the exceljs floor writes, from our output read once by exceljs: the sheets our fill
 * added, each cell's value or formula, note and style (as an index into the distinct styles).
 */
function describeOutput(input: string, output: string, file: string): void {
  const script = `(async () => {
  const ExcelJS = require("exceljs");
  const read = async (f) => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f); return wb; };
  const before = new Set((await read(${q(input)})).worksheets.map((w) => w.name));
  const out = await read(${q(output)});
  const styles = new Map();
  const styleOf = (s) => { if (!s || Object.keys(s).length === 0) return -1; let i = styles.get(s); if (i === undefined) styles.set(s, (i = styles.size)); return i; };
  const sheets = out.worksheets.filter((w) => !before.has(w.name)).map((w) => {
    const rows = [];
    w.eachRow({ includeEmpty: false }, (row, r) => {
      const cells = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        const value = v && typeof v === "object" && "formula" in v ? { f: v.formula, r: v.result } : v && typeof v === "object" && "richText" in v ? v.richText.map((t) => t.text).join("") : v;
        const note = cell.note ? (typeof cell.note === "string" ? cell.note : cell.note.texts.map((t) => t.text).join("")) : undefined;
        cells.push([c, value === undefined ? null : value, styleOf(cell.style), note]);
      });
      rows.push([r, cells, row.height]);
    });
    return { name: w.name, widths: w.columns ? w.columns.map((c) => c.width ?? null) : [], merges: Object.keys(w._merges), rows };
  });
  require("fs").writeFileSync(${q(file)}, JSON.stringify({ sheets, styles: [...styles.keys()] }));
  done({});
})();`;
  timedChild([process.execPath], script, "reading our output with exceljs");
}

/** exceljs reads the input and writes it with the described sheets: the floor of issue 17. */
function exceljsFloor(input: string, description: string, output: string, notes = true): { seconds: number; peakRssMB: number } {
  fs.rmSync(output, { force: true });
  const script = `const t0 = process.hrtime.bigint();
const desc = JSON.parse(require("fs").readFileSync(${q(description)}, "utf8"));
const load = Number(process.hrtime.bigint() - t0) / 1e9;
(async () => {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(${q(input)});
  for (const s of desc.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.widths.forEach((w, i) => { if (w) ws.getColumn(i + 1).width = w; });
    for (const [r, cells, height] of s.rows) {
      const row = ws.getRow(r);
      if (height) row.height = height;
      for (const [c, value, style, note] of cells) {
        const cell = row.getCell(c);
        if (value !== null) cell.value = value && typeof value === "object" && "f" in value ? { formula: value.f, result: value.r } : value;
        if (style >= 0) cell.style = desc.styles[style];
        if (note && ${notes}) cell.note = note;
      }
    }
    for (const m of s.merges) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(${q(output)});
  done({ load });
})();`;
  const run = timedChild([process.execPath], script, "the exceljs floor");
  return { seconds: run.seconds - run.extra.load, peakRssMB: run.peakRssMB };
}

/** Our pipeline's plan for the input, saved for the own floor (outside any timing). */
function savePlan(cli: Cli, input: string, file: string): void {
  const m = (name: string) => q(path.join(cli.dir, `${name}${cli.ext}`));
  const sheets = q(path.join(cli.dir, "..", "sheets", `fill${cli.ext}`));
  const script = `const fs = require("fs");
const { openPackage } = require(${m("package")});
const { readGrid } = require(${m("read-grid")});
const { LIMITS } = require(${m("limits")});
const { analyseFill } = require(${q(path.join(cli.dir, "..", "sheets", `analyse${cli.ext}`))});
const { renderFill } = require(${sheets});
const read = readGrid(openPackage(fs.readFileSync(${q(input)}), LIMITS), LIMITS, "da");
const settings = { decimals: null, method: "reconciled", lang: "da" };
const plan = renderFill(analyseFill(read.grid, settings), read.grid, settings, new Date());
fs.writeFileSync(${q(file)}, JSON.stringify(plan));
done({});`;
  timedChild(cli.runner, script, "planning the own floor");
}

/** Our own reader and writer: the input read (read-grid), the saved plan written (write-package). */
function ownFloor(cli: Cli, input: string, planFile: string, output: string): { seconds: number; peakRssMB: number } {
  fs.rmSync(output, { force: true });
  const m = (name: string) => q(path.join(cli.dir, `${name}${cli.ext}`));
  const script = `const t0 = process.hrtime.bigint();
const fs = require("fs");
const plan = JSON.parse(fs.readFileSync(${q(planFile)}, "utf8"));
const load = Number(process.hrtime.bigint() - t0) / 1e9;
const { openPackage } = require(${m("package")});
const { readGrid } = require(${m("read-grid")});
const { LIMITS } = require(${m("limits")});
const { writePackage } = require(${m("write-package")});
const { writeAtomically } = require(${m("output")});
const pkg = openPackage(fs.readFileSync(${q(input)}), LIMITS);
const read = readGrid(pkg, LIMITS, "da");
const source = { pathHash: "0".repeat(64), sha256: "0".repeat(64) };
writeAtomically(${q(output)}, writePackage({ pkg, read, plan, source, now: new Date() }));
done({ load });`;
  const run = timedChild(cli.runner, script, "the own floor");
  return { seconds: run.seconds - run.extra.load, peakRssMB: run.peakRssMB };
}

/**
 * `initiatives` initiatives with three sub-items each (4 rows per initiative: 500 → 2.000 rows)
 * for the municipalities, and a 98-unit key. Illustrative figures from a fixed seed.
 */
export async function largeWorkbook(file: string, initiatives = 500): Promise<void> {
  let seed = 2026;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Initiativer");
  ws.addRow(["Initiativ", "Overordnet", "Kanal", "Modtager", "2026"]);
  for (let i = 1; i <= initiatives; i++) {
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

/** The median of numbers. */
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The fill of `initiatives` × 4 rows × 98 municipalities against both floors, each run `runs`
 * times in turn (the machine may be shared: medians, and the runs interleaved).
 */
async function sized(cli: Cli, dir: string, label: string, initiatives: number, runs: number) {
  const input = path.join(dir, `${label}.xlsx`);
  const output = path.join(dir, `${label}-out.xlsx`);
  process.stderr.write(`bench: cli: ${label}: generating ${initiatives * 4} rows × 98 municipalities…\n`);
  await largeWorkbook(input, initiatives);
  process.stderr.write(`bench: cli: ${label}: fill…\n`);
  const fills = [timedFill(cli, input, output)];
  process.stderr.write(`bench: cli: ${label}: preparing the floors (untimed)…\n`);
  const description = path.join(dir, `${label}-cells.json`);
  describeOutput(input, output, description);
  const planFile = path.join(dir, `${label}-plan.json`);
  savePlan(cli, input, planFile);
  const floors: { seconds: number; peakRssMB: number }[] = [];
  const bares: number[] = [];
  const owns: number[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`bench: cli: ${label}: floors (run ${i + 1} of ${runs})…\n`);
    if (i > 0) fills.push(timedFill(cli, input, output));
    floors.push(exceljsFloor(input, description, path.join(dir, `${label}-exceljs.xlsx`)));
    // The same without the cell notes (the exact values of adjusted cells): exceljs writes notes slowly.
    bares.push(exceljsFloor(input, description, path.join(dir, `${label}-bare.xlsx`), false).seconds);
    owns.push(ownFloor(cli, input, planFile, path.join(dir, `${label}-own.xlsx`)).seconds);
  }
  const fill = median(fills.map((f) => f.seconds));
  const floor = median(floors.map((f) => f.seconds));
  return {
    rows: initiatives * 4,
    units: MUNICIPALITIES.length,
    runs,
    fillSeconds: round(fill),
    floorSeconds: round(floor),
    floorWithoutNotesSeconds: round(median(bares)),
    ownFloorSeconds: round(median(owns)),
    ratio: round(fill / floor),
    peakRssMB: round(Math.max(...fills.map((f) => f.peakRssMB)), 0),
    floorPeakRssMB: round(Math.max(...floors.map((f) => f.peakRssMB)), 0),
  };
}

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-bench-"));
  try {
    const cli = cliModule();
    const example = [0, 1, 2].map(() => timedFill(cli, EXAMPLE, path.join(dir, "example-out.xlsx")).seconds).sort((a, b) => a - b)[1];
    // BENCH_CLI=large (or huge) runs one size only, while working on the CLI.
    const only = process.env.BENCH_CLI;
    const large = only === "huge" ? null : await sized(cli, dir, "large", 500, 3);
    const huge = only === "large" ? null : await sized(cli, dir, "huge", 5000, 1);
    if (only) return { large, huge };
    // Issue 11: 100.000 flat rows (the size that once took 30 s and 1,8 GB with exceljs).
    const rows = path.join(dir, "rows-100000.xlsx");
    fs.writeFileSync(rows, flatWorkbook(100_000));
    process.stderr.write("bench: cli: 100.000 rows…\n");
    const flat = timedFill(cli, rows, path.join(dir, "rows-out.xlsx"));
    return {
      exampleFillSeconds: round(example),
      large,
      huge,
      rows100kFillSeconds: round(flat.seconds),
      rows100kPeakRssMB: round(flat.peakRssMB, 0),
      targets: "fillSeconds ≤ 1,5 × floorSeconds at large and huge; peakRssMB ≤ 300 (large), ≤ 1.500 (huge)",
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
