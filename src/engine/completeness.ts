import { PeriodFacts } from "./check-facts";
import { Dec } from "./decimal";
import { Finding } from "./findings";
import { PeriodAllocation, TableModel } from "./table";

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
  const problems: string[] = [];
  const restated = (d: Dec | null) =>
    d === null || !restate ? d : d.times(restate.factor);
  // A national figure rounded with the rest is its restated amount within one step (a sum of
  // `figures` such figures, each rounded on its own sheet: within that many steps).
  const near = (shown: Dec, exact: Dec, rounded: boolean, figures = 1) =>
    rounded && restate
      ? shown.minus(exact).abs().lt(restate.step.times(figures))
      : shown.eq(exact);
  const rows = model.rows;
  const n = rows.length;
  const root: boolean[] = new Array(n).fill(false);
  const underDelegating: boolean[] = new Array(n).fill(false);
  let input = new Dec(0);
  for (let i = 0; i < n; i++) {
    const parent = rows[i].parent;
    underDelegating[i] =
      parent === null || (underDelegating[parent] && facts.delegates[parent]);
    if (!underDelegating[i]) continue;
    if (parent === null && facts.eff[i] !== null)
      input = input.plus(facts.eff[i]!);
    root[i] = !facts.delegates[i];
  }

  const accounted: number[] = new Array(n).fill(0);
  const seen: boolean[] = new Array(n).fill(false);
  const listed: number[] = new Array(n).fill(0);
  let inTotals = new Dec(0);
  let excludedSum = new Dec(0);
  for (const p of sheets) {
    const here = new Set<number>();
    for (const r of p.rows) {
      if (here.has(r.row)) problems.push(`${r.name}: shown twice on one sheet`);
      here.add(r.row);
      seen[r.row] = true;
      if (!root[r.row]) continue;
      if (r.status === "error") accounted[r.row]++;
      else if (r.status === "allocated" || r.status === "other") {
        accounted[r.row]++;
        const own = restated(facts.own[r.row]);
        if (!r.national || !own || !near(r.national, own, true))
          problems.push(
            `${r.name}: national ${r.national} is not its amount ${facts.own[r.row]}`,
          );
      }
    }
    let sum = new Dec(0);
    for (const x of p.excluded) {
      listed[x.row]++;
      const r = p.rows[x.position];
      if (!r || r.row !== x.row || r.status !== "error")
        problems.push(`${x.name}: excluded, but not shown in error`);
      const own = restated(facts.own[x.row]);
      if (
        (x.national === null) !== (own === null) ||
        (own && !own.eq(x.national!))
      )
        problems.push(
          `${x.name}: excluded ${x.national}, its amount is ${own}`,
        );
      if (x.national) sum = sum.plus(x.national);
    }
    if (!sum.eq(p.excludedTotal))
      problems.push(`excludedTotal ${p.excludedTotal} ≠ ${sum} listed`);
    inTotals = inTotals.plus(p.total.national);
    excludedSum = excludedSum.plus(p.excludedTotal);
  }

  for (let i = 0; i < n; i++) {
    const name = rows[i].name;
    if ((facts.own[i] !== null || facts.bad[i]) && !seen[i])
      problems.push(`${name}: has an amount but is on no sheet`);
    if (root[i] && (facts.own[i] !== null || facts.bad[i])) {
      if (accounted[i] !== 1)
        problems.push(`${name}: accounted for ${accounted[i]} times, not once`);
      const inError =
        facts.failed[i] && (facts.own[i] !== null || facts.bad[i]);
      if (inError && listed[i] !== 1)
        problems.push(
          `${name}: not allocated, listed as excluded ${listed[i]} times`,
        );
      if (inError && !hasErrorFinding(rows[i], period, periodIndex, findings))
        problems.push(`${name}: excluded without an error finding`);
      if (!inError && listed[i] > 0)
        problems.push(`${name}: listed as excluded, but accounted for`);
    } else if (listed[i] > 0)
      problems.push(
        `${name}: listed as excluded, but a row above it takes its money`,
      );
  }
  const out = inTotals.plus(excludedSum);
  if (!near(out, restated(input)!, true, Math.max(sheets.length, 1)))
    problems.push(
      `allocated and Øvrige ${inTotals} + excluded ${excludedSum} = ${out}, not the input total ${restated(input)}`,
    );
  return problems;
}

/** An error finding about the row in the period: on its amount cell, or naming it. */
function hasErrorFinding(
  row: TableModel["rows"][number],
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
