import fc from "fast-check";
import { checkRoundedTable, Dec, Role, roundTable, TableInput } from "../../../src/engine";
import { bruteRound } from "../../fixtures/round-table-brute";
import { fractional, tableArb, tableOf } from "../../fixtures/round-table-random";

const d = (v: string | number) => new Dec(String(v));
const figures = (n: number): Role[] => Array.from({ length: n }, () => ({ kind: "figures" }));
const totalOf = (n: number): Role => ({
  kind: "total",
  of: Array.from({ length: n }, (_, i) => i),
});
const grid = (t: (string | number | null)[][]) => t.map((row) => row.map((v) => (v === null ? null : d(v))));
const text = (m: (Dec | null)[][]) => m.map((row) => row.map((v) => (v === null ? "" : v.toString())));

describe("think-cell's published example (one decimal in, whole numbers out)", () => {
  const input: TableInput = {
    figures: grid([
      [4.3, 15.3, 21.4, 41.0],
      [10.5, 7.6, 3.7, 21.8],
      [17.5, 18.3, 19.5, 55.3],
      [11.5, 17.4, 20.9, 49.8],
      [43.8, 58.6, 65.5, 167.9],
    ]),
    rows: [...figures(4), totalOf(4)],
    cols: [...figures(3), totalOf(3)],
    decimals: 0,
  };

  test("plain ROUND's grand total is 169, 1,1 off; Fordel's is 168 and every row and column adds up", () => {
    const result = roundTable(input);
    expect(result.plain[4][3]!.toNumber()).toBe(168);
    const plainSum = result.plain.slice(0, 4).reduce((s, row) => s + row.slice(0, 3).reduce((a, v) => a + v!.toNumber(), 0), 0);
    expect(plainSum).toBe(169);
    expect(result.shown[4][3]!.toNumber()).toBe(168);
    expect(checkRoundedTable(input, result)).toEqual([]);
    expect(text(result.shown)).toEqual([
      ["4", "16", "21", "41"],
      ["10", "8", "4", "22"],
      ["18", "18", "19", "55"],
      ["12", "17", "21", "50"],
      ["44", "59", "65", "168"],
    ]);
  });

  test("its deviation is the least possible and its ties follow the rule, proved by brute force", () => {
    const result = roundTable(input);
    const best = bruteRound(input)!;
    expect(result.deviation.toString()).toBe(best.deviation.toString());
    expect(text(result.shown)).toEqual(text(best.shown));
  });
});

describe("the minister's five regions (KOU alm. del spm. 154, 2012-13, column 1: service expenditure, mio. kr.)", () => {
  // Source: ft.dk/samling/20121/almdel/kou/spm/154/svar/1070656/1276322 – "Regioner" printed above the
  // regions as 107.642,0, while the five printed figures add up to 107.642,1. Column 2 (samlet tilskud) adds up.
  const service = ["33566.4", "16426.3", "23378.7", "22997.1", "11273.6"];
  const grant = ["27985.3", "13591.5", "18986.1", "18905.1", "9247.5"];
  const input = (decimals: number): TableInput => ({
    figures: grid([["107642.0", "88715.5"], ...service.map((v, i) => [v, grant[i]])]),
    rows: [{ kind: "total", of: [1, 2, 3, 4, 5] }, ...figures(5)],
    cols: figures(2),
    decimals,
    typed: [[true, true], ...service.map(() => [false, false])],
  });

  test("the printed total is kept, the regions move by at most one step and add up to it", () => {
    expect(service.reduce((s, r) => s.plus(r), d(0)).toString()).toBe("107642.1");
    expect(grant.reduce((s, r) => s.plus(r), d(0)).toString()).toBe("88715.5");
    const result = roundTable(input(1));
    expect(result.findings.map((f) => [f.code, f.params])).toEqual([["TABLE_TOTAL_MISMATCH", { total: "107642", sum: "107642.1" }]]);
    expect(result.shown[0].map(String)).toEqual(["107642", "88715.5"]);
    const shown = result.shown.slice(1).map((r) => r[0]!);
    expect(shown.reduce((s, v) => s.plus(v), d(0)).toString()).toBe("107642");
    // Four printed figures kept, one moved by one step (the last in reading order: the tie rule).
    expect(shown.map((v, i) => v.minus(service[i]).toString())).toEqual(["0", "0", "0", "0", "-0.1"]);
    // The column that adds up is left as printed.
    expect(result.shown.slice(1).map((r) => r[1]!.toString())).toEqual(grant.map((g) => d(g).toString()));
    expect(checkRoundedTable(input(1), result)).toEqual([]);
    expect(text(result.shown)).toEqual(text(bruteRound(input(1))!.shown));
  });

  test("rounded to whole millions every column still adds up to its total", () => {
    const result = roundTable(input(0));
    expect(result.shown[0].map(String)).toEqual(["107642", "88716"]);
    for (const c of [0, 1])
      expect(
        result.shown
          .slice(1)
          .reduce((s, r) => s.plus(r[c]!), d(0))
          .toString(),
      ).toBe(result.shown[0][c]!.toString());
    expect(checkRoundedTable(input(0), result)).toEqual([]);
  });

  test("a typed total its parts cannot reach is not kept, and a finding says so", () => {
    const far: TableInput = {
      ...input(1),
      figures: grid([["107650.0", "88715.5"], ...service.map((v, i) => [v, grant[i]])]),
    };
    const result = roundTable(far);
    expect(result.findings.map((f) => f.code)).toEqual(["TABLE_TOTAL_MISMATCH", "TABLE_TOTAL_NOT_KEPT"]);
    expect(result.shown[0][0]!.toString()).toBe("107642.1");
    expect(result.notKept).toHaveLength(1);
    expect(checkRoundedTable(far, result)).toEqual([]);
  });
});

describe("random tables with subtotals along one dimension", () => {
  test("small ones: always a rounding, the least deviation and the tie rule's choice (brute force)", () => {
    fc.assert(
      fc.property(
        tableArb(2, 2, 3).filter((s) => fractional(tableOf(s)) <= 9),
        (shape) => {
          const t = tableOf(shape);
          const result = roundTable(t);
          const best = bruteRound(t);
          expect(best).not.toBeNull();
          expect(result.notKept).toEqual([]);
          expect(result.deviation.toString()).toBe(best!.deviation.toString());
          expect(text(result.shown)).toEqual(text(best!.shown));
          expect(checkRoundedTable(t, result)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("larger ones: every total adds up, every figure is rounded down or up, no cheaper rounding (checker)", () => {
    fc.assert(
      fc.property(tableArb(4, 6, 8), (shape) => {
        const t = tableOf(shape);
        const result = roundTable(t);
        expect(result.notKept).toEqual([]);
        expect(checkRoundedTable(t, result)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test("the checker can fail: a rounding moved against its sums, or made dearer, is caught", () => {
    const t = tableOf({
      groups: [{ rows: 2, subtotal: "below" }],
      grandTotal: true,
      columns: 2,
      totalColumn: true,
      tenths: Array.from({ length: 400 }, (_, i) => 13 + 7 * i),
      blanks: new Array(400).fill(5),
      turned: false,
    });
    const result = roundTable(t);
    expect(checkRoundedTable(t, result)).toEqual([]);
    const moved = { ...result, shown: result.shown.map((r) => r.slice()) };
    moved.shown[0][0] = moved.shown[0][0]!.plus(1);
    expect(checkRoundedTable(t, moved).map((v) => v.rule)).toContain("ADDS_UP");
    // A dearer rounding that still adds up everywhere: four cells of think-cell's table moved in a square.
    const tc: TableInput = {
      figures: grid([
        [4.3, 15.3, 21.4, 41.0],
        [10.5, 7.6, 3.7, 21.8],
        [17.5, 18.3, 19.5, 55.3],
        [11.5, 17.4, 20.9, 49.8],
        [43.8, 58.6, 65.5, 167.9],
      ]),
      rows: [...figures(4), totalOf(4)],
      cols: [...figures(3), totalOf(3)],
      decimals: 0,
    };
    const best = roundTable(tc);
    let caught = 0;
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++)
        for (let k = 0; k < 3; k++)
          for (let l = k + 1; l < 3; l++)
            for (const s of [1, -1]) {
              const x = best.shown.map((r) => r.slice());
              const moves: [number, number, number][] = [
                [i, k, s],
                [j, l, s],
                [i, l, -s],
                [j, k, -s],
              ];
              if (
                !moves.every(([r, c, m]) => {
                  const v = x[r][c]!.plus(m);
                  const e = best.exact[r][c]!;
                  return v.gte(e.floor()) && v.lte(e.ceil());
                })
              )
                continue;
              for (const [r, c, m] of moves) x[r][c] = x[r][c]!.plus(m);
              const worse = { ...best, shown: x };
              expect(checkRoundedTable(tc, worse).map((v) => v.rule)).toEqual(["NOT_OPTIMAL"]);
              caught++;
            }
    expect(caught).toBeGreaterThan(0);
  });
});

describe("subtotals along both dimensions", () => {
  test("a total that cannot be kept is named in a finding, never picked in silence; every total still adds up", () => {
    // Found among random tables (illustrative figures): two row groups and two column groups, each with a subtotal, and grand totals.
    const rows: Role[] = [...figures(3), { kind: "total", of: [0, 1, 2] }, ...figures(3), { kind: "total", of: [3, 4, 5, 6] }];
    const cols: Role[] = [{ kind: "total", of: [1, 2] }, ...figures(2), { kind: "total", of: [4, 5, 6] }, ...figures(3), { kind: "total", of: [0, 3] }];
    const input: TableInput = {
      figures: grid([
        [null, 70.8, 0.8, 91.2, 0.6, 90.7, -0.1, 162.8],
        [100.8, 2, 98.8, 72.8, 77, -3.7, -0.5, 173.6],
        [35.4, 8, 27.4, 38.1, 37.4, 0.6, 0.1, 73.5],
        [207.8, 80.8, 127, null, 115, 87.6, -0.5, 409.9],
        [19.3, 18.9, 0.4, -7.6, -4, -3.8, 0.2, 11.7],
        [129.6, 52.3, 77.3, 209, 76.5, 71.8, 60.7, 338.6],
        [104, 82.4, 21.6, 105.5, 6.8, 84.1, 14.6, 209.5],
        [460.7, 234.4, 226.3, 509, 194.3, 239.7, 75, 969.7],
      ]),
      rows,
      cols,
      decimals: 0,
    };
    const result = roundTable(input);
    expect(checkRoundedTable(input, result)).toEqual([]);
    expect(result.notKept.map((m) => [m.row, m.col, m.exact.toString(), m.shown.toString()])).toEqual([[3, 4, "115", "114"]]);
    expect(result.findings.filter((f) => f.code === "TABLE_TOTAL_NOT_KEPT").map((f) => f.params)).toEqual([{ total: "114", value: "115" }]);
    expect(result.optimal).toBe(false);
  });
});

describe("random tables with subtotals along both dimensions", () => {
  test("every total adds up; every figure is rounded down or up except the totals named in a finding", () => {
    let named = 0;
    fc.assert(
      fc.property(
        tableArb(3, 3, 3),
        fc.array(
          fc.record({
            rows: fc.integer({ min: 1, max: 3 }),
            subtotal: fc.constantFrom("none", "above", "below"),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (shape, columnGroups) => {
          const t = tableOf(shape, columnGroups as never);
          const result = roundTable(t);
          expect(checkRoundedTable(t, result)).toEqual([]);
          const said = result.findings.filter((f) => f.code === "TABLE_TOTAL_NOT_KEPT").length;
          expect(said).toBe(result.notKept.length);
          named += said;
          if (result.notKept.length > 0) expect(result.optimal).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
    // Illustrative: with enough random tables some inner subtotal cannot be kept (a flat 3-D table has no controlled rounding in general).
    expect(named).toBeGreaterThanOrEqual(0);
  });
});
