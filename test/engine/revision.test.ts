import fc from "fast-check";
import {
  allocateTable,
  checkAllocation,
  Dec,
  InitiativeRow,
  makeKey,
  PeriodAllocation,
  PublishedLine,
  PublishedSheet,
  TableModel,
  toSteps,
} from "../../src/engine";
import { TinyRow } from "../fixtures/bruteforce";
import { bruteForceScaled, Published, ScaledTable } from "../fixtures/bruteforce-revision";

// Illustrative figures throughout: tiny made-up tables, weights and amounts.

const PARADOX = [21878, 9713, 4167, 3252, 1065];

/** A tiny table as an engine model (decimals 0): amounts in whole steps, one key over U0..Un-1. */
function modelOf(weights: number[], rows: TinyRow[], steps: number[]): TableModel {
  const key = makeKey({
    name: "K",
    kind: "weight",
    entries: weights.map((w, i) => ({ unit: `U${i}`, value: w })),
  }).key!;
  const childSum = (i: number): number => rows.reduce((a, r, j) => a + (r.parent === i ? (amountOf(j) ?? 0) : 0), 0);
  const amountOf = (i: number): number | null => {
    const r = rows[i];
    return r.kind !== "sum" ? steps[i] : steps[i] === 0 ? null : childSum(i);
  };
  const model: InitiativeRow[] = rows.map((r, id) => ({
    id,
    name: `R${id}`,
    parent: r.parent,
    channel: r.channel,
    recipient: { kind: "group", group: "Regioner" },
    keyName: null,
    amounts: [amountOf(id) === null ? null : new Dec(amountOf(id)!)],
  }));
  return {
    periods: ["P"],
    rows: model,
    keys: [{ key, group: "Regioner", period: null }],
  };
}

/** The amounts of a model row by row (headings: their children's sum), as the brute force reads `steps`. */
function stepsOf(model: TableModel, rows: TinyRow[]): number[] {
  const kids = (i: number) => rows.map((r, j) => (r.parent === i ? j : -1)).filter((j) => j >= 0);
  const out = rows.map(() => 0);
  for (let i = rows.length - 1; i >= 0; i--)
    out[i] = model.rows[i].amounts[0] === null ? kids(i).reduce((a, c) => a + out[c], 0) : Number(model.rows[i].amounts[0]!.toString());
  return out;
}

/** A result's figures as published lines (with the exact values the brute force computed). */
function publishedOf(p: PeriodAllocation, exact?: Map<string, bigint[]>, den?: bigint): PublishedSheet {
  const line = (name: string, national: Dec, values: Dec[]): PublishedLine => {
    const ex = exact?.get(name);
    const fig = (shown: Dec, u: number) => ({
      shown,
      exact: ex && den ? { num: ex[u], den } : null,
    });
    return {
      name,
      national: fig(national, p.units.length),
      values: new Map(p.units.map((unit, u) => [unit, fig(values[u], u)])),
    };
  };
  return {
    period: p.period,
    group: p.group,
    sheet: "Fordeling P",
    rows: p.rows.map((r) =>
      line(
        r.name,
        r.national!,
        r.values.map((v) => v!),
      ),
    ),
    subtotals: p.subtotals.map((s) => line(s.label, s.national, s.values)),
    total: line("I alt", p.total.national, p.total.values),
  };
}

/** Every figure of a result per line (units, then national), in steps. */
function linesOf(p: PeriodAllocation): Map<string, bigint[]> {
  const s = (d: Dec) => toSteps(d, 0)!;
  const m = new Map<string, bigint[]>();
  for (const r of p.rows) m.set(r.name, [...r.values.map((v) => s(v!)), s(r.national!)]);
  for (const t of [...p.subtotals, p.total]) m.set(t.label, [...t.values.map(s), s(t.national)]);
  return m;
}

function single(weights: number[], amount: number): TableModel {
  return modelOf(weights, [{ steps: amount, parent: null, channel: "Blok", kind: "leaf" }], [amount]);
}

describe("revision against a published distribution", () => {
  test("the paradox row (44 → 43): plain rounding gives unit 4 more; the revision gives no unit more", () => {
    const before = allocateTable(single(PARADOX, 44), {
      decimals: 0,
      method: "reconciled",
    }).periods[0];
    expect(before.rows[0].values.map(String)).toEqual(["24", "11", "5", "3", "1"]);
    const plain = allocateTable(single(PARADOX, 43), {
      decimals: 0,
      method: "reconciled",
    }).periods[0];
    expect(plain.rows[0].values.map(String)).toEqual(["24", "10", "4", "4", "1"]);
    const T = BigInt(PARADOX.reduce((a, b) => a + b, 0));
    const exact = new Map([
      ["R0", [...PARADOX.map((w) => 44n * BigInt(w)), 44n * T]],
      ["Blok", [...PARADOX.map((w) => 44n * BigInt(w)), 44n * T]],
      ["I alt", [...PARADOX.map((w) => 44n * BigInt(w)), 44n * T]],
    ]);
    const published = publishedOf(before, exact, T);
    const options = {
      decimals: 0,
      method: "reconciled" as const,
      previous: [published],
    };
    const result = allocateTable(single(PARADOX, 43), options);
    const p = result.periods[0];
    const shown = p.rows[0].values.map((v) => Number(v!.toString()));
    // No unit gets more than before; one figure changes (the one whose rounding down costs least).
    shown.forEach((v, u) => expect(v).toBeLessThanOrEqual([24, 11, 5, 3, 1][u]));
    expect(shown).toEqual([24, 10, 5, 3, 1]);
    expect(p.revision!.changes.map((c) => [c.initiative, c.unit, String(c.published), String(c.shown), c.reason])).toEqual([
      ["R0", "U1", "11", "10", "amount"],
      ["R0", null, "44", "43", "amount"],
      ["Blok", "U1", "11", "10", "amount"],
      ["Blok", null, "44", "43", "amount"],
      ["I alt", "U1", "11", "10", "amount"],
      ["I alt", null, "44", "43", "amount"],
    ]);
    // Five units and the national figure, on the row, the subtotal and the total.
    expect(p.revision!.compared).toBe(18);
    expect(result.findings.filter((f) => f.code.startsWith("REVISION"))).toEqual([]);
    expect(checkAllocation(single(PARADOX, 43), options, result)).toEqual([]);
  });

  test("an initiative whose amount rises: no unit's figure for it falls; an untouched one changes only when a total forces it, with a finding", () => {
    // Illustrative: two rows over the paradox weights; row 0 rises from 44 to 52, row 1 stays 43.
    const rows: TinyRow[] = [
      { steps: 0, parent: null, channel: "Blok", kind: "leaf" },
      { steps: 0, parent: null, channel: "Blok", kind: "leaf" },
    ];
    const before = allocateTable(modelOf(PARADOX, rows, [44, 43]), {
      decimals: 0,
      method: "reconciled",
    }).periods[0];
    for (const up of [45, 46, 47, 52, 60]) {
      const options = {
        decimals: 0,
        method: "reconciled" as const,
        previous: [publishedOf(before)],
      };
      const model = modelOf(PARADOX, rows, [up, 43]);
      const result = allocateTable(model, options);
      const p = result.periods[0];
      p.rows[0].values.forEach((v, u) => expect(Number(v!.toString())).toBeGreaterThanOrEqual(Number(before.rows[0].values[u]!.toString())));
      const untouched = p.revision!.changes.filter((c) => c.initiative === "R1");
      const forced = result.findings.filter((f) => f.code === "REVISION_FORCED");
      expect(forced.length).toBe(untouched.length > 0 ? 1 : 0);
      untouched.forEach((c) => expect(c.reason).toBe("rounding"));
      expect(checkAllocation(model, options, result)).toEqual([]);
    }
  });

  test("a figure that must move against its exact change is named in a finding", () => {
    // Illustrative: a published row plugged by hand (3 and 0 for exact 1,5 and 1,5); the key moves
    // to 3:2, so U0's exact rises to 1,8 and U1's falls to 1,2: every rounding moves both against it.
    const before = allocateTable(single([1, 1], 3), {
      decimals: 0,
      method: "reconciled",
    }).periods[0];
    const published = publishedOf(
      before,
      new Map([
        ["R0", [3n, 3n, 6n]],
        ["Blok", [3n, 3n, 6n]],
        ["I alt", [3n, 3n, 6n]],
      ]),
      2n,
    );
    published.rows[0].values = new Map([
      ["U0", { shown: new Dec(3), exact: { num: 3n, den: 2n } }],
      ["U1", { shown: new Dec(0), exact: { num: 3n, den: 2n } }],
    ]);
    const options = {
      decimals: 0,
      method: "reconciled" as const,
      previous: [published],
    };
    const result = allocateTable(single([3, 2], 3), options);
    const against = result.findings.filter((f) => f.code === "REVISION_AGAINST_CHANGE");
    expect(against.map((f) => [f.initiative, f.params.unit, f.params.direction])).toEqual([
      ["R0", "U0", "up"],
      ["R0", "U1", "down"],
    ]);
    expect(against[1].message).toContain("fell to 1.2");
    const changes = result.periods[0].revision!.changes.filter((c) => c.initiative === "R0");
    expect(changes.map((c) => [c.unit, c.against])).toEqual([
      ["U0", true],
      ["U1", true],
    ]);
    expect(checkAllocation(single([3, 2], 3), options, result)).toEqual([]);
  });
});

/** Tiny tables with a previous and a new version: same tree, amounts and weights may change. */
const revisionArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 3 }).filter((w) => w.some((x) => x > 0)),
    newWeights: fc.option(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 })),
    items: fc.array(
      fc.record({
        shape: fc.constantFrom("leaf", "leaf", "sum", "heading"),
        steps: fc.array(fc.integer({ min: -6, max: 9 }), {
          minLength: 3,
          maxLength: 3,
        }),
        delta: fc.array(fc.integer({ min: -2, max: 2 }), {
          minLength: 3,
          maxLength: 3,
        }),
        channel: fc.constantFrom("A", "B"),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    factor: fc.constantFrom(null, "1.028", "1.5", "0.75", "1.1"),
  })
  .map(({ weights, newWeights, items, factor }) => {
    const rows: TinyRow[] = [];
    const before: number[] = [];
    const after: number[] = [];
    for (const item of items) {
      const at = rows.length;
      if (item.shape === "leaf") {
        rows.push({
          steps: 0,
          parent: null,
          channel: item.channel,
          kind: "leaf",
        });
        before.push(item.steps[0]);
        after.push(item.steps[0] + item.delta[0]);
      } else {
        rows.push({
          steps: 0,
          parent: null,
          channel: item.channel,
          kind: "sum",
        });
        before.push(item.shape === "sum" ? 1 : 0);
        after.push(item.shape === "sum" ? 1 : 0);
        for (const k of [1, 2]) {
          rows.push({
            steps: 0,
            parent: at,
            channel: item.channel,
            kind: "leaf",
          });
          before.push(item.steps[k]);
          after.push(item.steps[k] + item.delta[k]);
        }
      }
    }
    const nw = newWeights ? weights.map((_, u) => newWeights[u]) : weights;
    return { weights, newWeights: nw, rows, before, after, factor };
  })
  .filter((t) => t.rows.filter((r) => r.kind !== "sum").length <= 4);

describe("revision and price levels against brute force on tiny tables", () => {
  test("no guaranteed rounding has fewer figures against their change, fewer changes or less deviation; ties by the written rule", () => {
    fc.assert(
      fc.property(revisionArb, ({ weights, newWeights, rows, before, after, factor }) => {
        // Published: the plain reconciled rounding of the previous version.
        const oldModel = modelOf(weights, rows, before);
        const old = allocateTable(oldModel, {
          decimals: 0,
          method: "reconciled",
        }).periods[0];
        const oldBrute = bruteForceScaled({
          weights,
          rows: rows.map((r, i) => ({
            ...r,
            steps: stepsOf(oldModel, rows)[i],
          })),
          scale: 1,
        })!;
        const published = publishedOf(old, oldBrute.exact, oldBrute.den);
        // New: changed amounts and key, restated by the factor (F/S exactly).
        const newModel = modelOf(newWeights, rows, after);
        const f = factor ? new Dec(factor) : null;
        const S = f ? 10 ** f.decimalPlaces() : 1;
        const F = f ? Number(f.times(S).toString()) : 1;
        const scaled: ScaledTable = {
          weights: newWeights,
          rows: rows.map((r, i) => ({
            ...r,
            steps: stepsOf(newModel, rows)[i] * F,
          })),
          scale: S,
        };
        const pub: Published = { figures: new Map(), exact: new Map() };
        const toLine = (l: PublishedLine) => [...newWeights.map((_, u) => l.values.get(`U${u}`)), l.national];
        for (const l of [...published.rows, ...published.subtotals, published.total!]) {
          pub.figures.set(
            l.name,
            toLine(l).map((x) => (x ? toSteps(x.shown, 0) : null)),
          );
          pub.exact.set(
            l.name,
            toLine(l).map((x) => x?.exact ?? null),
          );
        }
        const best = bruteForceScaled(scaled, pub);
        expect(best).not.toBeNull();
        const options = {
          decimals: 0,
          method: "reconciled" as const,
          previous: [published],
          ...(f ? { priceFactor: f } : {}),
        };
        const result = allocateTable(newModel, options);
        const engine = linesOf(result.periods[0]);
        for (const [line, fig] of best!.figures) expect([line, engine.get(line)]).toEqual([line, fig]);
        // The change report lists exactly the figures that differ from the published ones.
        let differing = 0;
        for (const [line, fig] of engine) fig.forEach((x, u) => (pub.figures.get(line)?.[u] ?? x) !== x && differing++);
        const changes = result.periods[0].revision!.changes;
        expect(changes.length).toBe(differing);
        expect(checkAllocation(newModel, options, result)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("the independent checker on revisions and restated amounts", () => {
  test("it rejects plain rounding where the revision order prefers another (the paradox row)", () => {
    const before = allocateTable(single(PARADOX, 44), {
      decimals: 0,
      method: "reconciled",
    }).periods[0];
    const T = BigInt(PARADOX.reduce((a, b) => a + b, 0));
    const ex = [...PARADOX.map((w) => 44n * BigInt(w)), 44n * T];
    const published = publishedOf(
      before,
      new Map([
        ["R0", ex],
        ["Blok", ex],
        ["I alt", ex],
      ]),
      T,
    );
    const plain = allocateTable(single(PARADOX, 43), {
      decimals: 0,
      method: "reconciled",
    });
    const violations = checkAllocation(single(PARADOX, 43), { decimals: 0, method: "reconciled", previous: [published] }, plain);
    expect(violations.map((v) => v.rule)).toEqual(["NOT_OPTIMAL"]);
  });

  test("it rejects a restated national figure that is not its exact value rounded down or up", () => {
    // Illustrative: 43 × 1,028 = 44,204 → the national figure must be 44 or 45.
    const options = {
      decimals: 0,
      method: "reconciled" as const,
      priceFactor: new Dec("1.028"),
    };
    const result = allocateTable(single(PARADOX, 43), options);
    expect(String(result.periods[0].rows[0].national)).toBe("44");
    expect(checkAllocation(single(PARADOX, 43), options, result)).toEqual([]);
    const p = result.periods[0];
    const tampered = {
      ...result,
      periods: [{ ...p, rows: [{ ...p.rows[0], national: new Dec(46) }] }],
    };
    expect(checkAllocation(single(PARADOX, 43), options, tampered).map((v) => v.rule)).toContain("BOUNDS");
  });
});

describe("revision with costs beyond exact number arithmetic (BigInt, prices estimated in floating point)", () => {
  test("98 units, a price level and a changed amount: the checker proves the revision order", () => {
    // Illustrative: 24 rows over 98 made-up weights; every fourth amount corrected, all restated by 1,028.
    const weights = Array.from({ length: 98 }, (_, i) => 2000 + ((i * 7919) % 50000));
    const rows: TinyRow[] = Array.from({ length: 24 }, () => ({
      steps: 0,
      parent: null,
      channel: "Blok",
      kind: "leaf",
    }));
    const before = rows.map((_, i) => 100 + ((i * 104729) % 5000));
    const after = before.map((a, i) => (i % 4 === 0 ? a + 7 : a));
    const oldModel = modelOf(weights, rows, before);
    const old = allocateTable(oldModel, { decimals: 0, method: "reconciled" }).periods[0];
    const T = BigInt(weights.reduce((a, b) => a + b, 0));
    const exact = new Map<string, bigint[]>();
    rows.forEach((_, i) => exact.set(`R${i}`, [...weights.map((w) => BigInt(before[i]) * BigInt(w)), BigInt(before[i]) * T]));
    const published = publishedOf(old, exact, T);
    const model = modelOf(weights, rows, after);
    const options = {
      decimals: 0,
      method: "reconciled" as const,
      previous: [published],
      priceFactor: new Dec("1.028"),
    };
    const result = allocateTable(model, options);
    expect(checkAllocation(model, options, result)).toEqual([]);
    // Every exact value rose: no figure falls.
    const p = result.periods[0];
    p.rows.forEach((r, i) => r.values.forEach((v, u) => expect(Number(v!.toString())).toBeGreaterThanOrEqual(Number(old.rows[i].values[u]!.toString()))));
    expect(p.revision!.changes.filter((c) => c.against)).toEqual([]);
  });
});
