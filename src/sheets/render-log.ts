/** One row of `Fordeling log` per fill: what was filled, with what, and what it found by severity. */
import { Dec, deviationOnStep, Finding, stepOf, TableResult } from "../engine";
import type { Labels } from "./labels";
import type { LogPlan } from "./plan";

export interface LogContext {
  L: Labels;
  sheet: string;
  create: boolean;
  replaces?: string;
  time: string;
  findings: readonly Finding[];
  sheets: string[];
  /** The price level's factor, recorded with the method; null without one. */
  level: string | null;
}

const num = (d: Dec): number => Number(d.toString());

/** One row of the log: time, periods, keys, step, method, findings (errors, warnings, info), largest deviation, sheets written. */
export function renderLog(result: TableResult, ctx: LogContext): LogPlan {
  const uniq = (xs: string[]) => [...new Set(xs)];
  const periods = uniq(result.periods.map((p) => p.period));
  const keys = uniq(result.periods.flatMap((p) => (p.key ? [p.key.name] : [])));
  const decimals = uniq(result.periods.map((p) => String(p.decimals)));
  const methods = uniq(result.periods.map((p) => ctx.L.methodNames[p.method]));
  // Each period's deviation at its own step (as its sheet shows it), the largest of them.
  const deviation = result.periods.reduce((m, p) => {
    const shown = deviationOnStep(p.maxDeviation, p.decimals);
    return shown.gt(m) ? shown : m;
  }, new Dec(0));
  const step =
    decimals.length === 1
      ? num(stepOf(Number(decimals[0])))
      : decimals.map((d) => stepOf(Number(d)).toString()).join(", ");
  const count = (s: Finding["severity"]) =>
    ctx.findings.filter((f) => f.severity === s).length;
  const row = [
    ctx.time,
    periods.join(", "),
    keys.join(", "),
    step,
    // The price level's factor is recorded with the method (the log's columns stay as they are).
    [...methods, ...(ctx.level ? [ctx.level] : [])].join(", "),
    ctx.L.logFindings(count("error"), count("warning"), count("info")),
    num(deviation),
    ctx.sheets.join(", "),
  ];
  const header = ctx.L.logHeader;
  return {
    sheet: ctx.sheet,
    create: ctx.create,
    ...(ctx.replaces ? { replaces: ctx.replaces } : {}),
    preamble: [[ctx.L.logTitle]],
    header,
    row,
    // Sized to what the first row holds, so the time and the keys are not cut.
    columnWidths: header.map((h, i) =>
      Math.min(60, Math.max(10, h.length, String(row[i] ?? "").length) + 2),
    ),
  };
}
