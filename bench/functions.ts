/**
 * Custom functions: 10.000 REGIONSHARE calls (2.000 distinct amounts × 5 regions, one key range)
 * against the 2.000 apportionments computed once with the engine. The ratio shows what argument
 * coercion, key lookup and the cache cost on top of the arithmetic itself.
 */
import { apportion, Dec, makeKey } from "../src/engine";
import { clearCaches } from "../src/functions/calls";
import { regionShare } from "../src/functions/functions";
import { medianMs, round } from "./timing";

const REGIONS: [string, number][] = [
  ["Region Hovedstaden", 0.3116],
  ["Region Sjælland", 0.1547],
  ["Region Syddanmark", 0.2127],
  ["Region Midtjylland", 0.2177],
  ["Region Nordjylland", 0.1033],
];
const DISTINCT = 2_000;
const CALLS = 10_000;

/** Amounts in mio. kr. with one decimal, as a sheet of initiatives has them (all distinct). */
const amounts = Array.from({ length: DISTINCT }, (_, i) => Number(((i + 1) * 1.3).toFixed(1)));

async function calls(): Promise<number> {
  clearCaches();
  const start = process.hrtime.bigint();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < CALLS; i++) {
    pending.push(regionShare(amounts[i % DISTINCT], REGIONS[Math.floor(i / DISTINCT) % REGIONS.length][0], REGIONS, 1));
  }
  await Promise.all(pending);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function run() {
  const key = makeKey({ name: "Regioner 2025", entries: REGIONS.map(([unit, share]) => ({ unit, value: String(share) })) }).key!;
  const decimals = amounts.map((a) => new Dec(String(a)));
  const onceMs = medianMs(() => {
    for (const amount of decimals) apportion(amount, key, 1);
  }, 7);
  for (let i = 0; i < 3; i++) await calls(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await calls());
  times.sort((a, b) => a - b);
  const callsMs = times[Math.floor(times.length / 2)];
  return {
    callsPerSecond: Math.round((CALLS / callsMs) * 1000),
    /** Time of the 10.000 calls / time of the 2.000 distinct apportionments computed once. */
    ratioToDistinctOnce: round(callsMs / onceMs),
  };
}
