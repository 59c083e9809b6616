import {
  fingerprintCells,
  FingerprintCell,
  fingerprintPlan,
  fingerprintPlanRows,
  fingerprintRows,
  fingerprintSheet,
  writtenContent,
} from "../../src/sheets/fingerprint";
import type { PlanCell } from "../../src/sheets/plan";

/** Illustrative cells of every kind: numbers short and long, text, formulas, booleans, blanks, holes. */
function randomRows(seed: number): FingerprintCell[][] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows: FingerprintCell[][] = [];
  for (let r = 0; r < 40; r++) {
    if (next() < 0.1) continue; // a missing row
    const row: FingerprintCell[] = [];
    for (let c = 0; c < 12; c++) {
      const k = next();
      if (k < 0.15) continue; // a hole
      row[c] =
        k < 0.3
          ? null
          : k < 0.4
            ? ""
            : k < 0.55
              ? Math.round(next() * 1e6) / 10
              : k < 0.65
                ? next() * 1e-7
                : k < 0.7
                  ? 0.1 + 0.2
                  : k < 0.75
                    ? 1e21 * next()
                    : k < 0.85
                      ? `=SUM(B${r}:C${r})`
                      : k < 0.9
                        ? next() < 0.5
                        : `tekst ${Math.floor(next() * 100)}`;
    }
    rows[r] = row;
  }
  return rows;
}

describe("fingerprintSheet: the sheet's and its rows' fingerprints in one pass", () => {
  it.each([1, 2, 3, 4, 5])("gives what fingerprintCells and fingerprintRows give (seed %i)", (seed) => {
    const rows = randomRows(seed);
    const both = fingerprintSheet(rows, (cell) => cell);
    expect(both.fingerprint).toBe(fingerprintCells(rows));
    expect(both.rowFingerprints).toEqual(fingerprintRows(rows));
    expect(fingerprintSheet(rows, (cell) => cell, false)).toEqual({ fingerprint: fingerprintCells(rows), rowFingerprints: [] });
  });

  it("fingerprints a plan as its written contents", () => {
    const cells: PlanCell[][] = randomRows(7).map((row) =>
      (row ?? []).map((value) => (typeof value === "string" && value.startsWith("=") ? { formula: value, value: 1 } : { value: value as PlanCell["value"] })),
    );
    const contents = cells.map((row) => row.map(writtenContent));
    expect(fingerprintPlan(cells)).toBe(fingerprintCells(contents));
    expect(fingerprintPlanRows(cells)).toEqual(fingerprintRows(contents));
  });

  it("counts a number by its 15 significant digits, short or long", () => {
    expect(fingerprintSheet([[0.1 + 0.2]], (c) => c).fingerprint).toBe(fingerprintCells([[0.3]]));
    expect(fingerprintSheet([[123456.7]], (c) => c).fingerprint).not.toBe(fingerprintCells([[123456.8]]));
  });
});
