import { Dec } from "./decimal";
import { TableModel } from "./table";

/**
 * What the checker derives from the model alone for one period, without the layout's code:
 * own amounts, unreadable cells, effective amounts (a heading's is its sub-items' sum), which
 * parents are linked to their sub-items, and which rows failed (from the statuses the result
 * declares). Every loop is one pass over rows in tree order (parents before children), so a
 * chain of 20.000 sub-items needs no recursion.
 */
export class PeriodFacts {
  readonly own: (Dec | null)[];
  readonly bad: boolean[];
  readonly eff: (Dec | null)[];
  /** Own amount equal to the sum of its sub-items' effective amounts (some of which have one). */
  readonly linked: boolean[];
  /** In error, or a heading over a row that failed. */
  readonly failed: boolean[];
  /** The row passes its money to its sub-items: a heading, or a linked parent none of whose sub-items failed. */
  readonly delegates: boolean[];

  constructor(
    model: TableModel,
    readonly children: readonly number[][],
    periodIndex: number,
    errorRows: ReadonlySet<number>,
  ) {
    const rows = model.rows;
    const n = rows.length;
    this.bad = rows.map((r) => r.unreadable?.[periodIndex] === true);
    this.own = rows.map((r, i) =>
      this.bad[i] ? null : (r.amounts[periodIndex] ?? null),
    );
    this.eff = new Array(n).fill(null);
    this.linked = new Array(n).fill(false);
    this.failed = new Array(n).fill(false);
    this.delegates = new Array(n).fill(false);
    for (let i = n - 1; i >= 0; i--) {
      let sum: Dec | null = null;
      let kidFailed = false;
      for (const c of children[i]) {
        if (this.eff[c] !== null) sum = (sum ?? new Dec(0)).plus(this.eff[c]!);
        if (this.failed[c]) kidFailed = true;
      }
      const own = this.own[i];
      this.eff[i] = own ?? (this.bad[i] ? null : sum);
      this.linked[i] = own !== null && sum !== null && sum.eq(own);
      this.failed[i] =
        errorRows.has(i) || (own === null && !this.bad[i] && kidFailed);
      this.delegates[i] =
        !this.bad[i] && (own === null || (this.linked[i] && !kidFailed));
    }
  }

  /** The model's children lists, once per model. */
  static childrenOf(model: TableModel): number[][] {
    const children: number[][] = model.rows.map(() => []);
    for (const r of model.rows)
      if (r.parent !== null) children[r.parent].push(r.id);
    return children;
  }
}
