import { PeriodFacts } from "./check-facts";
import { Dec } from "./decimal";
import { Finding } from "./findings";
import { InitiativeRow, PeriodAllocation, TableModel } from "./table";

/**
 * Completeness (SPEC §3, rule 1 of the project: every figure is used exactly once or named in a
 * finding), for one period over all its sheets. From the model alone: the money roots are the
 * rows that take their money as a whole – reached from the top through headings and linked
 * parents, each with an own amount or an unreadable cell. Each root must appear exactly once
 * with a status that accounts for it (allocated or Øvrige with its own amount, or error), every
 * root in error must be listed as excluded with its amount and have an error finding, nothing
 * else may be listed, every row with an amount must be on some sheet, and allocated + Øvrige +
 * excluded must equal the input total (the sum of the top-level effective amounts).
 */
export function completenessProblems(
  model: TableModel,
  facts: PeriodFacts,
  period: string,
  periodIndex: number,
  sheets: readonly PeriodAllocation[],
  findings: readonly Finding[],
  /** A price level: amounts restated by `factor`; national figures (allocated or to others) rounded down or up to `step`. */
  restate: { factor: Dec; step: Dec } | null = null,
): string[] {
  const c: Completeness = {
    facts,
    problems: [],
    restated: (d) => (d === null || !restate ? d : d.times(restate.factor)),
    // A national figure rounded with the rest is its restated amount within one step (a sum of
    // `figures` such figures, each rounded on its own sheet: within that many steps).
    near: (shown, exact, rounded, figures = 1) =>
      rounded && restate
        ? shown.minus(exact).abs().lt(restate.step.times(figures))
        : shown.eq(exact),
  };
  const { root, input } = moneyRoots(model, facts);
  const tally = tallySheets(c, model.rows.length, root, sheets);
  model.rows.forEach((row, i) =>
    checkRow(c, row, i, root[i], tally, (r) =>
      hasErrorFinding(r, period, periodIndex, findings),
    ),
  );
  const out = tally.inTotals.plus(tally.excludedSum);
  if (!c.near(out, c.restated(input)!, true, Math.max(sheets.length, 1)))
    c.problems.push(
      `allocated and Øvrige ${tally.inTotals} + excluded ${tally.excludedSum} = ${out}, not the input total ${c.restated(input)}`,
    );
  return c.problems;
}

/** What every step of the check reads, and the problems it finds. */
interface Completeness {
  facts: PeriodFacts;
  problems: string[];
  restated: (d: Dec | null) => Dec | null;
  near: (shown: Dec, exact: Dec, rounded: boolean, figures?: number) => boolean;
}

/** Per model row, what the sheets show of it. */
interface Tally {
  /** Times shown as a root with a status that accounts for it. */
  accounted: number[];
  /** On some sheet. */
  seen: boolean[];
  /** Times listed as excluded. */
  listed: number[];
  /** The sheets' totals (allocated and Øvrige) and their excluded totals. */
  inTotals: Dec;
  excludedSum: Dec;
}

/** The money roots (rows that take their money as a whole) and the input total (top-level effective amounts). */
function moneyRoots(
  model: TableModel,
  facts: PeriodFacts,
): { root: boolean[]; input: Dec } {
  const rows = model.rows;
  const root: boolean[] = new Array(rows.length).fill(false);
  const underDelegating: boolean[] = new Array(rows.length).fill(false);
  let input = new Dec(0);
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i].parent;
    underDelegating[i] =
      parent === null || (underDelegating[parent] && facts.delegates[parent]);
    if (!underDelegating[i]) continue;
    if (parent === null && facts.eff[i] !== null)
      input = input.plus(facts.eff[i]!);
    root[i] = !facts.delegates[i];
  }
  return { root, input };
}

/** Counts what every sheet shows and lists of each row, checking national and excluded amounts on the way. */
function tallySheets(
  c: Completeness,
  n: number,
  root: readonly boolean[],
  sheets: readonly PeriodAllocation[],
): Tally {
  const tally: Tally = {
    accounted: new Array(n).fill(0),
    seen: new Array(n).fill(false),
    listed: new Array(n).fill(0),
    inTotals: new Dec(0),
    excludedSum: new Dec(0),
  };
  for (const p of sheets) {
    tallyRows(c, root, p, tally);
    tallyExcluded(c, p, tally);
    tally.inTotals = tally.inTotals.plus(p.total.national);
    tally.excludedSum = tally.excludedSum.plus(p.excludedTotal);
  }
  return tally;
}

/** A sheet's rows: each once on it; a root allocated or under Øvrige shows its own amount. */
function tallyRows(
  c: Completeness,
  root: readonly boolean[],
  p: PeriodAllocation,
  tally: Tally,
): void {
  const here = new Set<number>();
  for (const r of p.rows) {
    if (here.has(r.row)) c.problems.push(`${r.name}: shown twice on one sheet`);
    here.add(r.row);
    tally.seen[r.row] = true;
    if (!root[r.row]) continue;
    if (r.status === "error") tally.accounted[r.row]++;
    else if (r.status === "allocated" || r.status === "other") {
      tally.accounted[r.row]++;
      const own = c.restated(c.facts.own[r.row]);
      if (!r.national || !own || !c.near(r.national, own, true))
        c.problems.push(
          `${r.name}: national ${r.national} is not its amount ${c.facts.own[r.row]}`,
        );
    }
  }
}

/** A sheet's excluded list: each shown in error, with its own amount, adding up to excludedTotal. */
function tallyExcluded(
  c: Completeness,
  p: PeriodAllocation,
  tally: Tally,
): void {
  let sum = new Dec(0);
  for (const x of p.excluded) {
    tally.listed[x.row]++;
    const r = p.rows[x.position];
    if (!r || r.row !== x.row || r.status !== "error")
      c.problems.push(`${x.name}: excluded, but not shown in error`);
    const own = c.restated(c.facts.own[x.row]);
    if (
      (x.national === null) !== (own === null) ||
      (own && !own.eq(x.national!))
    )
      c.problems.push(
        `${x.name}: excluded ${x.national}, its amount is ${own}`,
      );
    if (x.national) sum = sum.plus(x.national);
  }
  if (!sum.eq(p.excludedTotal))
    c.problems.push(`excludedTotal ${p.excludedTotal} ≠ ${sum} listed`);
}

/** One row: on a sheet if it has an amount; a root accounted for once, listed as excluded exactly when in error. */
function checkRow(
  c: Completeness,
  row: InitiativeRow,
  i: number,
  isRoot: boolean,
  { accounted, seen, listed }: Tally,
  hasError: (row: InitiativeRow) => boolean,
): void {
  const { facts, problems } = c;
  const name = row.name;
  const hasAmount = facts.own[i] !== null || facts.bad[i];
  if (hasAmount && !seen[i])
    problems.push(`${name}: has an amount but is on no sheet`);
  if (!(isRoot && hasAmount)) {
    if (listed[i] > 0)
      problems.push(
        `${name}: listed as excluded, but a row above it takes its money`,
      );
    return;
  }
  if (accounted[i] !== 1)
    problems.push(`${name}: accounted for ${accounted[i]} times, not once`);
  const inError = facts.failed[i];
  if (inError && listed[i] !== 1)
    problems.push(
      `${name}: not allocated, listed as excluded ${listed[i]} times`,
    );
  if (inError && !hasError(row))
    problems.push(`${name}: excluded without an error finding`);
  if (!inError && listed[i] > 0)
    problems.push(`${name}: listed as excluded, but accounted for`);
}

/** An error finding about the row in the period: on its amount cell, or naming it. */
function hasErrorFinding(
  row: InitiativeRow,
  period: string,
  periodIndex: number,
  findings: readonly Finding[],
): boolean {
  const cell = row.source?.amountCells[periodIndex];
  return findings.some(
    (f) =>
      f.severity === "error" &&
      ((cell !== undefined &&
        f.cell === cell &&
        (f.sheet === undefined || f.sheet === row.source!.sheet)) ||
        (f.initiative === row.name &&
          (f.period === undefined || f.period === period))),
  );
}
