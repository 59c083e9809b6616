import { SheetNetwork } from "./network";
import { smallestNumber } from "./select";

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
  const g = net.graph;
  const { tail, head, cost, start, incident } = g;
  const price: number[] = new Array(g.nodeCount).fill(0);
  // Choosers hanging directly under subtotals, and each subtotal's need of cells at 1 from them.
  const top: number[] = [];
  let longest = 0;
  for (let c = 0; c < net.chooserUps.length; c++) {
    const from = net.chooserStart[c];
    const to = net.chooserStart[c + 1];
    if (to > from && net.hub[head[net.chooserArcs[from]]]) {
      top.push(c);
      longest = Math.max(longest, to - from);
    }
  }
  if (top.length === 0) return price;
  const slot = new Int32Array(g.nodeCount + 1);
  for (const c of top)
    for (let i = net.chooserStart[c]; i < net.chooserStart[c + 1]; i++)
      slot[head[net.chooserArcs[i]] + 1]++;
  const subtotal = new Uint8Array(g.nodeCount);
  const need = new Int32Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) {
    if (slot[v + 1] === 0) continue;
    subtotal[v] = 1;
    // Inflow needed = −supply + its own arc at its nearest rounding.
    let out = 0;
    for (let i = start[v]; i < start[v + 1]; i++)
      if (tail[incident[i]] === v && cost[incident[i]] < 0) out++;
    need[v] = out - net.supply[v] + (offset ? offset[v] : 0);
  }
  for (let v = 0; v < g.nodeCount; v++) slot[v + 1] += slot[v];
  const taken = new Float64Array(slot[g.nodeCount]);
  const left = new Float64Array(slot[g.nodeCount]);
  const takenCount = new Int32Array(g.nodeCount);
  const leftCount = new Int32Array(g.nodeCount);
  const adjusted = new Float64Array(longest);
  const sorted = new Float64Array(longest);

  for (let round = 0; round < rounds; round++) {
    takenCount.fill(0);
    leftCount.fill(0);
    for (const c of top) {
      const from = net.chooserStart[c];
      const k = net.chooserStart[c + 1] - from;
      const ups = net.chooserUps[c];
      for (let i = 0; i < k; i++) {
        const a = net.chooserArcs[from + i];
        adjusted[i] = cost[a] - price[head[a]];
      }
      sorted.set(adjusted.subarray(0, k));
      const last = ups > 0 ? smallestNumber(sorted, ups - 1, k) : -Infinity;
      // Everything after the (ups − 1)-th is at least it: the next is their least.
      let next = Infinity;
      for (let i = Math.max(ups, 0); i < k; i++)
        if (sorted[i] < next) next = sorted[i];
      for (let i = 0; i < k; i++) {
        const h = head[net.chooserArcs[from + i]];
        // How far this cell's cost − price can move before the choice of it changes.
        if (adjusted[i] <= last)
          taken[slot[h] + takenCount[h]++] = next - adjusted[i];
        else left[slot[h] + leftCount[h]++] = adjusted[i] - last;
      }
    }
    let off = 0;
    for (let h = 0; h < g.nodeCount; h++) {
      if (!subtotal[h]) continue;
      const k = takenCount[h] - need[h];
      if (k === 0) continue;
      off += Math.abs(k);
      const margins =
        k > 0
          ? taken.subarray(slot[h], slot[h] + takenCount[h])
          : left.subarray(slot[h], slot[h] + leftCount[h]);
      if (margins.length === 0) continue;
      const m = smallestNumber(
        margins,
        Math.min(Math.abs(k), margins.length) - 1,
        margins.length,
      );
      if (!Number.isFinite(m)) continue;
      const step = Math.floor((m + 1) / (round === 0 ? 1 : 2));
      price[h] += k > 0 ? -step : step;
    }
    if (off === 0) break;
  }
  for (let v = 0; v < g.nodeCount; v++) {
    if (!subtotal[v]) continue;
    for (let i = start[v]; i < start[v + 1]; i++) {
      const a = incident[i];
      const total = head[a];
      if (
        tail[a] === v &&
        net.hub[total] &&
        net.nodeUnit[total] >= 0 &&
        price[total] === 0
      )
        price[total] = price[v];
    }
  }
  return price;
}
