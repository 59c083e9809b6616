import { apportion, makeKey, Key } from "../src/engine";
import { perSecond, round } from "./timing";

function regions(): Key {
  return makeKey({
    name: "Regioner 2025",
    entries: [
      { unit: "Region Hovedstaden", value: "0.3116" },
      { unit: "Region Sjælland", value: "0.1547" },
      { unit: "Region Syddanmark", value: "0.2127" },
      { unit: "Region Midtjylland", value: "0.2177" },
      { unit: "Region Nordjylland", value: "0.1033" },
    ],
  }).key!;
}

/** A 98-unit key with population-like integer weights (deterministic). */
function municipalities(): Key {
  let seed = 98;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  return makeKey({
    name: "Kommuner",
    kind: "weight",
    entries: Array.from({ length: 98 }, (_, i) => ({ unit: `K${i}`, value: 2000 + (next() % 600000) })),
  }).key!;
}

export async function run() {
  const r5 = regions();
  const k98 = municipalities();
  let i = 0;
  const amount = () => `${(++i % 100000) + 0.1}`;
  const regions5PerSecond = perSecond(() => void apportion(amount(), r5, 1));
  const municipalities98PerSecond = perSecond(() => void apportion(amount(), k98, 1));
  const nearestPerSecond = perSecond(() => void apportion(amount(), k98, 1, "nearest"));
  return {
    regions5PerSecond,
    municipalities98PerSecond,
    /** Time of largest remainder relative to plain rounding (98 units, same amounts). */
    largestRemainderVsNearest: round(nearestPerSecond / municipalities98PerSecond),
  };
}
