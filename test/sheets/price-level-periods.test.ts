import { checkAllocation, Dec, PeriodAllocation } from "../../src/engine";
import { analyseFill } from "../../src/sheets/analyse";
import { planFill } from "../../src/sheets/fill";
import { FillAnalysis, FillSettings } from "../../src/sheets/fill-types";
import { levelsFor, parseFactorSetting, readPriceLevels } from "../../src/sheets/price-level";
import { Raw, table, workbook, KEYS_2025 } from "./grid-helpers";

/**
 * Seed 002's 2026 rows (national, mio. kr.), with one row to another recipient and a 2027
 * column. Illustrative, not in the seed: the row "Kræftens Bekæmpelse" (2,5 to a recipient that
 * is not a region) and every 2027 amount.
 */
const ROWS: Raw[][] = [
  ["Initiativ", "Overordnet", "Modtager", "2026", "2027"],
  ["Mobile kølehætter", null, null, "9,0", "9,0"],
  ["Senfølger", null, null, "60,0", "61,5"],
  ["Palliation", null, null, "42,0", "42,0"],
  ["Basal palliation", "Palliation", null, "14,0", "14,0"],
  ["Specialiceret palliation", "Palliation", null, "20,0", "20,0"],
  ["Døgndækkede rådgivningsfunktioner", "Palliation", null, "8,0", "8,0"],
  ["Kræftscreening", null, null, "5,0", "5,0"],
  ["Patientinddragelse", null, null, "11,0", "11,0"],
  ["Kræftens Bekæmpelse", null, "Kræftens Bekæmpelse", "2,5", "3,3"],
];

function grid(levels?: Raw[][]) {
  const keys: Raw[][] = [["Nøgle", "År", "Enhed", "Andel"], ...KEYS_2025.slice(1)];
  return workbook({
    tables: [table("Initiativer", "Budget", ROWS), table("Nøgler", "Nøgler", keys), ...(levels ? [table("Prisniveau", "Prisniveau", levels)] : [])],
  });
}

const exactOf = (a: FillAnalysis, name: string, period: string) => {
  const p = a.model!.periods.indexOf(period);
  const row = a.model!.rows.find((r) => r.name === name)!;
  return row.amounts[p]!.times(a.priceLevel!.get(period)!.factor);
};

/** |shown − exact| < one step (0,1): the exact value rounded down or up. */
const within = (shown: Dec, exact: Dec) => expect([shown.toString(), shown.minus(exact).abs().lt("0.1")]).toEqual([shown.toString(), true]);

/** The engine's options as analyseFill passed them, for the independent checker. */
const optionsOf = (a: FillAnalysis) => ({
  decimals: a.decimals!,
  method: "reconciled" as const,
  priceFactor: Object.fromEntries([...a.priceLevel!].map(([p, l]) => [p, l.factor])),
});

describe("seed 002 restated by 1,028 with a row to another recipient", () => {
  const settings: FillSettings = { method: "reconciled", lang: "da", decimals: null, priceFactor: "1,028", periods: ["2026"] };
  const a = analyseFill(grid(), settings);
  const p: PeriodAllocation = a.result!.periods[0];

  test("every national figure, the other recipient's too, is its exact restated value rounded down or up", () => {
    for (const r of p.rows) within(r.national!, exactOf(a, r.name, "2026"));
    const other = p.rows.find((r) => r.name === "Kræftens Bekæmpelse")!;
    // 2,5 × 1,028 = 2,57: shown 2,6 under Nationalt and under Øvrige modtagere.
    expect([other.status, String(other.national), String(other.other)]).toEqual(["other", "2.6", "2.6"]);
  });

  test("the national column adds up to the restated grand total, rounded down or up; so does Øvrige modtagere", () => {
    const top = p.rows.filter((r) => r.parent === null);
    expect(top.reduce((s, r) => s.plus(r.national!), new Dec(0)).eq(p.total.national)).toBe(true);
    // 129,5 × 1,028 = 133,126 (shown 133,2: each row nearest costs less than the total nearest).
    within(p.total.national, new Dec("129.5").times("1.028"));
    within(p.total.other, new Dec("2.57"));
    // Units and Øvrige add up to the national total.
    expect(p.total.values.reduce((s, v) => s.plus(v), p.total.other).eq(p.total.national)).toBe(true);
  });

  test("the independent checker finds nothing wrong, and no warning about unrounded rows remains", () => {
    expect(checkAllocation(a.model!, optionsOf(a), a.result!)).toEqual([]);
    expect(a.findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual([]);
  });
});

describe("a factor per period", () => {
  // Illustrative factors: 2026 in 2026-pl; 2027 chained 2025-pl → 2026-pl → 2027-pl.
  const LEVELS: Raw[][] = [
    ["År", "Fra", "Til", "Faktor"],
    [2026, "2025-pl", "2026-pl", "1,028"],
    ["2027", "2025-pl", "2026-pl", "1,028"],
    ["2027", "2026-pl", "2027-pl", "1,031"],
  ];
  const settings: FillSettings = { method: "reconciled", lang: "en", decimals: null };

  test("a Prisniveau table with a period column: each period restated by its own factor, lines of one period chained", () => {
    const a = analyseFill(grid(LEVELS), settings);
    expect([...a.priceLevel!].map(([p, l]) => [p, l.factor.toString(), l.from, l.to])).toEqual([
      ["2026", "1.028", "2025-pl", "2026-pl"],
      ["2027", "1.059868", "2025-pl", "2027-pl"],
    ]);
    for (const p of a.result!.periods) for (const r of p.rows) within(r.national!, exactOf(a, r.name, p.period));
    expect(a.result!.periods.map((p) => String(p.priceFactor))).toEqual(["1.028", "1.059868"]);
    expect(checkAllocation(a.model!, optionsOf(a), a.result!)).toEqual([]);
    // One PRICE_LEVEL per period, each saying its period and level.
    const said = a.findings.filter((f) => f.code === "PRICE_LEVEL");
    expect(said.map((f) => [f.period, f.message.split(";")[0]])).toEqual([
      ["2026", "Amounts for 2026 were restated from 2025-pl to 2026-pl by the factor 1.028"],
      ["2027", "Amounts for 2027 were restated from 2025-pl to 2027-pl by the factor 1.059868"],
    ]);
  });

  test("each sheet's title says its period's level; the log records each period's factor", () => {
    const out = planFill(grid(LEVELS), settings, new Date(2026, 0, 5, 9, 0));
    const title = (name: string) => String(out.plan!.sheets.find((s) => s.name === name)!.cells[0][0].value);
    expect(title("Allocation 2026")).toContain("(2026-pl)");
    expect(title("Allocation 2027")).toContain("(2027-pl)");
    expect(out.plan!.log.row.join(" | ")).toContain("2026: pl × 1.028 (2026-pl); 2027: pl × 1.059868 (2027-pl)");
  });

  test("a line without a period is for every period without one of its own (as in the keys table)", () => {
    const a = analyseFill(
      grid([
        ["År", "Faktor"],
        [null, "1,028"],
        [2027, "1,05"],
      ]),
      settings,
    );
    expect([...a.priceLevel!].map(([p, l]) => [p, l.factor.toString()])).toEqual([
      ["2026", "1.028"],
      ["2027", "1.05"],
    ]);
  });

  test("a period without a factor while others have one: an error naming it, and that period is not filled (never guessed)", () => {
    const a = analyseFill(
      grid([
        ["År", "Faktor"],
        [2026, "1,028"],
      ]),
      settings,
    );
    const missing = a.findings.filter((f) => f.code === "PRICE_LEVEL_MISSING");
    expect(missing.map((f) => [f.severity, f.message])).toEqual([
      [
        "error",
        "There is no price level factor for 2027, but there is for 2026. Fordel does not guess, so those periods were not filled. Give each period a factor (one line per year in Price levels, or --pl-factor YEAR=FACTOR), or a line without a year for every other period.",
      ],
    ]);
    expect(a.result!.periods.map((p) => p.period)).toEqual(["2026"]);
    // Filling only 2026 needs no 2027 factor.
    const only = analyseFill(
      grid([
        ["År", "Faktor"],
        [2026, "1,028"],
      ]),
      { ...settings, periods: ["2026"] },
    );
    expect(only.findings.map((f) => f.code)).not.toContain("PRICE_LEVEL_MISSING");
  });

  test("a factor for a period the table does not have: a warning on its cell", () => {
    const a = analyseFill(
      grid([
        ["År", "Faktor"],
        [null, "1,028"],
        ["2028", "1,04"],
      ]),
      settings,
    );
    const f = a.findings.filter((x) => x.code === "PRICE_LEVEL_UNKNOWN_PERIOD");
    expect(f.map((x) => [x.severity, x.sheet, x.cell])).toEqual([["warning", "Prisniveau", "A3"]]);
    expect(f[0].message).toContain("has no period 2028 (it has 2026, 2027)");
  });

  test("periods are read as the initiatives' period headers are (Fra 2027 og frem, 2026 (2025-pl))", () => {
    const g = workbook({
      tables: [
        table("Prisniveau", "Prisniveau", [
          ["Periode", "Faktor"],
          ["2026 (2025-pl)", "1,028"],
          ["fra 2027 og frem", "1,03"],
        ]),
      ],
    });
    const given = readPriceLevels(g, "da").given!;
    const per = levelsFor(given, ["2026", "Fra 2027 og frem"], undefined, "da");
    expect([...per.levels].map(([p, l]) => [p, l.factor.toString()])).toEqual([
      ["2026", "1.028"],
      ["Fra 2027 og frem", "1.03"],
    ]);
    expect(per.findings).toEqual([]);
  });
});

describe("the --pl-factor setting", () => {
  test("one factor for all periods, or one per period; anything else is refused", () => {
    const all = parseFactorSetting("1,028")!;
    expect([all.all!.factor.toString(), all.periods.length]).toEqual(["1.028", 0]);
    const per = parseFactorSetting("2026=1,028; 2027=1.031")!;
    expect([per.all, per.periods.map((x) => [x.period, x.level.factor.toString()])]).toEqual([
      null,
      [
        ["2026", "1.028"],
        ["2027", "1.031"],
      ],
    ]);
    for (const bad of ["", "x", "2026=", "2026=0", "2026=1,028; 2026=1,03", "1,028; 1,03", "2026=1,0,28"])
      expect([bad, parseFactorSetting(bad)]).toEqual([bad, null]);
  });
});

describe("a price level setting that cannot be read", () => {
  test("is an error finding, never ignored in silence", () => {
    const a = analyseFill(grid(), { method: "reconciled", lang: "en", decimals: null, priceFactor: "2026=x" });
    expect(a.findings.filter((f) => f.code === "PRICE_LEVEL_NOT_READ").map((f) => f.severity)).toEqual(["error"]);
    expect(a.priceLevel).toBeNull();
  });
});

test("a Prisniveau table without a factor in it restates nothing and asks for nothing", () => {
  const a = analyseFill(grid([["År", "Faktor"]]), { method: "reconciled", lang: "en", decimals: null });
  expect([a.priceLevel, a.findings.filter((f) => f.code.startsWith("PRICE_LEVEL"))]).toEqual([null, []]);
});
