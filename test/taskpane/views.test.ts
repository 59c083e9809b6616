/**
 * The views the pane shows, made from the real pipeline (grid → planFill → views), so the
 * officeHost, the CLI and the pane agree on what a workbook holds and what a fill did.
 */
import { Dec } from "../../src/engine/decimal";
import { analyseFill } from "../../src/sheets/analyse";
import { planFill } from "../../src/sheets/fill";
import * as locate from "../../src/sheets/locate";
import type { WorkbookGrid } from "../../src/sheets/grid";
import type { FillSettings } from "../../src/sheets/fill-types";
import { checkViewOf, deviationText, fillViewOf, pickProblemOf } from "../../src/taskpane/views";
import { KEYS_2025, block, table, workbook } from "../sheets/grid-helpers";

const REGIONS = ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"];

/** Kræftplan-like initiatives (mio. kr.) as an Excel Table at B3 of the sheet Aftale. */
const INITIATIVES = [
  ["Initiativ", "Overordnet", "2025", "2026"],
  ["Senfølger", null, "60,0", "60,0"],
  ["Palliation", null, "42,0", "40,0"],
  ["Basal palliation", "Palliation", "14,0", "14,0"],
  ["Specialiceret palliation", "Palliation", "28,0", "26,0"],
  ["Mobile kølehætter", null, "9,0", "2,25"],
];

function grid(parts: Partial<WorkbookGrid> = {}): WorkbookGrid {
  return workbook({ tables: [table("Initiativer", "Aftale", INITIATIVES, 2, 1)], sheets: [block("Nøgler", KEYS_2025)], ...parts });
}

const settings = (over: Partial<FillSettings> = {}): FillSettings => ({ method: "reconciled", lang: "en", decimals: null, ...over });
const NOW = new Date(2026, 0, 5, 9, 30);

function check(g: WorkbookGrid, s: FillSettings) {
  return checkViewOf(analyseFill(g, s), s);
}

describe("check view", () => {
  test("where the tables are, periods, units, keys and the input's decimals", () => {
    const view = check(grid(), settings());
    expect(view.tables).toEqual([
      { role: "initiatives", kind: "table", name: "Initiativer", sheet: "Aftale", address: "B3:E8" },
      { role: "keys", kind: "sheet", name: "Nøgler", sheet: "Nøgler", address: "A1:D6" },
    ]);
    expect(view.missing).toEqual([]);
    expect(view.periods).toEqual(["2025", "2026"]);
    expect(view.units).toEqual([{ group: "Regioner", units: REGIONS }]);
    expect(view.keys).toEqual([{ name: "Bloktilskud 2025", group: "Regioner", period: null, units: 5 }]);
    expect(view.initiatives).toBe(5);
    // 2,25 is the finest amount.
    expect(view.detectedDecimals).toBe(2);
    expect(view.findings).toEqual([]);
    expect(view.unusable).toBe(false);
  });

  test("decimals chosen by the user are not reported as detected, and their findings show", () => {
    const view = check(grid(), settings({ decimals: 1 }));
    expect(view.detectedDecimals).toBeNull();
    expect(view.findings.map((f) => [f.severity, f.code, f.initiative, f.period])).toEqual([["error", "NOT_ON_STEP", "Mobile kølehætter", "2026"]]);
  });

  test("without an initiatives table: unusable, and the pane is told which table is missing", () => {
    const view = check(grid({ tables: [] }), settings());
    expect(view.unusable).toBe(true);
    expect(view.missing).toEqual(["initiatives"]);
    expect(view.tables.map((t) => t.role)).toEqual(["keys"]);
    expect(view.findings.map((f) => f.code)).toEqual(["MISSING_TABLE"]);
  });

  test("the tables are where the parser found them: each is located once", () => {
    const located = jest.spyOn(locate, "locateTable");
    try {
      const view = check(grid(), settings());
      expect(view.tables.map((t) => [t.role, t.kind, t.address])).toEqual([
        ["initiatives", "table", "B3:E8"],
        ["keys", "sheet", "A1:D6"],
      ]);
      expect(located).toHaveBeenCalledTimes(2);
    } finally {
      located.mockRestore();
    }
  });

  test("without a keys table while rows go to the regions by key: unusable, the keys table is missing, the initiatives still shown", () => {
    const view = check(grid({ sheets: [] }), settings());
    expect(view.unusable).toBe(true);
    expect(view.missing).toEqual(["keys"]);
    expect(view.findings.map((f) => [f.code, f.params.table])).toEqual([["MISSING_TABLE", "Nøgler"]]);
    expect([view.periods, view.initiatives]).toEqual([["2025", "2026"], 5]);
  });

  test("a range picked in the pane is used and reported as picked", () => {
    const picked = block("Ark1", INITIATIVES, 4, 2);
    const view = check(grid({ tables: [], pickedInitiatives: picked }), settings());
    expect(view.tables[0]).toEqual({ role: "initiatives", kind: "picked", name: "", sheet: "Ark1", address: "C5:F10" });
    expect(view.missing).toEqual([]);
    expect(view.periods).toEqual(["2025", "2026"]);
  });
});

describe("fill view", () => {
  test("per period the sheet written, rows, units, deviation and checks", () => {
    const view = fillViewOf(planFill(grid(), settings({ lang: "da" }), NOW));
    expect(view.periods.map((p) => [p.period, p.group, p.sheet, p.rows, p.rowsWithErrors, p.units, p.decimals, p.method])).toEqual([
      ["2025", "Regioner", "Fordeling 2025", 5, 0, 5, 2, "reconciled"],
      ["2026", "Regioner", "Fordeling 2026", 5, 0, 5, 2, "reconciled"],
    ]);
    for (const p of view.periods) {
      expect(p.checks).toEqual({ rowsAddUp: true, childrenAddUp: true, columnsAddUp: true });
      // Every number shown is its exact value rounded down or up: never a whole step off.
      // Shown at the step's decimals, rounded up: a deviation above 0 and below one step shows as one step.
      expect(p.maxDeviation).toBe("0.01");
    }
    expect(view.logSheet).toBe("Fordeling log");
    expect(view.decimals).toBe(2);
  });

  test("a row with an error is counted, the rest is filled", () => {
    const view = fillViewOf(planFill(grid(), settings({ decimals: 1 }), NOW));
    expect(view.periods.map((p) => [p.sheet, p.rowsWithErrors])).toEqual([
      ["Allocation 2025", 0],
      ["Allocation 2026", 1],
    ]);
    expect(view.findings.map((f) => f.code)).toEqual(["NOT_ON_STEP"]);
    // 2,25 is left out of 2026's totals, and the error belongs to 2026 only.
    expect(view.periods.map((p) => [p.excludedRows, p.excludedTotal, p.excludedUnreadable, p.errors])).toEqual([
      [0, "0", 0, 0],
      [1, "2.25", 0, 1],
    ]);
    expect(view.step).toEqual({ decimals: 1, reason: "setting", place: null, text: null });
  });

  test("the step chosen from the amounts names the cell that decided it", () => {
    const view = fillViewOf(planFill(grid(), settings(), NOW));
    expect(view.step).toMatchObject({ decimals: 2, reason: "amounts", place: "Aftale!E8" });
  });

  test("a user's own sheet with the same name keeps its name; ours gets a new one", () => {
    const g = grid();
    g.existing.push({ name: "Allocation 2025", generated: false });
    const view = fillViewOf(planFill(g, settings(), NOW));
    expect(view.periods[0].sheet).not.toBe("Allocation 2025");
    expect(view.periods[0].sheet).toMatch(/^Allocation 2025/);
  });

  test("each result names the sheet of its own period and group, whatever the plan's order", () => {
    const outcome = planFill(grid(), settings({ periods: ["2026"] }), NOW);
    expect(outcome.plan!.sheets.map((s) => [s.name, s.period, s.group])).toEqual([
      ["Allocation 2026", "2026", "Regioner"],
      ["Allocation findings", "", "Fund"],
    ]);
    const both = planFill(grid(), settings(), NOW);
    both.plan!.sheets.reverse();
    expect(fillViewOf(both).periods.map((p) => [p.period, p.sheet])).toEqual([
      ["2025", "Allocation 2025"],
      ["2026", "Allocation 2026"],
    ]);
    both.plan!.sheets.pop();
    expect(fillViewOf(both).periods.map((p) => p.sheet)).toEqual(["", "Allocation 2026"]);
  });

  test("unusable input: no periods, no log", () => {
    const view = fillViewOf(planFill(grid({ tables: [] }), settings(), NOW));
    expect(view).toMatchObject({ periods: [], logSheet: null, unusable: true });
  });

  test("deviation is shown at the step's decimals, rounded up, never smaller than it is (issue 13)", () => {
    expect(deviationText(new Dec("0.046666666"), 1)).toBe("0.1");
    expect(deviationText(new Dec("0.0768"), 1)).toBe("0.1");
    expect(deviationText(new Dec("0.5"), 0)).toBe("1");
    expect(deviationText(new Dec("499.5"), -3)).toBe("1000");
    expect(deviationText(new Dec("0"), 1)).toBe("0.0");
  });
});

describe("the preview a check gives before writing", () => {
  test("per period each unit's total, the sheet it goes to, and every cell rounded against ROUND with its names", () => {
    const s = settings({ decimals: 1 });
    const outcome = planFill(grid(), s, NOW);
    const view = checkViewOf(outcome, s, outcome.plan);
    const preview = view.preview!;
    expect(preview.map((p) => [p.period, p.group, p.sheet, p.units])).toEqual([
      ["2025", "Regioner", "Allocation 2025", REGIONS],
      ["2026", "Regioner", "Allocation 2026", REGIONS],
    ]);
    for (const [i, p] of preview.entries()) {
      const allocation = outcome.result!.periods[i];
      // The totals shown are the engine's, and add up to the period's total.
      expect(p.totals).toEqual(allocation.total.values.map((v) => v.toFixed(1)));
      // Every adjusted cell named, exact → shown, and shown is not what ROUND shows.
      expect(p.adjusted).toHaveLength(allocation.adjusted.length);
      for (const [k, a] of p.adjusted.entries()) {
        const cell = allocation.adjusted[k];
        expect(a.initiative).toBe(allocation.rows[cell.position].name);
        expect(a.unit).toBe(REGIONS[cell.unit]);
        expect(a.shown).not.toBe(a.round);
        expect(new Dec(a.exact).minus(cell.exact).abs().lte("0.001")).toBe(true);
      }
    }
    expect(view.writes).toEqual({
      sheets: [
        { name: "Allocation 2025", replaces: null },
        { name: "Allocation 2026", replaces: null },
        { name: "Allocation findings", replaces: null },
      ],
      allocations: 2,
      log: "Allocation log",
    });
    expect(view.step).toEqual({ decimals: 1, reason: "setting", place: null, text: null });
  });

  test("reconciled rounding of the illustrative table adjusts at least one cell against ROUND; nearest none", () => {
    const adjusted = (method: FillSettings["method"]) => {
      const s = settings({ decimals: 0, method });
      return checkViewOf(analyseFill(grid(), s), s).preview!.reduce((n, p) => n + p.adjusted.length, 0);
    };
    expect(adjusted("nearest")).toBe(0);
    expect(adjusted("reconciled")).toBeGreaterThan(0);
  });
});

describe("pickProblemOf: a selection that is not the table says why", () => {
  test("one cell, or a range without the table's columns; a good pick none", () => {
    const missing = { ...check(grid(), settings()), missing: ["keys" as const] };
    expect(pickProblemOf(missing, "keys", { sheet: "Ark1", address: "C3" }, "da")).toEqual({
      role: "keys",
      ref: "Ark1!C3",
      why: "den er kun én celle. Markér hele tabellen med overskriftsrækken, og prøv igen.",
    });
    expect(pickProblemOf(missing, "keys", { sheet: "Ark 1", address: "A1:D9" }, "en")?.why).toMatch(/^its first row does not have the columns/);
    expect(pickProblemOf(check(grid(), settings()), "keys", { sheet: "Nøgler", address: "A1:D11" }, "en")).toBeNull();
  });
});
