import Decimal from "decimal.js";
import type ExcelJS from "exceljs";

/** A finding a case requires: every given field must match one finding of the run. */
export interface FindingMatch {
  code?: string;
  severity?: "error" | "warning" | "info";
  /** The cell the finding must name ("C7"); a list accepts any of them. */
  cell?: string | string[];
  sheet?: string;
  /** A pattern the message must match (e.g. the name of a missing unit). */
  message?: RegExp;
  initiative?: RegExp;
}

/**
 * What a case must give. Either national totals per period (the sum over every unit and
 * Øvrige modtagere of the JSON `totals` of all entries of that period), or a refusal: an exit
 * code and findings on the right cells. Both may be given (errors stop only what they touch).
 */
export interface Expectation {
  /** Exit code(s) allowed; default 0 when totals are expected. */
  exit?: number | number[];
  /** Period label → exact decimal. The periods given are all the periods there must be. */
  nationalTotals?: Record<string, string>;
  /** Where the source leaves the reading open: one of these sets of totals. */
  nationalTotalsAnyOf?: Record<string, string>[];
  findings?: FindingMatch[];
  /** No unit may receive anything (a broken key must stop the allocation, not scale it). */
  noAllocation?: boolean;
  /** Each unit's grand total in a period, within one step of the exact value worked out from the source. */
  unitTotals?: { period: string; exact: Record<string, string> };
  /** Units that must not appear as recipients (aggregate rows of a pasted key). */
  absentUnits?: string[];
  /** At most this many findings of severity warning or error (one cause, one finding). */
  maxProblems?: number;
  /** Each period entry in the JSON says which step was used (`step`, SPEC §5). */
  stepStated?: boolean;
  /** Cells that must carry no warning or error about their reading (figures that are not ambiguous). */
  cleanCells?: string[];
  /** The JSON's `excluded` (SPEC §5) must name this (a row left out, with its reason). */
  excluded?: RegExp;
  /** The output workbook must have a sheet whose name matches each of these. */
  sheets?: RegExp[];
  /** Text that must be shown on one of Fordel's output sheets (a row left out, with its status). */
  shownOnOutput?: RegExp[];
  /**
   * Where the layout leaves Fordel two honest outcomes: the expectation above, or a refusal
   * (exit 1 or 2) with these findings and no figure wrong (periods left out are fine).
   */
  orRefusal?: FindingMatch[];
  /** A check the fields above cannot say (returns the problems found). */
  extra?: (doc: Doc) => string[];
}

export interface Case {
  /** Short id and title, e.g. "A2 title and unit rows above the header". */
  name: string;
  /** The group (file) the case belongs to; set by cases/index.ts. */
  group?: string;
  /** Where the figures come from (seed and page/table, or "illustrative"). */
  source: string;
  /** Builds the workbook as an officer would have it. */
  build: (wb: ExcelJS.Workbook) => void | Promise<void>;
  /** Extra CLI arguments (`--lang en`, `--initiatives …`). */
  args?: string[];
  /** Save the workbook through LibreOffice before running (as a user of LibreOffice would have it). */
  libreOffice?: boolean;
  expect: Expectation;
}

/** The parts of the `--json` document the corpus reads. */
export interface Doc {
  periods: {
    period: string;
    group: string;
    decimals: number;
    totals: Record<string, string>;
    step?: unknown;
    rows: unknown[];
  }[];
  findings: {
    severity: string;
    code: string;
    message: string;
    sheet: string | null;
    cell: string | null;
    initiative: string | null;
    period: string | null;
  }[];
}

/** What a period label means: its first year (price levels like `2025-pl` left out) and whether it runs on ("Fra 2021 og frem", "Varigt fra 2028"). */
export function periodSense(label: string): string {
  const text = label.toLowerCase().replace(/\(?\s*\d{4}\s*-?\s*pl\s*\)?/g, "");
  const year = /(19|20|21)\d{2}/.exec(text)?.[0] ?? text.trim();
  const open = /fra|from|frem|varig|perman|onward|later|\+|ff\b|årlig/.test(text);
  return open ? `${year}+` : year;
}

const OTHER = "Øvrige modtagere";

const fmtCell = (c: string | null) => (c ?? "").replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();

function findingMatches(f: Doc["findings"][number], m: FindingMatch): boolean {
  if (m.code && f.code !== m.code) return false;
  if (m.severity && f.severity !== m.severity) return false;
  if (m.sheet && f.sheet !== m.sheet) return false;
  if (m.cell) {
    const cells = (Array.isArray(m.cell) ? m.cell : [m.cell]).map((c) => c.toUpperCase());
    if (!cells.includes(fmtCell(f.cell))) return false;
  }
  if (m.message && !m.message.test(f.message)) return false;
  if (m.initiative && !m.initiative.test(f.initiative ?? "")) return false;
  return true;
}

function shown(m: FindingMatch): string {
  return JSON.stringify({
    ...m,
    message: m.message?.source,
    initiative: m.initiative?.source,
  });
}

/** National totals per period sense: every entry's `totals` summed (units and Øvrige modtagere). */
export function nationalTotals(doc: Doc): Map<string, { label: string; total: Decimal }> {
  const out = new Map<string, { label: string; total: Decimal }>();
  for (const p of doc.periods) {
    const sense = periodSense(p.period);
    const sum = Object.values(p.totals).reduce((s, v) => s.plus(new Decimal(v)), new Decimal(0));
    const prev = out.get(sense);
    out.set(sense, {
      label: prev ? prev.label : p.period,
      total: prev ? prev.total.plus(sum) : sum,
    });
  }
  return out;
}

function totalsProblems(doc: Doc, expected: Record<string, string>): string[] {
  const problems: string[] = [];
  const actual = nationalTotals(doc);
  const wanted = new Map(Object.entries(expected).map(([label, v]) => [periodSense(label), { label, value: new Decimal(v) }]));
  for (const [sense, { label, value }] of wanted) {
    const got = actual.get(sense);
    if (!got) problems.push(`period "${label}" missing (got ${[...actual.values()].map((a) => `"${a.label}"`).join(", ") || "none"})`);
    else if (!got.total.eq(value)) problems.push(`period "${label}": national total ${got.total.toString()}, expected ${value.toString()}`);
  }
  for (const [sense, got] of actual) if (!wanted.has(sense)) problems.push(`unexpected period "${got.label}" with national total ${got.total.toString()}`);
  return problems;
}

/** Everything wrong with a run against the case's expectation (empty = the case passes). */
export function problemsOf(expect: Expectation, code: number, doc: Doc | null, output: OutputSheets | null = null): string[] {
  const problems = expectedOutcome(expect, code, doc, output);
  if (problems.length === 0 || !expect.orRefusal || !doc || code === 0) return problems;
  // The other honest outcome: refused, with a finding on the right cell, and no figure wrong.
  const wrongFigures = expect.nationalTotals ? totalsProblems(doc, expect.nationalTotals).filter((p) => !/missing/.test(p)) : [];
  const unmatched = expect.orRefusal.filter((m) => !doc.findings.some((f) => findingMatches(f, m)));
  if (wrongFigures.length === 0 && unmatched.length === 0) return [];
  return [...problems, `nor refused as allowed: ${[...wrongFigures, ...unmatched.map((m) => `no finding ${shown(m)}`)].join("; ")}`];
}

function expectedOutcome(expect: Expectation, code: number, doc: Doc | null, output: OutputSheets | null): string[] {
  const problems: string[] = [];
  const exits = expect.exit === undefined ? [0] : Array.isArray(expect.exit) ? expect.exit : [expect.exit];
  if (!exits.includes(code)) problems.push(`exit code ${code}, expected ${exits.join(" or ")}`);
  if (!doc) return [...problems, "no JSON document on stdout"];
  if (expect.nationalTotals) {
    const wrong = totalsProblems(doc, expect.nationalTotals);
    // The worst outcome, named as such: wrong figures with exit 0 (no error stopped them).
    if (wrong.length > 0 && code === 0 && nationalTotals(doc).size > 0) {
      const warnings = doc.findings.filter((f) => f.severity === "warning");
      problems.push(
        `SILENTLY WRONG: exit 0 with wrong totals${warnings.length ? ` (warnings: ${[...new Set(warnings.map((f) => f.code))].join(", ")})` : ", not a single warning"}`,
      );
    }
    problems.push(...wrong);
  }
  if (expect.nationalTotalsAnyOf) {
    const each = expect.nationalTotalsAnyOf.map((t) => totalsProblems(doc, t));
    if (each.every((p) => p.length > 0)) problems.push(`none of the allowed readings: ${each.map((p) => p.join("; ")).join(" | ")}`);
  }
  for (const m of expect.findings ?? []) if (!doc.findings.some((f) => findingMatches(f, m))) problems.push(`no finding ${shown(m)}`);
  if (expect.noAllocation)
    for (const p of doc.periods)
      for (const [unit, v] of Object.entries(p.totals))
        if (unit !== OTHER && !new Decimal(v).isZero()) problems.push(`period ${p.period}: ${unit} receives ${v} from a broken key`);
  if (expect.unitTotals) {
    const { period, exact } = expect.unitTotals;
    const entries = doc.periods.filter((p) => periodSense(p.period) === periodSense(period));
    for (const [unit, value] of Object.entries(exact)) {
      const entry = entries.find((p) => unit in p.totals);
      if (!entry) {
        problems.push(`period ${period}: no total for ${unit}`);
        continue;
      }
      const step = new Decimal(10).pow(-entry.decimals);
      const off = new Decimal(entry.totals[unit]).minus(value).abs();
      if (off.gte(step)) problems.push(`period ${period}: ${unit} gets ${entry.totals[unit]}, exact ${value} (more than one step off)`);
    }
  }
  for (const unit of expect.absentUnits ?? [])
    for (const p of doc.periods) if (unit in p.totals) problems.push(`period ${p.period}: "${unit}" is allocated to as a unit`);
  if (expect.maxProblems !== undefined) {
    const serious = doc.findings.filter((f) => f.severity !== "info");
    if (serious.length > expect.maxProblems)
      problems.push(
        `${serious.length} warnings/errors, expected at most ${expect.maxProblems}: ${serious.map((f) => `${f.code}@${f.cell ?? "-"}`).join(", ")}`,
      );
  }
  for (const cell of expect.cleanCells ?? []) {
    const on = doc.findings.filter(
      // KEY_PRECISION is about the key's printed decimals, not about reading the cell.
      (f) => f.severity !== "info" && f.code !== "KEY_PRECISION" && fmtCell(f.cell) === cell.toUpperCase(),
    );
    if (on.length > 0) problems.push(`${cell} should read without a finding, got ${on.map((f) => f.code).join(", ")}`);
  }
  if (expect.excluded) {
    const excluded = [doc, ...doc.periods].map((p) => (p as { excluded?: unknown }).excluded).filter((e) => e !== undefined);
    if (!expect.excluded.test(JSON.stringify(excluded)))
      problems.push(`the JSON's \`excluded\` does not name ${expect.excluded.source} (got ${JSON.stringify(excluded)})`);
  }
  if (readsOutput(expect) && !output) problems.push("no output workbook written");
  for (const name of expect.sheets ?? [])
    if (output && ![...output.keys()].some((n) => name.test(n))) problems.push(`no output sheet ${name.source} (sheets: ${[...output.keys()].join(", ")})`);
  for (const text of expect.shownOnOutput ?? []) {
    const ours = [...(output ?? (new Map() as OutputSheets)).entries()].filter(([n]) => /^(Fordeling|Allocation) /.test(n));
    if (!ours.some(([, rows]) => rows.some((r) => r.some((v) => text.test(String(v ?? "")))))) problems.push(`no output sheet shows ${text.source}`);
  }
  if (expect.extra) problems.push(...expect.extra(doc));
  if (expect.stepStated)
    for (const p of doc.periods) if (p.step === undefined) problems.push(`period ${p.period}: the JSON does not say which step was used (field \`step\`)`);
  return problems;
}

/** The output workbook's sheets as plain values (for `sheets` and `shownOnOutput`). */
export type OutputSheets = Map<string, (string | number | boolean | null)[][]>;

/** True when the case looks at the output workbook, not only at the JSON. */
export const readsOutput = (expect: Expectation) => Boolean(expect.sheets?.length || expect.shownOnOutput?.length);

/** One line per finding, for the failure message. */
export function findingsSummary(doc: Doc | null): string {
  if (!doc) return "";
  const lines = doc.findings.map((f) => `  ${f.severity} ${f.code} ${f.sheet ?? ""}!${f.cell ?? "-"}: ${f.message.slice(0, 140)}`);
  return lines.length > 12 ? [...lines.slice(0, 12), `  … and ${lines.length - 12} more`].join("\n") : lines.join("\n");
}
