import { SheetNetwork } from "./network";
import { smallest } from "./select";

const less = (a: number, b: number) => a < b;

/**
 * Starting prices for the subtotal nodes, a heuristic: any prices give the same (optimal)
 * result, good ones make the solver fast. A subtotal's price makes its unit's cells in the rows
 * (and parents) directly under it dearer or cheaper, so that, each taking its cheapest cells,
 * they give each unit about the number of rounded-up cells its subtotal needs; without prices
 * the solver would move most of those cells between units one by one. A few rounds of best
 * responses: each subtotal moves its price just far enough to reach its need given the others'
 * prices (half-way after the first round, to damp the interaction). The total takes its unit's
 * first subtotal's price. `offset` moves each subtotal's need (hubs.ts: by what the families
 * under it, which this estimate does not model, were seen to take).
 */
export function estimatePrices(
  net: SheetNetwork<number>,
  rounds = 3,
  offset?: Int32Array,
): number[] {
  return new PriceEstimate(net).prices(offset, rounds);
}

/** estimatePrices with what does not depend on the offset worked out once (hubs.ts estimates twice). */
export class PriceEstimate {
  /** Choosers hanging directly under subtotals. */
  private readonly top: number[] = [];
  private readonly subtotal: Uint8Array;
  /** Each subtotal's need of cells at 1 from the choosers under it, before any offset. */
  private readonly need: Int32Array;
  /** Per subtotal h, its cells' margins in taken / left[slot[h] .. slot[h + 1]). */
  private readonly slot: Int32Array;
  private readonly taken: Float64Array;
  private readonly left: Float64Array;
  private readonly takenCount: Int32Array;
  private readonly leftCount: Int32Array;
  private readonly adjusted: Float64Array;
  private readonly sorted: Float64Array;

  constructor(private readonly net: SheetNetwork<number>) {
    const g = net.graph;
    const { head } = g;
    let longest = 0;
    for (let c = 0; c < net.chooserUps.length; c++) {
      const from = net.chooserStart[c];
      const to = net.chooserStart[c + 1];
      if (to > from && net.hub[head[net.chooserArcs[from]]]) {
        this.top.push(c);
        longest = Math.max(longest, to - from);
      }
    }
    const slot = (this.slot = new Int32Array(g.nodeCount + 1));
    for (const c of this.top)
      for (let i = net.chooserStart[c]; i < net.chooserStart[c + 1]; i++)
        slot[head[net.chooserArcs[i]] + 1]++;
    this.subtotal = new Uint8Array(g.nodeCount);
    this.need = new Int32Array(g.nodeCount);
    for (let v = 0; v < g.nodeCount; v++)
      if (slot[v + 1] > 0) {
        this.subtotal[v] = 1;
        this.need[v] = this.ownArcsUp(v) - net.supply[v];
      }
    for (let v = 0; v < g.nodeCount; v++) slot[v + 1] += slot[v];
    this.taken = new Float64Array(slot[g.nodeCount]);
    this.left = new Float64Array(slot[g.nodeCount]);
    this.takenCount = new Int32Array(g.nodeCount);
    this.leftCount = new Int32Array(g.nodeCount);
    this.adjusted = new Float64Array(longest);
    this.sorted = new Float64Array(longest);
  }

  /** Inflow a subtotal needs beyond its supply: its own arcs up at their nearest rounding. */
  private ownArcsUp(v: number): number {
    const { tail, cost, start, incident } = this.net.graph;
    let out = 0;
    for (let i = start[v]; i < start[v + 1]; i++)
      if (tail[incident[i]] === v && cost[incident[i]] < 0) out++;
    return out;
  }

  prices(offset?: Int32Array, rounds = 3): number[] {
    const price: number[] = new Array(this.net.graph.nodeCount).fill(0);
    if (this.top.length === 0) return price;
    const need = offset ? this.need.map((x, v) => x + offset[v]) : this.need;
    for (let round = 0; round < rounds; round++) {
      this.takeCheapest(price);
      if (this.respond(price, need, round === 0 ? 1 : 2) === 0) break;
    }
    this.totalsFollow(price);
    return price;
  }

  /**
   * Every top chooser takes its cheapest cells at these prices; per subtotal, how far each of
   * its cells' cost − price can move before the choice of it changes (taken / left margins).
   */
  private takeCheapest(price: readonly number[]): void {
    const { net, adjusted, sorted, taken, left, slot, takenCount, leftCount } =
      this;
    const { head, cost } = net.graph;
    takenCount.fill(0);
    leftCount.fill(0);
    for (const c of this.top) {
      const from = net.chooserStart[c];
      const k = net.chooserStart[c + 1] - from;
      const ups = net.chooserUps[c];
      for (let i = 0; i < k; i++) {
        const a = net.chooserArcs[from + i];
        adjusted[i] = cost[a] - price[head[a]];
      }
      sorted.set(adjusted.subarray(0, k));
      const last = ups > 0 ? smallest(sorted, ups - 1, less, k) : -Infinity;
      // Everything after the (ups − 1)-th is at least it: the next is their least.
      let next = Infinity;
      for (let i = Math.max(ups, 0); i < k; i++)
        if (sorted[i] < next) next = sorted[i];
      for (let i = 0; i < k; i++) {
        const h = head[net.chooserArcs[from + i]];
        if (adjusted[i] <= last)
          taken[slot[h] + takenCount[h]++] = next - adjusted[i];
        else left[slot[h] + leftCount[h]++] = adjusted[i] - last;
      }
    }
  }

  /**
   * Each subtotal moves its price just far enough to reach its need (by 1/damping of that);
   * returns how many cells the subtotals were off.
   */
  private respond(price: number[], need: Int32Array, damping: number): number {
    const { slot, taken, left, takenCount, leftCount, subtotal } = this;
    let off = 0;
    for (let h = 0; h < subtotal.length; h++) {
      if (!subtotal[h]) continue;
      const k = takenCount[h] - need[h];
      if (k === 0) continue;
      off += Math.abs(k);
      const margins =
        k > 0
          ? taken.subarray(slot[h], slot[h] + takenCount[h])
          : left.subarray(slot[h], slot[h] + leftCount[h]);
      if (margins.length === 0) continue;
      const m = smallest(
        margins,
        Math.min(Math.abs(k), margins.length) - 1,
        less,
      );
      if (!Number.isFinite(m)) continue;
      const step = Math.floor((m + 1) / damping);
      price[h] += k > 0 ? -step : step;
    }
    return off;
  }

  /**
   * A total (a hub above a subtotal) without a price of its own takes its first subtotal's. One
   * pass over the arcs in memory order: the subtotals' arcs up come one subtotal after another,
   * so the first found is the first subtotal's (through each subtotal's list, 10.000 arcs each at
   * 20.000 rows, every arc was a cache miss).
   */
  private totalsFollow(price: number[]): void {
    const { net, subtotal } = this;
    const { tail, head, arcCount } = net.graph;
    for (let a = 0; a < arcCount; a++) {
      const total = head[a];
      if (
        subtotal[tail[a]] &&
        net.hub[total] &&
        net.nodeUnit[total] >= 0 &&
        price[total] === 0
      )
        price[total] = price[tail[a]];
    }
  }
}
