import { allocateTable } from "../src/engine";
import { benchTable } from "./reconciled";
const m = benchTable(2000, 98);
for (const method of ["nearest", "largest-remainder", "reconciled", "nearest", "reconciled"] as const) {
  const t = Date.now();
  const r = allocateTable(m, { decimals: 1, method });
  console.log(method, Date.now() - t, "ms", r.periods.map((p) => [p.group, p.rows.length, JSON.stringify(p.checks), p.maxDeviation.toFixed(3)]).join(" "));
}
