/**
 * Where the CLI may write (issue 11): an existing file is replaced only when it is Fordel's
 * earlier, unchanged output of the same input, or with --force; read-only and locked files are
 * refused; no temporary file is ever left behind. And what a re-fill reads back about Fordel's
 * own sheets: a sheet the user typed into is not `unchanged`, a copy of one is not Fordel's.
 */
import * as fs from "fs";
import * as path from "path";
import { LIMITS } from "../../src/cli/limits";
import { writeAtomically } from "../../src/cli/output";
import { openPackage } from "../../src/cli/package";
import { InputProblem } from "../../src/cli/problems";
import { readGrid } from "../../src/cli/read-grid";
import { inflateEntry, readZip, writeZip } from "../../src/cli/zip";
import { EXAMPLE, runCli, tempDir } from "./helpers";

let dir: string;
let input: string;
let output: string;
beforeEach(() => {
  dir = tempDir();
  input = path.join(dir, "plan.xlsx");
  output = path.join(dir, "plan-fordelt.xlsx");
  fs.copyFileSync(EXAMPLE, input);
});
afterEach(() => {
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
  fs.rmSync(dir, { recursive: true, force: true });
});

const leftovers = () => fs.readdirSync(dir).filter((f) => /\.tmp$|fordel-\d/.test(f));

/** A package with one part's text changed. */
function editPart(file: string, part: string, edit: (xml: string) => string): void {
  const entries = readZip(fs.readFileSync(file), 10000);
  fs.writeFileSync(
    file,
    writeZip(
      entries.map((e) => (e.name === part ? { name: e.name, data: Buffer.from(edit(inflateEntry(e, 1e8).toString("utf8"))) } : { name: e.name, entry: e })),
      new Date(2026, 0, 1),
    ),
  );
}

/** One part of a package as text. */
function readZipText(file: string, part: string): string {
  const entry = readZip(fs.readFileSync(file), 10000).find((e) => e.name === part)!;
  return inflateEntry(entry, 1e8).toString("utf8");
}

function sheetPartOf(file: string, sheet: string): string {
  const pkg = openPackage(fs.readFileSync(file), LIMITS);
  return pkg.sheets.find((s) => s.name === sheet)!.part!;
}

describe("the output path", () => {
  test("a different existing workbook is not replaced without --force, and is with it", async () => {
    fs.copyFileSync(EXAMPLE, output);
    const before = fs.readFileSync(output);
    const refused = await runCli(["fill", input]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/plan-fordelt\.xlsx findes allerede og er ikke Fordels tidligere output af denne inputfil.*--force/);
    expect(fs.readFileSync(output).equals(before)).toBe(true);
    const english = await runCli(["fill", input, "--lang", "en"]);
    expect(english.err).toMatch(/already exists and is not Fordel's earlier output of this input file.*--force/);
    expect((await runCli(["fill", input, "--force"])).code).toBe(0);
    expect(fs.readFileSync(output).equals(before)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  test("Fordel's earlier output of the same input is replaced; of another input, it is not", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    expect((await runCli(["fill", input])).code).toBe(0);
    // The input edited in place: still the same input file (by its path).
    fs.appendFileSync(input, Buffer.alloc(0));
    expect((await runCli(["fill", input])).code).toBe(0);
    const other = path.join(dir, "andet.xlsx");
    fs.copyFileSync(EXAMPLE, other);
    editPart(other, "xl/worksheets/sheet3.xml", (x) => x.replace("</sheetData>", '<row r="50"><c r="A50"><v>1</v></c></row></sheetData>'));
    const run = await runCli(["fill", other, "-o", output]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/ikke Fordels tidligere output/);
  });

  test("an earlier output changed since (saved or edited) is not replaced without --force", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    editPart(output, "xl/worksheets/sheet1.xml", (x) =>
      x.replace("</sheetData>", '<row r="90"><c r="A90" t="inlineStr"><is><t>min note</t></is></c></row></sheetData>'),
    );
    const before = fs.readFileSync(output);
    const run = await runCli(["fill", input]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/er Fordels tidligere output, men er ændret siden/);
    expect(fs.readFileSync(output).equals(before)).toBe(true);
    expect((await runCli(["fill", input, "--force"])).code).toBe(0);
  });

  test("a read-only output file is refused, even with --force", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    fs.chmodSync(output, 0o444);
    const before = fs.readFileSync(output);
    for (const args of [[], ["--force"]]) {
      const run = await runCli(["fill", input, ...args]);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/er skrivebeskyttet/);
    }
    expect(fs.readFileSync(output).equals(before)).toBe(true);
  });

  test.each([
    ["Excel", "~$plan-fordelt.xlsx"],
    ["LibreOffice", ".~lock.plan-fordelt.xlsx#"],
  ])("a file open in %s (its lock file beside it) is refused, even with --force", async (_, lock) => {
    expect((await runCli(["fill", input])).code).toBe(0);
    fs.writeFileSync(path.join(dir, lock), "user");
    const before = fs.readFileSync(output);
    const run = await runCli(["fill", input, "--force", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/is open in another program.*Close the file/);
    expect(fs.readFileSync(output).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  test("a write that fails is reported in words, without the temporary path, and leaves nothing behind", () => {
    const target = path.join(dir, "occupied");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "x"), "x");
    let problem: unknown;
    try {
      writeAtomically(target, Buffer.from("data"));
    } catch (e) {
      problem = e;
    }
    expect(problem).toBeInstanceOf(InputProblem);
    expect((problem as InputProblem).say("da")).not.toMatch(/\.tmp|EISDIR|ENOTEMPTY/);
    expect(leftovers()).toEqual([]);
    expect(() => writeAtomically(path.join(dir, "nope", "out.xlsx"), Buffer.from("x"))).toThrow(/does not exist/);
  });
});

describe("what a re-fill reads about Fordel's sheets", () => {
  const existing = (file: string) => readGrid(openPackage(fs.readFileSync(file), LIMITS), LIMITS, "da").grid.existing;

  test("untouched: every generated sheet is unchanged, with its period and group", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    expect(existing(output).filter((s) => s.generated)).toEqual([
      { name: "Fordeling 2025", generated: true, unchanged: true, period: "2025", group: "Regioner" },
      { name: "Fordeling 2026", generated: true, unchanged: true, period: "2026", group: "Regioner" },
      { name: "Fordeling fund", generated: true, unchanged: true, period: "", group: "Fund" },
      { name: "Fordeling log", generated: true, unchanged: true },
    ]);
  });

  test("the user typed into an output sheet: it is reported changed; a value overwritten too", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    const part = sheetPartOf(output, "Fordeling 2026");
    editPart(output, part, (x) => x.replace("</sheetData>", '<row r="60"><c r="A60" t="inlineStr"><is><t>Husk at tjekke</t></is></c></row></sheetData>'));
    expect(existing(output).find((s) => s.name === "Fordeling 2026")).toEqual({
      name: "Fordeling 2026",
      generated: true,
      unchanged: false,
      period: "2026",
      group: "Regioner",
    });
    expect(existing(output).find((s) => s.name === "Fordeling 2025")!.unchanged).toBe(true);
    const part25 = sheetPartOf(output, "Fordeling 2025");
    // A value cell (not a formula) of the table, overwritten.
    editPart(output, part25, (x) => x.replace(/(<c r="B1[3-9]"[^>]*><v>)[^<]*/, "$1123456"));
    expect(existing(output).find((s) => s.name === "Fordeling 2025")!.unchanged).toBe(false);
  });

  test("re-filling the output after the user typed into a sheet keeps their text, writes beside it, and says where", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    editPart(output, sheetPartOf(output, "Fordeling 2026"), (x) =>
      x.replace("</sheetData>", '<row r="60"><c r="A60" t="inlineStr"><is><t>Husk at tjekke</t></is></c></row></sheetData>'),
    );
    const again = path.join(dir, "again.xlsx");
    const run = await runCli(["fill", output, "-o", again, "--json"]);
    expect(run.code).toBe(0);
    const kept = JSON.parse(run.out).findings.filter((f: { code: string }) => f.code === "SHEET_KEPT");
    expect(kept.map((f: { sheet: string }) => f.sheet)).toEqual(["Fordeling 2026"]);
    const sheets = existing(again);
    expect(sheets.map((x) => x.name)).toEqual(expect.arrayContaining(["Fordeling 2026", "Fordeling 2026 (2)"]));
    expect(readZipText(again, sheetPartOf(again, "Fordeling 2026"))).toContain("Husk at tjekke");
  });

  test("a copy of an output sheet carries the visible mark but is the user's, not Fordel's", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    const entries = readZip(fs.readFileSync(output), 10000);
    const data = new Map(entries.map((e) => [e.name, inflateEntry(e, 1e8)]));
    const part = sheetPartOf(output, "Fordeling 2026");
    // The copy: the same cells in a new part, a new sheetId (what Excel's "Move or Copy" makes).
    data.set(
      "xl/worksheets/sheet99.xml",
      Buffer.from(
        data
          .get(part)!
          .toString()
          .replace(/<tableParts[\s\S]*?<\/tableParts>/, ""),
      ),
    );
    data.set(
      "xl/workbook.xml",
      Buffer.from(data.get("xl/workbook.xml")!.toString().replace("</sheets>", '<sheet name="Kopi" sheetId="99" r:id="rId99"/></sheets>')),
    );
    data.set(
      "xl/_rels/workbook.xml.rels",
      Buffer.from(
        data
          .get("xl/_rels/workbook.xml.rels")!
          .toString()
          .replace(
            "</Relationships>",
            '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
          ),
      ),
    );
    fs.writeFileSync(
      output,
      writeZip(
        [...data].map(([name, d]) => ({ name, data: d })),
        new Date(2026, 0, 1),
      ),
    );
    expect(existing(output).find((s) => s.name === "Kopi")).toEqual({ name: "Kopi", generated: false });
  });

  test("a workbook from before records (visible mark only): Fordel's sheets, never taken as unchanged", async () => {
    expect((await runCli(["fill", input])).code).toBe(0);
    const entries = readZip(fs.readFileSync(output), 10000).filter((e) => !/^customXml\//.test(e.name));
    fs.writeFileSync(
      output,
      writeZip(
        entries.map((e) => ({ name: e.name, entry: e })),
        new Date(2026, 0, 1),
      ),
    );
    // Sheets written now carry no visible mark: without the record they are nobody's, so the user's.
    expect(existing(output).filter((s) => s.generated)).toEqual([]);
    // An older version's sheets carried the mark in A1:B1: still recognised.
    const MARK = '<row r="1"><c r="A1" t="inlineStr"><is><t>Fordel</t></is></c><c r="B1" t="inlineStr"><is><t>fordel:1</t></is></c></row>';
    for (const name of ["Fordeling 2025", "Fordeling 2026", "Fordeling log"])
      editPart(output, sheetPartOf(output, name), (x) => x.replace(/<row r="1"[^>]*>[\s\S]*?<\/row>/, MARK));
    const generated = existing(output).filter((s) => s.generated);
    expect(generated.map((s) => [s.name, s.unchanged])).toEqual([
      ["Fordeling 2025", false],
      ["Fordeling 2026", false],
      ["Fordeling log", false],
    ]);
  });
});

test("a table or comments the user added to an output sheet, over unchanged cells, make it changed", async () => {
  const d = tempDir();
  const out = path.join(d, "out.xlsx");
  expect((await runCli(["fill", EXAMPLE, "-o", out])).code).toBe(0);
  const part = sheetPartOf(out, "Fordeling 2026");
  const relsName = part.replace(/([^/]+)$/, "_rels/$1.rels");
  editPart(out, relsName, (x) =>
    x.replace(
      "</Relationships>",
      '<Relationship Id="rIdUser" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments77.xml"/></Relationships>',
    ),
  );
  const sheet = readGrid(openPackage(fs.readFileSync(out), LIMITS), LIMITS, "da").grid.existing.find((s) => s.name === "Fordeling 2026")!;
  expect(sheet.unchanged).toBe(false);
  fs.rmSync(d, { recursive: true, force: true });
});

test("Fordel's record survives a save in LibreOffice Calc: its sheets are still Fordel's and unchanged", async () => {
  const { execFileSync } = await import("child_process");
  const { SOFFICE } = await import("./helpers");
  const d = tempDir();
  const out = path.join(d, "out.xlsx");
  expect((await runCli(["fill", EXAMPLE, "-o", out])).code).toBe(0);
  const saved = path.join(d, "saved");
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${path.join(d, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", saved, out],
    { stdio: "pipe", timeout: 120000 },
  );
  const sheets = readGrid(openPackage(fs.readFileSync(path.join(saved, "out.xlsx")), LIMITS), LIMITS, "da").grid.existing;
  expect(sheets.filter((s) => s.generated).map((s) => [s.name, s.unchanged])).toEqual([
    ["Fordeling 2025", true],
    ["Fordeling 2026", true],
    ["Fordeling fund", true],
    ["Fordeling log", true],
  ]);
  fs.rmSync(d, { recursive: true, force: true });
});

test("a note the user adds to an output sheet (another author, in Fordel's own comments part) makes the sheet changed: it is kept, not replaced", async () => {
  const d = tempDir();
  const out = path.join(d, "out.xlsx");
  expect((await runCli(["fill", EXAMPLE, "-o", out])).code).toBe(0);
  const existing = () => readGrid(openPackage(fs.readFileSync(out), LIMITS), LIMITS, "da").grid.existing.find((s) => s.name === "Fordeling 2026")!;
  expect(existing().unchanged).toBe(true);
  const part = sheetPartOf(out, "Fordeling 2026");
  const rels = readZipText(out, part.replace(/([^/]+)$/, "_rels/$1.rels"));
  const comments = `xl/${/Target="\.\.\/(comments\d+\.xml)"/.exec(rels)![1]}`;
  editPart(out, comments, (x) =>
    x
      .replace("</author></authors>", "</author><author>Mette Hansen</author></authors>")
      .replace("</commentList>", '<comment ref="A30" authorId="1"><text><r><t>Tjek med økonomi</t></r></text></comment></commentList>'),
  );
  expect(existing().unchanged).toBe(false);
  fs.rmSync(d, { recursive: true, force: true });
});
