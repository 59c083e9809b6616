import { allocateTable, BrokenKey, finding, foldCauses, makeKey } from "../../src/engine";
import { REGIONS_2025, keyOf } from "../fixtures/keys";
import { entry, tableOf } from "../fixtures/tables";

const regions = keyOf("Bloktilskud 2025", REGIONS_2025);
/** A broken key's first error, as the parser reports it. */
const cause = () =>
  finding("error", "KEY_BLANK_SHARE", { key: "Bloktilskud 2026", unit: "Region Syddanmark" }, { sheet: "Nøgler", cell: "D9", period: "2026" });

describe("rows that would use a broken key are folded into its cause", () => {
  test("no UNKNOWN_KEY per row: the rows are errors and counted on the cause, per period", () => {
    const broken: BrokenKey = { name: "Bloktilskud 2026", group: "Regioner", period: "2026", cause: cause() };
    const model = {
      ...tableOf(
        ["2025", "2026"],
        [
          { name: "A", amounts: ["1.0", "2.0"] },
          { name: "B", amounts: [null, "3.0"], key: "bloktilskud 2026" },
          { name: "C", amounts: ["4.0", "5.0"], recipient: { kind: "group", group: "Kommuner" } },
        ],
        [entry(regions)],
      ),
      brokenKeys: [broken],
    };
    const r = allocateTable(model, { decimals: 1, method: "reconciled" });
    expect(r.findings.map((f) => f.code)).toEqual(["NO_MUNICIPAL_KEY", "NO_MUNICIPAL_KEY"]);
    expect(r.periods.map((p) => [p.period, p.rows.map((x) => `${x.name}:${x.status}`)])).toEqual([
      ["2025", ["A:allocated", "B:blank", "C:other"]],
      ["2026", ["A:error", "B:error", "C:other"]],
    ]);
    expect(r.folded).toEqual([
      {
        cause: broken.cause,
        key: "Bloktilskud 2026",
        rows: [
          { row: 0, initiative: "A", period: "2026" },
          { row: 1, initiative: "B", period: "2026" },
        ],
      },
    ]);
  });

  test("without the broken key: a named key is UNKNOWN_KEY on its row; rows no key covers share one NO_KEY", () => {
    const model = tableOf(
      ["2026", "2027"],
      [
        { name: "A", amounts: ["1.0", "1.0"] },
        { name: "B", amounts: ["3.0", null], key: "Bloktilskud 2026" },
        { name: "C", amounts: ["2.0", "2.0"] },
        { name: "D", amounts: ["2.0", "2.0"] },
        { name: "E", amounts: ["2.0", "2.0"] },
      ],
      [entry(regions, "Regioner", "2027")],
    );
    const r = allocateTable(model, { decimals: 1, method: "reconciled" });
    expect(r.findings.map((f) => [f.code, f.period, f.cell, f.initiative])).toEqual([
      ["UNKNOWN_KEY", "2026", "A3", "B"],
      ["NO_KEY", "2026", "A2", undefined],
    ]);
    expect(r.findings[1].params).toMatchObject({ group: "Regioner", count: 4, names: '"A", "C", "D", …' });
    expect(r.findings[1].message).toBe(
      'There is no key for the regions in 2026, so 4 rows were not allocated ("A", "C", "D", …). Add a key for 2026 (or one without a year) to the keys table, or name the key in the Key column.',
    );
    expect(r.periods[0].rows.map((x) => x.status)).toEqual(["error", "error", "error", "error", "error"]);
    expect(r.periods[1].rows.map((x) => x.status)).toEqual(["allocated", "blank", "allocated", "allocated", "allocated"]);
    expect(r.folded!.map((c) => [c.cause.code, c.key, c.rows.length])).toEqual([["NO_KEY", "Regioner", 4]]);
  });

  test("a usable and a broken key for the same group and period: the row is not allocated by the usable one (it would be ambiguous)", () => {
    const broken: BrokenKey = { name: "Bloktilskud 2026", group: "Regioner", period: "2026", cause: cause() };
    const model = { ...tableOf(["2026"], [{ name: "A", amounts: ["1.0"] }], [entry(regions, "Regioner", "2026")]), brokenKeys: [broken] };
    const r = allocateTable(model, { decimals: 1, method: "reconciled" });
    expect(r.periods[0].rows[0].status).toBe("error");
    expect(r.folded!.map((c) => c.rows.length)).toEqual([1]);
    // Without the broken key the same row is allocated.
    const fine = allocateTable({ ...model, brokenKeys: [] }, { decimals: 1, method: "reconciled" });
    expect(fine.periods[0].rows[0].status).toBe("allocated");
  });

  test("a table that could not be read (no name, no group) catches named and group rows alike", () => {
    const broken: BrokenKey = { name: null, group: null, period: null, cause: finding("error", "KEY_EMPTY", { key: "Regioner" }) };
    const model = {
      ...tableOf(
        ["2026"],
        [
          { name: "A", amounts: ["1.0"] },
          { name: "B", amounts: ["3.0"], key: "Særlig" },
        ],
        [],
      ),
      brokenKeys: [broken],
    };
    const r = allocateTable(model, { decimals: 1, method: "reconciled" });
    expect(r.findings).toEqual([]);
    expect(r.folded![0].rows.map((x) => x.initiative)).toEqual(["A", "B"]);
  });

  test("foldCauses counts rows once, lists periods and the first names, in either language", () => {
    const c = cause();
    const other = finding("info", "KEY_READING", { key: "K", kind: "weight", sum: "4" });
    const rows = ["A", "B", "C", "D"].flatMap((initiative, row) => ["2026", "2027"].map((period) => ({ row, initiative, period })));
    const [folded, untouched] = foldCauses([c, other], [{ cause: c, key: "Bloktilskud 2026", rows }], "da");
    expect(untouched).toBe(other);
    expect(folded.params).toMatchObject({ foldedRows: 4, foldedPeriods: "2026, 2027", foldedNames: '"A", "B", "C", …' });
    expect(folded.message).toMatch(/er tom\. .* Derfor er 4 rækker \(2026, 2027; „A“, „B“, „C“, …\) ikke fordelt med nøglen „Bloktilskud 2026“/);
    const [en] = foldCauses([{ ...c }], [{ cause: c, key: "Bloktilskud 2026", rows: rows.slice(0, 1) }], "en");
    expect(en.message).toContain('Because of this, 1 row was not allocated (2026; "A") by key');
  });
});

describe("how a key's numbers are read", () => {
  const make = (values: string[]) => makeKey({ name: "K", entries: values.map((value, i) => ({ unit: `U${i}`, value })) });
  const said = (values: string[]) => make(values).findings.map((f) => [f.severity, f.code, f.params.kind ?? f.params.expected]);

  test.each([
    ["shares summing to 1: nothing to say", ["0.3116", "0.1547", "0.2127", "0.2177", "0.1033"], []],
    ["shares of four regions (0,8967): KEY_SUM, no longer taken for weights", ["0.3116", "0.1547", "0.2127", "0.2177"], [["warning", "KEY_SUM", 1]]],
    ["percentages summing to 100: said", ["31.16", "15.47", "21.27", "21.77", "10.33"], [["info", "KEY_READING", "percent"]]],
    ["percentages summing to 99,99: KEY_SUM against 100", ["31.15", "15.47", "21.27", "21.77", "10.33"], [["warning", "KEY_SUM", 100]]],
    ["populations: raw weights, said", ["1911067", "852953", "1238406", "1365688", "593135"], [["info", "KEY_READING", "weight"]]],
    ["0/1 flags: weights (an equal split), said", ["1", "1", "0"], [["info", "KEY_READING", "weight"]]],
    ["a share among weights: KEY_SUM, not a silent weight", ["0.3116", "15.47", "21.27"], [["warning", "KEY_SUM", 1]]],
  ])("%s", (_label, values, expected) => {
    expect(said(values as string[])).toEqual(expected);
  });

  test("a KEY_SUM on percentages says 100", () => {
    expect(make(["31.15", "68.84"]).findings[0].message).toContain("not 100 (per cent)");
  });
});
