import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inflateRawSync } from "zlib";
import { main } from "../../src/cli/main";

export const EXAMPLE = path.resolve(__dirname, "../../examples/kraeftplan-v.xlsx");

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "fordel-test-"));
}

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], now = new Date(2025, 10, 23, 10, 0)): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n"), now: () => now });
  return { code, out, err };
}

/** Every sheet's cells as plain values (formulas by their cached result, read with cell.result: cell.value drops a 0), 0-based rows and columns. */
export async function readValues(file: string): Promise<Map<string, (string | number | boolean | null)[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, (string | number | boolean | null)[][]>();
  wb.eachSheet((ws) => {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        out[c - 1] = cell.formula ? ((cell.result as number | undefined) ?? null) : (cell.value as string | number | boolean | null);
      });
      rows[r - 1] = Array.from(out, (x) => x ?? null);
    });
    sheets.set(
      ws.name,
      Array.from(rows, (x) => x ?? []),
    );
  });
  return sheets;
}

/** The formulas of a sheet, by "row:col" (0-based). */
export async function readFormulas(file: string, sheet: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const formulas = new Map<string, string>();
  wb.getWorksheet(sheet)!.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const v = cell.value as unknown;
      if (v !== null && typeof v === "object" && "formula" in (v as object)) formulas.set(`${r - 1}:${c - 1}`, (v as { formula: string }).formula);
    }),
  );
  return formulas;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/**
 * Opens the workbook in LibreOffice, recalculating every formula (a private profile set to
 * always recalculate .xlsx on load), and returns each sheet as CSV cells (raw values, not as shown).
 */
export function libreOfficeValues(file: string): Map<string, string[][]> {
  if (!fs.existsSync(SOFFICE)) {
    throw new Error(`LibreOffice is missing (${SOFFICE}): install it with apt-get install libreoffice-calc (CI does), or set SOFFICE.`);
  }
  const dir = tempDir();
  const profile = path.join(dir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const outDir = path.join(dir, "csv");
  const input = path.join(dir, "book.xlsx");
  fs.copyFileSync(file, input);
  // Field 9 false: raw values, not as shown; field 12 -1: every sheet to its own file.
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
      "--outdir",
      outDir,
      input,
    ],
    { stdio: "pipe", timeout: 120000 },
  );
  const sheets = new Map<string, string[][]>();
  for (const f of fs.readdirSync(outDir)) {
    const m = /^book-(.*)\.csv$/.exec(f);
    if (m) sheets.set(m[1], parseCsv(fs.readFileSync(path.join(outDir, f), "utf8")));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (sheets.size === 0) throw new Error(`LibreOffice wrote no CSV for ${file}`);
  return sheets;
}

/** One file inside a .xlsx (a zip) as text, e.g. "xl/workbook.xml": what Excel reads, not what exceljs makes of it. */
export function xlsxPart(file: string, part: string): string {
  const zip = fs.readFileSync(file);
  // End of central directory: the entry count and where the directory starts.
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (name === part) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    at += 46 + skip;
  }
  throw new Error(`${part} is not in ${file}`);
}

/** A worksheet's part in a .xlsx, found by the sheet's name through the workbook and its relationships. */
export function sheetPart(file: string, sheet: string): string {
  const attr = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const element = (xlsxPart(file, "xl/workbook.xml").match(/<sheet\s[^>]*>/g) ?? []).find((e) => decode(attr(e, "name") ?? "") === sheet);
  const id = element && attr(element, "r:id");
  const rel = (xlsxPart(file, "xl/_rels/workbook.xml.rels").match(/<Relationship\s[^>]*>/g) ?? []).find((e) => attr(e, "Id") === id);
  const target = rel && attr(rel, "Target");
  if (!target) throw new Error(`no sheet ${sheet} in ${file}`);
  return xlsxPart(file, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
}

/** The `<c>` element of a cell in a worksheet part's XML ("" when the cell is not written). */
export function cellXml(sheetXml: string, address: string): string {
  return new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`).exec(sheetXml)?.[0] ?? "";
}
