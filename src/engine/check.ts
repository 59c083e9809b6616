import { PeriodFacts } from "./check-facts";
import { add, ZERO } from "./check-rational";
import { hasNegativeCycle, ResidualArc, Revised } from "./check-residual";
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
  PeriodChecks,
  priceFactorFor,
  Subtotal,
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

/** One figure shown: its value in steps and its exact value in steps. */
interface Figure {
  value: bigint;
  exact: Rational;
}

/** Node numbers of the residual graph (see proveOptimal); −1 where a row has none. */
interface GraphNodes {
  count: number;
  sink: number;
  /** Per sheet row allocated on its own: its node (its units must add up). */
  row: number[];
  /** Per sheet row that is a sum: the first of its column nodes (one per unit, then national). */
  sum: number[];
  /** Per subtotal, and the total: the first of its column nodes. */
  sub: number[];
  total: number;
  /** Per sheet row: its parent's position on the sheet. */
  parentRow: number[];
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
    if (!this.shapeOk()) return this.violations;
    // Roles and exact values, children first.
    for (let i = this.p.rows.length - 1; i >= 0; i--) this.classify(i);
    const sheetFigures: Figure[] = [];
    const { rowsAddUp, childrenAddUp } = this.checkRows(sheetFigures);
    const columnsAddUp = this.checkTotals(sheetFigures);
    this.checkFlags({ rowsAddUp, childrenAddUp, columnsAddUp });
    this.checkMaxDeviation(sheetFigures);
    if (
      this.options.method === "reconciled" &&
      this.optimality &&
      this.violations.length === 0
    )
      this.proveOptimal();
    return this.violations;
  }

  /** Every row's figures: rounded from their exact values, adding up to the row, linked to its sub-items. */
  private checkRows(sheetFigures: Figure[]): {
    rowsAddUp: boolean;
    childrenAddUp: boolean;
  } {
    let rowsAddUp = true;
    let childrenAddUp = true;
    this.p.rows.forEach((r, i) => {
      const role = this.role[i];
      if (role === "other") return this.checkOtherRow(i, sheetFigures);
      if (role === "none") {
        if (r.values.some((v) => v !== null))
          this.fail(
            "SHAPE",
            `${r.name}: figures on a row that is not allocated (${r.status})`,
          );
        return;
      }
      const figures = this.rowFigures(i, sheetFigures);
      if (!this.rowAddsUp(r, figures)) rowsAddUp = false;
      if (role === "sum") {
        if (!this.checkSumRow(i, figures)) childrenAddUp = false;
      } else if (r.sumOfChildren)
        this.fail(
          "LINK",
          `${r.name}: sumOfChildren on a row allocated on its own`,
        );
    });
    return { rowsAddUp, childrenAddUp };
  }

  /** A restated row to another recipient: its national figure rounded with the rest, the same under Øvrige modtagere. */
  private checkOtherRow(i: number, sheetFigures: Figure[]): void {
    const r = this.p.rows[i];
    const nat = this.nationalFigure(i)!;
    sheetFigures.push(nat, { ...nat });
    this.bounds(nat, `${r.name} / national`);
    if (r.values.some((v) => v !== null))
      this.fail("SHAPE", `${r.name}: unit figures on a row to ${r.status}`);
  }

  /** A row's figures, each checked against its bounds and collected for the largest deviation. */
  private rowFigures(i: number, sheetFigures: Figure[]): (Figure | null)[] {
    const r = this.p.rows[i];
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
    if (!heading || this.options.method === "reconciled")
      figures.forEach(
        (f, u) => f && this.bounds(f, `${r.name} / ${this.p.units[u]}`),
      );
    return figures;
  }

  /** A row's units add up to its national amount (less Øvrige); a violation only where the method promises it. */
  private rowAddsUp(r: AllocatedRow, figures: (Figure | null)[]): boolean {
    const units = figures.reduce((a, f) => a + (f ? f.value : 0n), 0n);
    const nat = r.national === null ? null : r.national.minus(r.other ?? 0);
    if (nat !== null && this.step(nat) === units) return true;
    if (
      this.options.method === "reconciled" ||
      this.options.method === "largest-remainder"
    )
      this.fail(
        "ROW_SUM",
        `${r.name}: units add up to ${units} steps, not ${nat}`,
      );
    return false;
  }

  /** A row that is its sub-items' sum: equal cells and the right sumOfChildren flag. True when the cells are equal. */
  private checkSumRow(i: number, figures: (Figure | null)[]): boolean {
    const r = this.p.rows[i];
    const below = this.sumOfChildren(i);
    const equal = figures.every((f, u) => (f ? f.value : 0n) === below[u]);
    const link =
      equal && !this.children[i].some((c) => this.p.rows[c].status === "error");
    if (r.sumOfChildren !== link)
      this.fail(
        "LINK",
        `${r.name}: sumOfChildren is ${r.sumOfChildren}, should be ${link}`,
      );
    if (!equal && this.options.method === "reconciled")
      this.fail(
        "CHILDREN_SUM",
        `${r.name}: cells are not the sums of its sub-items`,
      );
    return equal;
  }

  /** Subtotals and the grand total: their members, national amounts and columns. True when every column adds up. */
  private checkTotals(sheetFigures: Figure[]): boolean {
    const p = this.p;
    const top = p.rows
      .map((_, i) => i)
      .filter(
        (i) =>
          p.rows[i].parent === null &&
          p.rows[i].status !== "error" &&
          p.rows[i].national !== null,
      );
    this.checkChannels(top);
    const totals = [
      ...p.subtotals.map((s) => ({
        s,
        members: top.filter((i) => p.rows[i].channel === s.label),
      })),
      { s: p.total, members: top },
    ];
    let columnsAddUp = true;
    for (const { s, members } of totals)
      if (!this.checkTotal(s, members, sheetFigures)) columnsAddUp = false;
    if (this.factor)
      for (const { s, members } of totals) {
        const f = this.totalNational(s, members);
        const o = this.totalOther(s, members);
        sheetFigures.push(f, o);
        this.bounds(f, `${s.label} / national`);
        this.bounds(o, `${s.label} / ${OTHER_RECIPIENTS}`);
      }
    return columnsAddUp;
  }

  /** One subtotal per channel of the top rows, in their order. */
  private checkChannels(top: readonly number[]): void {
    const p = this.p;
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
  }

  /** One subtotal (or the total): its members, national/other, and per unit its bounds and sum. True when its columns add up. */
  private checkTotal(
    s: Subtotal,
    members: readonly number[],
    sheetFigures: Figure[],
  ): boolean {
    const p = this.p;
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
    let addsUp = true;
    for (let u = 0; u < this.n; u++) {
      let sum = 0n;
      for (const i of members)
        sum +=
          p.rows[i].values[u] === null ? 0n : this.step(p.rows[i].values[u]!);
      const f = {
        value: this.step(s.values[u]),
        exact: this.columnExact(members, u),
      };
      sheetFigures.push(f);
      this.bounds(f, `${s.label} / ${p.units[u]}`);
      if (f.value !== sum) {
        addsUp = false;
        if (this.options.method === "reconciled")
          this.fail(
            "COLUMN_SUM",
            `${s.label} / ${p.units[u]}: ${s.values[u]} is not the sum of its members`,
          );
      }
    }
    return addsUp;
  }

  /** The exact sum (steps) of some rows' figures in one unit's column. */
  private columnExact(members: readonly number[], u: number): Rational {
    let exact = ZERO;
    for (const m of members)
      if (this.exact[m][u]) exact = add(exact, this.exact[m][u]!);
    return exact;
  }

  /** The sheet's check flags say what the checks above found. */
  private checkFlags(flags: PeriodChecks): void {
    for (const k of Object.keys(flags) as (keyof PeriodChecks)[]) {
      if (this.p.checks[k] !== flags[k])
        this.fail(
          "CHECK_FLAG",
          `checks.${k} is ${this.p.checks[k]}, should be ${flags[k]}`,
        );
    }
  }

  /** maxDeviation is the largest distance of any figure shown from its exact value. */
  private checkMaxDeviation(sheetFigures: readonly Figure[]): void {
    let worst: Rational = ZERO;
    for (const f of sheetFigures) {
      const d = f.value * f.exact.den - f.exact.num;
      const dev = { num: d < 0n ? -d : d, den: f.exact.den };
      if (dev.num * worst.den > worst.num * dev.den) worst = dev;
    }
    const expected = new Dec(worst.num.toString())
      .div(worst.den.toString())
      .times(new Dec(10).pow(-this.options.decimals));
    if (!expected.eq(this.p.maxDeviation))
      this.fail(
        "MAX_DEVIATION",
        `maxDeviation ${this.p.maxDeviation} ≠ ${expected}`,
      );
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

  /** A row's role on the sheet and its exact values: the sum of its sub-items, allocated by its own key, or Øvrige. */
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
    )
      this.classifySum(i, linked);
    else if (r.status === "allocated" && own !== null)
      this.classifySource(i, own);
    else if (r.status === "other" && own !== null) this.classifyOther(i, own);
  }

  /** A row to another recipient: Øvrige is its national figure; restated, it is rounded with the rest. */
  private classifyOther(i: number, own: Dec): void {
    const r = this.p.rows[i];
    if (r.other === null || r.national === null || !r.other.eq(r.national))
      this.fail(
        "NATIONAL",
        `${r.name}: Øvrige ${r.other} ≠ national ${r.national}`,
      );
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

  /** A row shown as its sub-items' sum: its exact values are theirs added up. */
  private classifySum(i: number, linked: boolean): void {
    const r = this.p.rows[i];
    this.role[i] = "sum";
    let nat: Rational | null = null;
    let oth: Rational | null = null;
    for (const c of this.children[i]) {
      if (this.nationalExact[c]) nat = add(nat ?? ZERO, this.nationalExact[c]!);
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
  }

  /** A row allocated on its own: its national figure, and its exact share per unit from its key. */
  private classifySource(i: number, own: Dec): void {
    const r = this.p.rows[i];
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
    const weights = this.keyWeights(this.model.rows[r.row], this.step(own));
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
    const { arcs, nodes } = this.residualArcs();
    if (hasNegativeCycle(arcs, nodes))
      this.fail(
        "NOT_OPTIMAL",
        this.published
          ? "a set of figures can be rounded the other way with fewer against their change, fewer changed or less deviation (negative cycle)"
          : "a set of figures can be rounded the other way with less total deviation (negative cycle)",
      );
  }

  /** The residual graph of the result: one arc per figure with a fraction, and its number of nodes. */
  private residualArcs(): { arcs: ResidualArc[]; nodes: number } {
    const g = this.graphNodes();
    const lines = this.publishedLines();
    const arcs: ResidualArc[] = [];
    this.rowArcs(g, lines.rows, arcs);
    this.totalArcs(g, lines, arcs);
    return { arcs, nodes: g.count };
  }

  /** Numbers the nodes: the sink, a node per allocated row, a column tree (units, + national) per sum, subtotal and the total. */
  private graphNodes(): GraphNodes {
    const p = this.p;
    let count = 0;
    const sink = count++;
    const width = this.factor ? this.n + 2 : this.n;
    const block = (size: number) => {
      count += size;
      return count - size;
    };
    const row = p.rows.map((_, i) =>
      this.role[i] === "source" || this.role[i] === "other" ? block(1) : -1,
    );
    const sum = p.rows.map((_, i) =>
      this.role[i] === "sum" ? block(width) : -1,
    );
    const sub = p.subtotals.map(() => block(width));
    const total = block(width);
    const position = new Map(p.rows.map((x, i) => [x.row, i]));
    const parentRow = p.rows.map((r) =>
      r.parent === null ? -1 : (position.get(r.parent) ?? -1),
    );
    return { count, sink, row, sum, sub, total, parentRow };
  }

  /** The node a row's figure in unit u adds into: its parent's column, its channel's subtotal, or the sink. */
  private parentNode(g: GraphNodes, i: number, u: number): number {
    const r = this.p.rows[i];
    if (r.parent === null)
      return (
        g.sub[this.p.subtotals.findIndex((s) => s.label === r.channel)] + u
      );
    const parent = g.parentRow[i];
    return this.role[parent] === "sum" ? g.sum[parent] + u : g.sink;
  }

  /** An arc for a figure that is not a whole number of steps exactly (a whole one cannot move). */
  private pushArc(
    arcs: ResidualArc[],
    [from, to]: [number, number],
    f: Figure,
    line: PublishedLine | null,
    unit: number,
  ): void {
    const lo = floorDiv(f.exact.num, f.exact.den);
    if (lo * f.exact.den !== f.exact.num)
      arcs.push({
        from,
        to,
        exact: f.exact,
        up: f.value > lo,
        rev: line ? this.revised(line, unit) : null,
      });
  }

  /** The rows' arcs: each figure up into its parent; a restated national figure down from the parent into the row. */
  private rowArcs(
    g: GraphNodes,
    lines: readonly (PublishedLine | null)[],
    arcs: ResidualArc[],
  ): void {
    this.p.rows.forEach((r, i) => {
      if (this.role[i] === "none") return;
      const node = (u: number) => (g.row[i] >= 0 ? g.row[i] : g.sum[i] + u);
      r.values.forEach((v, u) => {
        if (v === null) return;
        const f = { value: this.step(v), exact: this.exact[i][u]! };
        this.pushArc(arcs, [node(u), this.parentNode(g, i, u)], f, lines[i], u);
      });
      const nat = this.nationalFigure(i);
      if (nat)
        this.pushArc(
          arcs,
          [this.parentNode(g, i, this.n), node(this.n)],
          nat,
          lines[i],
          this.n,
        );
      // Øvrige modtagere: up the tree, from a row to another recipient (its national figure again).
      const oth = this.role[i] === "other" ? nat : this.otherFigure(i);
      const o = this.n + 1;
      if (oth)
        this.pushArc(arcs, [node(o), this.parentNode(g, i, o)], oth, null, o);
    });
  }

  /** The subtotals' arcs into the total, and the total's into the sink (national ones the other way). */
  private totalArcs(
    g: GraphNodes,
    lines: ReturnType<SheetCheck["publishedLines"]>,
    arcs: ResidualArc[],
  ): void {
    const p = this.p;
    const n = this.n;
    const column = (s: Subtotal, u: number): Figure => ({
      value: this.step(s.values[u]),
      exact: this.columnExact(s.members, u),
    });
    p.subtotals.forEach((s, c) => {
      const line = lines.subtotals[c];
      for (let u = 0; u < n; u++)
        this.pushArc(arcs, [g.sub[c] + u, g.total + u], column(s, u), line, u);
      if (this.factor) {
        this.pushArc(
          arcs,
          [g.total + n, g.sub[c] + n],
          this.totalNational(s, s.members),
          line,
          n,
        );
        const o = this.totalOther(s, s.members);
        this.pushArc(arcs, [g.sub[c] + n + 1, g.total + n + 1], o, null, n + 1);
      }
    });
    for (let u = 0; u < n; u++)
      this.pushArc(
        arcs,
        [g.total + u, g.sink],
        column(p.total, u),
        lines.total,
        u,
      );
    if (this.factor) {
      this.pushArc(
        arcs,
        [g.sink, g.total + n],
        this.totalNational(p.total, p.total.members),
        lines.total,
        n,
      );
      const o = this.totalOther(p.total, p.total.members);
      this.pushArc(arcs, [g.total + n + 1, g.sink], o, null, n + 1);
    }
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
