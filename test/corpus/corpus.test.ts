import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readValues, runCli, SOFFICE, tempDir, xlsxPart } from "../cli/helpers";
import { Case, Doc, findingsSummary, OutputSheets, problemsOf, readsOutput } from "./case";
import { CASES } from "./cases";

/**
 * The corpus (issue 10, "Show"): workbooks laid out the way budget officers lay them out, each
 * run through `fordel fill --json` in-process and held to the totals worked out from the source
 * figures (or to a refusal with a finding on the right cell). One test per case, named by it.
 */

let dir: string;
const files = new Map<string, string>();

const slug = (c: Case) => c.name.split(" ")[0];

/** Saves the workbooks of the LibreOffice cases through LibreOffice, all in one run. */
function throughLibreOffice(inputs: string[], outDir: string): void {
  if (!fs.existsSync(SOFFICE)) {
    throw new Error(`LibreOffice is missing (${SOFFICE}): install it with apt-get install libreoffice-calc (CI does), or set SOFFICE.`);
  }
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...inputs],
    {
      stdio: "pipe",
      timeout: 120000,
    },
  );
}

beforeAll(async () => {
  dir = tempDir();
  const viaLibreOffice: string[] = [];
  for (const c of CASES) {
    const file = path.join(dir, `${slug(c)}.xlsx`);
    try {
      const wb = new ExcelJS.Workbook();
      await c.build(wb);
      await wb.xlsx.writeFile(file);
    } catch (e) {
      // A case that cannot be built fails on its own, not the whole corpus.
      files.set(c.name, `!building the workbook failed: ${(e as Error).message}`);
      continue;
    }
    if (c.libreOffice) viaLibreOffice.push(file);
    files.set(c.name, file);
  }
  if (viaLibreOffice.length > 0) {
    const outDir = path.join(dir, "libreoffice");
    fs.mkdirSync(outDir);
    try {
      throughLibreOffice(viaLibreOffice, outDir);
    } catch (e) {
      // Every LibreOffice case then fails with this message (never skipped).
      for (const c of CASES) if (c.libreOffice) files.set(c.name, `!${(e as Error).message}`);
      return;
    }
    for (const c of CASES)
      if (c.libreOffice && !files.get(c.name)!.startsWith("!")) {
        const saved = path.join(outDir, `${slug(c)}.xlsx`);
        files.set(c.name, fs.existsSync(saved) ? saved : `!LibreOffice did not save ${slug(c)}.xlsx`);
      }
  }
}, 180000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the corpus has at least 30 workbooks, with unique ids, 2–3 of them saved by LibreOffice", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(CASES.map(slug)).size).toBe(CASES.length);
  expect(CASES.filter((c) => c.libreOffice).length).toBeGreaterThanOrEqual(2);
});

test("README.md lists every case", () => {
  const readme = fs.readFileSync(path.join(__dirname, "README.md"), "utf8");
  const listed = (id: string) => new RegExp(`^\\|\\s*${id}\\s*\\|`, "m").test(readme);
  expect(CASES.map(slug).filter((id) => !listed(id))).toEqual([]);
});

describe.each(["layout", "totals", "heraf", "periods", "numbers", "keys", "libreoffice"])("%s", (group) => {
  test.each(CASES.filter((c) => c.group === group).map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const file = files.get(c.name)!;
    if (file.startsWith("!")) throw new Error(file.slice(1));
    // A LibreOffice case really is LibreOffice's file, not our own.
    if (c.libreOffice) expect(xlsxPart(file, "docProps/app.xml")).toMatch(/LibreOffice/);
    const out = path.join(dir, `${slug(c)}-fordelt.xlsx`);
    const run = await runCli(["fill", file, "-o", out, "--json", ...(c.args ?? [])]);
    let doc: Doc | null = null;
    try {
      doc = JSON.parse(run.out) as Doc;
    } catch {
      doc = null;
    }
    const output: OutputSheets | null = readsOutput(c.expect) && fs.existsSync(out) ? await readValues(out) : null;
    const problems = problemsOf(c.expect, run.code, doc, output);
    if (problems.length > 0) {
      throw new Error(
        `${c.name} (${c.source}):\n- ${problems.join("\n- ")}\nexit ${run.code}; findings:\n${findingsSummary(doc)}${run.err ? `\nstderr: ${run.err.trim().slice(0, 400)}` : ""}`,
      );
    }
  });
});
