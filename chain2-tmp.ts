import { allocateTable } from "./src/engine";
import { seed002Model } from "./test/fixtures/seed002";
const r = allocateTable(seed002Model(), { decimals: 1, method: "reconciled" });
for (const f of r.findings) console.log(f.code, f.message);
