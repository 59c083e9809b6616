/**
 * The example's output as a memo (issue 13): printed through LibreOffice to PDF, each period sheet
 * is A4 landscape and one page wide, with the unit in its title; the cells rounded against ROUND
 * carry a note with the exact value (in the .xlsx, and as LibreOffice reads it). Needs soffice,
 * pdfinfo and pdftotext (poppler-utils).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { JsonDocument } from "../../src/sheets/json";
import { EXAMPLE, runCli, SOFFICE, sheetPart, tempDir, xlsxPart } from "./helpers";

/** Converts with LibreOffice in a profile of its own (tests may run side by side). */
function convert(file: string, to: string, dir: string): string {
  const profile = path.join(dir, `profile-${to.replace(/\W/g, "")}`);
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", dir, file], {
    stdio: "pipe",
    timeout: 120000,
  });
  return path.join(dir, path.basename(file).replace(/\.xlsx$/, `.${to.split(":")[0]}`));
}

/** Each page's size in points and its text. */
function pages(pdf: string): { width: number; height: number; text: string }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf]).toString();
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
  return sizes.map((s, i) => ({ ...s, text: execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]).toString() }));
}

describe("the example's output printed through LibreOffice", () => {
  const dir = tempDir();
  const out = path.join(dir, "kraeftplan-v-fordelt.xlsx");
  let doc: JsonDocument;
  let printed: { width: number; height: number; text: string }[];

  beforeAll(async () => {
    const run = await runCli(["fill", EXAMPLE, "-o", out, "--json"]);
    expect(run.code).toBe(0);
    doc = JSON.parse(run.out);
    printed = pages(convert(out, "pdf", dir));
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["2025", "2026"])("Fordeling %s: A4 landscape, one page wide, the unit in the title, the footer names the sheet", (period) => {
    const mine = printed.filter((p) => new RegExp(`^\\s*Fordeling ${period}\\s+Side \\d+ af \\d+`, "m").test(p.text));
    expect(mine.length).toBeGreaterThanOrEqual(1);
    for (const page of mine) {
      // A4 landscape: 842 × 595 points.
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      // One page wide: every page has the name column and the last unit column (print titles repeat the header).
      expect(page.text).toContain("Initiativ");
      expect(page.text).toMatch(/Nordjylland/);
      // Kontrol and Kanal are outside the print area.
      expect(page.text).not.toMatch(/Kontrol|Kanal/);
    }
    expect(mine[0].text).toContain(`Kræftplan V – fordeling ${period}, mio. kr. (2025-pl)`);
    // Not the visible mark of older versions.
    expect(mine[0].text).not.toContain("fordel:1");
  });

  test("every cell rounded against ROUND has a note with its exact value, in the .xlsx and as LibreOffice reads it", () => {
    const adjusted = doc.periods.flatMap((p) => p.adjusted.map((a) => ({ ...a, period: p.period })));
    // Kræftscreening for Region Hovedstaden: exactly 5 × 0,3116 = 1,558, shown 1,5 (ROUND gives 1,6).
    expect(adjusted).toContainEqual(
      expect.objectContaining({ period: "2026", initiative: "Kræftscreening", unit: "Region Hovedstaden", exact: "1.558", shown: "1.5", round: "1.6" }),
    );
    for (const period of ["2025", "2026"]) {
      const sheet = sheetPart(out, `Fordeling ${period}`);
      expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
      const rels = xlsxPart(out, sheetPartName(out, period).replace(/([^/]+)$/, "_rels/$1.rels"));
      const comments = /Target="\.\.\/(comments\d+\.xml)"/.exec(rels)![1];
      const xml = xlsxPart(out, `xl/${comments}`);
      const count = doc.periods.find((p) => p.period === period)!.adjusted.length;
      // One note per adjusted cell, and the title's (what the sheet is).
      expect((xml.match(/<comment /g) ?? []).length).toBe(count + 1);
      expect(xml).toContain('<comment ref="A1"');
    }
    expect(
      xlsxPart(out, `xl/${/Target="\.\.\/(comments\d+\.xml)"/.exec(xlsxPart(out, sheetPartName(out, "2026").replace(/([^/]+)$/, "_rels/$1.rels")))![1]}`),
    ).toContain("præcist 1,558 – rundet ned, så totalerne stemmer");
    // LibreOffice reads them as comments (annotations) of those cells.
    const ods = convert(out, "fods", dir);
    const annotations = [...fs.readFileSync(ods, "utf8").matchAll(/<office:annotation\b[\s\S]*?<\/office:annotation>/g)].map((m) => m[0]);
    expect(annotations.filter((a) => /præcist .* – rundet (ned|op), så totalerne stemmer/.test(a)).length).toBe(adjusted.length);
  });

  test("the findings sheet lists every finding with a link to its cell; the print titles and areas are defined names", () => {
    const fund = printed.filter((p) => /^\s*Fordeling fund\s+Side/m.test(p.text));
    expect(fund.length).toBeGreaterThanOrEqual(1);
    expect(fund[0].text).toContain("CHILDREN_SUM_MISMATCH");
    expect(sheetPart(out, "Fordeling fund")).toContain("HYPERLINK(&quot;#Initiativer!F16&quot;,&quot;Initiativer!F16&quot;)");
    const workbook = xlsxPart(out, "xl/workbook.xml");
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'Fordeling 2026'!\$A:\$A,'Fordeling 2026'!\$5:\$5<\/definedName>/);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">'Fordeling 2026'!\$A\$1:\$G\$\d+<\/definedName>/);
  });
});

/** The part name of a period sheet (xl/worksheets/sheetN.xml). */
function sheetPartName(file: string, period: string): string {
  const workbook = xlsxPart(file, "xl/workbook.xml");
  const rid = new RegExp(`<sheet\\b[^>]*name="Fordeling ${period}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const rels = xlsxPart(file, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}
