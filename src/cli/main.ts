/* global process */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { hasErrors, Lang } from "../engine";
import { analyseFill } from "../sheets/analyse";
import { renderFill } from "../sheets/fill";
import type { FillSettings } from "../sheets/settings";
import { toJsonDocument } from "../sheets/json";
import { fillSummary } from "../sheets/summary";
import { CliArgs, defaultOutput, parseArgs, USAGE } from "./args";
import { readWorkbookGrid } from "./read";
import { applyPlan } from "./write";

/** Where the CLI writes: stdout for the result, stderr for messages (so `--json` stays one document). */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  now: () => new Date(),
};

const say = (lang: Lang, da: string, en: string) => (lang === "da" ? da : en);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A user's own sheets in an existing output file that the input does not have: writing over the file would lose them. */
async function foreignSheets(
  output: string,
  input: ExcelJS.Workbook,
): Promise<string[]> {
  const existing = readWorkbookGrid(await load(output)).existing;
  const inInput = new Set(input.worksheets.map((ws) => ws.name.toLowerCase()));
  return existing
    .filter((s) => !s.generated && !inInput.has(s.name.toLowerCase()))
    .map((s) => s.name);
}

/** `fordel fill|check …` (SPEC §5). Returns the exit code: 0 done, 1 errors found, 2 unusable input. */
export async function main(
  argv: string[],
  io: CliIO = defaultIO,
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.command === "help") {
    io.out(USAGE);
    return 0;
  }
  const { lang } = args;
  const input = path.resolve(args.input);
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) {
    io.err(
      say(
        lang,
        `Filen findes ikke: ${args.input}`,
        `No such file: ${args.input}`,
      ),
    );
    return 2;
  }
  let wb: ExcelJS.Workbook;
  try {
    wb = await load(input);
  } catch (e) {
    io.err(
      say(
        lang,
        `Kan ikke læse ${args.input} som .xlsx: ${(e as Error).message}`,
        `Cannot read ${args.input} as .xlsx: ${(e as Error).message}`,
      ),
    );
    return 2;
  }
  const grid = readWorkbookGrid(wb);
  grid.where = {
    ...(args.initiatives !== null ? { initiatives: args.initiatives } : {}),
    ...(args.keys !== null ? { keys: args.keys } : {}),
  };
  const settings: FillSettings = {
    decimals: args.decimals,
    method: args.method,
    periods: args.periods ?? undefined,
    lang,
  };
  // `check` needs only the analysis; `fill` renders it too.
  const analysis = analyseFill(grid, settings);
  const report = () => {
    if (args.json)
      io.out(
        JSON.stringify(
          toJsonDocument(
            analysis.model,
            analysis.result,
            analysis.findings,
            analysis,
          ),
          null,
          2,
        ),
      );
    else
      io.out(fillSummary(analysis.result, analysis.findings, lang, analysis));
  };
  if (analysis.unusable || !analysis.model) {
    report();
    return 2;
  }
  const unknown = (args.periods ?? []).filter(
    (p) => !analysis.model!.periods.includes(p),
  );
  if (unknown.length > 0) {
    io.err(
      say(
        lang,
        `Ukendt periode: ${unknown.join(", ")}. Tabellen har ${analysis.model.periods.join(", ")}.`,
        `Unknown period: ${unknown.join(", ")}. The table has ${analysis.model.periods.join(", ")}.`,
      ),
    );
    return 2;
  }

  if (args.command === "fill") {
    const output = path.resolve(args.output ?? defaultOutput(args.input));
    if (output === input) {
      io.err(
        say(
          lang,
          "Output må ikke være inputfilen; input ændres aldrig. Vælg en anden fil med -o.",
          "The output must not be the input file; the input is never changed. Choose another file with -o.",
        ),
      );
      return 2;
    }
    if (fs.existsSync(output)) {
      const foreign = await foreignSheets(output, wb).catch(() => null);
      if (foreign === null || foreign.length > 0) {
        io.err(
          say(
            lang,
            `${args.output ?? path.basename(output)} findes allerede${foreign ? ` og har egne ark (${foreign.join(", ")})` : " og kan ikke læses"}; den overskrives ikke. Vælg en anden fil med -o.`,
            `${args.output ?? path.basename(output)} already exists${foreign ? ` and has sheets of its own (${foreign.join(", ")})` : " and cannot be read"}; it is not overwritten. Choose another file with -o.`,
          ),
        );
        return 2;
      }
    }
    applyPlan(wb, renderFill(analysis, grid, settings, io.now())!);
    // Write beside the target and rename, so a failed write never leaves half a file.
    const temp = `${output}.${process.pid}.tmp`;
    try {
      await wb.xlsx.writeFile(temp);
      fs.renameSync(temp, output);
    } catch (e) {
      fs.rmSync(temp, { force: true });
      io.err(
        say(
          lang,
          `Kunne ikke skrive ${output}: ${(e as Error).message}`,
          `Could not write ${output}: ${(e as Error).message}`,
        ),
      );
      return 2;
    }
    report();
    if (!args.json)
      io.out(say(lang, `Skrevet: ${output}`, `Written: ${output}`));
    else io.err(say(lang, `Skrevet: ${output}`, `Written: ${output}`));
  } else report();
  return hasErrors(analysis.findings) ? 1 : 0;
}
