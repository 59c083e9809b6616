import { setDisplayLanguage } from "./setup";
import { apportion as engineApportion, Apportionment, Dec } from "../../src/engine";
import { keyShare, regionShare, shares } from "../../src/functions/functions";
import { clearCaches } from "../../src/functions/calls";
import { KRONER_2025, REGIONS_2025, keyOf } from "../fixtures/keys";

/** A key range as Excel passes it: units as text, shares as numbers. */
const rangeOf = (entries: [string, string][]): (string | number)[][] => entries.map(([unit, share]) => [unit, Number(share)]);
const REGIONS = rangeOf(REGIONS_2025);
const KRONER = rangeOf(KRONER_2025);
const UNITS = REGIONS_2025.map(([unit]) => unit);

function engine(amount: string, entries: [string, string][], decimals: number): number[] {
  const r = engineApportion(amount, keyOf("k", entries), decimals);
  if (!r.ok) throw new Error(r.error.message);
  return (r as Apportionment).values.map((v) => v.toNumber());
}

/** Sum of numbers as exact decimals (the shares are decimals shown as doubles). */
const exactSum = (xs: number[]): string => xs.reduce((a, x) => a.plus(x.toString()), new Dec(0)).toString();

beforeEach(() => {
  clearCaches();
  setDisplayLanguage("da-DK");
});

describe("REGIONSHARE", () => {
  // Seed 002: the 2026 national amounts (mio. kr., one decimal) over the 2025 block-grant key.
  const amounts = [9, 60, 42, 14, 20, 8, 5, 11, 2, 10, 3, 6, 180, 350];

  test.each(amounts)("%p mio. kr.: the five regions add up to the amount and equal the engine's apportionment", async (amount) => {
    const got = await Promise.all(UNITS.map((unit) => regionShare(amount, unit, REGIONS, 1)));
    expect(got).toEqual(engine(amount.toFixed(1), REGIONS_2025, 1));
    expect(exactSum(got)).toBe(String(amount));
  });

  test("5,0 mio. kr.: Region Hovedstaden gets 1,5 (not plain rounding's 1,6) so that the regions add up", async () => {
    expect(await regionShare(5, "Region Hovedstaden", REGIONS, 1)).toBe(1.5);
  });

  test("seed 000: 10.150.000 kr. over the kroner weights gives each region's kroner exactly (default decimals 0)", async () => {
    const got = await Promise.all(UNITS.map((unit) => regionShare(10150000, unit, KRONER, null)));
    expect(got).toEqual(KRONER_2025.map(([, v]) => Number(v)));
  });

  test("seed 000 with the printed four-decimal key: other kroner, still adding up", async () => {
    const got = await Promise.all(UNITS.map((unit) => regionShare("10.150.000", unit, REGIONS, null)));
    expect(got).toEqual([3162740, 1570205, 2158905, 2209655, 1048495]);
  });

  test("units are matched as the parser matches them: short names, codes, variants", async () => {
    const expected = await regionShare(350, "Region Hovedstaden", REGIONS, 1);
    for (const unit of ["Hovedstaden", "region hovedstaden", "1084", 1084, " Region  Hovedstaden "]) {
      expect([unit, await regionShare(350, unit, REGIONS, 1)]).toEqual([unit, expected]);
    }
    const shortKey = [
      ["Hovedstaden", 0.3116],
      ["Sjaelland", 0.1547],
      ["1083", 0.2127],
      ["Midt", 0.2177],
      ["Nordjylland", 0.1033],
    ];
    expect(await regionShare(350, "Region Hovedstaden", shortKey, 1)).toBe(expected);
    expect(await regionShare(350, "Region Sjælland", shortKey, 1)).toBe(await regionShare(350, "Sjælland", REGIONS, 1));
  });

  test("a municipality key: codes with or without the leading zero", async () => {
    const key = [
      ["0101", 2],
      ["Frederiksberg", 1],
      [151, 1],
    ];
    expect(await regionShare(100, 101, key, 0)).toBe(50);
    expect(await regionShare(100, "København", key, 0)).toBe(50);
    expect(await regionShare(100, "Ballerup Kommune", key, 0)).toBe(25);
  });

  test("negative amounts (corrections) mirror the positive ones", async () => {
    const pos = await Promise.all(UNITS.map((unit) => regionShare(5, unit, REGIONS, 1)));
    const neg = await Promise.all(UNITS.map((unit) => regionShare(-5, unit, REGIONS, 1)));
    expect(neg).toEqual(pos.map((x) => -x));
  });

  test("a blank amount (or a lone dash) is nothing: 0", async () => {
    expect(await regionShare(null, "Region Hovedstaden", REGIONS, 1)).toBe(0);
    expect(await regionShare("-", "Region Hovedstaden", REGIONS, null)).toBe(0);
    expect(await regionShare("", "Region Hovedstaden", REGIONS, null)).toBe(0);
  });
});

describe("Danish text numbers and binary floats", () => {
  test("amounts as Danish text: 1.570.129 and 350,0", async () => {
    expect(await regionShare("1.570.129", "Region Hovedstaden", KRONER, null)).toBe(Number(engine("1570129", KRONER_2025, 0)[0]));
    expect(await regionShare("350,0", "Region Hovedstaden", REGIONS, null)).toBe(109.1);
  });

  test("the text 60,0 keeps its decimal as the default step; the number 60 is whole units", async () => {
    expect(await shares("60,0", REGIONS, null)).toEqual(engine("60.0", REGIONS_2025, 1).map((x) => [x]));
    expect(await shares(60, REGIONS, null)).toEqual(engine("60", REGIONS_2025, 0).map((x) => [x]));
  });

  test("shares as Danish text and percentages: '31,16 %' is 0,3116", async () => {
    const percent = REGIONS_2025.map(([unit, share]) => [unit, `${(Number(share) * 100).toFixed(2).replace(".", ",")} %`]);
    const comma = REGIONS_2025.map(([unit, share]) => [unit, share.replace(".", ",")]);
    const expected = await shares(350, REGIONS, 1);
    expect(await shares(350, percent, 1)).toEqual(expected);
    expect(await shares(350, comma, 1)).toEqual(expected);
    expect(await keyShare("Region Hovedstaden", percent)).toBe(0.3116);
  });

  test("decimals as text ('1') and as a float (1) mean the same", async () => {
    expect(await shares(350, REGIONS, "1")).toEqual(await shares(350, REGIONS, 1));
  });

  test("a float amount from a formula (=109,1*3 → 327.29999999999995) is read as the 327,3 Excel shows", async () => {
    const amount = 109.1 * 3;
    expect(amount).not.toBe(327.3);
    expect(await shares(amount, REGIONS, null)).toEqual(engine("327.3", REGIONS_2025, 1).map((x) => [x]));
  });

  test("0,1 + 0,2 (0.30000000000000004) is 0,3 and splits at one decimal", async () => {
    expect(await shares(0.1 + 0.2, REGIONS, null)).toEqual(engine("0.3", REGIONS_2025, 1).map((x) => [x]));
  });
});

describe("optional arguments arrive as null", () => {
  test("decimals null = the amount's own decimals; the same as leaving it out", async () => {
    expect(await regionShare(109.1, "Region Hovedstaden", REGIONS, null)).toBe(engine("109.1", REGIONS_2025, 1)[0]);
    expect(await regionShare(109.1, "Region Hovedstaden", REGIONS)).toBe(await regionShare(109.1, "Region Hovedstaden", REGIONS, null));
    expect(await shares(109.1, REGIONS, null)).toEqual(await shares(109.1, REGIONS, 1));
  });

  test("decimals may be coarser than the amount's step only if the amount is on it; finer is always fine", async () => {
    expect(await shares(350, REGIONS, 2)).toEqual(engine("350", REGIONS_2025, 2).map((x) => [x]));
    expect(await shares(3500, REGIONS, -2)).toEqual(engine("3500", REGIONS_2025, -2).map((x) => [x]));
  });
});

describe("SHARES", () => {
  test("spills one column, one row per unit, in key order", async () => {
    const got = await shares(350, REGIONS, 1);
    expect(got).toEqual([[109.1], [54.1], [74.4], [76.2], [36.2]]);
    const reversed = [...REGIONS].reverse();
    expect(await shares(350, reversed, 1)).toEqual([...got].reverse());
  });

  test("equals REGIONSHARE unit by unit", async () => {
    const column = await shares(42, REGIONS, 1);
    const each = await Promise.all(UNITS.map((unit) => regionShare(42, unit, REGIONS, 1)));
    expect(column.map(([x]) => x)).toEqual(each);
  });

  test("a header row (Enhed | Andel) and empty rows in the key range are skipped", async () => {
    const withHeader = [["Enhed", "Andel"], ...REGIONS.slice(0, 2), ["", ""], ...REGIONS.slice(2)];
    expect(await shares(350, withHeader, 1)).toEqual(await shares(350, REGIONS, 1));
  });
});

describe("KEYSHARE", () => {
  test("the printed key's shares come back as given", async () => {
    for (const [unit, share] of REGIONS_2025) expect(await keyShare(unit, REGIONS)).toBe(Number(share));
  });

  test("raw weights are normalised exactly, converted to a number only at the end", async () => {
    for (const [unit, weight] of KRONER_2025) expect(await keyShare(unit, KRONER)).toBe(Number(weight) / 10150000);
    const sum = (await Promise.all(UNITS.map((unit) => keyShare(unit, KRONER)))).reduce((a, x) => a + x, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  test("a key that does not sum to 1 is normalised (0,3116 of 1,0001)", async () => {
    const off = REGIONS.map(([u, s], i) => [u, i === 0 ? 0.3117 : s]);
    expect(await keyShare("Region Hovedstaden", off)).toBe(0.3117 / 1.0001);
  });
});
