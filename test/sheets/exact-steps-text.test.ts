import { Dec, formatAmount, formatScaled, fromSteps } from "../../src/engine";
import { exactStepsText, exactText } from "../../src/sheets/render-text";

/** The exact value as the engine gave it before (a 60-digit division), for comparison. */
const asDecimal = (numerator: bigint, denominator: bigint, decimals: number) =>
  new Dec(numerator.toString()).div(new Dec(denominator.toString())).times(fromSteps(1n, decimals));

describe("exactStepsText: an adjusted cell's exact value from whole numbers", () => {
  it("says what exactText says of the same value (illustrative fractions)", () => {
    let seed = 17;
    const next = (n: number) => BigInt((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let k = 0; k < 2000; k++) {
      const denominator = 1n + next(k % 3 === 0 ? 8 : 3_000_000);
      const numerator = (next(2) === 0n ? -1n : 1n) * next(5_000_000_000);
      const decimals = Number(next(5)) - 2;
      for (const lang of ["da", "en"] as const)
        expect(exactStepsText({ numerator, denominator }, lang, decimals)).toBe(exactText(asDecimal(numerator, denominator, decimals), lang, decimals));
    }
  });

  it("rounds halves away from zero and says `ca.` only when the value has more decimals", () => {
    // 12345/2000 steps of 0,1 = 0,61725: four places, the half goes away from zero.
    expect(exactStepsText({ numerator: 12345n, denominator: 2000n }, "da", 1)).toBe("ca. 0,6173");
    expect(exactStepsText({ numerator: -12345n, denominator: 2000n }, "en", 1)).toBe("about -0.6173");
    expect(exactStepsText({ numerator: 6172n, denominator: 1000n }, "da", 1)).toBe("0,6172");
  });
});

describe("formatScaled: a whole number of 10^-places as formatAmount writes it", () => {
  it.each([
    [0n, 3, "0"],
    [-5n, 3, "-0,005"],
    [1234567890n, 3, "1.234.567,89"],
    [-1000n, 0, "-1.000"],
    [120n, 2, "1,2"],
  ])("%s · 10^-%i → %s", (units, places, text) => {
    expect(formatScaled(units, places, "da")).toBe(text);
    expect(formatScaled(units, places, "en")).toBe(formatAmount(new Dec(`${units}e-${places}`), 0, "en"));
  });
});
