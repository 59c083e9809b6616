import { setDisplayLanguage } from "./setup";
import fc from "fast-check";
import { Dec, fromSteps, TableResult, toSteps } from "../../src/engine";
import { clearCaches } from "../../src/functions/calls";
import { apportion } from "../../src/functions/functions";
import { stepsToNumber, toNumber } from "../../src/functions/number";
import { analyseFill } from "../../src/sheets/analyse";
import { unitsOf } from "../../src/sheets/units";
import { Raw, table, workbook } from "../sheets/grid-helpers";

beforeEach(() => {
  clearCaches();
  setDisplayLanguage("da-DK");
});

/** Deterministic pseudo-random integers below n (LCG, high bits). */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

describe("APPORTION of a block equals the fill's numbers for the same table", () => {
  // Illustrative: 400 amounts in mio. kr. (one decimal, some negative) and made-up municipal weights.
  const next = random(2026);
  const weights = unitsOf("Kommuner").map((u) => [u.name, 2000 + next(600000)] as [string, number]);
  const amounts = Array.from({ length: 400 }, () => ((next(5) === 0 ? -1 : 1) * (next(200000) + 1)) / 10);

  /** The fill's numbers, computed once for both tests. */
  let filled: number[][] | null = null;
  function fillNumbers(): number[][] {
    return (filled ??= fill());
  }

  /** The fill of an initiatives table with these amounts to Kommuner 2026, through the sheets layer (grid → model → engine). */
  function fill(): number[][] {
    const initiatives: Raw[][] = [
      ["Initiativ", "Modtager", "2026"],
      ...amounts.map((a, i): Raw[] => [`Initiativ ${i + 1}`, "Kommuner", String(a).replace(".", ",")]),
    ];
    const keys: Raw[][] = [["Nøgle", "År", "Enhed", "Andel"], ...weights.map(([unit, w]): Raw[] => ["Kommuner 2026", 2026, unit, w])];
    const analysis = analyseFill(workbook({ tables: [table("Initiativer", "Budget", initiatives), table("Nøgler", "Nøgler", keys)] }), {
      decimals: 1,
      method: "reconciled",
      lang: "da",
    });
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    const period = analysis.result!.periods.find((p) => p.group === "Kommuner" && p.period === "2026")!;
    const columns = weights.map(([unit]) => period.units.indexOf(unit));
    expect(columns.every((c) => c >= 0)).toBe(true);
    const rows = period.rows.filter((r) => r.status === "allocated");
    expect(rows).toHaveLength(amounts.length);
    return rows.map((r) => columns.map((c) => r.values[c]!.toNumber()));
  }

  test("400 amounts × 98 municipalities, cell by cell", async () => {
    const got = await apportion(
      amounts.map((a) => [a]),
      weights,
      1,
    );
    const expected = fillNumbers();
    expect(got).toHaveLength(expected.length);
    for (const [i, row] of got.entries()) expect([i, row]).toEqual([i, expected[i]]);
  });

  test("the same block as Danish text, as Excel passes text cells", async () => {
    const text = amounts.map((a) => [String(a).replace(".", ",")]);
    const got = await apportion(text, weights, 1);
    const expected = fillNumbers();
    expect(got).toHaveLength(expected.length);
    for (const [i, row] of got.entries()) expect([i, row]).toEqual([i, expected[i]]);
  });

  test("from the engine's integer steps where its rows carry them: the same numbers, no Decimal read", async () => {
    const expected = fillNumbers();
    const engine = await import("../../src/engine/allocate");
    const real = engine.allocateTable;
    const withSteps = (result: TableResult): TableResult => {
      for (const period of result.periods)
        for (const row of period.rows) {
          const steps = row.values.map((v) => (v === null ? null : toSteps(v, period.decimals)));
          // As the engine carries them (a property not enumerated); replaces steps it already has.
          Object.defineProperty(row, "steps", { value: steps, configurable: true });
          Object.defineProperty(row, "values", {
            get: () => {
              throw new Error("values read although the row has steps");
            },
          });
        }
      return result;
    };
    const spy = jest.spyOn(engine, "allocateTable").mockImplementation((model, options) => withSteps(real(model, options)));
    try {
      const got = await apportion(
        amounts.map((a) => [a]),
        weights,
        1,
      );
      expect(spy).toHaveBeenCalledTimes(1);
      for (const [i, row] of got.entries()) expect([i, row]).toEqual([i, expected[i]]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("figures leave exact arithmetic as the nearest double", () => {
  const same = (text: string) => {
    const value = new Dec(text);
    expect([text, toNumber(value)]).toEqual([text, value.toNumber()]);
    expect(Object.is(toNumber(value), value.toNumber())).toBe(true);
  };

  test.each([
    "0",
    "-0",
    "0.1",
    "-0.8",
    "109.1",
    "327.3",
    "1e15",
    "-999999999999999",
    "9007199254740993",
    "0.0000001234",
    "1e-30",
    "5e22",
    "1.7976931348623157e308",
    "123456789012345678901234.5",
  ])("%s", same);

  test("property: any decimal up to 25 digits, exponents ±30", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: -30, max: 30 }), (digits, exponent) => same(`${digits}e${exponent}`)),
      { numRuns: 5_000 },
    );
  });

  test("property: figures of a budget, up to 15 digits at −6..10 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.integer({ min: -6, max: 10 }), (steps, decimals) => same(`${steps}e${-decimals}`)),
      { numRuns: 5_000 },
    );
  });

  test("property: whole steps as numbers, also beyond 2^53 steps", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: -6, max: 10 }), (steps, decimals) => {
        const text = `${steps}e${-decimals}`;
        expect([text, stepsToNumber(steps, decimals)]).toEqual([text, fromSteps(steps, decimals).toNumber()]);
      }),
      { numRuns: 5_000 },
    );
  });
});
