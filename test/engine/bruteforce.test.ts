import fc from "fast-check";
import { allocateTable, checkAllocation, Dec, InitiativeRow, makeKey, TableModel, toSteps } from "../../src/engine";
import { bruteForce, TinyRow, TinyTable } from "../fixtures/bruteforce";

/** A tiny table as an engine model: one key over U0..Un-1, whole steps (decimals 0). */
function modelOf(table: TinyTable): TableModel {
  const key = makeKey({ name: "K", kind: "weight", entries: table.weights.map((w, i) => ({ unit: `U${i}`, value: w })) }).key!;
  const childSum = (i: number): number => table.rows.reduce((a, r, j) => a + (r.parent === i ? (amountOf(j) ?? 0) : 0), 0);
  const amountOf = (i: number): number | null => {
    const r = table.rows[i];
    return r.kind === "leaf" ? r.steps : r.kind === "own" ? r.steps : r.steps === 0 ? null : childSum(i);
  };
  const rows: InitiativeRow[] = table.rows.map((r, id) => ({
    id,
    name: `R${id}`,
    parent: r.parent,
    channel: r.channel,
    recipient: { kind: "group", group: "Regioner" },
    keyName: null,
    amounts: [amountOf(id) === null ? null : new Dec(amountOf(id)!)],
  }));
  return { periods: ["P"], rows, keys: [{ key, group: "Regioner", period: null }] };
}

/**
 * Top-level items: a leaf, a parent whose two sub-items add up to it (or a heading), or a parent
 * whose sub-items do not (CHILDREN_SUM_MISMATCH: allocated on its own, sub-items cut loose).
 * Weights from a small range, so that exact ties are common.
 */
const tinyArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 3 }).filter((w) => w.some((x) => x > 0)),
    items: fc.array(
      fc.record({
        shape: fc.constantFrom("leaf", "leaf", "sum", "heading", "own"),
        steps: fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 3, maxLength: 3 }),
        channel: fc.constantFrom("A", "B"),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ weights, items }): TinyTable => {
    const rows: TinyRow[] = [];
    for (const item of items) {
      const at = rows.length;
      if (item.shape === "leaf") rows.push({ steps: item.steps[0], parent: null, channel: item.channel, kind: "leaf" });
      else {
        // "sum" with steps 1 = linked parent with an amount, 0 = heading (see modelOf).
        // "own": off its sub-items' sum by a step or more.
        const off = item.steps[0] === 0 ? 1 : item.steps[0];
        const own = item.shape === "own" ? item.steps[1] + item.steps[2] + off : item.shape === "sum" ? 1 : 0;
        rows.push({ steps: own, parent: null, channel: item.channel, kind: item.shape === "own" ? "own" : "sum" });
        rows.push({ steps: item.steps[1], parent: at, channel: item.channel, kind: "leaf" });
        rows.push({ steps: item.steps[2], parent: at, channel: item.channel, kind: "leaf" });
      }
    }
    return { weights, rows };
  })
  .filter((t) => t.rows.filter((r) => r.kind !== "sum").length <= 5);

function figuresOf(model: TableModel, table: TinyTable): bigint[][] {
  const result = allocateTable(model, { decimals: 0, method: "reconciled" });
  const p = result.periods[0];
  return table.rows.map((_, i) => p.rows.find((r) => r.row === i)!.values.map((v) => toSteps(v!, 0)!));
}

/** Total deviation of given figures (cells, parents, subtotals, total) in 1/T steps. */
function deviationOf(table: TinyTable, x: bigint[][]): bigint {
  const n = table.weights.length;
  const w = table.weights.map(BigInt);
  const T = w.reduce((a, b) => a + b, 0n);
  const kids = (i: number) => table.rows.map((r, j) => (r.parent === i ? j : -1)).filter((j) => j >= 0);
  const exact: bigint[][] = table.rows.map(() => new Array(n).fill(0n));
  for (let i = table.rows.length - 1; i >= 0; i--) {
    for (let u = 0; u < n; u++) exact[i][u] = table.rows[i].kind === "sum" ? kids(i).reduce((a, c) => a + exact[c][u], 0n) : BigInt(table.rows[i].steps) * w[u];
  }
  let dev = 0n;
  const add = (v: bigint, e: bigint) => (dev += v * T - e < 0n ? e - v * T : v * T - e);
  table.rows.forEach((_, i) => x[i].forEach((v, u) => add(v, exact[i][u])));
  const channels = [...new Set(table.rows.filter((r) => r.parent === null).map((r) => r.channel))];
  for (const ch of [...channels, null]) {
    const members = table.rows.map((_, i) => i).filter((i) => table.rows[i].parent === null && (ch === null || table.rows[i].channel === ch));
    for (let u = 0; u < n; u++)
      add(
        members.reduce((a, i) => a + x[i][u], 0n),
        members.reduce((a, i) => a + exact[i][u], 0n),
      );
  }
  return dev;
}

describe("reconciled against brute force on tiny tables", () => {
  test("a small hand-made case: two rows, three units, with ties", () => {
    const table: TinyTable = {
      weights: [1, 1, 1],
      rows: [
        { steps: 1, parent: null, channel: "A", kind: "leaf" },
        { steps: 1, parent: null, channel: "A", kind: "leaf" },
      ],
    };
    const best = bruteForce(table)!;
    expect(best.optimal).toBeGreaterThan(1);
    // Reading order: row 0 takes its step in U0 (ties: the unit listed first), row 1 then in U1.
    expect(best.figures.map((r) => r.map(Number))).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(figuresOf(modelOf(table), table)).toEqual(best.figures);
  });

  test("the total absolute deviation is the least possible, and ties follow the written rule", () => {
    fc.assert(
      fc.property(tinyArb, (table) => {
        const best = bruteForce(table);
        expect(best).not.toBeNull();
        const model = modelOf(table);
        const engine = figuresOf(model, table);
        expect(deviationOf(table, engine)).toBe(best!.deviation);
        expect(engine).toEqual(best!.figures);
        expect(checkAllocation(model, { decimals: 0, method: "reconciled" }, allocateTable(model, { decimals: 0, method: "reconciled" }))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
