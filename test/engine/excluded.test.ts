import { allocateTable, checkAllocation, Dec, Finding, finding, InitiativeRow, makeKey, TableModel, TableResult } from "../../src/engine";
import { REGIONS_2025, keyOf } from "../fixtures/keys";
import { entry, RowSpec, tableOf } from "../fixtures/tables";

/** Illustrative amounts (mio. kr.) over the 2025 regional key as printed. */
const regions = keyOf("Bloktilskud 2025", REGIONS_2025);
const RECONCILED = { decimals: 1, method: "reconciled" as const };

/** A table whose rows named in `unreadable` have an amount cell that could not be read in 2026. */
function model(specs: RowSpec[], unreadable: string[] = []): TableModel {
  const m = tableOf(["2026"], specs, [entry(regions)]);
  for (const r of m.rows) if (unreadable.includes(r.name)) Object.assign(r, { amounts: [null], unreadable: [true] });
  return m;
}

/** The parser's finding on each unreadable cell (the engine makes none: one cause, one finding). */
function badNumbers(m: TableModel): Finding[] {
  return m.rows
    .filter((r) => r.unreadable?.[0])
    .map((r) =>
      finding("error", "BAD_NUMBER", { text: "ca. 9" }, { sheet: "Initiativer", cell: r.source!.amountCells[0], initiative: r.name, period: "2026" }),
    );
}

function fill(m: TableModel): TableResult {
  const result = allocateTable(m, RECONCILED);
  expect(checkAllocation(m, RECONCILED, result, { findings: [...result.findings, ...badNumbers(m)] })).toEqual([]);
  return result;
}

const excludedOf = (r: TableResult) => r.periods[0].excluded.map((x) => [x.name, x.national?.toString() ?? null, x.code, x.cell ?? null]);

describe("rows not allocated are excluded openly", () => {
  test("an unreadable amount is an error row, listed with no amount, never a blank", () => {
    const r = fill(
      model(
        [
          { name: "Senfølger", amounts: ["60.0"] },
          { name: "Kølehætter", amounts: [null] },
          { name: "Kapacitet", amounts: ["180.0"] },
        ],
        ["Kølehætter"],
      ),
    );
    const p = r.periods[0];
    expect(p.rows.map((x) => [x.name, x.status])).toEqual([
      ["Senfølger", "allocated"],
      ["Kølehætter", "error"],
      ["Kapacitet", "allocated"],
    ]);
    expect(p.rows[1].reason).toBeNull();
    expect(excludedOf(r)).toEqual([["Kølehætter", null, null, "B3"]]);
    expect(p.excludedTotal.toString()).toBe("0");
    expect(p.total.national.toString()).toBe("240");
  });

  test("a row off the step and a row with an unknown key: excluded with their amounts and the finding's code", () => {
    const r = fill(
      model([
        { name: "Senfølger", amounts: ["60.0"] },
        { name: "Skæv", amounts: ["2.05"] },
        { name: "Særlig", amounts: ["4.0"], key: "Findes ikke" },
      ]),
    );
    expect(excludedOf(r)).toEqual([
      ["Skæv", "2.05", "NOT_ON_STEP", "B3"],
      ["Særlig", "4", "UNKNOWN_KEY", "B4"],
    ]);
    expect(r.periods[0].rows.map((x) => x.reason)).toEqual([undefined, "NOT_ON_STEP", "UNKNOWN_KEY"]);
    expect(r.periods[0].excludedTotal.toString()).toBe("6.05");
    expect(r.periods[0].total.national.toString()).toBe("60");
  });

  test("under a heading the error row is excluded and the heading is the sum of the rest", () => {
    const r = fill(
      model(
        [
          { name: "Palliation", amounts: [null] },
          { name: "Basal", amounts: ["14.0"], parent: "Palliation" },
          { name: "Specialiseret", amounts: [null], parent: "Palliation" },
        ],
        ["Specialiseret"],
      ),
    );
    const p = r.periods[0];
    expect(p.rows.map((x) => [x.name, x.status, x.national?.toString() ?? null, x.sumOfChildren])).toEqual([
      ["Palliation", "blank", "14", false],
      ["Basal", "allocated", "14", false],
      ["Specialiseret", "error", null, false],
    ]);
    expect(excludedOf(r)).toEqual([["Specialiseret", null, null, "B4"]]);
  });

  test("a parent with its own amount carries the money of a sub-item that cannot be read: allocated on its own, nothing excluded", () => {
    const r = fill(
      model(
        [
          { name: "Palliation", amounts: ["42.0"] },
          { name: "Basal", amounts: ["14.0"], parent: "Palliation" },
          { name: "Specialiseret", amounts: [null], parent: "Palliation" },
        ],
        ["Specialiseret"],
      ),
    );
    const p = r.periods[0];
    expect(p.rows.map((x) => [x.name, x.status])).toEqual([
      ["Palliation", "allocated"],
      ["Basal", "allocated"],
      ["Specialiseret", "error"],
    ]);
    expect(p.excluded).toEqual([]);
    expect(p.total.national.toString()).toBe("42");
    // The sub-item that cannot be read explains the difference: no CHILDREN_SUM_MISMATCH besides it.
    expect(r.findings.map((f) => f.code)).not.toContain("CHILDREN_SUM_MISMATCH");
  });

  test("a heading over nothing but an unreadable row has no figures, and the row is excluded", () => {
    const r = fill(
      model(
        [
          { name: "Senfølger", amounts: ["60.0"] },
          { name: "Data", amounts: [null] },
          { name: "Database", amounts: [null], parent: "Data" },
        ],
        ["Database"],
      ),
    );
    const p = r.periods[0];
    expect(p.rows.map((x) => [x.name, x.status])).toEqual([
      ["Senfølger", "allocated"],
      ["Data", "blank"],
      ["Database", "error"],
    ]);
    expect(excludedOf(r)).toEqual([["Database", null, null, "B4"]]);
  });

  test("sub-items of a row that cannot be read are shown, marked as outside the totals with it", () => {
    const r = fill(
      model(
        [
          { name: "Data", amounts: [null] },
          { name: "Database", amounts: ["3.0"], parent: "Data" },
          { name: "Senfølger", amounts: ["60.0"] },
        ],
        ["Data"],
      ),
    );
    const p = r.periods[0];
    expect(p.rows.map((x) => [x.name, x.status, x.underError ?? false])).toEqual([
      ["Data", "error", false],
      ["Database", "allocated", true],
      ["Senfølger", "allocated", false],
    ]);
    expect(excludedOf(r)).toEqual([["Data", null, null, "B2"]]);
    expect(p.total.national.toString()).toBe("60");
  });

  test("money to other recipients is not excluded: it is in the totals under Øvrige modtagere", () => {
    const r = fill(
      model([
        { name: "Senfølger", amounts: ["60.0"] },
        { name: "Forening", amounts: ["6.0"], recipient: { kind: "other", label: "BørneUngeLiv" } },
      ]),
    );
    const p = r.periods[0];
    expect(p.excluded).toEqual([]);
    expect(p.rows[1]).toMatchObject({ status: "other", otherTo: "BørneUngeLiv" });
    expect(p.total.other.toString()).toBe("6");
  });
});

describe("the checker proves completeness", () => {
  const specs: RowSpec[] = [
    { name: "Senfølger", amounts: ["60.0"] },
    { name: "Skæv", amounts: ["2.05"] },
    { name: "Kølehætter", amounts: [null] },
  ];
  const m = model(specs, ["Kølehætter"]);
  const findings = (r: TableResult) => [...r.findings, ...badNumbers(m)];
  const rules = (change: (r: TableResult) => void, extra: (r: TableResult) => Finding[] = findings) => {
    const r = allocateTable(m, RECONCILED);
    change(r);
    return [...new Set(checkAllocation(m, RECONCILED, r, { findings: extra(r) }).map((v) => `${v.rule}: ${v.message}`))];
  };

  test("the untouched result passes", () => {
    expect(rules(() => undefined)).toEqual([]);
  });

  test("an excluded row left off the list, or its amount changed, is found", () => {
    expect(rules((r) => r.periods[0].excluded.pop())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^COMPLETENESS: Kølehætter: not allocated, listed as excluded 0 times/)]),
    );
    expect(
      rules((r) => {
        const x = r.periods[0].excluded[0];
        x.national = new Dec("2.0");
        r.periods[0].excludedTotal = new Dec("2.0");
      }),
    ).toEqual(["COMPLETENESS: Skæv: excluded 2, its amount is 2.05", "COMPLETENESS: allocated and Øvrige 60 + excluded 2 = 62, not the input total 62.05"]);
  });

  test("a row that vanished from the sheet, or one excluded without an error finding, is found", () => {
    expect(
      rules((r) => {
        const p = r.periods[0];
        p.rows = p.rows.slice(0, 2);
        p.excluded = p.excluded.slice(0, 1);
        p.excludedTotal = new Dec("2.05");
      }),
    ).toEqual(expect.arrayContaining(["COMPLETENESS: Kølehætter: has an amount but is on no sheet"]));
    expect(
      rules(
        () => undefined,
        (r) => r.findings,
      ),
    ).toEqual(["COMPLETENESS: Kølehætter: excluded without an error finding"]);
  });

  test("money counted twice is found: a row allocated and also listed as excluded", () => {
    expect(
      rules((r) => {
        const p = r.periods[0];
        p.excluded.push({ row: 0, position: 0, name: "Senfølger", national: new Dec("60.0"), code: "NOT_ON_STEP" });
        p.excludedTotal = p.excludedTotal.plus(60);
      }),
    ).toEqual(
      expect.arrayContaining([
        "COMPLETENESS: Senfølger: excluded, but not shown in error",
        "COMPLETENESS: Senfølger: listed as excluded, but accounted for",
        expect.stringMatching(/not the input total 62.05$/),
      ]),
    );
  });
});

describe("COARSE_STEP", () => {
  const coarse = (specs: RowSpec[], decimals: number, key = regions) => {
    const m = tableOf(["2026", "2027"], specs, [entry(key)]);
    return allocateTable(m, { decimals, method: "reconciled" }).findings.filter((f) => f.code === "COARSE_STEP");
  };

  test("5 mio. kr. over the five regions in whole millions: one warning per period, on the smallest amount, saying to choose 1 decimal", () => {
    const found = coarse(
      [
        { name: "Senfølger", amounts: ["60", "60"] },
        { name: "Screening", amounts: ["5", "5"] },
        { name: "Information", amounts: ["2", null] },
      ],
      0,
    );
    expect(found.map((f) => [f.severity, f.period, f.cell, f.initiative, f.params.count, f.params.decimals])).toEqual([
      ["warning", "2026", "B4", "Information", 2, 1],
      ["warning", "2027", "C3", "Screening", 1, 1],
    ]);
    expect(found[1].message).toBe(
      'The step 1 is coarse for one amount in 2027: e.g. 5 of "Screening" is only 5 steps split over 5 units, so each unit\'s figure can be up to a whole step off its share. Choose 1 decimal (step 0.1) or more for a more precise split.',
    );
  });

  test("none for 10 steps or more, for a single unit, or when every share is a whole number of steps", () => {
    expect(coarse([{ name: "Senfølger", amounts: ["60.0", "1.0"] }], 1)).toEqual([]);
    const one = makeKey({ name: "Én", entries: [{ unit: "Region Midtjylland", value: 1 }] }).key!;
    expect(coarse([{ name: "Telepalliation", amounts: ["1", "1"] }], 0, one)).toEqual([]);
    const even = makeKey({ name: "Lige", kind: "weight", entries: REGIONS_2025.map(([unit]) => ({ unit, value: 1 })) }).key!;
    expect(coarse([{ name: "Screening", amounts: ["5", "0"] }], 0, even)).toEqual([]);
  });
});

describe("deep sub-item chains", () => {
  test("a chain of 20.000 sub-items is allocated and checked without overflowing the stack", () => {
    const N = 20_000;
    const rows: InitiativeRow[] = Array.from({ length: N }, (_, i) => ({
      id: i,
      name: `R${i}`,
      parent: i === 0 ? null : i - 1,
      channel: "Blok",
      recipient: { kind: "group", group: "Regioner" },
      keyName: null,
      amounts: [i === N - 1 ? new Dec("10.5") : null],
    }));
    const m: TableModel = { periods: ["2026"], rows, keys: [entry(regions)] };
    const result = allocateTable(m, RECONCILED);
    expect(result.periods[0].total.national.toString()).toBe("10.5");
    expect(checkAllocation(m, RECONCILED, result)).toEqual([]);
  });
});
