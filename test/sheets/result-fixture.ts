import { AllocatedRow, apportion, Dec, PeriodAllocation, Subtotal, TableResult } from "../../src/engine";
import { keyOf, REGIONS_2025 } from "../fixtures/keys";

/**
 * A TableResult built by hand (largest remainder per row, sums for parents), the shape
 * allocateTable returns, for renderer tests that must not depend on the allocator.
 */
export function handResult(): TableResult {
  const key = keyOf("Bloktilskud 2025", REGIONS_2025);
  const units = [...key.units];
  const split = (amount: string) => {
    const a = apportion(amount, key, 1);
    if (!a.ok) throw new Error("not on step");
    return a.values;
  };
  const leaf = (row: number, name: string, amount: string, parent: number | null, depth: number, channel = "Blok"): AllocatedRow => ({
    row,
    name,
    parent,
    depth,
    channel,
    status: "allocated",
    national: new Dec(amount),
    values: split(amount),
    other: null,
    sumOfChildren: false,
  });
  const basal = leaf(1, "Basal palliation", "14.0", 0, 1);
  const spec = leaf(2, "Specialiseret palliation", "20.0", 0, 1);
  const palliation: AllocatedRow = {
    ...leaf(0, "Palliation", "34.0", null, 0),
    values: basal.values.map((v, i) => v!.plus(spec.values[i]!)),
    sumOfChildren: true,
  };
  const senfolger = leaf(3, "Senfølger", "60.0", null, 0);
  const tele: AllocatedRow = {
    row: 4,
    name: "Telepalliation",
    parent: null,
    depth: 0,
    channel: "Særtilskud",
    status: "allocated",
    national: new Dec("1.0"),
    values: units.map((u) => new Dec(u === "Region Midtjylland" ? "1.0" : "0")),
    other: null,
    sumOfChildren: false,
  };
  const formula: AllocatedRow = {
    row: 5,
    name: '=HYPERLINK("x","y")',
    parent: null,
    depth: 0,
    channel: "Særtilskud",
    status: "other",
    national: new Dec("4.0"),
    values: units.map(() => null),
    other: new Dec("4.0"),
    sumOfChildren: false,
  };
  const rows = [palliation, basal, spec, senfolger, tele, formula];
  const zero = new Dec(0);
  const subtotal = (label: string, channel: string | null, members: number[]): Subtotal => ({
    label,
    channel,
    members,
    national: members.reduce((s, m) => s.plus(rows[m].national!), zero),
    values: units.map((_, u) => members.reduce((s, m) => s.plus(rows[m].values[u] ?? zero), zero)),
    other: members.reduce((s, m) => s.plus(rows[m].other ?? zero), zero),
  });
  const period: PeriodAllocation = {
    period: "2026",
    group: "Regioner",
    units,
    key,
    decimals: 1,
    method: "largest-remainder",
    rows,
    subtotals: [subtotal("Blok", "Blok", [0, 3]), subtotal("Særtilskud", "Særtilskud", [4, 5])],
    total: subtotal("I alt", null, [0, 3, 4, 5]),
    maxDeviation: new Dec("0.05"),
    adjusted: [],
    checks: { rowsAddUp: true, childrenAddUp: true, columnsAddUp: true },
    excluded: [],
    excludedTotal: zero,
  };
  return { periods: [period], acrossPeriods: [], findings: [] };
}
