import { Lang, Method, METHODS } from "../engine";

export interface CliArgs {
  command: "fill" | "check" | "help";
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
  /** The amounts' unit for the sheets' titles (`--unit "Mio. kr. (2025-pl)"`); null: as read above the table. */
  unit: string | null;
  /** `--layout transposed`: units as rows, initiatives as columns. */
  layout: "columns" | "transposed";
}

export const USAGE = `Brug / usage:
  fordel fill <in.xlsx> [-o <out.xlsx>] [--decimals N] [--method reconciled|largest-remainder|nearest] [--period P] [--lang da|en]
              [--initiatives WHERE] [--keys WHERE] [--unit TEXT] [--layout columns|transposed] [--force] [--json]
  fordel check <in.xlsx> [--initiatives WHERE] [--keys WHERE] [--json] [--lang da|en]
WHERE: et ark, en tabel eller et område / a sheet, a table or a range, e.g. 'Ark1'!B3:H40
Uden -o skriver fill <in>-fordelt.xlsx ved siden af input; input ændres aldrig.
Without -o, fill writes <in>-fordelt.xlsx beside the input; the input is never changed.
En eksisterende outputfil erstattes kun, hvis den er Fordels tidligere output af samme input (ellers --force).
An existing output file is replaced only when it is Fordel's earlier output of the same input (else --force).
Exit: 0 done (warnings allowed), 1 errors found (the rest still written), 2 unusable input.`;

/** Parses the command line (SPEC §5); throws an Error with a message for the user on bad usage. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
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
    unit: null,
    layout: "columns",
  };
  const [command, ...rest] = argv;
  if (
    command === undefined ||
    command === "help" ||
    command === "--help" ||
    command === "-h"
  )
    return args;
  if (command !== "fill" && command !== "check")
    throw new Error(`Ukendt kommando / unknown command: ${command}`);
  args.command = command;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    let inline: string | undefined;
    const eq = /^(--[a-z]+)=(.*)$/.exec(arg);
    if (eq) [arg, inline] = [eq[1], eq[2]];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = rest[++i];
      if (v === undefined)
        throw new Error(`${arg} mangler en værdi / needs a value`);
      return v;
    };
    switch (arg) {
      case "-o":
      case "--output":
        if (command !== "fill")
          throw new Error(`${arg}: kun til fill / only for fill`);
        args.output = value();
        break;
      case "--decimals": {
        const v = value();
        if (!/^-?\d+$/.test(v) || Math.abs(Number(v)) > 15)
          throw new Error(
            `--decimals: et helt tal, fx 1, 0 eller -3 / a whole number, e.g. 1, 0 or -3 (fik / got ${v})`,
          );
        args.decimals = Number(v);
        break;
      }
      case "--method": {
        const v = value();
        if (!(METHODS as readonly string[]).includes(v))
          throw new Error(`--method: ${METHODS.join(" | ")} (fik / got ${v})`);
        args.method = v as Method;
        break;
      }
      case "--period":
        args.periods = [
          ...(args.periods ?? []),
          ...value()
            .split(",")
            .map((p) => p.trim())
            .filter((p) => p !== ""),
        ];
        break;
      case "--lang": {
        const v = value();
        if (v !== "da" && v !== "en")
          throw new Error(`--lang: da | en (fik / got ${v})`);
        args.lang = v;
        break;
      }
      case "--json":
        args.json = true;
        break;
      case "--initiatives":
        args.initiatives = value();
        break;
      case "--keys":
        args.keys = value();
        break;
      case "--force":
        if (command !== "fill")
          throw new Error(`${arg}: kun til fill / only for fill`);
        args.force = true;
        break;
      case "--unit": {
        if (command !== "fill")
          throw new Error(`${arg}: kun til fill / only for fill`);
        const v = value().trim();
        if (v === "" || v.length > 100)
          throw new Error(
            `--unit: en kort tekst, fx "Mio. kr. (2025-pl)" / a short text, e.g. "DKK 1,000"`,
          );
        args.unit = v;
        break;
      }
      case "--layout": {
        if (command !== "fill")
          throw new Error(`${arg}: kun til fill / only for fill`);
        const v = value();
        if (v !== "columns" && v !== "transposed")
          throw new Error(`--layout: columns | transposed (fik / got ${v})`);
        args.layout = v;
        break;
      }
      case "--debug":
        args.debug = true;
        break;
      default:
        if (arg.startsWith("-") && arg !== "-")
          throw new Error(`Ukendt tilvalg / unknown option: ${arg}`);
        positional.push(arg);
    }
  }
  if (positional.length !== 1)
    throw new Error(
      positional.length === 0
        ? "Angiv en .xlsx-fil / give an .xlsx file"
        : `Kun én inputfil / only one input file (fik / got ${positional.join(" ")})`,
    );
  args.input = positional[0];
  return args;
}

/** `<in>-fordelt.xlsx` beside the input (`.xlsm` stays `.xlsm`: a workbook with macros cannot be an .xlsx). */
export function defaultOutput(input: string): string {
  return input.replace(/(\.xls[xm])?$/i, (ext) =>
    ext.toLowerCase() === ".xlsm" ? "-fordelt.xlsm" : "-fordelt.xlsx",
  );
}
