import { allocateTable, checkAllocation, Dec, makeKey, TableModel, InitiativeRow } from "./src/engine";
const N = Number(process.argv[2] ?? 20000);
const key = makeKey({ name: "K", entries: [{ unit: "A", value: "0.6" }, { unit: "B", value: "0.4" }] }).key!;
const rows: InitiativeRow[] = [];
for (let i = 0; i < N; i++) rows.push({ id: i, name: `R${i}`, parent: i === 0 ? null : i - 1, channel: "Blok", recipient: { kind: "group", group: "Regioner" }, keyName: null, amounts: [i === N - 1 ? new Dec("10.5") : null] });
const model: TableModel = { periods: ["2026"], rows, keys: [{ key, group: "Regioner", period: null }] };
let t = Date.now();
const r = allocateTable(model, { decimals: 1, method: "reconciled" });
console.log("alloc ms", Date.now() - t, r.periods[0].total.values.map(String));
t = Date.now();
try { console.log(checkAllocation(model, { decimals: 1, method: "reconciled" }, r).slice(0, 3)); } catch (e) { console.log("check threw", (e as Error).message); }
console.log("check ms", Date.now() - t);
