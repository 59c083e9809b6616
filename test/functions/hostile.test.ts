import { setDisplayLanguage, valueError } from "./setup";
import { Lru } from "../../src/functions/cache";
import { clearCaches } from "../../src/functions/calls";
import { apportionCache } from "../../src/functions/apportion";
import { apportion, keyShare, regionShare, shares } from "../../src/functions/functions";
import { REGIONS_2025 } from "../fixtures/keys";

const REGIONS = REGIONS_2025.map(([unit, share]) => [unit, Number(share)]);
const RH = "Region Hovedstaden";

beforeEach(() => {
  clearCaches();
  // Messages in Danish (the functions answer in English until Office's display language is known).
  setDisplayLanguage("da-DK");
});

describe("every hostile argument gives #VALUE! with a message, never an exception or Infinity", () => {
  test("APPORTION of an empty range", async () => {
    for (const empty of [[], [[]]]) expect((await valueError(apportion(empty as never, REGIONS, 1))).message).toMatch(/Området med beløb er tomt/);
  });

  test("a 32.767-digit amount, as a number or as text", async () => {
    const digits = "9".repeat(32767);
    for (const amount of [digits, 1e308, -1e300, Number.MAX_VALUE]) {
      const m = (await valueError(regionShare(amount, RH, REGIONS, 0))).message;
      expect(m).toMatch(/er for stort/);
      expect(m.length).toBeLessThan(300);
    }
    expect((await valueError(apportion([[1], [digits]], REGIONS, 0))).message).toMatch(/række 2.*for stort/);
  });

  test.each([
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["an object", { a: 1 }],
    ["a nested array", [[[1]]]],
    ["a huge text", "x".repeat(100000)],
    ["a symbol-like text", "\u0000\uffff"],
  ])("amount %s", async (_, amount) => {
    const error = await valueError(shares(amount, REGIONS, 1));
    expect(error.message.length).toBeGreaterThan(10);
  });

  test.each([
    ["a key of one cell", [[1]]],
    ["a key of text only", [["a", "b"]]],
    ["a key with negative shares", [[RH, -1]]],
    ["a key with Infinity", [[RH, Infinity]]],
    ["a key of 10.000 unknown units", Array.from({ length: 10000 }, (_, i) => [`U${i}`, 1])],
    ["an empty key", []],
    ["a key with nulls", [[null, null]]],
  ])("%s", async (_, key) => {
    const error = await valueError(keyShare(RH, key as never));
    expect(error.message.length).toBeGreaterThan(10);
  });

  test("decimals out of range, text or huge", async () => {
    for (const d of [99, -99, "x", 1e300, NaN, Infinity]) expect((await valueError(regionShare(1, RH, REGIONS, d))).message.length).toBeGreaterThan(10);
  });
});

describe("caches are bounded by memory, not only by count", () => {
  test("an Lru with a byte bound drops the oldest entries and keeps none larger than the bound", () => {
    const lru = new Lru<string, number[]>(1000, 2000, (_k, v) => 8 * v.length);
    lru.set("a", new Array(100).fill(0));
    lru.set("b", new Array(100).fill(0));
    lru.set("c", new Array(50).fill(0));
    expect([lru.size, lru.bytes]).toEqual([3, 2000]);
    lru.set("d", new Array(10).fill(0)); // 2080 > 2000: the oldest, a, goes
    expect([lru.get("a"), lru.size, lru.bytes]).toEqual([undefined, 3, 1280]);
    lru.set("huge", new Array(1000).fill(0));
    expect(lru.get("huge")).toBeUndefined();
    lru.clear();
    expect(lru.bytes).toBe(0);
  });

  test("APPORTION's block cache counts the bytes of what it keeps, within its bound", async () => {
    const amounts = Array.from({ length: 500 }, (_, i) => [i + 1]);
    await apportion(amounts, REGIONS, 0);
    expect(apportionCache.bytes).toBeGreaterThan(500 * 5 * 8);
    expect(apportionCache.bytes).toBeLessThanOrEqual(apportionCache.maxBytes);
  });
});
