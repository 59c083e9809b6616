/**
 * The CLI keeps every part of the user's workbook (issue 11): a workbook with a chart, comments,
 * data validation, conditional formats, a defined name, a protected sheet, custom document
 * properties and a hidden sheet – as exceljs writes it, and as LibreOffice saves it – is filled,
 * and every zip part other than Fordel's own sheets and the package lists is byte-identical.
 * A re-fill replaces only Fordel's sheets; LibreOffice opens the result with the right values.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readZip, inflateEntry, writeZip } from "../../src/cli/zip";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { EXAMPLE, libreOfficeValues, runCli, SOFFICE, tempDir } from "./helpers";

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function parts(file: string): Map<string, Buffer> {
  return new Map(readZip(fs.readFileSync(file), 10000).map((e) => [e.name, inflateEntry(e, 1e8)]));
}

/** The parts Fordel may change: the package lists, styles (appended to), its record, and its own sheets with their tables. */
function fordelsOwn(out: Map<string, Buffer>): Set<string> {
  const own = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);
  const record = [...out].find(([n, d]) => /^customXml\/item\d+\.xml$/.test(n) && d.includes("urn:fordel:ownership"));
  if (!record) throw new Error("no ownership record");
  own.add(record[0]);
  const ids = [...record[1].toString().matchAll(/sheetId="(\d+)"/g)].map((m) => m[1]);
  const workbook = out.get("xl/workbook.xml")!.toString();
  const rels = out.get("xl/_rels/workbook.xml.rels")!.toString();
  for (const id of ids) {
    const rid = new RegExp(`<sheet\\b[^>]*sheetId="${id}"[^>]*r:id="([^"]+)"|<sheet\\b[^>]*r:id="([^"]+)"[^>]*sheetId="${id}"`).exec(workbook)!;
    const target = new RegExp(`Id="${rid[1] ?? rid[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid[1] ?? rid[2]}"`).exec(rels)!;
    const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
    own.add(part);
    const sheetRels = part.replace(/([^/]+)$/, "_rels/$1.rels");
    own.add(sheetRels);
    for (const m of (out.get(sheetRels)?.toString() ?? "").matchAll(/Target="\.\.\/tables\/([^"]+)"/g)) own.add(`xl/tables/${m[1]}`);
    // The notes of its cells rounded against ROUND: a comments part and its VML drawing.
    for (const m of (out.get(sheetRels)?.toString() ?? "").matchAll(/Target="\.\.\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)"/g)) own.add(`xl/${m[1]}`);
  }
  return own;
}

/** Every part of `before` that Fordel does not own is in `after`, byte for byte. */
function expectCarried(before: Map<string, Buffer>, after: Map<string, Buffer>, beforeIsOurs = false): string[] {
  const own = fordelsOwn(after);
  // In a re-fill, Fordel's parts of the earlier output may go (its old tables are replaced by new ones).
  if (beforeIsOurs) for (const name of fordelsOwn(before)) own.add(name);
  const carried: string[] = [];
  for (const [name, data] of before) {
    if (own.has(name)) continue;
    expect({ name, same: after.get(name)?.equals(data) ?? "missing" }).toEqual({ name, same: true });
    carried.push(name);
  }
  return carried;
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Nøgler'!$D$2:$D$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_Test_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Klassifikation"><vt:lpwstr>Intern</vt:lpwstr></property></Properties>`;

/** The example with everything a user adds: what exceljs can write, then a chart and custom properties by hand. */
async function richWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ini = wb.getWorksheet("Initiativer")!;
  ini.getCell("A2").note = "Fra aftaleteksten";
  ini.addConditionalFormatting({
    ref: "E2:F25",
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["100"], priority: 1, style: { font: { bold: true } } }],
  });
  const keys = wb.getWorksheet("Nøgler")!;
  keys.getCell("D2").dataValidation = { type: "decimal", operator: "between", allowBlank: true, formulae: [0, 1] };
  wb.definedNames.add("'Nøgler'!$D$2", "Hovedstaden_andel");
  const locked = wb.addWorksheet("Låst");
  locked.getCell("A1").value = "Beskyttet";
  await locked.protect("hemmelig", { selectLockedCells: true });
  wb.addWorksheet("Skjult", { state: "hidden" }).getCell("A1").value = "skjult";
  // A user's formula into the sheet Fordel will write (resolved once it exists).
  wb.addWorksheet("Noter").getCell("A1").value = { formula: "'Fordeling 2026'!B13" } as ExcelJS.CellFormulaValue;
  const built = new Map(readZip(Buffer.from(await wb.xlsx.writeBuffer()), 10000).map((e) => [e.name, inflateEntry(e, 1e8)]));
  const kilde = [...built.keys()].find(
    (n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && built.get(n)!.toString().includes("</sheetData>") && n.endsWith("sheet3.xml"),
  )!;
  built.set(kilde, Buffer.from(built.get(kilde)!.toString().replace("</worksheet>", '<drawing r:id="rIdChart"/></worksheet>')));
  const kildeRels = kilde.replace(/([^/]+)$/, "_rels/$1.rels");
  const relsXml =
    built.get(kildeRels)?.toString() ??
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  built.set(
    kildeRels,
    Buffer.from(
      relsXml.replace(
        "</Relationships>",
        '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/></Relationships>',
      ),
    ),
  );
  built.set("xl/drawings/drawing9.xml", Buffer.from(DRAWING));
  built.set(
    "xl/drawings/_rels/drawing9.xml.rels",
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart9.xml"/></Relationships>',
    ),
  );
  built.set("xl/charts/chart9.xml", Buffer.from(CHART));
  built.set("docProps/custom.xml", Buffer.from(CUSTOM));
  built.set(
    "_rels/.rels",
    Buffer.from(
      built
        .get("_rels/.rels")!
        .toString()
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
        ),
    ),
  );
  built.set(
    "[Content_Types].xml",
    Buffer.from(
      built
        .get("[Content_Types].xml")!
        .toString()
        .replace(
          "</Types>",
          '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
        ),
    ),
  );
  fs.writeFileSync(
    file,
    writeZip(
      [...built].map(([name, data]) => ({ name, data })),
      new Date(2026, 0, 1),
    ),
  );
}

/** A copy of `file` as LibreOffice Calc saves it. */
function savedByLibreOffice(file: string): string {
  const out = path.join(dir, "lo");
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 120000 },
  );
  return path.join(out, path.basename(file));
}

/** LibreOffice's recalculated grand total of Region Hovedstaden on a period sheet, and the user's formula into it. */
function libreOfficeCheck(file: string): { total: number; noter: string; controls: string[] } {
  const lo = libreOfficeValues(file);
  const rows = lo.get("Fordeling 2026")!;
  const header = rows[TABLE_HEADER_ROW];
  const total = rows.find((r, i) => i > TABLE_HEADER_ROW && r[0] === "I alt")!;
  const control = header.indexOf("Kontrol");
  return {
    total: Number(total[header.indexOf("Region Hovedstaden")]),
    noter: lo.get("Noter")![0][0],
    controls: [
      ...new Set(
        rows
          .slice(TABLE_HEADER_ROW + 1)
          .map((r) => r[control])
          .filter((v) => v !== ""),
      ),
    ],
  };
}

describe.each([
  ["written by exceljs, with hand-added chart and custom properties", false],
  ["saved by LibreOffice Calc", true],
])("a workbook %s", (_, byLibreOffice) => {
  let input: string;
  let first: string;
  let expectedTotal: number;

  beforeAll(async () => {
    const rich = path.join(dir, `rich-${byLibreOffice ? "lo" : "xl"}.xlsx`);
    await richWorkbook(rich);
    input = byLibreOffice ? savedByLibreOffice(rich) : rich;
    first = path.join(dir, `first-${byLibreOffice ? "lo" : "xl"}.xlsx`);
  });

  test("after fill, every part but Fordel's own sheets and the package lists is byte-identical", async () => {
    const before = fs.readFileSync(input);
    const run = await runCli(["fill", input, "-o", first, "--json"]);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const doc = JSON.parse(run.out);
    expectedTotal = Number(doc.periods.find((p: { period: string }) => p.period === "2026").totals["Region Hovedstaden"]);
    const carried = expectCarried(parts(input), parts(first));
    // The parts the issue names are among those carried.
    const names = carried.join(" ");
    for (const p of [
      /charts\/chart\d+\.xml/,
      /drawings\/drawing\d+\.xml/,
      /comments\d*\.xml/,
      /docProps\/custom\.xml/,
      /sharedStrings\.xml/,
      /tables\/table\d+\.xml/,
    ])
      expect(names).toMatch(p);
    // Styles are appended to, never changed: the input's cell formats are a prefix of the output's.
    const xfs = (file: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(parts(file).get("xl/styles.xml")!.toString())![1];
    expect(xfs(first).startsWith(xfs(input))).toBe(true);
    // The workbook keeps its defined name, hidden and protected sheets.
    const workbook = parts(first).get("xl/workbook.xml")!.toString();
    expect(workbook).toMatch(/Hovedstaden_andel/);
    expect(workbook).toMatch(/name="Skjult"[^>]*state="hidden"|state="hidden"[^>]*name="Skjult"/);
  });

  test("a re-fill of the output replaces only Fordel's own sheets, keeping their ids and places", async () => {
    const second = path.join(dir, `second-${byLibreOffice ? "lo" : "xl"}.xlsx`);
    const run = await runCli(["fill", first, "-o", second]);
    expect(run.code).toBe(0);
    const a = parts(first);
    const b = parts(second);
    expectCarried(a, b, true);
    const sheets = (m: Map<string, Buffer>) =>
      [
        ...m
          .get("xl/workbook.xml")!
          .toString()
          .matchAll(/<sheet\b[^>]*>/g),
      ].map((s) => [/name="([^"]*)"/.exec(s[0])![1], /sheetId="(\d+)"/.exec(s[0])![1]]);
    expect(sheets(b)).toEqual(sheets(a));
  });

  test("LibreOffice opens the output and recalculates the right totals; the user's formula into Fordel's sheet works", () => {
    const check = libreOfficeCheck(first);
    expect(check.total).toBeCloseTo(expectedTotal, 6);
    expect(check.controls).toEqual(["0"]);
    expect(check.noter).not.toMatch(/#REF|Err/);
    expect(check.noter).not.toBe("");
    const again = libreOfficeCheck(path.join(dir, `second-${byLibreOffice ? "lo" : "xl"}.xlsx`));
    expect(again).toEqual(check);
  });
});

test("an .xlsm keeps its macros: vbaProject.bin byte for byte, the output an .xlsm too", async () => {
  const data = parts(EXAMPLE);
  const vba = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256));
  data.set("xl/vbaProject.bin", vba);
  data.set(
    "[Content_Types].xml",
    Buffer.from(
      data
        .get("[Content_Types].xml")!
        .toString()
        .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
        .replace(/application\/vnd\.openxmlformats-officedocument\.PLACEHOLDER/, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    ),
  );
  data.set(
    "xl/_rels/workbook.xml.rels",
    Buffer.from(
      data
        .get("xl/_rels/workbook.xml.rels")!
        .toString()
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
        ),
    ),
  );
  const input = path.join(dir, "makro.xlsm");
  fs.writeFileSync(
    input,
    writeZip(
      [...data].map(([name, d]) => ({ name, data: d })),
      new Date(2026, 0, 1),
    ),
  );
  expect((await runCli(["fill", input])).code).toBe(0);
  const out = parts(path.join(dir, "makro-fordelt.xlsm"));
  expect(out.get("xl/vbaProject.bin")!.equals(vba)).toBe(true);
  expect(out.get("[Content_Types].xml")!.toString()).toMatch(/macroEnabled\.main\+xml/);
  expectCarried(data, out);
});

test("Excel's calculation chain is kept, and dropped (with its listing) only when a sheet it may list is replaced", async () => {
  const data = parts(EXAMPLE);
  data.set(
    "xl/calcChain.xml",
    Buffer.from('<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>'),
  );
  data.set(
    "[Content_Types].xml",
    Buffer.from(
      data
        .get("[Content_Types].xml")!
        .toString()
        .replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
    ),
  );
  data.set(
    "xl/_rels/workbook.xml.rels",
    Buffer.from(
      data
        .get("xl/_rels/workbook.xml.rels")!
        .toString()
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
    ),
  );
  const input = path.join(dir, "calc.xlsx");
  fs.writeFileSync(
    input,
    writeZip(
      [...data].map(([name, d]) => ({ name, data: d })),
      new Date(2026, 0, 1),
    ),
  );
  const first = path.join(dir, "calc-1.xlsx");
  const second = path.join(dir, "calc-2.xlsx");
  expect((await runCli(["fill", input, "-o", first])).code).toBe(0);
  expect(parts(first).get("xl/calcChain.xml")!.equals(data.get("xl/calcChain.xml")!)).toBe(true);
  expect((await runCli(["fill", first, "-o", second])).code).toBe(0);
  const out = parts(second);
  expect(out.has("xl/calcChain.xml")).toBe(false);
  expect(out.get("xl/_rels/workbook.xml.rels")!.toString()).not.toMatch(/calcChain/);
  expect(out.get("[Content_Types].xml")!.toString()).not.toMatch(/calcChain/);
});
