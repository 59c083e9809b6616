import { layoutPeriod } from "../src/engine/layout";
import { exactTable } from "../src/engine/exact";
import { buildNetwork } from "../src/engine/reconcile/network";
import { minCostFlow } from "../src/engine/reconcile/flow";
import { NUMBER_COSTS } from "../src/engine/reconcile/cost";
import { benchTable } from "./reconciled";
const m = benchTable(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 98));
const sheet = layoutPeriod(m, 0, 1).sheets[0];
const ex = exactTable(sheet);
const net = buildNetwork(sheet, ex, NUMBER_COSTS);
const g = net.graph;
let pos = 0, neg = 0; const where = new Map<string, number>();
for (let v = 0; v < g.nodeCount; v++) { if (g.excess[v] > 0) pos += g.excess[v]; if (g.excess[v] < 0) neg -= g.excess[v]; }
console.log("nodes", g.nodeCount, "arcs", g.arcCount, "excess", pos, "deficit", neg);
const t = Date.now();
const rounds = minCostFlow(g, NUMBER_COSTS, net.hub);
console.log("phases", rounds, Date.now() - t, "ms");
// excess by node type
