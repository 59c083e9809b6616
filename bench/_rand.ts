import fc from "fast-check";
import { allocateTable, checkAllocation } from "../src/engine";
import { recipeArb, recipeModel } from "../test/fixtures/random";
const samples = fc.sample(recipeArb({ maxRows: 60, maxUnits: 12 }), { numRuns: 300, seed: Number(process.argv[2] ?? 1) });
let bad = 0;
for (const r of samples) {
  const { model, decimals } = recipeModel(r);
  let result;
  try { result = allocateTable(model, { decimals, method: "reconciled" }); } catch (e) { console.log("THROW", (e as Error).message); bad++; if (bad > 3) break; continue; }
  const v = checkAllocation(model, { decimals, method: "reconciled" }, result);
  if (v.length) { bad++; console.log(JSON.stringify(v.slice(0, 3))); if (bad > 3) break; }
  for (const m of ["nearest", "largest-remainder"] as const) {
    const res = allocateTable(model, { decimals, method: m });
    const w = checkAllocation(model, { decimals, method: m }, res);
    if (w.length) { bad++; console.log(m, JSON.stringify(w.slice(0, 3))); if (bad > 3) break; }
  }
}
console.log("bad", bad);
