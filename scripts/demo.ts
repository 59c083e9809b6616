/**
 * `npm run demo`: fills examples/kraeftplan-v.xlsx with the command-line tool and prints, per
 * period, each region's subtotals and total, the checks and the findings, then where the
 * output went: examples/kraeftplan-v-fordelt.xlsx (git-ignored), or a temporary folder when
 * that file exists with sheets of the user's own. Then the second step inside a region:
 * examples/region-hovedstaden.xlsx with `--pass-on "Region Hovedstaden=Hospitaler"`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/main";
import { LIMITS } from "../src/cli/limits";
import { openPackage } from "../src/cli/package";
import { readGrid } from "../src/cli/read-grid";
import { planFill } from "../src/sheets/fill";
import { Dec, formatAmount } from "../src/engine";

const EXAMPLE = path.resolve(__dirname, "../examples/kraeftplan-v.xlsx");
const REGION_EXAMPLE = path.resolve(__dirname, "../examples/region-hovedstaden.xlsx");
const PASS_ON = "Region Hovedstaden=Hospitaler";

/** The rounding problem on the example: Region Hovedstaden's 2026 block items, cell by cell vs reconciled. */
async function beforeAfter(): Promise<string[]> {
  const grid = readGrid(openPackage(fs.readFileSync(EXAMPLE), LIMITS), LIMITS, "da").grid;
  const lines: string[] = [];
  for (const method of ["nearest", "reconciled"] as const) {
    const outcome = planFill(grid, { decimals: null, method, periods: ["2026"], lang: "da" }, new Date());
    const p = outcome.result!.periods[0];
    const u = p.units.indexOf("Region Hovedstaden");
    const blok = p.subtotals.find((s) => s.channel === "Blok")!;
    const items = blok.members.reduce((s, m) => s.plus(p.rows[m].values[u] ?? 0), new Dec(0));
    lines.push(
      `  ${method.padEnd(10)} Region Hovedstadens blok-poster summer til ${formatAmount(items, 1, "da")}, blok i alt vises som ${formatAmount(blok.values[u], 1, "da")}${items.eq(blok.values[u]) ? " – stemmer" : " – stemmer ikke"}`,
    );
  }
  return lines;
}

async function run(): Promise<number> {
  let out = path.resolve(__dirname, "../examples/kraeftplan-v-fordelt.xlsx");
  process.stdout.write(`Fordel – demo: fylder ${path.relative(process.cwd(), EXAMPLE)}\n\n`);
  let code = await main(["fill", EXAMPLE, "-o", out]);
  if (code === 2 && fs.existsSync(out)) {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fordel-demo-")), "kraeftplan-v-fordelt.xlsx");
    process.stdout.write(`(skriver i stedet til ${out})\n`);
    code = await main(["fill", EXAMPLE, "-o", out]);
  }
  process.stdout.write(`\nAfrundingsproblemet, 2026 (002's Region Hovedstaden-kolonne):\n${(await beforeAfter()).join("\n")}\n`);
  process.stdout.write(`\nOutput: ${out}\nExit code: ${code}\n`);
  const second = await passOnDemo();
  return Math.max(code, second);
}

/** Trin 2: Region Hovedstaden's column passed on to its hospitals (illustrative key), checked row by row. */
async function passOnDemo(): Promise<number> {
  let out = path.resolve(__dirname, "../examples/region-hovedstaden-fordelt.xlsx");
  process.stdout.write(`\n\nFordel videre – demo: ${path.relative(process.cwd(), REGION_EXAMPLE)} --pass-on "${PASS_ON}"\n\n`);
  let code = await main(["fill", REGION_EXAMPLE, "-o", out, "--pass-on", PASS_ON]);
  if (code === 2 && fs.existsSync(out)) {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fordel-demo-")), "region-hovedstaden-fordelt.xlsx");
    process.stdout.write(`(skriver i stedet til ${out})\n`);
    code = await main(["fill", REGION_EXAMPLE, "-o", out, "--pass-on", PASS_ON]);
  }
  const grid = readGrid(openPackage(fs.readFileSync(REGION_EXAMPLE), LIMITS), LIMITS, "da").grid;
  const outcome = planFill(
    grid,
    { decimals: null, method: "reconciled", lang: "da", passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }] },
    new Date(),
  );
  const [first, second] = outcome.result!.periods;
  const u = first.units.indexOf("Region Hovedstaden");
  process.stdout.write(`\nTrin 1 → trin 2 (Region Hovedstadens tal fordelt på hospitaler og hospicer; hospitalsnøglen er illustrativ):\n`);
  for (const name of ["Mobile kølehætter", "Palliation"]) {
    const a = first.rows.find((r) => r.name === name)!;
    const b = second.rows.find((r) => r.name === name)!;
    const parts = second.units.map((unit, k) => (b.values[k] === null ? null : `${unit} ${formatAmount(b.values[k]!, 1, "da")}`)).filter((x) => x !== null);
    const total = b.values.reduce<Dec>((s, v) => s.plus(v ?? 0), new Dec(0));
    process.stdout.write(
      `  ${name}: ${formatAmount(a.values[u]!, 1, "da")} → ${parts.join(" · ")} = ${formatAmount(total, 1, "da")}${total.eq(a.values[u]!) ? " – stemmer" : " – stemmer ikke"}\n`,
    );
  }
  process.stdout.write(
    `  I alt: ${formatAmount(first.total.values[u], 1, "da")} → ${formatAmount(
      second.total.values.reduce((s, v) => s.plus(v), new Dec(0)),
      1,
      "da",
    )}\n`,
  );
  process.stdout.write(`\nOutput: ${out}\nExit code: ${code}\n`);
  return code;
}

run().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
