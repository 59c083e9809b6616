/* global Buffer */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { hasErrors, Lang } from "../engine";
import { cellAddress, GridCell } from "../sheets/grid";
import { checkPlan } from "../sheets/guard";
import { renderRound } from "../sheets/round-table/render";
import { roundJson, roundRange } from "../sheets/round-table/round";
import { quoteSheet } from "../sheets/step";
import { parseRange, resolveWhere } from "../sheets/where";
import { CliArgs, defaultOutput } from "./args";
import type { Limits } from "./limits";
import type { CliIO } from "./main";
import { checkOutput, writeAtomically } from "./output";
import type { XlsxPackage } from "./package";
import { InputProblem } from "./problems";
import { readFormulas, ReadResult } from "./read-grid";
import { writePackage } from "./write-package";

const say = (lang: Lang, da: string, en: string) => (lang === "da" ? da : en);
const EMPTY: GridCell = { value: null, text: "", indent: 0 };

/**
 * `fordel round <in.xlsx> --range RANGE` (SPEC §5): the range rounded so that its totals add
 * up, written to a new sheet of a copy of the workbook (the input range and file untouched,
 * every other part of the package kept as it was); `--json` prints the numbers.
 */
export function runRound(
  args: CliArgs,
  io: CliIO,
  file: { input: string; shown: string; bytes: Buffer },
  pkg: XlsxPackage,
  read: ReadResult,
  limits: Limits,
): number {
  const { lang } = args;
  const found = rangeCells(args.range!, read);
  if (!found) {
    const sheets = read.grid.sheets.map((s) => s.sheet).join(", ");
    io.err(
      say(
        lang,
        `--range ${args.range}: intet område med det navn. Skriv arket og området, fx --range "'Ark1'!A1:E6" (arkene: ${sheets}).`,
        `--range ${args.range}: no such range. Give the sheet and the range, e.g. --range "'Sheet1'!A1:E6" (the sheets: ${sheets}).`,
      ),
    );
    return 2;
  }
  const { name, box, cells } = found;
  const formulas = readFormulas(pkg, name, box, limits);
  const rounding = roundRange(
    { sheet: name, row: box.top, col: box.left, cells, formulas },
    lang,
    args.decimals,
  );
  const range = `${quoteSheet(name)}!${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
  const { output, sheetName, findings } = writeRounded(
    args,
    io,
    file,
    { pkg, read, limits },
    rounding,
    range,
  );
  const written = say(
    lang,
    `Skrevet: ${output} (arket ${sheetName})`,
    `Written: ${output} (sheet ${sheetName})`,
  );
  if (args.json) {
    io.out(
      JSON.stringify(
        { ...roundJson(range, { ...rounding, findings }) },
        null,
        2,
      ),
    );
    io.err(written);
  } else io.out(summary(lang, range, rounding, findings, written));
  return hasErrors(findings) ? 1 : 0;
}

type Box = NonNullable<ReturnType<typeof parseRange>>;

/**
 * The range's sheet, box and cells; null when there is no such range. Rows and columns past the
 * sheet's used cells are left out (A:Z, 1:1048576 stay small).
 */
function rangeCells(
  text: string,
  read: ReadResult,
): { name: string; box: Box; cells: GridCell[][] } | null {
  const box = parseRange(text);
  const sheet =
    box?.sheet ??
    (read.grid.sheets.length === 1 ? read.grid.sheets[0].sheet : null);
  const block =
    box && sheet !== null
      ? resolveWhere(
          read.grid,
          `${quoteSheet(sheet)}!${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`,
        )
      : null;
  if (!box || sheet === null || !block) return null;
  const rows = Math.min(
    box.bottom - box.top + 1,
    Math.max(1, block.cells.length),
  );
  const cols = Math.min(
    box.right - box.left + 1,
    Math.max(1, ...block.cells.map((row) => row.length)),
  );
  box.bottom = box.top + rows - 1;
  box.right = box.left + cols - 1;
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => block.cells[r]?.[c] ?? EMPTY),
  );
  return { name: block.sheet, box, cells };
}

type Rounding = ReturnType<typeof roundRange>;

/**
 * The rounded range on a new sheet of a copy of the workbook (never over the input, nor over a
 * file that is not Fordel's earlier output of it without --force); where, and the findings.
 */
function writeRounded(
  args: CliArgs,
  io: CliIO,
  file: { input: string; bytes: Buffer },
  { pkg, read, limits }: { pkg: XlsxPackage; read: ReadResult; limits: Limits },
  rounding: Rounding,
  range: string,
): { output: string; sheetName: string; findings: Rounding["findings"] } {
  const output = path.resolve(
    args.output ?? defaultOutput(file.input, "-afrundet"),
  );
  if (
    output === file.input ||
    (fs.existsSync(output) &&
      fs.realpathSync(output) === fs.realpathSync(file.input))
  )
    throw new InputProblem("sameAsInput");
  const source = {
    pathHash: createHash("sha256").update(file.input).digest("hex"),
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
  };
  checkOutput(output, source, args.force, limits);
  const plan = renderRound(rounding, {
    range,
    lang: args.lang,
    existing: read.grid.existing,
    time: io.now(),
  });
  checkPlan(plan, read.grid.existing, { tables: read.grid.tables });
  writeAtomically(
    output,
    writePackage({ pkg, read, plan, source, now: io.now() }),
  );
  return {
    output,
    sheetName: plan.sheets[0].name,
    findings: [...rounding.findings, ...(plan.findings ?? [])],
  };
}

/** The summary on stdout: how many figures differ from ROUND, the findings, where it was written. */
function summary(
  lang: Lang,
  range: string,
  rounding: Rounding,
  findings: Rounding["findings"],
  written: string,
): string {
  const moved = rounding.adjusted.length;
  return [
    say(
      lang,
      `${range} afrundet til ${rounding.result.decimals} decimal(er): ${moved} tal afviger fra AFRUND.`,
      `${range} rounded to ${rounding.result.decimals} decimal(s): ${moved} figures differ from ROUND.`,
    ),
    ...findings.map(
      (f) => `${f.severity}: ${f.cell ? `${f.cell}: ` : ""}${f.message}`,
    ),
    written,
  ].join("\n");
}
