import { Dec } from "../../src/engine/decimal";
import { finding } from "../../src/engine/findings";
import type { AllocatedRow, PeriodAllocation, Subtotal, TableModel } from "../../src/engine/table";
import type { GridBlock, WorkbookGrid } from "../../src/sheets/grid";
import type { FillOutcome } from "../../src/sheets/settings";
import { blockAddress, checkViewOf, deviationText, fillViewOf, locateTables } from "../../src/taskpane/views";
import { REGIONS_2025, keyOf } from "../fixtures/keys";

const key = keyOf("Bloktilskudsnøgle 2025", REGIONS_2025);
const d = (s: string) => new Dec(s);

function block(sheet: string, row: number, col: number, height: number, width: number): GridBlock {
  return { sheet, row, col, cells: Array.from({ length: height }, () => Array.from({ length: width }, () => ({ value: null, text: "", indent: 0 }))) };
}

function grid(parts: Partial<WorkbookGrid>): WorkbookGrid {
  return { tables: [], sheets: [], existing: [], ...parts };
}

const model: TableModel = {
  periods: ["2025", "2026"],
  rows: [
    { id: 0, name: "Senfølger", parent: null, channel: "Blok", recipient: { kind: "group", group: "Regioner" }, keyName: null, amounts: [d("60"), d("60")] },
    { id: 1, name: "Kommunal indsats", parent: null, channel: "Blok", recipient: { kind: "group", group: "Kommuner" }, keyName: null, amounts: [d("9"), null] },
  ],
  keys: [
    { key, group: "Regioner", period: "2025" },
    { key: keyOf("Bloktilskudsnøgle 2026", [["Region Sjælland", "0.5"], ["Ny enhed", "0.5"]]), group: "Regioner", period: "2026" },
    { key: keyOf("Kommunenøgle", [["København", "0.6"], ["Aarhus", "0.4"]]), group: "Kommuner", period: null },
  ],
};

function row(name: string, status: AllocatedRow["status"]): AllocatedRow {
  return { row: 0, name, parent: null, depth: 0, channel: "Blok", status, national: d("60"), values: [], other: null, sumOfChildren: false };
}

const total: Subtotal = { label: "I alt", channel: null, national: d("60"), values: [], other: d("0"), members: [] };

function period(p: string, deviation: string, checks: PeriodAllocation["checks"], rows: AllocatedRow[], decimals = 1): PeriodAllocation {
  return { period: p, group: "Regioner", units: [...key.units], key, decimals, method: "reconciled", rows, subtotals: [], total, maxDeviation: d(deviation), checks };
}

const ok = { rowsAddUp: true, childrenAddUp: true, columnsAddUp: true };

function outcome(parts: Partial<FillOutcome>): FillOutcome {
  return { model, result: null, plan: null, findings: [], decimals: 1, unusable: false, ...parts };
}

describe("views", () => {
  test("addresses of blocks read by the host", () => {
    expect(blockAddress(block("Aftale", 0, 0, 15, 6))).toBe("A1:F15");
    expect(blockAddress(block("Aftale", 3, 26, 2, 2))).toBe("AA4:AB5");
  });

  test("tables are located in SPEC order: Excel Table, then sheet, then picked range", () => {
    const g = grid({
      tables: [{ ...block("Aftale", 1, 1, 10, 7), name: "initiatives" }],
      sheets: [block("Initiativer", 0, 0, 3, 3), block("Nøgler", 0, 0, 11, 4)],
      pickedKeys: block("Ark1", 4, 2, 6, 2),
    });
    expect(locateTables(g)).toEqual([
      { role: "initiatives", kind: "table", name: "initiatives", sheet: "Aftale", address: "B2:H11" },
      { role: "keys", kind: "sheet", name: "Nøgler", sheet: "Nøgler", address: "A1:D11" },
    ]);
    expect(locateTables(grid({ pickedKeys: block("Ark1", 4, 2, 6, 2) }), { initiatives: { sheet: "Ark2", address: "A1:C9" } })).toEqual([
      { role: "initiatives", kind: "picked", name: "", sheet: "Ark2", address: "A1:C9" },
      { role: "keys", kind: "picked", name: "", sheet: "Ark1", address: "C5:D10" },
    ]);
  });

  test("check view: periods, units per group in key order, keys, and what is missing", () => {
    const tables = locateTables(grid({ sheets: [block("Nøgler", 0, 0, 11, 4), block("Initiativer", 0, 0, 3, 4)] }));
    const missing = finding("error", "MISSING_TABLE", { table: "Initiativer" });
    const view = checkViewOf(outcome({ findings: [missing] }), { method: "reconciled", lang: "da", decimals: null }, tables);
    expect(view.periods).toEqual(["2025", "2026"]);
    expect(view.units).toEqual([
      { group: "Regioner", units: [...key.units, "Ny enhed"] },
      { group: "Kommuner", units: ["København", "Aarhus"] },
    ]);
    expect(view.keys.map((k) => [k.name, k.group, k.period, k.units])).toEqual([
      ["Bloktilskudsnøgle 2025", "Regioner", "2025", 5],
      ["Bloktilskudsnøgle 2026", "Regioner", "2026", 2],
      ["Kommunenøgle", "Kommuner", null, 2],
    ]);
    expect(view.initiatives).toBe(2);
    // The sheet is there but the parser could not use it: missing, with the finding.
    expect(view.missing).toEqual(["initiatives"]);
    expect(view.tables.map((t) => t.role)).toEqual(["keys"]);
    expect(view.detectedDecimals).toBe(1);
  });

  test("decimals chosen by the user are not reported as detected", () => {
    const view = checkViewOf(outcome({ decimals: 0 }), { method: "reconciled", lang: "da", decimals: 0 }, []);
    expect(view.detectedDecimals).toBeNull();
    expect(view.missing).toEqual(["initiatives", "keys"]);
  });

  test("fill view: per period the sheet written, rows, errors, deviation and checks", () => {
    const result = {
      periods: [
        period("2025", "0.04666666666666666666", ok, [row("Senfølger", "allocated"), row("Kommunal indsats", "other")]),
        period("2026", "0.05", { ...ok, columnsAddUp: false }, [row("Senfølger", "allocated"), row("Ny", "error"), row("Overskrift", "blank")]),
      ],
      acrossPeriods: [],
      findings: [],
    };
    const plan = {
      sheets: [{ name: "Fordeling 2025", cells: [] }, { name: "Fordeling 2026 (2)", cells: [] }],
      log: { sheet: "Fordeling log", create: false, header: [], row: [] },
    };
    const view = fillViewOf(outcome({ result, plan }));
    expect(view.periods).toEqual([
      { period: "2025", group: "Regioner", sheet: "Fordeling 2025", rows: 2, rowsWithErrors: 0, units: 5, decimals: 1, method: "reconciled", maxDeviation: "0.0467", checks: ok },
      { period: "2026", group: "Regioner", sheet: "Fordeling 2026 (2)", rows: 3, rowsWithErrors: 1, units: 5, decimals: 1, method: "reconciled", maxDeviation: "0.05", checks: { ...ok, columnsAddUp: false } },
    ]);
    expect(view.logSheet).toBe("Fordeling log");
  });

  test("fill view without a plan: no sheet names, no log", () => {
    const result = { periods: [period("2025", "0", ok, [])], acrossPeriods: [], findings: [] };
    const view = fillViewOf(outcome({ result, plan: null, unusable: false }));
    expect(view.periods[0].sheet).toBe("");
    expect(view.logSheet).toBeNull();
    expect(fillViewOf(outcome({ model: null, unusable: true })).periods).toEqual([]);
  });

  test("deviation is shown a few places finer than the step", () => {
    expect(deviationText(d("0.046666666"), 1)).toBe("0.0467");
    expect(deviationText(d("0.5"), 0)).toBe("0.5");
    expect(deviationText(d("499.5"), -3)).toBe("500");
    expect(deviationText(d("0"), 1)).toBe("0");
  });
});
