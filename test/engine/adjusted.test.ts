import { allocateTable, Dec, roundSteps } from "../../src/engine";
import { REGIONS_2025 } from "../fixtures/keys";
import { seed002Model } from "../fixtures/seed002";

/** Excel's ROUND to one decimal, computed here from the printed key, not by the engine. */
const excelRound = (x: Dec) => x.toDecimalPlaces(1, x.isNegative() ? Dec.ROUND_HALF_DOWN : Dec.ROUND_HALF_UP);

describe("adjusted: figures shown other than plain ROUND", () => {
  test("seed 002 reconciled: exactly the key-split rows whose figure differs from ROUND(amount × share) are listed", () => {
    const p = allocateTable(seed002Model(), { decimals: 1, method: "reconciled" }).periods[0];
    const total = REGIONS_2025.reduce((s, [, w]) => s.plus(w), new Dec(0));
    const expected: string[] = [];
    p.rows.forEach((r, pos) => {
      if (r.status !== "allocated" || r.sumOfChildren || r.values.filter((v) => v !== null).length !== 5) return;
      r.values.forEach((v, u) => {
        const exact = r.national!.times(REGIONS_2025[u][1]).div(total);
        if (!excelRound(exact).eq(v!)) expected.push(`${pos}/${u} ${exact.toFixed(4)} ${v!.toFixed(1)}`);
      });
    });
    const listed = p.adjusted
      .filter((a) => !p.rows[a.position].sumOfChildren)
      .map((a) => `${a.position}/${a.unit} ${a.exact.toFixed(4)} ${a.shown.toFixed(1)}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(listed).toEqual(expected);
    for (const a of p.adjusted) expect(a.shown.minus(a.round).abs().eq("0.1")).toBe(true);
  });

  test("ROUND's halves go away from zero: 0,5 steps up, −0,5 steps down", () => {
    expect(roundSteps(0n, 1n, 2n)).toBe(1n);
    expect(roundSteps(-1n, 1n, 2n)).toBe(-1n);
    expect(roundSteps(-1n, 2n, 3n)).toBe(0n);
    expect(roundSteps(2n, 1n, 3n)).toBe(2n);
  });
});
