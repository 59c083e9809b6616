import { makeKey } from "../../src/engine";
import { ExactTable, exactTable } from "../../src/engine/exact";
import { layoutPeriod, SheetLayout } from "../../src/engine/layout";
import { isFloorPlus, roundsUp, wholeAt, Wholes } from "../../src/engine/wholes";
import { benchTable } from "../../bench/reconciled";
import { entry, RowSpec, tableOf } from "../fixtures/tables";

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const value = (floor: Wholes, rem: Wholes, u: number, D: bigint) => wholeAt(floor, u) * D + wholeAt(rem, u);

/**
 * Checks every figure of the exact table against BigInt arithmetic, whatever it is held in: a
 * source row's figure × D is its steps × its key weight scaled to D, a sum's is its members',
 * 0 ≤ rem < D, a sum's carry is its floor minus its members' floors, and `ups` is Σ rem / D.
 * Returns how many nodes were held unboxed and how many in BigInt.
 */
function checkExact(sheet: SheetLayout, exact: ExactTable): { unboxed: number; big: number } {
  const { D } = exact;
  let unboxed = 0;
  let big = 0;
  exact.cells.forEach((cells, v) => {
    if (!cells) return;
    if (cells.floor instanceof Float64Array) unboxed++;
    else big++;
    let rems = 0n;
    for (let u = 0; u < exact.units; u++) {
      const rem = wholeAt(cells.rem, u);
      expect(rem >= 0n && rem < D).toBe(true);
      rems += rem;
      const below = exact.down[v];
      if (below.length > 0) {
        const members = below.reduce((a, m) => a + value(exact.cells[m]!.floor, exact.cells[m]!.rem, u, D), 0n);
        expect(value(cells.floor, cells.rem, u, D)).toBe(members);
        const floors = below.reduce((a, m) => a + wholeAt(exact.cells[m]!.floor, u), 0n);
        expect(BigInt(cells.carry![u])).toBe(wholeAt(cells.floor, u) - floors);
      } else if (v < exact.rowCount && sheet.rows[v].kind === "source") {
        const sr = sheet.rows[v];
        const k = sr.keyUnits.indexOf(u);
        const expected = k < 0 ? 0n : sr.steps * sr.key!.weights[k] * (D / sr.key!.total);
        expect(value(cells.floor, cells.rem, u, D)).toBe(expected);
      }
    }
    expect(BigInt(cells.ups)).toBe(rems / D);
  });
  return { unboxed, big };
}

describe("exact figures held unboxed where they fit (issue 17)", () => {
  test("a generated table: every figure unboxed, and each equal to its BigInt value", () => {
    // Illustrative: the bench's generated table (made-up amounts and weights).
    const sheet = layoutPeriod(benchTable(120, 98, 3), 0, 1).sheets[0];
    const counts = checkExact(sheet, exactTable(sheet));
    expect(counts.big).toBe(0);
    expect(counts.unboxed).toBeGreaterThan(120);
  });

  test("rows too large for doubles go to BigInt, and so does every sum over them; the others stay unboxed", () => {
    // Illustrative amounts: some far beyond any budget, so that steps × weight passes 2^52.
    const next = random(11);
    const key = makeKey({
      name: "K",
      kind: "weight",
      entries: Array.from({ length: 7 }, (_, i) => ({ unit: `K${i}`, value: 1 + Math.floor(next() * 9e5) })),
    }).key!;
    const specs: RowSpec[] = [];
    for (let i = 0; i < 40; i++) {
      const huge = i % 9 === 4;
      const whole = huge ? `${1 + Math.floor(next() * 9e8)}000000000` : `${Math.floor(next() * 2e6) - 1e6}`;
      specs.push({ name: `R${i}`, amounts: [`${whole}.${Math.floor(next() * 10)}`], key: "K", channel: i % 2 ? "Blok" : "Pulje" });
      if (i % 5 === 0)
        for (let j = 0; j < 2; j++) specs.push({ name: `R${i}.${j}`, amounts: [null], parent: `R${i}`, key: "K", channel: i % 2 ? "Blok" : "Pulje" });
    }
    const model = tableOf(["P"], specs, [entry(key, "Kommuner")]);
    const sheet = layoutPeriod(model, 0, 1).sheets[0];
    const counts = checkExact(sheet, exactTable(sheet));
    expect(counts.big).toBeGreaterThan(0);
    expect(counts.unboxed).toBeGreaterThan(0);
  });

  test("a denominator near 2^52: the remainders' carries in doubles stay exact", () => {
    // Two keys whose totals have no common factor: D ≈ 2^49, so sums of remainders carry often.
    const a = makeKey({ name: "A", kind: "weight", entries: Array.from({ length: 5 }, (_, i) => ({ unit: `U${i}`, value: 4000037 + 7919 * i })) }).key!;
    const b = makeKey({ name: "B", kind: "weight", entries: Array.from({ length: 5 }, (_, i) => ({ unit: `U${i}`, value: 3999971 + 104729 * i })) }).key!;
    const next = random(29);
    const specs = Array.from({ length: 30 }, (_, i) => ({
      name: `R${i}`,
      amounts: [`${Math.floor(next() * 90)}.${Math.floor(next() * 10)}`],
      key: i % 2 ? "A" : "B",
    }));
    const model = tableOf(["P"], specs, [entry(a), entry(b)]);
    const sheet = layoutPeriod(model, 0, 1).sheets[0];
    const exact = exactTable(sheet);
    expect(exact.D > 2n ** 40n && exact.D < 2n ** 52n).toBe(true);
    const counts = checkExact(sheet, exact);
    expect(counts.unboxed).toBeGreaterThan(0);
    const carried = exact.cells.some((c) => c?.carry?.some((x) => x > 0));
    expect(carried).toBe(true);
  });
});

describe("rounding an unboxed figure", () => {
  test("roundsUp and isFloorPlus agree with BigInt arithmetic, at halves and for negative figures", () => {
    const next = random(41);
    for (let k = 0; k < 2000; k++) {
      const D = BigInt(1 + Math.floor(next() * 1e6)) * (k % 3 === 0 ? 2n : 1n);
      const floor = BigInt(Math.floor(next() * 2e6) - 1e6);
      const rem = k % 5 === 0 && D % 2n === 0n ? D / 2n : BigInt(Math.floor(next() * Number(D)));
      const twice = 2n * rem;
      const expected = twice > D || (twice === D && floor >= 0n);
      expect(roundsUp(floor, rem, D)).toBe(expected);
      expect(roundsUp(Number(floor), Number(rem), D)).toBe(expected);
      for (const plus of [0, 1])
        for (const shown of [floor - 1n, floor, floor + 1n, floor + 2n]) {
          expect(isFloorPlus(shown, Number(floor), plus)).toBe(shown === floor + BigInt(plus));
          expect(isFloorPlus(shown, floor, plus)).toBe(shown === floor + BigInt(plus));
        }
    }
    // Beyond 2^52 a double floor is compared in BigInt.
    expect(isFloorPlus(2n ** 52n + 1n, 2 ** 52, 1)).toBe(true);
    expect(isFloorPlus(2n ** 52n + 2n, 2 ** 52, 1)).toBe(false);
  });
});
