/**
 * Custom functions: 10.000 REGIONSHARE calls (2.000 distinct amounts × 5 regions, one key range)
 * against the 2.000 apportionments computed once with the engine. The ratio shows what argument
 * coercion, key lookup and the cache cost on top of the arithmetic itself.
 *
 * APPORTION: one call over a 10.000 × 1 column and the 98-municipality key range, through the
 * entry the custom-functions runtime calls and with arguments as Excel passes them (number[][],
 * (string | number)[][]), against the engine's reconciled allocateTable on the same table.
 */
import { allocateTable, apportion, BLOCK, Dec, makeKey, TableModel } from "../src/engine";
import { clearCaches } from "../src/functions/calls";
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

/** The same table as the engine sees it: one block-grant row per amount to the municipalities. */
function engineModel(keyRange: [string, number][], amounts: number[][]): TableModel {
  const key = makeKey({
    name: "Kommuner",
    kind: "weight",
    entries: keyRange.map(([unit, value]) => ({ unit, value: String(value) })),
  }).key!;
  return {
    periods: ["2026"],
    rows: amounts.map(([a], i) => ({
      id: i,
      name: String(i + 1),
      parent: null,
      channel: BLOCK,
      recipient: { kind: "group", group: "Kommuner" },
      keyName: null,
      amounts: [new Dec(String(a))],
    })),
    keys: [{ key, group: "Kommuner", period: null }],
  };
}

/** Median seconds of one APPORTION call (caches cleared) and of allocateTable alone, interleaved. */
async function apportionFigures(runs = 3) {
  const { keyRange, amounts } = apportionInput();
  const model = engineModel(keyRange, amounts);
  const call: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearCaches();
    let start = process.hrtime.bigint();
    const block = await apportionFunction(amounts, keyRange, 1);
    call.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (block.length !== APPORTION_ROWS || block[0].length !== keyRange.length) throw new Error("APPORTION: wrong shape");
    start = process.hrtime.bigint();
    allocateTable(model, { decimals: 1, method: "reconciled" });
    engine.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const apportionSeconds = round(median(call), 3);
  const engineSeconds = round(median(engine), 3);
  return {
    rows: APPORTION_ROWS,
    units: keyRange.length,
    apportionSeconds,
    engineSeconds,
    /** APPORTION ÷ engine on the same table; target ≤ 1,5 (issue 17). */
    ratio: round(apportionSeconds / engineSeconds),
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
