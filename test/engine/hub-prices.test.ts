import { exactTable } from "../../src/engine/exact";
import { layoutPeriod } from "../../src/engine/layout";
import { reconcileSheet } from "../../src/engine/reconcile";
import { NUMBER_COSTS } from "../../src/engine/reconcile/cost";
import { minCostFlow, reducedCost } from "../../src/engine/reconcile/flow";
import { startAtHubPrices } from "../../src/engine/reconcile/hubs";
import { buildNetwork, SheetNetwork, startFlow } from "../../src/engine/reconcile/network";
import { estimatePrices } from "../../src/engine/reconcile/prices";
import { benchTable } from "../../bench/reconciled";

// Illustrative figures: the bench's generated table (made-up amounts and weights), 300 rows × 98.
const model = benchTable(300, 98, 7);
const sheet = layoutPeriod(model, 0, 1).sheets[0];
const exact = exactTable(sheet);
const network = () => buildNetwork(sheet, exact, NUMBER_COSTS);

/**
 * Σ |excess| at hubs and elsewhere after the rows and families have settled against `price`
 * (a fresh start), or from where startAtHubPrices left the network.
 */
function leftOver(net: SheetNetwork<number>, price?: number[]): { hubs: number; others: number } {
  if (price) startFlow(net, NUMBER_COSTS, price);
  minCostFlow(net.graph, NUMBER_COSTS, net.hub, true);
  let hubs = 0;
  let others = 0;
  net.graph.excess.forEach((e, v) => (net.hub[v] ? (hubs += Math.abs(e)) : (others += Math.abs(e))));
  return { hubs, others };
}

describe("hub prices (a starting point for the solver)", () => {
  test("with rowsOnly the solver balances every row and family and leaves the rest at the hubs", () => {
    const net = network();
    startAtHubPrices(net);
    const left = leftOver(net);
    expect(left.others).toBe(0);
    expect(left.hubs).toBeGreaterThan(0);
  });

  test("moving the hubs to new prices keeps every residual reduced cost ≥ 0 (what the solver starts from)", () => {
    const net = network();
    startAtHubPrices(net, NUMBER_COSTS, 2);
    const g = net.graph;
    let moved = 0;
    const wrong: number[] = [];
    for (let a = 0; a < g.arcCount; a++) {
      const reduced = reducedCost(g, NUMBER_COSTS, a);
      if (g.flow[a] === 0 ? reduced < 0 : reduced > 0) wrong.push(a);
    }
    expect(wrong).toEqual([]);
    // Excess = supply + inflow − outflow, for the flow as left.
    const excess = Int32Array.from(net.supply);
    for (let a = 0; a < g.arcCount; a++)
      if (g.flow[a]) {
        excess[g.tail[a]]--;
        excess[g.head[a]]++;
      }
    expect(Array.from(g.excess)).toEqual(Array.from(excess));
    // The feedback moved some rows and families off balance again (else this test proves nothing).
    g.excess.forEach((e, v) => (moved += net.hub[v] ? 0 : Math.abs(e)));
    expect(moved).toBeGreaterThan(0);
  });

  test("the feedback round leaves less imbalance at the hubs than the estimate alone", () => {
    const net = network();
    const estimated = leftOver(net, estimatePrices(net)).hubs;
    const fedNet = network();
    startAtHubPrices(fedNet);
    const fed = leftOver(fedNet).hubs;
    expect(fed).toBeLessThan(estimated);
  });

  test("the rounding is the same as from no starting prices at all (BigInt, prices 0)", () => {
    expect(reconcileSheet(sheet, exact)).toEqual(reconcileSheet(sheet, exact, "bigint"));
  });
});
