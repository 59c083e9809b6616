import { setDisplayLanguage } from "./setup";
import fc from "fast-check";
import { allocateTable, BLOCK, Dec, TableModel } from "../../src/engine";
import { clearCaches } from "../../src/functions/calls";
import { apportion, regionShare, shares } from "../../src/functions/functions";
import { KRONER_2025, REGIONS_2025, keyOf } from "../fixtures/keys";

const REGIONS = REGIONS_2025.map(([unit, share]) => [unit, Number(share)]);
const key = keyOf("Bloktilskud 2025", REGIONS_2025);

/** The fill's numbers for a flat one-period table of `amounts` (built here, independently of src/functions). */
function fill(amounts: string[], decimals: number, k = key) {
  const model: TableModel = {
    periods: ["2026"],
    rows: amounts.map((a, i) => ({
      id: i,
      name: `Initiativ ${i + 1}`,
      parent: null,
      channel: BLOCK,
      recipient: { kind: "group", group: "Regioner" },
      keyName: null,
      amounts: [new Dec(a)],
    })),
    keys: [{ key: k, group: "Regioner", period: null }],
  };
  const result = allocateTable(model, { decimals, method: "reconciled" });
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  const period = result.periods[0];
  return {
    cells: period.rows.filter((r) => r.status === "allocated").map((r) => r.values.map((v) => v!.toNumber())),
    totals: period.total.values.map((v) => v.toString()),
  };
}

const exactSum = (xs: number[]) => xs.reduce((a, x) => a.plus(x.toString()), new Dec(0));
const column = (m: number[][], j: number) => m.map((row) => row[j]);

beforeEach(() => {
  clearCaches();
  setDisplayLanguage("da-DK");
});

// Seed 002: the 2026 block-grant initiatives (mio. kr.) of one region's note.
const SEED_002 = ["9.0", "60.0", "42.0", "14.0", "20.0", "8.0", "5.0", "11.0", "2.0", "10.0", "3.0", "6.0", "180.0"];

describe("REGIONSHARE and SHARES equal the fill's one-row table", () => {
  const amounts = [...SEED_002, "350.0", "5.0", "0.1", "-0.8", "1570.5", "10150000"];
  test.each(amounts)("%s", async (amount) => {
    const decimals = amount === "10150000" ? 0 : 1;
    const [expected] = fill([amount], decimals).cells;
    const got = await Promise.all(REGIONS_2025.map(([unit]) => regionShare(Number(amount), unit, REGIONS, decimals)));
    expect(got).toEqual(expected);
    expect((await shares(Number(amount), REGIONS, decimals)).map(([x]) => x)).toEqual(expected);
  });

  test("property: any amount over any small key, including exact ties", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 5 }).filter((w) => w.some((x) => x > 0)),
        async (steps, weights) => {
          const entries = weights.map((w, i): [string, string] => [REGIONS_2025[i][0], String(w)]);
          const amount = new Dec(steps).div(10).toString();
          const [expected] = fill([amount], 1, keyOf("k", entries, "weight")).cells;
          const range = entries.map(([u, w]) => [u, Number(w)]);
          const got = await Promise.all(entries.map(([unit]) => regionShare(Number(amount), unit, range, 1)));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("also over the kroner weights (seed 000) at whole kroner and at thousands", async () => {
    const kroner = KRONER_2025.map(([u, v]) => [u, Number(v)]);
    const k = keyOf("Bidrag", KRONER_2025);
    for (const [amount, decimals] of [
      ["10150000", 0],
      ["7777000", -3],
      ["123.45", 2],
    ] as const) {
      const [expected] = fill([amount], decimals, k).cells;
      expect(await Promise.all(KRONER_2025.map(([unit]) => regionShare(Number(amount), unit, kroner, decimals)))).toEqual(expected);
    }
  });
});

describe("APPORTION", () => {
  test("seed 002's eleven 2026 block items: Region Hovedstaden's column adds up to the note's 109,1, not 109,0", async () => {
    // Bilag 3, table 1: the top-level Blok rows; rounded one by one, Region Hovedstaden's add up to 109,0.
    const block = ["9.0", "60.0", "42.0", "5.0", "11.0", "2.0", "10.0", "20.0", "9.0", "2.0", "180.0"];
    const got = await apportion(
      block.map((a) => [Number(a)]),
      REGIONS,
      1,
    );
    expect(exactSum(column(got, 0)).toString()).toBe("109.1");
    expect(exactSum(got[3]).toString()).toBe("5"); // Kræftscreening: plain rounding gives 5,1
    got.forEach((row, i) =>
      row.forEach((cell, j) => {
        const exact = new Dec(block[i]).times(REGIONS_2025[j][1]);
        expect(exact.minus(cell).abs().lt("0.1")).toBe(true);
      }),
    );
  });

  test("seed 002 at one decimal equals the fill's reconciled block cell by cell", async () => {
    const got = await apportion(
      SEED_002.map((a) => [Number(a)]),
      REGIONS,
      1,
    );
    const expected = fill(SEED_002, 1);
    expect(got).toHaveLength(SEED_002.length);
    for (const [i, row] of got.entries()) expect([i, row]).toEqual([i, expected.cells[i]]);
  });

  test("every row adds up to its amount, and every unit's column to its correctly rounded total", async () => {
    const got = await apportion(
      SEED_002.map((a) => [Number(a)]),
      REGIONS,
      1,
    );
    for (const [i, row] of got.entries()) expect(exactSum(row).eq(SEED_002[i])).toBe(true);
    const expected = fill(SEED_002, 1);
    const grand = SEED_002.reduce((a, x) => a.plus(x), new Dec(0));
    REGIONS_2025.forEach(([, share], j) => {
      const sum = exactSum(column(got, j));
      expect(sum.toString()).toBe(expected.totals[j]);
      // the unit total is its exact total (grand × share) rounded down or up to 0,1
      const exact = grand.times(share);
      expect(sum.minus(exact).abs().lt(0.1)).toBe(true);
    });
  });

  test("it is not row-by-row rounding: some row differs from that row's own SHARES, yet the columns add up", async () => {
    const got = await apportion(
      SEED_002.map((a) => [Number(a)]),
      REGIONS,
      1,
    );
    const own = await Promise.all(SEED_002.map(async (a) => (await shares(Number(a), REGIONS, 1)).map(([x]) => x)));
    const rowTotals = own.map((r) => exactSum(r).toString());
    expect(rowTotals).toEqual(SEED_002.map((a) => new Dec(a).toString()));
    // Rounding each row on its own leaves some unit column off its correctly rounded total.
    const offColumns = REGIONS_2025.filter((_, j) => !exactSum(column(own, j)).eq(exactSum(column(got, j))));
    expect(offColumns.length).toBeGreaterThan(0);
  });

  test("seed 000 kroner: one amount is the plain apportionment", async () => {
    const kroner = KRONER_2025.map(([u, v]) => [u, Number(v)]);
    expect(await apportion([[10150000]], kroner, 0)).toEqual([KRONER_2025.map(([, v]) => Number(v))]);
  });

  test("Danish text amounts, a blank row, default decimals from the finest amount", async () => {
    const got = await apportion([["9,0"], [null], ["1.570,5"], [-0.8]], REGIONS, null);
    expect(got[1]).toEqual([0, 0, 0, 0, 0]);
    const expected = fill(["9.0", "0", "1570.5", "-0.8"], 1);
    expect(got).toEqual(expected.cells);
  });

  test("units across in key order: a reversed key gives reversed columns", async () => {
    const got = await apportion([[350], [5]], REGIONS, 1);
    const reversed = await apportion([[350], [5]], [...REGIONS].reverse(), 1);
    expect(reversed).toEqual(got.map((row) => [...row].reverse()));
  });

  test("cached per (amounts, key content, decimals): the engine runs once for repeated calls", async () => {
    const engine = await import("../../src/engine/allocate");
    const spy = jest.spyOn(engine, "allocateTable");
    try {
      for (let i = 0; i < 20; i++)
        await apportion(
          SEED_002.map((a) => [Number(a)]),
          REGIONS,
          1,
        );
      await apportion(
        SEED_002.map((a) => [Number(a)]),
        REGIONS,
        2,
      );
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
