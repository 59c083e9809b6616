import { layoutPeriod } from "../src/engine/layout";
import { exactTable } from "../src/engine/exact";
import { buildNetwork } from "../src/engine/reconcile/network";
import { NUMBER_COSTS } from "../src/engine/reconcile/cost";
import { benchTable } from "./reconciled";
const m = benchTable(2000, 98);
const sheet = layoutPeriod(m, 0, 1).sheets[0];
const ex = exactTable(sheet);
const net = buildNetwork(sheet, ex, NUMBER_COSTS);
const g = net.graph;
// classify nodes: find by arcs
const kind = new Array(g.nodeCount).fill("?");
for (let a = 0; a < g.arcCount; a++) {
  const v = net.arcNode[a];
  const k = v < ex.rowCount ? (sheet.rows[v].kind === "source" ? "row" : "sum") : v === ex.totalNode ? "total" : "sub";
  kind[g.tail[a]] = k;
}
kind[g.nodeCount - 1] = "sink";
const agg = new Map<string, [number, number]>();
for (let v = 0; v < g.nodeCount; v++) { const e = g.excess[v]; if (!e) continue; const x = agg.get(kind[v]) ?? [0, 0]; if (e > 0) x[0] += e; else x[1] -= e; agg.set(kind[v], x); }
console.log(agg, "channels", sheet.channels.map(c => [c.channel, c.members.length]));
