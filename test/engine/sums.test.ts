import { shareInDoubles } from "../../src/engine/exact";
import { wholeAt } from "../../src/engine/wholes";
import { membersAddUp, membersSum, rowAddsUp, sumAcross, sumColumns, WorstDeviation } from "../../src/engine/sums";

// Illustrative figures in steps: random, and beyond 2^53 where doubles stop being exact.
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

describe("sums without a BigInt per addition", () => {
  test("a row adds up exactly as BigInt sums say, small and beyond 2^53", () => {
    const next = random(3);
    for (let k = 0; k < 500; k++) {
      const big = k % 5 === 0 ? 2n ** 60n : 1n;
      const fig = Array.from({ length: 7 }, () => BigInt(Math.floor(next() * 2e6) - 1e6) * big);
      const exact = fig.reduce((a, b) => a + b, 0n);
      expect(rowAddsUp(fig, 7, exact)).toBe(true);
      // One step off; beyond 2^53 a double could not tell (2^60 + 1 rounds to 2^60).
      expect(rowAddsUp(fig, 7, exact + 1n)).toBe(false);
    }
  });

  test("members add up per unit; a total one step off beyond 2^53 is caught", () => {
    const figures = [
      [2n ** 55n, 3n],
      [1n, -4n],
      [2n ** 55n + 1n, -1n],
    ];
    expect(membersAddUp(figures, [0, 1], 0, 2n ** 55n + 1n)).toBe(true);
    expect(membersAddUp(figures, [0, 1], 0, 2n ** 55n)).toBe(false);
    expect(membersAddUp(figures, [0, 1], 1, -1n)).toBe(true);
    expect(membersAddUp(figures, [0, 1], 1, 0n)).toBe(false);
    expect(membersSum(figures, [0, 1, 2], 0)).toBe(2n ** 56n + 2n);
  });

  test("the worst deviation is the largest |shown − exact| computed in BigInt, whatever is shown", () => {
    const next = random(11);
    for (let k = 0; k < 300; k++) {
      const D = BigInt(1 + Math.floor(next() * 1e6)) * (k % 7 === 0 ? 2n ** 58n : 1n);
      const worst = new WorstDeviation(D);
      let expected = 0n;
      for (let i = 0; i < 20; i++) {
        const floor = BigInt(Math.floor(next() * 2e4) - 1e4) * (k % 3 === 0 ? 2n ** 54n : 1n);
        const rem = (BigInt(Math.floor(next() * 1e9)) * D) / 1000000000n;
        // Mostly floor or floor + 1; now and then anything (a figure far off is still measured).
        const r = next();
        const shown = r < 0.45 ? floor : r < 0.9 ? floor + 1n : floor + BigInt(Math.floor(next() * 7) - 3);
        worst.add(shown, floor, rem);
        let d = (shown - floor) * D - rem;
        if (d < 0n) d = -d;
        if (d > expected) expected = d;
      }
      expect(worst.largest).toBe(expected);
    }
  });

  test("column and row sums of exact cells equal BigInt sums, small and beyond 2^53", () => {
    const next = random(5);
    for (let k = 0; k < 200; k++) {
      const scale = k % 4 === 0 ? 2n ** 57n : 1n;
      const n = 6;
      const cells = Array.from({ length: 9 }, () => {
        const present = Uint8Array.from({ length: n }, () => (next() < 0.8 ? 1 : 0));
        return {
          present,
          floor: Array.from({ length: n }, (_, u) => (present[u] ? BigInt(Math.floor(next() * 2e5) - 1e5) * scale : 0n)),
          rem: Array.from({ length: n }, (_, u) => (present[u] ? BigInt(Math.floor(next() * 1e6)) * scale : 0n)),
        };
      });
      const parts = [0, 2, 3, 5, 8];
      const present = new Uint8Array(n);
      const sums = sumColumns(parts, cells, n, present);
      for (let u = 0; u < n; u++) {
        const has = parts.filter((p) => cells[p].present[u]);
        expect(present[u]).toBe(has.length > 0 ? 1 : 0);
        expect(wholeAt(sums.floor, u)).toBe(has.reduce((a, p) => a + cells[p].floor[u], 0n));
        expect(wholeAt(sums.rem, u)).toBe(has.reduce((a, p) => a + cells[p].rem[u], 0n));
      }
      const across = sumAcross(cells[k % 9]);
      const c = cells[k % 9];
      expect(across.floor).toBe(c.floor.reduce((a, f, u) => a + (c.present[u] ? f : 0n), 0n));
      expect(across.rem).toBe(c.rem.reduce((a, r, u) => a + (c.present[u] ? r : 0n), 0n));
    }
  });
});

describe("a cell's exact share in doubles", () => {
  test("floor and remainder of steps × weight / D equal BigInt division, negative amounts too; too large: left to BigInt", () => {
    const next = random(17);
    for (let k = 0; k < 300; k++) {
      const D = BigInt(1 + Math.floor(next() * 3e7));
      const steps = BigInt(Math.floor(next() * 4e6) - 2e6);
      const w = Array.from({ length: 5 }, () => BigInt(Math.floor(next() * Number(D))));
      const units = [4, 2, 0, 1, 3];
      const share = shareInDoubles(steps, w, { D, keyD: D, S: 1n, scaled: new Map(), bounded: false }, units, 5);
      expect(share).not.toBeNull();
      w.forEach((x, i) => {
        const num = steps * x;
        const f = num / D - (num % D !== 0n && num < 0n ? 1n : 0n);
        expect([wholeAt(share!.floor, units[i]), wholeAt(share!.rem, units[i])]).toEqual([f, num - f * D]);
      });
    }
    expect(shareInDoubles(2n ** 40n, [2n ** 20n], { D: 7n, keyD: 7n, S: 1n, scaled: new Map(), bounded: false }, [0], 1)).toBeNull();
  });
});
