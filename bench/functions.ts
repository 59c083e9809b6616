/**
 * Custom functions: 10.000 REGIONSHARE calls (2.000 distinct amounts × 5 regions, one key range)
 * against the 2.000 apportionments computed once with the engine. The ratio shows what argument
 * coercion, key lookup and the cache cost on top of the arithmetic itself.
 *
 * APPORTION: one call over a 10.000 × 1 column and the 98-municipality key range, through the
 * entry the custom-functions runtime calls and with arguments as Excel passes them (number[][],
 * (string | number)[][]), against the engine's reconciled allocateTable on the same table.
 */
import { allocateTable, apportion, Dec, makeKey } from "../src/engine";
import { toAmountColumn } from "../src/functions/args";
import { apportionModel } from "../src/functions/apportion";
import { clearCaches } from "../src/functions/calls";
import { keyFromRange } from "../src/functions/keys";
import { apportion as apportionFunction, regionShare } from "../src/functions/functions";
import { unitsOf } from "../src/sheets/units";
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

const APPORTION_ROWS = 10_000;

/** Deterministic pseudo-random integers below n (LCG; its high bits). */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

/**
 * The 98 municipalities with population-like weights (illustrative, deterministic) as a key
 * range, and 10.000 amounts in mio. kr. with one decimal (illustrative) as an n × 1 column.
 */
function apportionInput() {
  const next = random(17);
  const keyRange: [string, number][] = unitsOf("Kommuner").map((u) => [u.name, 2000 + next(600000)]);
  const amounts: number[][] = Array.from({ length: APPORTION_ROWS }, () => [(next(200000) + 1) / 10]);
  return { keyRange, amounts };
}

/** Wall and CPU seconds of one run of `fn` (CPU time: less disturbed by other processes on a shared machine). */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

/**
 * One APPORTION call (caches cleared: the block is computed, not looked up) against allocateTable
 * alone on the table APPORTION builds from the same arguments (built outside the timing), runs
 * interleaved with alternating order; medians.
 */
async function apportionFigures(runs = 5) {
  const { keyRange, amounts } = apportionInput();
  const model = apportionModel(toAmountColumn(amounts), keyFromRange(keyRange));
  const call = () => {
    clearCaches();
    return apportionFunction(amounts, keyRange, 1);
  };
  const engine = () => allocateTable(model, { decimals: 1, method: "reconciled" });
  const block = await call();
  if (block.length !== APPORTION_ROWS || block[0].length !== keyRange.length) throw new Error("APPORTION: wrong shape");
  engine(); // warm-up of both
  const calls: { wall: number; cpu: number }[] = [];
  const engines: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) calls.push(await timed(call));
    engines.push(await timed(engine));
    if (i % 2 === 1) calls.push(await timed(call));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const apportionSeconds = median(calls.map((t) => t.wall));
  const engineSeconds = median(engines.map((t) => t.wall));
  const apportionCpu = median(calls.map((t) => t.cpu));
  const engineCpu = median(engines.map((t) => t.cpu));
  return {
    rows: APPORTION_ROWS,
    units: keyRange.length,
    apportionSeconds: round(apportionSeconds, 3),
    engineSeconds: round(engineSeconds, 3),
    /** APPORTION ÷ engine on the same table (wall time); target ≤ 1,5 (issue 17). */
    ratio: round(apportionSeconds / engineSeconds),
    /** The same in CPU time of this process (the machine is shared: wall time varies more). */
    apportionCpuSeconds: round(apportionCpu, 3),
    engineCpuSeconds: round(engineCpu, 3),
    cpuRatio: round(apportionCpu / engineCpu),
  };
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
  process.stderr.write("bench functions: APPORTION 10.000 × 98…\n");
  const apportionBlock = await apportionFigures();
  return {
    ...apportionBlock,
    callsPerSecond: Math.round((CALLS / callsMs) * 1000),
    /** Time of the 10.000 calls / time of the 2.000 distinct apportionments computed once. */
    ratioToDistinctOnce: round(callsMs / onceMs),
  };
}
