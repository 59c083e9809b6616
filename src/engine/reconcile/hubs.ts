import { CostOps, NUMBER_COSTS } from "./cost";
import { FlowSolver } from "./flow";
import { SheetNetwork, startFlow } from "./network";
import { PriceEstimate } from "./prices";

/**
 * A starting flow at estimated hub prices (subtotals, totals), a heuristic like estimatePrices
 * (any prices give the same result). estimatePrices sees only the rows and parents directly
 * under a subtotal, each taking its cheapest cells; a parent's cells follow from its "heraf"
 * sub-items, so the families under a subtotal take a different number of its cells than
 * estimated. Each round of feedback: settle every row and family against the estimate (the
 * solver's first, local part), move each subtotal's need by the imbalance left at it, estimate
 * again, and move the hubs to the new prices (repriceHubs). Measured at 20.000 × 98
 * (bench/reconciled.ts): the hubs' imbalance 1.308 → 517 units, the arcs their searches scan
 * 63,8 M → 19,7 M. Not a full solution: coordinate-wise best responses (each subtotal alone, in
 * turn) stall ~100 units short at 2.000 rows, so rounds of them do not replace the solver's
 * hub searches. Returns the solver, ready to go on, and the last prices.
 */
export function startAtHubPrices(
  net: SheetNetwork<number>,
  ops: CostOps<number> = NUMBER_COSTS,
  rounds = 1,
): { solver: FlowSolver<number>; price: number[] } {
  const offset = new Int32Array(net.graph.nodeCount);
  const excess = net.graph.excess;
  const estimate = new PriceEstimate(net);
  let price = estimate.prices();
  startFlow(net, ops, price);
  const solver = new FlowSolver(net.graph, ops, net.hub);
  for (let round = 0; round < rounds; round++) {
    solver.balanceLocal();
    for (let v = 0; v < excess.length; v++)
      if (net.hub[v]) offset[v] -= excess[v];
    price = estimate.prices(offset);
    repriceHubs(net, solver, price);
  }
  return { solver, price };
}

/**
 * Moves every hub's potential to its new price and keeps every residual reduced cost ≥ 0, as
 * the solver requires: an arc at a hub whose reduced cost changed sign flips, and its other end
 * is then out of balance by one. Only those ends need the solver's local searches again; a fresh
 * startFlow would have unsettled every row and family (6.400 searches at 2.000 rows).
 */
function repriceHubs(
  net: SheetNetwork<number>,
  solver: FlowSolver<number>,
  price: readonly number[],
): void {
  const g = net.graph;
  const { tail, head, flow, excess } = g;
  for (let v = 0; v < g.nodeCount; v++)
    if (net.hub[v]) solver.setPotential(v, price[v]);
  // Found first, flipped after: a flip reorders the solver's lists, which are the graph's.
  const wrong: number[] = [];
  for (let v = 0; v < g.nodeCount; v++)
    if (net.hub[v]) solver.negativeAt(v, wrong);
  // An arc between two hubs is listed at both: flip it once.
  for (const a of new Set(wrong)) {
    solver.flip(a);
    const sign = flow[a] ? 1 : -1;
    excess[tail[a]] -= sign;
    excess[head[a]] += sign;
  }
}
