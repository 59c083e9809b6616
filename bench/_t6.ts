import { layoutPeriod } from "../src/engine/layout";
import { exactTable } from "../src/engine/exact";
import { buildNetwork } from "../src/engine/reconcile/network";
import { minCostFlow } from "../src/engine/reconcile/flow";
import { NUMBER_COSTS } from "../src/engine/reconcile/cost";
import { benchTable } from "./reconciled";
const m = benchTable(2000, 98);
const sheet = layoutPeriod(m, 0, 1).sheets[0];
const ex = exactTable(sheet);
const net = buildNetwork(sheet, ex, NUMBER_COSTS);
const g = net.graph;
const kind = new Array(g.nodeCount).fill("?");
for (let a = 0; a < g.arcCount; a++) {
  const v = net.arcNode[a];
  kind[g.tail[a]] = v < ex.rowCount ? (sheet.rows[v].kind === "source" ? "row" : "sum") : v === ex.totalNode ? "total" : "sub";
}
kind[g.nodeCount - 1] = "sink";
minCostFlow(g, NUMBER_COSTS);
const h: [number, number, number][] = (globalThis as any).__hist;
const agg = new Map<string, [number, number, number]>();
for (const [s, t, n] of h) { const k = kind[s] + "->" + kind[t]; const x = agg.get(k) ?? [0, 0, 0]; x[0]++; x[1] += n; x[2] = Math.max(x[2], n); agg.set(k, x); }
console.log([...agg.entries()].map(([k, [c, sum, mx]]) => `${k}: rounds ${c} settled ${sum} max ${mx}`).join("\n"));
