import { allocateTable } from "../src/engine";
import { benchTable } from "./reconciled";
const m = benchTable(2000, 98);
allocateTable(m, { decimals: 1, method: process.argv[2] as "nearest" });
