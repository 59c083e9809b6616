import { exactTable } from "../../src/engine/exact";
import { layoutPeriod } from "../../src/engine/layout";
import { reconcileSheet } from "../../src/engine/reconcile";
import { NUMBER_COSTS } from "../../src/engine/reconcile/cost";
import { minCostFlow } from "../../src/engine/reconcile/flow";
import { hubPrices } from "../../src/engine/reconcile/hubs";
import { buildNetwork, SheetNetwork, startFlow } from "../../src/engine/reconcile/network";
import { estimatePrices } from "../../src/engine/reconcile/prices";
import { benchTable } from "../../bench/reconciled";

// Illustrative figures: the bench's generated table (made-up amounts and weights), 300 rows × 98.
const model = benchTable(300, 98, 7);
const sheet = layoutPeriod(model, 0, 1).sheets[0];
const exact = exactTable(sheet);
const network = () => buildNetwork(sheet, exact, NUMBER_COSTS);

/** Σ |excess| at hubs and elsewhere after the rows and families have settled against `price`. */
function leftOver(net: SheetNetwork<number>, price: number[]): { hubs: number; others: number } {
  startFlow(net, NUMBER_COSTS, price);
  minCostFlow(net.graph, NUMBER_COSTS, net.hub, true);
  let hubs = 0;
  let others = 0;
  net.graph.excess.forEach((e, v) => (net.hub[v] ? (hubs += Math.abs(e)) : (others += Math.abs(e))));
  return { hubs, others };
}

describe("hub prices (a starting point for the solver)", () => {
  test("with rowsOnly the solver balances every row and family and leaves the rest at the hubs", () => {
    const net = network();
    const left = leftOver(net, hubPrices(net));
    expect(left.others).toBe(0);
    expect(left.hubs).toBeGreaterThan(0);
  });

  test("the feedback round leaves less imbalance at the hubs than the estimate alone", () => {
    const net = network();
    const estimated = leftOver(net, estimatePrices(net)).hubs;
    const fed = leftOver(net, hubPrices(net)).hubs;
    expect(fed).toBeLessThan(estimated);
  });

  test("the rounding is the same as from no starting prices at all (BigInt, prices 0)", () => {
    expect(reconcileSheet(sheet, exact)).toEqual(reconcileSheet(sheet, exact, "bigint"));
  });
});
