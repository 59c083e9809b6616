import { PeriodFacts } from "./check-facts";
import { completenessProblems } from "./completeness";
import { Dec, floorDiv, stepOf, toSteps } from "./decimal";
import { Finding } from "./findings";
import { nameKey, sameName } from "./names";
import { Rational } from "./rational";
import type { PublishedLine, PublishedSheet } from "./revision";
import {
  AllocatedRow,
  AllocationOptions,
  InitiativeRow,
  OTHER_RECIPIENTS,
  PeriodAllocation,
  priceFactorFor,
  TableModel,
  TableResult,
} from "./table";

/**
 * An independent check of an allocation against the guarantees of SPEC §2, for tests and for
 * `fordel check`. It shares no code with the solver or the layout: it re-derives every exact
 * share from the model with its own rationals, re-adds every column, and proves optimality with
 * its own negative-cycle search (Bellman–Ford) on the residual graph of the result.
 */
export interface Violation {
  period: string;
  group: string;
  rule:
    | "SHAPE"
    | "NATIONAL"
    | "ROW_SUM"
    | "BOUNDS"
    | "LINK"
    | "CHILDREN_SUM"
    | "MEMBERS"
    | "COLUMN_SUM"
    | "CHECK_FLAG"
    | "MAX_DEVIATION"
    | "NOT_OPTIMAL"
    | "COMPLETENESS";
  message: string;
}

export interface CheckOptions {
  /** Prove minimal total deviation (reconciled only). Default true. */
  optimality?: boolean;
  /** The findings that must explain every excluded row (default: the result's; pass the parser's too for unreadable cells). */
  findings?: readonly Finding[];
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
const ZERO: Rational = { num: 0n, den: 1n };
function add(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  const num = a.num * b.den + b.num * a.den;
  const den = a.den * b.den;
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

/** One figure shown: its value in steps and its exact value in steps. */
interface Figure {
  value: bigint;
  exact: Rational;
}

/** A figure's revision data: the published value in steps and its exact value then (steps), when known. */
interface Revised {
  published: bigint | null;
  old: Rational | null;
  /** A change no larger than this (steps) counts as none. */
  slack: Rational | null;
}

export function checkAllocation(
  model: TableModel,
  options: AllocationOptions,
  result: TableResult,
  check: CheckOptions = {},
): Violation[] {
  const violations: Violation[] = [];
  const children = PeriodFacts.childrenOf(model);
  const periods = [...new Set(result.periods.map((p) => p.period))];
  for (const period of periods) {
    const periodIndex = model.periods.indexOf(period);
    const sheets = result.periods.filter((q) => q.period === period);
    const errorRows = new Set<number>();
    for (const q of sheets)
      for (const r of q.rows) if (r.status === "error") errorRows.add(r.row);
    const facts = new PeriodFacts(model, children, periodIndex, errorRows);
    for (const p of sheets) {
      for (const v of new SheetCheck(
        model,
        options,
        p,
        periodIndex,
        facts,
        check.optimality ?? true,
      ).run())
        violations.push(v);
    }
    for (const message of completenessProblems(
      model,
      facts,
      period,
      periodIndex,
      sheets,
      check.findings ?? result.findings,
      priceFactorFor(options, period)
        ? {
            factor: priceFactorFor(options, period)!,
            step: stepOf(options.decimals),
          }
        : null,
    ))
      violations.push({
        period,
        group: sheets.map((q) => q.group).join(", "),
        rule: "COMPLETENESS",
        message,
      });
  }
  return violations;
}

class SheetCheck {
  private readonly violations: Violation[] = [];
  private readonly n: number;
  private readonly step: (d: Dec) => bigint;
  /** Exact per sheet row and unit (null: no figure). */
  private readonly exact: (Rational | null)[][];
  private readonly children: number[][];
  /**
   * Per sheet row: "source" (own key), "sum" (its children's sum), "other" (to another
   * recipient, rounded with the rest under a price level) or "none".
   */
  private readonly role: ("source" | "sum" | "other" | "none")[];
  /**
   * With a price level: the factor, and per sheet row the exact national value in steps and the
   * exact value under Øvrige modtagere (rows to other recipients and their sums).
   */
  private readonly factor: Dec | null;
  private readonly nationalExact: (Rational | null)[];
  private readonly otherExact: (Rational | null)[];
  /** The published sheet this one revises, if any. */
  private readonly published: PublishedSheet | null;

  constructor(
    private readonly model: TableModel,
    private readonly options: AllocationOptions,
    private readonly p: PeriodAllocation,
    private readonly periodIndex: number,
    private readonly facts: PeriodFacts,
    private readonly optimality: boolean,
  ) {
    this.n = p.units.length;
    this.step = (d) => {
      const s = toSteps(d, options.decimals);
      if (s === null) throw new Error(`${d} is not on the step`);
      return s;
    };
    const position = new Map(p.rows.map((r, i) => [r.row, i]));
    this.children = p.rows.map(() => []);
    p.rows.forEach((r, i) => {
      if (r.parent !== null && position.has(r.parent))
        this.children[position.get(r.parent)!].push(i);
    });
    this.role = p.rows.map(() => "none");
    this.exact = p.rows.map(() => new Array(this.n).fill(null));
    this.factor = priceFactorFor(options, p.period);
    this.nationalExact = p.rows.map(() => null);
    this.otherExact = p.rows.map(() => null);
    this.published =
      options.method === "reconciled"
        ? (options.previous?.find(
            (q) => q.period === p.period && q.group === p.group,
          ) ?? null)
        : null;
  }

  /** An amount in steps, exactly (restated by the price level when there is one). */
  private exactSteps(amount: Dec): Rational {
    const v = this.factor ? amount.times(this.factor) : amount;
    const [num, den] = v
      .times(new Dec(10).pow(this.options.decimals))
      .toFraction();
    return { num: BigInt(num.toFixed(0)), den: BigInt(den.toFixed(0)) };
  }

  private fail(rule: Violation["rule"], message: string): void {
    this.violations.push({
      period: this.p.period,
      group: this.p.group,
      rule,
      message,
    });
  }

  run(): Violation[] {
    try {
      return this.checkAll();
    } catch (error) {
      this.fail(
        "SHAPE",
        error instanceof Error ? error.message : String(error),
      );
      return this.violations;
    }
  }

  private checkAll(): Violation[] {
    const p = this.p;
    const reconciled = this.options.method === "reconciled";
    if (!this.shapeOk()) return this.violations;
    // Roles and exact values, children first.
    for (let i = p.rows.length - 1; i >= 0; i--) this.classify(i);

    const sheetFigures: Figure[] = [];
    let rowsAddUp = true;
    let childrenAddUp = true;
    for (let i = 0; i < p.rows.length; i++) {
      const r = p.rows[i];
      const role = this.role[i];
      if (role === "other") {
        // Its national figure, rounded with the rest; the same under Øvrige modtagere.
        const nat = this.nationalFigure(i)!;
        sheetFigures.push(nat, { ...nat });
        this.bounds(nat, `${r.name} / national`);
        if (r.values.some((v) => v !== null))
          this.fail("SHAPE", `${r.name}: unit figures on a row to ${r.status}`);
        continue;
      }
      if (role === "none") {
        if (r.values.some((v) => v !== null))
          this.fail(
            "SHAPE",
            `${r.name}: figures on a row that is not allocated (${r.status})`,
          );
        continue;
      }
      const figures = this.figures(i);
      sheetFigures.push(...figures.filter((f): f is Figure => f !== null));
      // Restated amounts: the national figure is rounded too.
      const natFigure = this.nationalFigure(i);
      if (natFigure) {
        sheetFigures.push(natFigure);
        this.bounds(natFigure, `${r.name} / national`);
      }
      const othFigure = this.otherFigure(i);
      if (othFigure) {
        sheetFigures.push(othFigure);
        this.bounds(othFigure, `${r.name} / ${OTHER_RECIPIENTS}`);
      }
      // Every figure is its exact value rounded down or up (headings may not be, except reconciled).
      const heading = this.ownAmount(r) === null;
      if (!heading || reconciled)
        figures.forEach(
          (f, u) => f && this.bounds(f, `${r.name} / ${p.units[u]}`),
        );
      // Rows add up to their national amount.
      const units = figures.reduce((a, f) => a + (f ? f.value : 0n), 0n);
      const nat = r.national === null ? null : r.national.minus(r.other ?? 0);
      if (nat === null || this.step(nat) !== units) {
        rowsAddUp = false;
        if (reconciled || this.options.method === "largest-remainder")
          this.fail(
            "ROW_SUM",
            `${r.name}: units add up to ${units} steps, not ${nat}`,
          );
      }
      if (role === "sum") {
        const below = this.sumOfChildren(i);
        const equal = figures.every((f, u) => (f ? f.value : 0n) === below[u]);
        if (!equal) childrenAddUp = false;
        const link =
          equal && !this.children[i].some((c) => p.rows[c].status === "error");
        if (r.sumOfChildren !== link)
          this.fail(
            "LINK",
            `${r.name}: sumOfChildren is ${r.sumOfChildren}, should be ${link}`,
          );
        if (!equal && reconciled)
          this.fail(
            "CHILDREN_SUM",
            `${r.name}: cells are not the sums of its sub-items`,
          );
      } else if (r.sumOfChildren)
        this.fail(
          "LINK",
          `${r.name}: sumOfChildren on a row allocated on its own`,
        );
    }

    // Subtotals and the grand total.
    let columnsAddUp = true;
    const top = p.rows
      .map((_, i) => i)
      .filter(
        (i) =>
          p.rows[i].parent === null &&
          p.rows[i].status !== "error" &&
          p.rows[i].national !== null,
      );
    const channels: string[] = [];
    for (const i of top)
      if (!channels.includes(p.rows[i].channel))
        channels.push(p.rows[i].channel);
    if (
      JSON.stringify(p.subtotals.map((s) => s.label)) !==
      JSON.stringify(channels)
    )
      this.fail(
        "MEMBERS",
        `subtotals ${p.subtotals.map((s) => s.label)} ≠ channels ${channels}`,
      );
    const totals = [
      ...p.subtotals.map((s) => ({
        s,
        members: top.filter((i) => p.rows[i].channel === s.label),
      })),
      { s: p.total, members: top },
    ];
    for (const { s, members } of totals) {
      if (JSON.stringify(s.members) !== JSON.stringify(members))
        this.fail("MEMBERS", `${s.label}: members ${s.members} ≠ ${members}`);
      const nat = members.reduce(
        (a, i) => a.plus(p.rows[i].national!),
        new Dec(0),
      );
      const oth = members.reduce(
        (a, i) => a.plus(p.rows[i].other ?? 0),
        new Dec(0),
      );
      if (!nat.eq(s.national) || !oth.eq(s.other))
        this.fail(
          "NATIONAL",
          `${s.label}: national/other ${s.national}/${s.other} ≠ ${nat}/${oth}`,
        );
      for (let u = 0; u < this.n; u++) {
        let exact = ZERO;
        let sum = 0n;
        for (const i of members) {
          if (this.exact[i][u]) exact = add(exact, this.exact[i][u]!);
          sum +=
            p.rows[i].values[u] === null ? 0n : this.step(p.rows[i].values[u]!);
        }
        const f = { value: this.step(s.values[u]), exact };
        sheetFigures.push(f);
        this.bounds(f, `${s.label} / ${p.units[u]}`);
        if (f.value !== sum) {
          columnsAddUp = false;
          if (reconciled)
            this.fail(
              "COLUMN_SUM",
              `${s.label} / ${p.units[u]}: ${s.values[u]} is not the sum of its members`,
            );
        }
      }
    }

    if (this.factor)
      for (const { s, members } of totals) {
        const f = this.totalNational(s, members);
        const o = this.totalOther(s, members);
        sheetFigures.push(f, o);
        this.bounds(f, `${s.label} / national`);
        this.bounds(o, `${s.label} / ${OTHER_RECIPIENTS}`);
      }
    const flags = { rowsAddUp, childrenAddUp, columnsAddUp };
    for (const k of Object.keys(flags) as (keyof typeof flags)[]) {
      if (p.checks[k] !== flags[k])
        this.fail(
          "CHECK_FLAG",
          `checks.${k} is ${p.checks[k]}, should be ${flags[k]}`,
        );
    }
    let worst: Rational = ZERO;
    for (const f of sheetFigures) {
      const d = f.value * f.exact.den - f.exact.num;
      const dev = { num: d < 0n ? -d : d, den: f.exact.den };
      if (dev.num * worst.den > worst.num * dev.den) worst = dev;
    }
    const expected = new Dec(worst.num.toString())
      .div(worst.den.toString())
      .times(new Dec(10).pow(-this.options.decimals));
    if (!expected.eq(p.maxDeviation))
      this.fail(
        "MAX_DEVIATION",
        `maxDeviation ${p.maxDeviation} ≠ ${expected}`,
      );
    if (reconciled && this.optimality && this.violations.length === 0)
      this.proveOptimal();
    return this.violations;
  }

  /** A row's national figure when it is rounded (a price level), with its exact value. */
  private nationalFigure(i: number): Figure | null {
    const r = this.p.rows[i];
    const exact = this.nationalExact[i];
    if (!this.factor || !exact || r.national === null) return null;
    return { value: this.step(r.national), exact };
  }

  /** A sum's figure under Øvrige modtagere when rounded (a price level and rows to others below it). */
  private otherFigure(i: number): Figure | null {
    const r = this.p.rows[i];
    const exact = this.otherExact[i];
    if (!this.factor || !exact || this.role[i] !== "sum") return null;
    return { value: this.step(r.other ?? new Dec(0)), exact };
  }

  /** A subtotal's (or the total's) national figure and its exact value. */
  private totalNational(
    s: { national: Dec; other: Dec },
    members: readonly number[],
  ): Figure {
    let exact = ZERO;
    for (const m of members)
      if (this.nationalExact[m]) exact = add(exact, this.nationalExact[m]!);
    return { value: this.step(s.national), exact };
  }

  /** A subtotal's (or the total's) figure under Øvrige modtagere and its exact value. */
  private totalOther(
    s: { national: Dec; other: Dec },
    members: readonly number[],
  ): Figure {
    let exact = ZERO;
    for (const m of members)
      if (this.otherExact[m]) exact = add(exact, this.otherExact[m]!);
    return { value: this.step(s.other), exact };
  }

  private shapeOk(): boolean {
    const p = this.p;
    for (const r of p.rows)
      if (r.values.length !== this.n)
        this.fail(
          "SHAPE",
          `${r.name}: ${r.values.length} values for ${this.n} units`,
        );
    for (const s of [...p.subtotals, p.total])
      if (s.values.length !== this.n)
        this.fail("SHAPE", `${s.label}: ${s.values.length} values`);
    if (new Set(p.units).size !== this.n) this.fail("SHAPE", "duplicate units");
    return this.violations.length === 0;
  }

  private ownAmount(r: AllocatedRow): Dec | null {
    return this.facts.own[r.row];
  }

  private classify(i: number): void {
    const r = this.p.rows[i];
    const own = this.ownAmount(r);
    // Linked: its sub-items add up to it, and none of them failed (a parent above a failed row cannot be their sum).
    const linked =
      this.facts.linked[r.row] &&
      !this.facts.children[r.row].some((c) => this.facts.failed[c]);
    const hasFigures = r.values.some((v) => v !== null);
    if (
      (own === null || linked) &&
      this.children[i].length > 0 &&
      (hasFigures || r.sumOfChildren)
    ) {
      this.role[i] = "sum";
      let nat: Rational | null = null;
      let oth: Rational | null = null;
      for (const c of this.children[i]) {
        if (this.nationalExact[c])
          nat = add(nat ?? ZERO, this.nationalExact[c]!);
        if (this.otherExact[c]) oth = add(oth ?? ZERO, this.otherExact[c]!);
      }
      this.nationalExact[i] = nat;
      this.otherExact[i] = oth;
      for (let u = 0; u < this.n; u++) {
        let e: Rational | null = null;
        for (const c of this.children[i])
          if (this.exact[c][u]) e = add(e ?? ZERO, this.exact[c][u]!);
        this.exact[i][u] = e;
      }
      if (linked && this.options.method === "reconciled" && !r.sumOfChildren)
        this.fail(
          "LINK",
          `${r.name}: its sub-items add up to it, but it is not their sum`,
        );
    } else if (r.status === "allocated" && own !== null) {
      this.role[i] = "source";
      this.nationalExact[i] = this.exactSteps(own);
      if (this.factor && r.national !== null)
        this.bounds(
          { value: this.step(r.national), exact: this.nationalExact[i]! },
          `${r.name} / national`,
        );
      else if (!r.national?.eq(own))
        this.fail(
          "NATIONAL",
          `${r.name}: national ${r.national} ≠ amount ${own}`,
        );
      const steps = this.step(own);
      const weights = this.keyWeights(this.model.rows[r.row], steps);
      if (!weights)
        return this.fail(
          "SHAPE",
          `${r.name}: allocated, but its key cannot be found`,
        );
      const total = [...weights.values()].reduce((a, w) => a + w, 0n);
      const exact = this.nationalExact[i]!;
      for (let u = 0; u < this.n; u++) {
        const w = weights.get(this.p.units[u]);
        if (w !== undefined)
          this.exact[i][u] = { num: exact.num * w, den: total * exact.den };
      }
      for (const [unit] of weights)
        if (!this.p.units.includes(unit))
          this.fail("SHAPE", `${r.name}: unit ${unit} missing from the sheet`);
    } else if (r.status === "other" && own !== null) {
      if (r.other === null || r.national === null || !r.other.eq(r.national))
        this.fail(
          "NATIONAL",
          `${r.name}: Øvrige ${r.other} ≠ national ${r.national}`,
        );
      // Restated: rounded with the rest (its national figure is its exact value rounded down or up).
      if (this.factor) {
        this.role[i] = "other";
        this.nationalExact[i] = this.exactSteps(own);
        this.otherExact[i] = this.nationalExact[i];
      } else if (r.national !== null && !r.national.eq(own))
        this.fail(
          "NATIONAL",
          `${r.name}: national ${r.national} ≠ amount ${own}`,
        );
    }
  }

  /** Weights per unit as integers (the model's key values scaled to whole numbers). */
  private keyWeights(
    row: InitiativeRow,
    steps: bigint,
  ): Map<string, bigint> | null {
    const base = this.baseWeights(row);
    const recipient = row.recipient;
    if (!base) return null;
    if (recipient.kind === "subset") {
      const only = new Set(recipient.units);
      return new Map([...base].filter(([u]) => only.has(u)));
    }
    if (recipient.kind !== "split" || recipient.fixed.length === 0) return base;
    // Fixed amounts first, the rest by the key: F_u·W + (S − ΣF)·w_u over S·W.
    const W = [...base.values()].reduce((a, w) => a + w, 0n);
    const fixed = recipient.fixed.map((f) => ({
      unit: f.unit,
      steps: this.step(f.amount),
    }));
    const basis = recipient.basis?.[this.periodIndex];
    if (basis) steps = this.step(basis);
    const rest = steps - fixed.reduce((a, f) => a + f.steps, 0n);
    const out = new Map<string, bigint>();
    for (const [u, w] of base) out.set(u, steps === 0n ? w : rest * w);
    for (const f of fixed)
      out.set(
        f.unit,
        (out.get(f.unit) ?? 0n) + (steps === 0n ? 0n : f.steps * W),
      );
    return out;
  }

  private baseWeights(row: InitiativeRow): Map<string, bigint> | null {
    const scaled = (units: string[], values: Dec[]) => {
      let places = 0;
      for (const v of values) places = Math.max(places, v.decimalPlaces());
      return new Map(
        units.map((u, k) => [
          u,
          BigInt(values[k].times(new Dec(10).pow(places)).toFixed(0)),
        ]),
      );
    };
    if (row.recipient.kind === "units")
      return scaled(
        row.recipient.units.map((x) => x.unit),
        row.recipient.units.map((x) => x.weight),
      );
    const period = this.p.period;
    const fit = (match: (name: string, group: string) => boolean) => {
      const exact = this.model.keys.filter(
        (e) => e.period === period && match(e.key.name, e.group),
      );
      return exact.length > 0
        ? exact
        : this.model.keys.filter(
            (e) => e.period === null && match(e.key.name, e.group),
          );
    };
    const found =
      row.keyName && row.keyName.trim() !== ""
        ? fit((name) => sameName(name, row.keyName!))
        : fit(
            (_, group) =>
              row.recipient.kind !== "units" &&
              row.recipient.kind !== "other" &&
              group === row.recipient.group,
          );
    if (found.length !== 1) return null;
    return scaled([...found[0].key.units], [...found[0].key.given]);
  }

  private figures(i: number): (Figure | null)[] {
    const r = this.p.rows[i];
    return r.values.map((v, u) => {
      const e = this.exact[i][u];
      if ((v === null) !== (e === null)) {
        this.fail(
          "SHAPE",
          `${r.name} / ${this.p.units[u]}: ${v === null ? "no figure" : "a figure"} where ${e === null ? "none" : "one"} is due`,
        );
        return null;
      }
      return v === null ? null : { value: this.step(v), exact: e! };
    });
  }

  private sumOfChildren(i: number): bigint[] {
    const sum: bigint[] = new Array(this.n).fill(0n);
    for (const c of this.children[i])
      this.p.rows[c].values.forEach(
        (v, u) => (sum[u] += v === null ? 0n : this.step(v)),
      );
    return sum;
  }

  private bounds(f: Figure, what: string): void {
    const lo = floorDiv(f.exact.num, f.exact.den);
    const exactInt = lo * f.exact.den === f.exact.num;
    if (!(f.value === lo || (!exactInt && f.value === lo + 1n)))
      this.fail(
        "BOUNDS",
        `${what}: ${f.value} steps is not the exact ${f.exact.num}/${f.exact.den} rounded down or up`,
      );
  }

  /**
   * Minimal total deviation ⟺ no negative cycle in the residual graph of the result. The graph:
   * per allocated row a node (its units must add up), per unit a column tree of the figures
   * that are sums (parents, subtotals, total), a sink for the roots; one arc per figure with a
   * fraction f, currently at floor (may go up at cost 1 − 2f) or at ceiling (may go down at 2f − 1).
   * Restated amounts: the national column is one more tree, its arcs from the parent's national
   * node into the row (so a row's units add up to its rounded national figure); Øvrige modtagere
   * one more, its arcs up like a unit's, and a row to another recipient a node whose national
   * figure comes in and goes on as its Øvrige figure. A revision: each
   * arc's cost is lexicographic – against its exact change, changed from the published figure,
   * deviation – with weights computed here from the arcs themselves.
   */
  private proveOptimal(): void {
    const p = this.p;
    const n = this.n;
    const arcs: {
      from: number;
      to: number;
      exact: Rational;
      up: boolean;
      rev: Revised | null;
    }[] = [];
    let nodes = 0;
    const sink = nodes++;
    const width = this.factor ? n + 2 : n;
    const block = (size: number) => {
      nodes += size;
      return nodes - size;
    };
    const rowNode = p.rows.map((_, i) =>
      this.role[i] === "source" || this.role[i] === "other" ? block(1) : -1,
    );
    const sumNode = p.rows.map((_, i) =>
      this.role[i] === "sum" ? block(width) : -1,
    );
    const subNode = p.subtotals.map(() => block(width));
    const totalNode = block(width);
    const channelIndex = (label: string) =>
      p.subtotals.findIndex((s) => s.label === label);
    const position = new Map(p.rows.map((x, i) => [x.row, i]));
    const parentOf = (i: number, u: number): number => {
      const r = p.rows[i];
      if (r.parent === null) return subNode[channelIndex(r.channel)] + u;
      const parent = position.get(r.parent) ?? -1;
      return this.role[parent] === "sum" ? sumNode[parent] + u : sink;
    };
    const lines = this.publishedLines();
    const arc = (
      from: number,
      to: number,
      f: Figure,
      line: PublishedLine | null,
      unit: number,
    ) => {
      const lo = floorDiv(f.exact.num, f.exact.den);
      if (lo * f.exact.den !== f.exact.num)
        arcs.push({
          from,
          to,
          exact: f.exact,
          up: f.value > lo,
          rev: line ? this.revised(line, unit) : null,
        });
    };
    p.rows.forEach((r, i) => {
      if (this.role[i] === "none") return;
      const line = lines.rows[i];
      r.values.forEach((v, u) => {
        if (v === null) return;
        const f = { value: this.step(v), exact: this.exact[i][u]! };
        arc(
          this.role[i] === "source" ? rowNode[i] : sumNode[i] + u,
          parentOf(i, u),
          f,
          line,
          u,
        );
      });
      const nat = this.nationalFigure(i);
      const own = rowNode[i] >= 0;
      // National arcs point down the tree: from the parent's national node into the row.
      if (nat)
        arc(parentOf(i, n), own ? rowNode[i] : sumNode[i] + n, nat, line, n);
      // Øvrige modtagere: up the tree, from the row to another recipient (its national figure again).
      const oth = this.role[i] === "other" ? nat : this.otherFigure(i);
      if (oth)
        arc(
          own ? rowNode[i] : sumNode[i] + n + 1,
          parentOf(i, n + 1),
          oth,
          null,
          n + 1,
        );
    });
    const top = p.total.members;
    p.subtotals.forEach((s, c) => {
      const line = lines.subtotals[c];
      for (let u = 0; u < n; u++) {
        let exact = ZERO;
        for (const m of s.members)
          if (this.exact[m][u]) exact = add(exact, this.exact[m][u]!);
        arc(
          subNode[c] + u,
          totalNode + u,
          { value: this.step(s.values[u]), exact },
          line,
          u,
        );
      }
      if (this.factor) {
        arc(
          totalNode + n,
          subNode[c] + n,
          this.totalNational(s, s.members),
          line,
          n,
        );
        arc(
          subNode[c] + n + 1,
          totalNode + n + 1,
          this.totalOther(s, s.members),
          null,
          n + 1,
        );
      }
    });
    for (let u = 0; u < n; u++) {
      let exact = ZERO;
      for (const m of top)
        if (this.exact[m][u]) exact = add(exact, this.exact[m][u]!);
      arc(
        totalNode + u,
        sink,
        { value: this.step(p.total.values[u]), exact },
        lines.total,
        u,
      );
    }
    if (this.factor) {
      arc(
        sink,
        totalNode + n,
        this.totalNational(p.total, top),
        lines.total,
        n,
      );
      arc(totalNode + n + 1, sink, this.totalOther(p.total, top), null, n + 1);
    }
    // Costs on one denominator: (1 − 2f) = (den − 2·(num − floor·den)) / den.
    let L = 1n;
    for (const a of arcs) L = (L / gcd(L, a.exact.den)) * a.exact.den;
    const abs = (x: bigint) => (x < 0n ? -x : x);
    const parts = arcs.map((a) => {
      const lo = floorDiv(a.exact.num, a.exact.den);
      const deviation =
        ((a.exact.den - 2n * (a.exact.num - lo * a.exact.den)) * L) /
        a.exact.den;
      // Revision: cost of floor + 1 minus cost of floor, for "against" and "changed".
      const cost = (v: bigint): [bigint, bigint] => {
        if (!a.rev || a.rev.published === null) return [0n, 0n];
        const pub = a.rev.published;
        let against = 0n;
        if (a.rev.old) {
          // The change is d / (old.den · exact.den) steps; within the slack it is none.
          let d = a.exact.num * a.rev.old.den - a.rev.old.num * a.exact.den;
          const sl = a.rev.slack;
          if (sl && abs(d) * sl.den <= sl.num * a.rev.old.den * a.exact.den)
            d = 0n;
          if ((d < 0n && v > pub) || (d > 0n && v < pub)) against = 1n;
        }
        return [against, v === pub ? 0n : 1n];
      };
      const [a0, c0] = cost(lo);
      const [a1, c1] = cost(lo + 1n);
      return { against: a1 - a0, changed: c1 - c0, deviation };
    });
    let W2 = 1n;
    for (const c of parts) W2 += abs(c.deviation);
    let W1 = 1n;
    for (const c of parts) W1 += abs(c.changed * W2 + c.deviation);
    const edges = arcs.map((a, k) => {
      const c = parts[k];
      const cost = c.against * W1 + c.changed * W2 + c.deviation;
      return a.up
        ? { from: a.to, to: a.from, cost: -cost }
        : { from: a.from, to: a.to, cost };
    });
    const dist: bigint[] = new Array(nodes).fill(0n);
    for (let pass = 0; pass <= nodes; pass++) {
      let changed = false;
      for (const e of edges) {
        const d = dist[e.from] + e.cost;
        if (d < dist[e.to]) {
          dist[e.to] = d;
          changed = true;
        }
      }
      if (!changed) return;
    }
    this.fail(
      "NOT_OPTIMAL",
      this.published
        ? "a set of figures can be rounded the other way with fewer against their change, fewer changed or less deviation (negative cycle)"
        : "a set of figures can be rounded the other way with less total deviation (negative cycle)",
    );
  }

  /** The published lines matched to this sheet's rows (by name, in sheet order), subtotals (by label) and total. */
  private publishedLines(): {
    rows: (PublishedLine | null)[];
    subtotals: (PublishedLine | null)[];
    total: PublishedLine | null;
  } {
    const pub = this.published;
    if (!pub)
      return {
        rows: this.p.rows.map(() => null),
        subtotals: this.p.subtotals.map(() => null),
        total: null,
      };
    const used = new Set<PublishedLine>();
    return {
      rows: this.p.rows.map((r) => {
        const line =
          pub.rows.find(
            (l) => !used.has(l) && nameKey(l.name) === nameKey(r.name),
          ) ?? null;
        if (line) used.add(line);
        return line;
      }),
      subtotals: this.p.subtotals.map(
        (s) =>
          pub.subtotals.find((l) => nameKey(l.name) === nameKey(s.label)) ??
          null,
      ),
      total: pub.total,
    };
  }

  /** A published figure in steps and its exact value then in steps (unit `n`: the national figure). */
  private revised(line: PublishedLine, unit: number): Revised {
    const national = unit === this.n;
    const fig = national
      ? line.national
      : ([...line.values].find(
          ([k]) => nameKey(k) === nameKey(this.p.units[unit]),
        )?.[1] ?? null);
    if (!fig) return { published: null, old: null, slack: null };
    const published = toSteps(fig.shown, this.options.decimals);
    const d = this.options.decimals;
    const inSteps = (r: Rational): Rational =>
      d >= 0
        ? { num: r.num * 10n ** BigInt(d), den: r.den }
        : { num: r.num, den: r.den * 10n ** BigInt(-d) };
    let old: Rational | null = null;
    let slack: Rational | null = null;
    if (fig.exact) {
      old = inSteps(fig.exact);
      if (fig.slack) slack = inSteps(fig.slack);
    } else if (national) {
      const [num, den] = fig.shown.toFraction();
      old = inSteps({
        num: BigInt(num.toFixed(0)),
        den: BigInt(den.toFixed(0)),
      });
    }
    return { published, old, slack };
  }
}
