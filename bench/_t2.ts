import { allocateTable } from "../src/engine";
import { benchTable } from "./reconciled";
const m = benchTable(2000, 98);
const parents = m.rows.filter((r) => m.rows.some((c) => c.parent === r.id));
console.log("parents", parents.length, "with amount", parents.filter((p) => p.amounts[0] !== null).length, "direct", m.rows.filter(r=>r.channel!=="Blok").length, "top", m.rows.filter(r=>r.parent===null).length);
const r = allocateTable(m, { decimals: 1, method: "nearest" });
const p = r.periods[0];
const linked = p.rows.filter((x) => m.rows[x.row].amounts[0] !== null && m.rows.some((c) => c.parent === x.row));
console.log(linked.length, linked.filter((x) => x.sumOfChildren).length, r.findings.map((f) => f.message));
