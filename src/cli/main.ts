/* global Buffer, process */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { finding, hasErrors, Lang } from "../engine";
import { analyseFill } from "../sheets/analyse";
import { renderFill } from "../sheets/fill";
import { checkPlan } from "../sheets/guard";
import type { FillAnalysis, FillSettings } from "../sheets/fill-types";
import { toJsonDocument } from "../sheets/json";
import { fillSummary } from "../sheets/summary";
import { CliArgs, defaultOutput, parseArgs, USAGE } from "./args";
import { LIMITS, Limits } from "./limits";
import { checkOutput, writeAtomically } from "./output";
import { openPackage, XlsxPackage } from "./package";
import { InputProblem } from "./problems";
import { readGrid } from "./read-grid";
import { runRound } from "./round";
import { readPublished } from "../sheets/published";
import { writePackage } from "./write-package";

/** Where the CLI writes: stdout for the result, stderr for messages (so `--json` stays one document). */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
  /** Bounds on the work for one input (tests lower them). */
  limits?: Limits;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  now: () => new Date(),
};

const say = (lang: Lang, da: string, en: string) => (lang === "da" ? da : en);

/** The input file's bytes, or an InputProblem saying why it cannot be read. */
function readInput(file: string, shown: string, limits: Limits): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputProblem("notFound", { file: shown });
  }
  if (!stat.isFile()) throw new InputProblem("notFile", { file: shown });
  if (stat.size > limits.fileBytes)
    throw new InputProblem("fileTooLarge", {
      file: shown,
      size: stat.size,
      limit: limits.fileBytes,
    });
  try {
    return fs.readFileSync(file);
  } catch {
    throw new InputProblem("cannotRead", { file: shown });
  }
}

/** `--previous FILE`: Fordel's published sheets read back (a file that cannot be opened is unusable input). */
function readPrevious(file: string, limits: Limits, lang: Lang) {
  const bytes = readInput(path.resolve(file), file, limits);
  const pkg = openAs(bytes, limits, file);
  const grid = readGrid(pkg, limits, lang, true).grid;
  const read = readPublished(grid, lang, path.basename(file));
  if (read.sheets.length === 0)
    read.findings.push(
      finding(
        "warning",
        "REVISION_NOT_READ",
        {
          sheet: path.basename(file),
          reason:
            lang === "da"
              ? "ingen af Fordels fordelingsark"
              : "none of Fordel's allocation sheets",
        },
        {},
        lang,
      ),
    );
  return read;
}

/** The package of the file's bytes; a problem with it names the file as the user wrote it. */
function openAs(bytes: Buffer, limits: Limits, shown: string): XlsxPackage {
  try {
    return openPackage(bytes, limits);
  } catch (e) {
    if (e instanceof InputProblem)
      throw new InputProblem(e.kind, { ...e.detail, file: shown });
    throw e;
  }
}

/** True when the workbook's structure is protected: the user cannot add or replace sheets, so Fordel does not either. */
function structureLocked(pkg: XlsxPackage): boolean {
  const xml = pkg.text(pkg.workbookPart) ?? "";
  const m = /<(?:\w+:)?workbookProtection\b([^>]*)>/.exec(xml);
  return m !== null && /\blockStructure\s*=\s*["'](1|true)["']/.test(m[1]);
}

/** `fordel fill|check …` (SPEC §5). Returns the exit code: 0 done, 1 errors found, 2 unusable input or output refused. */
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
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof InputProblem) {
      io.err(
        e.say(args.lang, String(e.detail.file ?? path.basename(args.input))),
      );
      return 2;
    }
    io.err(
      say(
        args.lang,
        `Uventet fejl i Fordel: ${(e as Error)?.message ?? e}. Intet er skrevet, og inputfilen er uændret. Kør igen med --debug for detaljer, og meld fejlen.`,
        `Unexpected error in Fordel: ${(e as Error)?.message ?? e}. Nothing was written and the input file is unchanged. Run again with --debug for details, and report the error.`,
      ),
    );
    if (args.debug && e instanceof Error && e.stack) io.err(e.stack);
    return 2;
  }
}

async function run(args: CliArgs, io: CliIO): Promise<number> {
  const { lang } = args;
  const limits = io.limits ?? LIMITS;
  const input = path.resolve(args.input);
  const shown = args.input;
  const bytes = readInput(input, shown, limits);
  const pkg = openAs(bytes, limits, shown);
  const read = readGrid(pkg, limits, lang);
  if (args.command === "round") {
    if (structureLocked(pkg))
      throw new InputProblem("structureLocked", { file: shown });
    return runRound(args, io, { input, shown, bytes }, pkg, read, limits);
  }
  const grid = read.grid;
  grid.where = {
    ...(args.initiatives !== null ? { initiatives: args.initiatives } : {}),
    ...(args.keys !== null ? { keys: args.keys } : {}),
  };
  const previous = args.previous
    ? readPrevious(args.previous, limits, lang)
    : null;
  const settings = fillSettings(args, previous);
  // `check` needs only the analysis; `fill` renders it too.
  const parsed = analyseFill(grid, settings);
  let analysis: FillAnalysis = {
    ...parsed,
    unitText: args.unit ?? parsed.unitText,
    findings: [
      ...read.findings,
      ...(previous?.findings ?? []),
      ...parsed.findings,
    ],
  };
  if (analysis.unusable || !analysis.model) {
    report(args, io, analysis);
    return 2;
  }
  if (args.command === "fill") {
    const opened = { input, shown, bytes, pkg, read };
    analysis = fill(args, io, opened, analysis, settings);
  } else report(args, io, analysis);
  return hasErrors(analysis.findings) ? 1 : 0;
}

/** The fill's settings from the command line (and the published sheets of `--previous`). */
function fillSettings(
  args: CliArgs,
  previous: ReturnType<typeof readPrevious> | null,
): FillSettings {
  return {
    decimals: args.decimals,
    method: args.method,
    periods: args.periods ?? undefined,
    lang: args.lang,
    ...(args.passOn.length > 0 ? { passOn: args.passOn } : {}),
    ...(args.plFactor !== null ? { priceFactor: args.plFactor } : {}),
    ...(previous ? { previous: previous.sheets } : {}),
    ...(args.unit !== null ? { unit: args.unit } : {}),
    ...(args.layout !== "columns" ? { layout: args.layout } : {}),
  };
}

/** The result on stdout: the JSON document (`--json`) or the summary. */
function report(args: CliArgs, io: CliIO, analysis: FillAnalysis): void {
  if (args.json)
    io.out(
      JSON.stringify(
        toJsonDocument(analysis.model, analysis.result, analysis.findings, {
          ...analysis,
          priceLevels: analysis.priceLevel ?? null,
        }),
        null,
        2,
      ),
    );
  else
    io.out(
      fillSummary(analysis.result, analysis.findings, args.lang, analysis),
    );
}

/** The input as read: its path, how the user wrote it, its bytes, package and cells. */
interface Opened {
  input: string;
  shown: string;
  bytes: Buffer;
  pkg: XlsxPackage;
  read: ReturnType<typeof readGrid>;
}

/**
 * Writes the output (never over the input, nor over a file that is not Fordel's earlier output
 * of this input without --force) and reports; the analysis with the fill's own findings.
 */
function fill(
  args: CliArgs,
  io: CliIO,
  { input, shown, bytes, pkg, read }: Opened,
  before: FillAnalysis,
  settings: FillSettings,
): FillAnalysis {
  const { lang } = args;
  const limits = io.limits ?? LIMITS;
  const grid = read.grid;
  const output = path.resolve(args.output ?? defaultOutput(args.input));
  if (
    output === input ||
    (fs.existsSync(output) &&
      fs.realpathSync(output) === fs.realpathSync(input))
  )
    throw new InputProblem("sameAsInput");
  if (structureLocked(pkg))
    throw new InputProblem("structureLocked", { file: shown });
  const source = {
    // The path as a hash: the output may be shared, the user's folders are not its business.
    pathHash: createHash("sha256").update(input).digest("hex"),
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
  checkOutput(output, source, args.force, limits);
  const plan = renderFill(before, grid, settings, io.now())!;
  // Sheets kept because the user changed them, or repaired, are findings of the fill too.
  const analysis = {
    ...before,
    findings: [...before.findings, ...(plan.findings ?? [])],
  };
  // The one guard both hosts obey: nothing the ownership rule does not let Fordel write is touched.
  checkPlan(plan, grid.existing, { tables: grid.tables });
  const data = writePackage({ pkg, read, plan, source, now: io.now() });
  writeAtomically(output, data);
  report(args, io, analysis);
  const written = say(lang, `Skrevet: ${output}`, `Written: ${output}`);
  if (!args.json) io.out(written);
  else io.err(written);
  return analysis;
}
