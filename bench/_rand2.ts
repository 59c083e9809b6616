import fc from "fast-check";
import { allocateTable, checkAllocation, Dec } from "../src/engine";
import { recipeArb, recipeModel } from "../test/fixtures/random";
const samples = fc.sample(recipeArb({ maxRows: 30, maxUnits: 6 }), { numRuns: 200, seed: 7 });
let caught = 0, tried = 0, optimalCaught = 0, optTried = 0;
const stats = { rows: 0, sums: 0, mism: 0, other: 0, errors: 0 };
for (const r of samples) {
  const { model, decimals } = recipeModel(r);
  const opts = { decimals, method: "reconciled" as const };
  const result = allocateTable(model, opts);
  stats.mism += result.findings.filter((f) => f.code === "CHILDREN_SUM_MISMATCH").length;
  stats.errors += result.findings.filter((f) => f.severity === "error").length;
  for (const p of result.periods) { stats.rows += p.rows.length; stats.sums += p.rows.filter((x) => x.sumOfChildren).length; stats.other += p.rows.filter((x) => x.status === "other").length; }
  const p = result.periods[0];
  if (!p) continue;
  // single-cell tamper
  const i = p.rows.findIndex((x) => x.values.some((v) => v !== null) && !x.sumOfChildren);
  if (i >= 0) {
    const u = p.rows[i].values.findIndex((v) => v !== null);
    const q = allocateTable(model, opts).periods[0];
    q.rows[i].values[u] = q.rows[i].values[u]!.plus(new Dec(10).pow(-decimals));
    tried++;
    if (checkAllocation(model, opts, { ...result, periods: [q, ...result.periods.slice(1)] }).length > 0) caught++;
  }
  // 2x2 swap among source rows at top-level in same channel
  const src = p.rows.map((x, k) => k).filter((k) => p.rows[k].parent === null && !p.rows[k].sumOfChildren && p.rows[k].status === "allocated" && p.rows[k].values.filter((v) => v !== null).length >= 2);
  for (let a = 0; a < src.length; a++) for (let b = a + 1; b < src.length; b++) {
    if (p.rows[src[a]].channel !== p.rows[src[b]].channel) continue;
    const q = allocateTable(model, opts).periods[0];
    const s = new Dec(10).pow(-decimals);
    const ra = q.rows[src[a]], rb = q.rows[src[b]];
    const us = ra.values.map((v, k) => k).filter((k) => ra.values[k] !== null && rb.values[k] !== null);
    if (us.length < 2) continue;
    const [u1, u2] = us;
    ra.values[u1] = ra.values[u1]!.plus(s); ra.values[u2] = ra.values[u2]!.minus(s);
    rb.values[u1] = rb.values[u1]!.minus(s); rb.values[u2] = rb.values[u2]!.plus(s);
    const v = checkAllocation(model, opts, { ...result, periods: [q, ...result.periods.slice(1)] });
    optTried++;
    if (v.length > 0) optimalCaught++;
    if (v.some((x) => x.rule === "NOT_OPTIMAL")) stats.other += 0;
    a = src.length; break;
  }
}
console.log({ tried, caught, optTried, optimalCaught, stats });
