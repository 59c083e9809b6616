import "./setup";
import * as engineApportion from "../../src/engine/apportion";
import { Lru } from "../../src/functions/cache";
import { clearCaches } from "../../src/functions/calls";
import { shareCache } from "../../src/functions/compute";
import { regionShare, shares } from "../../src/functions/functions";
import { REGIONS_2025 } from "../fixtures/keys";

const REGIONS = REGIONS_2025.map(([unit, share]) => [unit, Number(share)]);
const UNITS = REGIONS_2025.map(([unit]) => unit);

describe("Lru", () => {
  test("keeps at most `capacity` entries and drops the least recently used", () => {
    const lru = new Lru<string, number>(3);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.set("c", 3);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("d", 4);
    expect(lru.size).toBe(3);
    expect(lru.get("b")).toBeUndefined();
    expect([lru.get("a"), lru.get("c"), lru.get("d")]).toEqual([1, 3, 4]);
  });

  test("getOrCompute computes a missing value once and counts hits and misses", () => {
    const lru = new Lru<string, string>(10);
    const compute = jest.fn(() => "x");
    lru.getOrCompute("k", compute);
    lru.getOrCompute("k", compute);
    expect(compute).toHaveBeenCalledTimes(1);
    expect([lru.hits, lru.misses]).toEqual([1, 1]);
  });

  test("a failed computation is not cached", () => {
    const lru = new Lru<string, string>(10);
    expect(() =>
      lru.getOrCompute("k", () => {
        throw new Error("bad");
      }),
    ).toThrow("bad");
    expect(lru.getOrCompute("k", () => "ok")).toBe("ok");
  });

  test("capacity must be at least 1", () => {
    expect(() => new Lru(0)).toThrow(RangeError);
  });
});

describe("results are cached per (amount, key content, decimals)", () => {
  let spy: jest.SpyInstance;
  beforeEach(() => {
    clearCaches();
    spy = jest.spyOn(engineApportion, "apportion");
  });
  afterEach(() => spy.mockRestore());

  test("5.000 REGIONSHARE calls over 200 amounts and one key run the engine 200 times", async () => {
    const amounts = Array.from({ length: 200 }, (_, i) => (i + 1) * 1.5);
    for (const amount of amounts) for (const unit of UNITS) await regionShare(amount, unit, REGIONS, 1);
    for (const amount of amounts) await shares(amount, REGIONS, 1);
    for (const amount of amounts) for (const unit of UNITS) await regionShare(amount, unit, REGIONS, 1);
    expect(spy).toHaveBeenCalledTimes(200);
  });

  test("other decimals or another key are other entries; the same key content in another layout is not", async () => {
    await regionShare(350, UNITS[0], REGIONS, 1);
    await regionShare(350, UNITS[0], REGIONS, 2);
    await regionShare(
      350,
      UNITS[0],
      REGIONS.map(([u, s], i) => [u, i === 0 ? 0.3117 : s]),
      1,
    );
    expect(spy).toHaveBeenCalledTimes(3);
    await regionShare(350, UNITS[0], [["Enhed", "Andel"], ...REGIONS.map(([u, s]) => [String(u).replace("Region ", ""), String(s).replace(".", ",")])], 1);
    await regionShare("350,0", UNITS[1], REGIONS, 1);
    expect(spy).toHaveBeenCalledTimes(3);
  });

  test("the cache is bounded at 10.000 entries", async () => {
    expect(shareCache.capacity).toBe(10_000);
    for (let i = 0; i < 10_050; i++) await regionShare(i, UNITS[0], REGIONS, 0);
    expect(shareCache.size).toBe(10_000);
  });

  test("errors are not cached: a corrected call computes", async () => {
    await expect(regionShare(109.15, UNITS[0], REGIONS, 1)).rejects.toThrow();
    expect(await regionShare(109.15, UNITS[0], REGIONS, 2)).toBe(34.01);
  });
});
