import {
  decimalsInRange,
  Lang,
  MAX_DECIMALS,
  Method,
  METHODS,
  MIN_DECIMALS,
} from "../engine";
import { parsePassOnText, PassOn } from "../sheets/pass-on";
import { parseFactorSetting } from "../sheets/price-level";

export interface CliArgs {
  command: "fill" | "check" | "round" | "help";
  input: string;
  output: string | null;
  decimals: number | null;
  method: Method;
  periods: string[] | null;
  lang: Lang;
  json: boolean;
  /** Where the tables are (SPEC §1): a sheet name, a table name or a range such as 'Ark1'!B3:H40. */
  initiatives: string | null;
  keys: string | null;
  /** Replace an existing output file that is not Fordel's earlier output of this input. */
  force: boolean;
  /** Show a stack trace with an unexpected error. */
  debug: boolean;
  /** `--pass-on "Region Hovedstaden=Hospitaler"` (repeatable): second steps, in order. */
  passOn: PassOn[];
  /** `round`: the range to round, e.g. 'Ark1'!A1:E6 (SPEC §5). */
  range: string | null;
  /** Revision (SPEC §2): Fordel's published output to compare with. */
  previous: string | null;
  /** Price level factor(s) as typed: `1,028`, or per period `2026=1,028; 2027=1,031` (repeated options joined by `;`). */
  plFactor: string | null;
  /** The amounts' unit for the sheets' titles (`--unit "Mio. kr. (2025-pl)"`); null: as read above the table. */
  unit: string | null;
  /** `--layout transposed`: units as rows, initiatives as columns. */
  layout: "columns" | "transposed";
}

export const USAGE = `Brug / usage:
  fordel fill <in.xlsx> [-o <out.xlsx>] [--decimals N] [--method reconciled|largest-remainder|nearest] [--period P] [--lang da|en]
              [--initiatives WHERE] [--keys WHERE] [--pass-on "UNIT=GROUP"]... [--previous FILE] [--pl-factor F | PERIOD=F]... [--unit TEXT] [--layout columns|transposed] [--force] [--json]
  fordel check <in.xlsx> [--initiatives WHERE] [--keys WHERE] [--json] [--lang da|en]
  fordel round <in.xlsx> --range "'Ark1'!A1:E6" [--decimals N] [-o <out.xlsx>] [--force] [--json] [--lang da|en]
--pass-on "Region Hovedstaden=Hospitaler": fordel enhedens tal videre med gruppens nøgle / pass the unit's figures on by the group's key
--previous FILE: Fordels offentliggjorte fordeling; færrest mulige tal ændres / Fordel's published output; as few figures as possible change.
--pl-factor F | ÅR=F: omregn beløbene til nyt prisniveau, fx 1,028, eller pr. periode (gentag: --pl-factor 2026=1,028 --pl-factor 2027=1,031) / restate the amounts in a new price level, e.g. 1.028, or per period (repeat: --pl-factor 2026=1.028 --pl-factor 2027=1.031).
WHERE: et ark, en tabel eller et område / a sheet, a table or a range, e.g. 'Ark1'!B3:H40
Uden -o skriver fill <in>-fordelt.xlsx ved siden af input; input ændres aldrig.
Without -o, fill writes <in>-fordelt.xlsx beside the input; the input is never changed.
En eksisterende outputfil erstattes kun, hvis den er Fordels tidligere output af samme input (ellers --force).
An existing output file is replaced only when it is Fordel's earlier output of the same input (else --force).
Exit: 0 done (warnings allowed), 1 errors found (the rest still written), 2 unusable input.`;

type Command = CliArgs["command"];

/** The commands an option is for, and what to say when it is given to another. */
type Only = { commands: readonly Command[]; message: string };
const FILL: Only = {
  commands: ["fill"],
  message: "kun til fill / only for fill",
};
const FILL_CHECK: Only = {
  commands: ["fill", "check"],
  message: "kun til fill / only for fill",
};
const FILL_ROUND: Only = {
  commands: ["fill", "round"],
  message: "kun til fill og round / only for fill and round",
};
const ROUND: Only = {
  commands: ["round"],
  message: "kun til round / only for round",
};

/** One option of the command line: the commands it is for, and what it sets. */
type OptionSpec = {
  /** All commands when absent. */
  only?: Only;
} & (
  | { flag: true; set: (args: CliArgs) => void }
  /** Takes a value (`--x v` or `--x=v`); throws an Error for the user on a bad one. */
  | { flag?: false; set: (args: CliArgs, value: string) => void }
);

/** An option with a value. */
const valued = (
  set: (args: CliArgs, value: string) => void,
  only?: Only,
): OptionSpec => ({ set, only });

/** An option without a value (one given with `=` is ignored). */
const flag = (set: (args: CliArgs) => void, only?: Only): OptionSpec => ({
  flag: true,
  set,
  only,
});

const OPTIONS = new Map<string, OptionSpec>([
  ["-o", valued((a, v) => (a.output = v), FILL_ROUND)],
  ["--output", valued((a, v) => (a.output = v), FILL_ROUND)],
  ["--decimals", valued((a, v) => (a.decimals = decimalsOption(v)))],
  ["--method", valued((a, v) => (a.method = methodOption(v)))],
  [
    "--period",
    valued((a, v) => (a.periods = [...(a.periods ?? []), ...periodsOption(v)])),
  ],
  ["--lang", valued((a, v) => (a.lang = langOption(v)))],
  ["--json", flag((a) => (a.json = true))],
  ["--initiatives", valued((a, v) => (a.initiatives = v))],
  ["--keys", valued((a, v) => (a.keys = v))],
  ["--force", flag((a) => (a.force = true), FILL_ROUND)],
  ["--pass-on", valued((a, v) => a.passOn.push(passOnOption(v)), FILL_CHECK)],
  ["--range", valued((a, v) => (a.range = v), ROUND)],
  ["--unit", valued((a, v) => (a.unit = unitOption(v)), FILL)],
  ["--layout", valued((a, v) => (a.layout = layoutOption(v)), FILL)],
  ["--debug", flag((a) => (a.debug = true))],
  ["--previous", valued((a, v) => (a.previous = v), FILL)],
  [
    "--pl-factor",
    valued((a, v) => (a.plFactor = plFactorOption(a.plFactor, v))),
  ],
]);

function defaults(): CliArgs {
  return {
    command: "help",
    input: "",
    output: null,
    decimals: null,
    method: "reconciled",
    periods: null,
    lang: "da",
    json: false,
    initiatives: null,
    keys: null,
    force: false,
    debug: false,
    passOn: [],
    range: null,
    previous: null,
    plFactor: null,
    unit: null,
    layout: "columns",
  };
}

/** Parses the command line (SPEC §5); throws an Error with a message for the user on bad usage. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args = defaults();
  const [command, ...rest] = argv;
  if (
    command === undefined ||
    command === "help" ||
    command === "--help" ||
    command === "-h"
  )
    return args;
  if (command !== "fill" && command !== "check" && command !== "round")
    throw new Error(`Ukendt kommando / unknown command: ${command}`);
  args.command = command;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (isOption(arg)) i = readOption(args, command, rest, i);
    else positional.push(arg);
  }
  args.input = theInput(positional);
  if (command === "round" && args.range === null)
    throw new Error(
      `round: angiv --range, fx --range "'Ark1'!A1:E6" / give --range, e.g. --range "'Ark1'!A1:E6"`,
    );
  return args;
}

/** An option (`--x`, `--x=v`, `-o`), not a file name; an unknown one is an error. */
function isOption(arg: string): boolean {
  const name = /^(--[a-z]+(?:-[a-z]+)*)=/.exec(arg)?.[1] ?? arg;
  if (OPTIONS.has(name)) return true;
  if (arg.startsWith("-") && arg !== "-")
    throw new Error(`Ukendt tilvalg / unknown option: ${name}`);
  return false;
}

/** Sets what the option at `rest[i]` says; the index of the last argument it used. */
function readOption(
  args: CliArgs,
  command: Command,
  rest: readonly string[],
  i: number,
): number {
  let arg = rest[i];
  let inline: string | undefined;
  const eq = /^(--[a-z]+(?:-[a-z]+)*)=(.*)$/.exec(arg);
  if (eq) [arg, inline] = [eq[1], eq[2]];
  const spec = OPTIONS.get(arg)!;
  if (spec.only && !spec.only.commands.includes(command))
    throw new Error(`${arg}: ${spec.only.message}`);
  if (spec.flag) {
    spec.set(args);
    return i;
  }
  if (inline !== undefined) {
    spec.set(args, inline);
    return i;
  }
  if (rest[i + 1] === undefined)
    throw new Error(`${arg} mangler en værdi / needs a value`);
  spec.set(args, rest[i + 1]);
  return i + 1;
}

/** The one input file among the arguments that are not options. */
function theInput(positional: readonly string[]): string {
  if (positional.length !== 1)
    throw new Error(
      positional.length === 0
        ? "Angiv en .xlsx-fil / give an .xlsx file"
        : `Kun én inputfil / only one input file (fik / got ${positional.join(" ")})`,
    );
  return positional[0];
}

function decimalsOption(v: string): number {
  if (!/^-?\d+$/.test(v) || !decimalsInRange(Number(v)))
    throw new Error(
      `--decimals: et helt tal fra ${MIN_DECIMALS} til ${MAX_DECIMALS}, fx 1, 0 eller -3 / a whole number from ${MIN_DECIMALS} to ${MAX_DECIMALS}, e.g. 1, 0 or -3 (fik / got ${v})`,
    );
  return Number(v);
}

function methodOption(v: string): Method {
  if (!(METHODS as readonly string[]).includes(v))
    throw new Error(`--method: ${METHODS.join(" | ")} (fik / got ${v})`);
  return v as Method;
}

/** `--period 2026,2027` (repeatable): the periods, in order. */
function periodsOption(v: string): string[] {
  return v
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function langOption(v: string): Lang {
  if (v !== "da" && v !== "en")
    throw new Error(`--lang: da | en (fik / got ${v})`);
  return v;
}

function passOnOption(v: string): PassOn {
  const p = parsePassOnText(v);
  if (!p)
    throw new Error(
      `--pass-on: "ENHED=GRUPPE", fx "Region Hovedstaden=Hospitaler" / "UNIT=GROUP" (fik / got ${v})`,
    );
  return p;
}

function unitOption(value: string): string {
  const v = value.trim();
  if (v === "" || v.length > 100)
    throw new Error(
      `--unit: en kort tekst, fx "Mio. kr. (2025-pl)" / a short text, e.g. "DKK 1,000"`,
    );
  return v;
}

function layoutOption(v: string): CliArgs["layout"] {
  if (v !== "columns" && v !== "transposed")
    throw new Error(`--layout: columns | transposed (fik / got ${v})`);
  return v;
}

/** `--pl-factor` (repeatable): the factors so far and this one, joined by `;`. */
function plFactorOption(before: string | null, v: string): string {
  const all = before === null ? v : `${before}; ${v}`;
  if (parseFactorSetting(v) === null || parseFactorSetting(all) === null)
    throw new Error(
      `--pl-factor: en positiv faktor, fx 1,028, eller ÅR=FAKTOR, fx 2026=1,028, højst én pr. periode / a positive factor, e.g. 1.028, or YEAR=FACTOR, e.g. 2026=1.028, at most one per period (fik / got ${v})`,
    );
  return all;
}

/** `<in>-fordelt.xlsx` beside the input (`.xlsm` stays `.xlsm`: a workbook with macros cannot be an .xlsx). */
export function defaultOutput(input: string, suffix = "-fordelt"): string {
  return input.replace(/(\.xls[xm])?$/i, (ext) =>
    ext.toLowerCase() === ".xlsm" ? `${suffix}.xlsm` : `${suffix}.xlsx`,
  );
}
