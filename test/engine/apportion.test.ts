import fc from "fast-check";
import { apportion, Apportionment, floorDiv, Key, makeKey, toSteps } from "../../src/engine";
import { KRONER_2025, REGIONS_2025, keyOf } from "../fixtures/keys";

function ok(r: ReturnType<typeof apportion>): Apportionment {
  if (!r.ok) throw new Error(r.error.message);
  return r;
}
const strings = (r: Apportionment) => r.values.map((v) => v.toString());

describe("apportion: seeds", () => {
  const key = keyOf("Bloktilskud 2025", REGIONS_2025);

  test("seed 000: 10.150.000 kr. over the kroner weights comes back exactly", () => {
    const r = ok(apportion("10150000", keyOf("Bidrag", KRONER_2025), 0));
    expect(strings(r)).toEqual(KRONER_2025.map(([, v]) => v));
  });

  test("seed 000: the printed four-decimal key gives other kroner (hence KEY_PRECISION)", () => {
    const r = ok(apportion("10150000", key, 0));
    expect(strings(r)).toEqual(["3162740", "1570205", "2158905", "2209655", "1048495"]);
    expect(r.sumError).toBe(0n);
  });

  test("seed 002: 2026 amounts at one decimal; the note's Region Hovedstaden column is plain rounding", () => {
    // National amount → Region Hovedstaden's printed share (Bilag 3, table 1).
    const printed: [string, string][] = [
      ["9.0", "2.8"],
      ["60.0", "18.7"],
      ["42.0", "13.1"],
      ["14.0", "4.4"],
      ["20.0", "6.2"],
      ["8.0", "2.5"],
      ["5.0", "1.6"],
      ["11.0", "3.4"],
      ["2.0", "0.6"],
      ["10.0", "3.1"],
      ["3.0", "0.9"],
      ["6.0", "1.9"],
      ["180.0", "56.1"],
      ["350.0", "109.1"],
    ];
    for (const [amount, rh] of printed) {
      expect([amount, ok(apportion(amount, key, 1, "nearest")).values[0].toFixed(1)]).toEqual([amount, rh]);
      expect(ok(apportion(amount, key, 1)).sumError).toBe(0n);
    }
  });

  test("5,0 mio. kr.: largest remainder gives Region Hovedstaden 1,5 (not the note's 1,6) so that the regions add up", () => {
    expect(strings(ok(apportion("5.0", key, 1, "nearest")))).toEqual(["1.6", "0.8", "1.1", "1.1", "0.5"]); // 5,1
    expect(strings(ok(apportion("5.0", key, 1)))).toEqual(["1.5", "0.8", "1.1", "1.1", "0.5"]);
  });

  test("350,0: the block total splits to 109,1 · 54,1 · 74,4 · 76,2 · 36,2", () => {
    expect(strings(ok(apportion("350", key, 1)))).toEqual(["109.1", "54.1", "74.4", "76.2", "36.2"]);
  });

  test("nearest rounding can miss the amount; largest remainder never does", () => {
    const nearest = ok(apportion("350", key, 1, "nearest"));
    expect(strings(nearest)).toEqual(["109.1", "54.1", "74.4", "76.2", "36.2"]);
    const miss = ok(
      apportion(
        "1",
        keyOf("Thirds", [
          ["A", "1"],
          ["B", "1"],
          ["C", "1"],
        ]),
        0,
        "nearest",
      ),
    );
    expect(miss.sumError).toBe(-1n);
    expect(
      ok(
        apportion(
          "1",
          keyOf("Thirds", [
            ["A", "1"],
            ["B", "1"],
            ["C", "1"],
          ]),
          0,
        ),
      ).sumError,
    ).toBe(0n);
  });

  test("decimals as Excel's ROUND: -3 rounds to thousands", () => {
    const r = ok(apportion("10150000", key, -3));
    expect(strings(r)).toEqual(["3163000", "1570000", "2159000", "2210000", "1048000"]);
  });

  test("tie rule: equal remainders go to the larger weight, then to the first listed", () => {
    expect(
      strings(
        ok(
          apportion(
            "2",
            keyOf(
              "W",
              [
                ["A", "1"],
                ["B", "3"],
              ],
              "weight",
            ),
            0,
          ),
        ),
      ),
    ).toEqual(["0", "2"]);
    expect(
      strings(
        ok(
          apportion(
            "0.1",
            keyOf("E", [
              ["A", "0.5"],
              ["B", "0.5"],
            ]),
            1,
          ),
        ),
      ),
    ).toEqual(["0.1", "0"]);
    expect(
      strings(
        ok(
          apportion(
            "-0.1",
            keyOf("E", [
              ["A", "0.5"],
              ["B", "0.5"],
            ]),
            1,
          ),
        ),
      ),
    ).toEqual(["-0.1", "0"]);
  });

  test("zero gives zeros; a negative amount mirrors the positive one", () => {
    expect(strings(ok(apportion("0", key, 1)))).toEqual(["0", "0", "0", "0", "0"]);
    expect(strings(ok(apportion("-0.8", key, 1)))).toEqual(strings(ok(apportion("0.8", key, 1))).map((v) => (v === "0" ? "0" : `-${v}`)));
  });

  test("an amount off the step is an error result, not a re-rounding", () => {
    const r = apportion("5.15", key, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ severity: "error", code: "NOT_ON_STEP" });
  });
});

const keyArb = fc
  .array(fc.bigInt({ min: 0n, max: 10n ** 7n }), { minLength: 1, maxLength: 98 })
  .filter((ws) => ws.some((w) => w > 0n))
  .map((ws): Key => {
    const r = makeKey({ name: "R", kind: "weight", entries: ws.map((w, i) => ({ unit: `U${i}`, value: w })) });
    return r.key!;
  });
const amountArb = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
const decimalsArb = fc.integer({ min: -3, max: 4 });

function stepsOf(r: Apportionment, decimals: number): bigint[] {
  return r.values.map((v) => toSteps(v, decimals)!);
}

describe("apportion: properties", () => {
  test.each(["largest-remainder", "nearest"] as const)("%s: every value is the floor or ceiling of its exact share", (method) => {
    fc.assert(
      fc.property(keyArb, amountArb, decimalsArb, (key, steps, decimals) => {
        const amount = toAmount(steps, decimals);
        const r = ok(apportion(amount, key, decimals, method));
        stepsOf(r, decimals).forEach((s, i) => {
          const lo = floorDiv(steps * key.weights[i], key.total);
          const exactInt = (steps * key.weights[i]) % key.total === 0n;
          expect(s === lo || (!exactInt && s === lo + 1n)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("largest remainder sums exactly, is deterministic and mirrors negatives", () => {
    fc.assert(
      fc.property(keyArb, amountArb, decimalsArb, (key, steps, decimals) => {
        const amount = toAmount(steps, decimals);
        const a = ok(apportion(amount, key, decimals));
        expect(a.steps.reduce((x, y) => x + y, 0n)).toBe(steps);
        expect(ok(apportion(amount, key, decimals)).steps).toEqual(a.steps);
        expect(ok(apportion(toAmount(-steps, decimals), key, decimals)).steps).toEqual(a.steps.map((s) => -s));
      }),
      { numRuns: 300 },
    );
  });

  test("largest remainder keeps each unit within one step and minimises total deviation (vs brute force)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 5 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 40 }),
        (ws, steps) => {
          const key = makeKey({ name: "T", kind: "weight", entries: ws.map((w, i) => ({ unit: `U${i}`, value: w })) }).key!;
          const r = ok(apportion(String(steps), key, 0));
          const dev = (xs: bigint[]) =>
            xs.reduce((acc, x, i) => {
              const d = x * key.total - BigInt(steps) * key.weights[i];
              return acc + (d < 0n ? -d : d);
            }, 0n);
          // brute force every floor/ceil choice summing to the amount
          const floors = key.weights.map((w) => floorDiv(BigInt(steps) * w, key.total));
          let best: bigint | null = null;
          for (let mask = 0; mask < 1 << floors.length; mask++) {
            const xs = floors.map((f, i) => f + ((mask >> i) & 1 ? 1n : 0n));
            if (xs.reduce((a, b) => a + b, 0n) !== BigInt(steps)) continue;
            const d = dev(xs);
            if (best === null || d < best) best = d;
          }
          expect(dev(r.steps)).toBe(best);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function toAmount(steps: bigint, decimals: number): string {
  return Number(decimals) >= 0 ? `${steps}e-${decimals}` : `${steps}e${-decimals}`;
}
