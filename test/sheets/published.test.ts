import { allocateTable, Dec, InitiativeRow, makeKey, TableModel } from "../../src/engine";
import type { GridBlock, GridCell } from "../../src/sheets/grid";
import { readPublished } from "../../src/sheets/published";

// Illustrative amounts and a made-up key over three regions.
const cell = (value: string | number | null): GridCell => ({ value, text: value === null ? "" : String(value), indent: 0 });
const block = (rows: (string | number | null)[][]): GridBlock => ({ sheet: "Fordeling 2026", row: 0, col: 0, cells: rows.map((r) => r.map(cell)) });

function model(): TableModel {
  const key = makeKey({
    name: "K",
    entries: [
      ["Region Hovedstaden", "0.5"],
      ["Region Sjælland", "0.3"],
      ["Region Nordjylland", "0.2"],
    ].map(([unit, value]) => ({ unit, value })),
  }).key!;
  const rows: InitiativeRow[] = [
    ["Senfølger", "10.0"],
    ["Palliation", "7.0"],
  ].map(([name, amount], id) => ({
    id,
    name,
    parent: null,
    channel: "Blok",
    recipient: { kind: "group", group: "Regioner" },
    keyName: null,
    amounts: [new Dec(amount)],
  }));
  return { periods: ["2026"], rows, keys: [{ key, group: "Regioner", period: null }] };
}

describe("reading Fordel's published sheets back", () => {
  test("by header words and names, not by position: a moved layout still reads; what cannot be matched is named", () => {
    // A later layout: a blank column first, units in another order, an extra column, a gone initiative and a gone unit.
    const sheet = block([
      [null, "Fordeling 2026 – Regioner"],
      [null, "Enhed", null, "Region Sjælland", "Region Hovedstaden", "Region Syddanmark"],
      [null, "Andel", null, 0.3, 0.5, 0.2],
      [],
      [null, "Initiativ", "Nationalt", "Region Sjælland", "Noter", "Region Hovedstaden", "Region Syddanmark", "Kontrol", "Kanal"],
      [null, "Palliation", 7, 2.1, "x", 3.5, 1.4, 0, "Blok"],
      [null, "Senfølger", 10, 3, null, 5, 2, 0, "Blok"],
      [null, "Gammelt initiativ", 1, 0.3, null, 0.5, 0.2, 0, "Blok"],
      [null, "Blok i alt", 18, 5.4, null, 9, 3.6, 0],
      [null, "I alt", 18, 5.4, null, 9, 3.6, 0],
    ]);
    const read = readPublished({ sheets: [sheet], existing: [{ name: "Fordeling 2026", generated: true }] }, "da", "old.xlsx");
    expect(read.findings).toEqual([]);
    const pub = read.sheets[0];
    expect([pub.period, pub.group, pub.rows.map((r) => r.name), pub.subtotals.map((s) => s.name)]).toEqual([
      "2026",
      "Regioner",
      ["Palliation", "Senfølger", "Gammelt initiativ"],
      ["Blok"],
    ]);
    // "Noter" is a column, not a unit: it holds text, so no figure is read from it.
    expect([...pub.rows[0].values.keys()]).toEqual(["Region Sjælland", "Region Hovedstaden", "Region Syddanmark"]);
    // Exact values then: national × printed share.
    expect(pub.rows[1].values.get("Region Hovedstaden")!.exact).toEqual({ num: 5n, den: 1n });
    const result = allocateTable(model(), { decimals: 1, method: "reconciled", previous: read.sheets });
    const unmatched = result.findings.filter((f) => f.code === "REVISION_UNMATCHED").map((f) => f.params.names);
    expect(unmatched).toEqual(["Gammelt initiativ", "Region Nordjylland", "Region Syddanmark"]);
    // The rows that match keep their figures where the key allows it.
    const p = result.periods[0];
    expect(p.rows.find((r) => r.name === "Senfølger")!.values.map(String)).toEqual(["5", "3", "2"]);
  });

  test("a sheet of Fordel's without the table is named in a finding", () => {
    const read = readPublished({ sheets: [block([["Fordeling 2026 – Regioner"], ["noget andet"]])], existing: [] }, "en", "old.xlsx");
    expect(read.sheets).toEqual([]);
    expect(read.findings.map((f) => [f.code, f.params.sheet])).toEqual([["REVISION_NOT_READ", "old.xlsx: Fordeling 2026"]]);
  });
});
