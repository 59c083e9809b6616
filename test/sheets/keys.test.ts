import { Finding, shareDecimal } from "../../src/engine";
import { analyseFill } from "../../src/sheets/analyse";
import { GridCell } from "../../src/sheets/grid";
import { parseWorkbook } from "../../src/sheets/parse";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";
import { unitsOf } from "../../src/sheets/units";
import { MUNICIPALITIES, REGIONS } from "../../src/sheets/units-data";
import { block, KEYS_2025, Raw, workbook } from "./grid-helpers";

/** A one-row initiatives table by block grant to the regions. */
const INITIATIVES: Raw[][] = [
  ["Initiativ", "2025", "2026"],
  ["Senfølger", "60,0", "60,0"],
];

/** The 2025 regional key as printed (shared/data/regioner.csv), as [unit, share] lines. */
const REGIONS_2025: [string, string][] = [
  ["Region Hovedstaden", "0,3116"],
  ["Region Sjælland", "0,1547"],
  ["Region Syddanmark", "0,2127"],
  ["Region Midtjylland", "0,2177"],
  ["Region Nordjylland", "0,1033"],
];

/** Population per region on 1 January 2024 (shared/data/regioner-befolkning-2024.csv), real raw weights. */
const POPULATION_2024: [string, number][] = [
  ["Region Hovedstaden", 1911067],
  ["Region Sjælland", 852953],
  ["Region Syddanmark", 1238406],
  ["Region Midtjylland", 1365688],
  ["Region Nordjylland", 593135],
];

/** Illustrative municipal weights (made up: no verified municipal key is available), one per municipality. */
const madeUpWeight = (i: number) => 1000 + ((i * 7919) % 5000);

const longKey = (name: string, lines: [Raw, Raw][]): Raw[][] => [
  ["Nøgle", "År", "Enhed", "Andel"],
  ...lines.map(([unit, share]): Raw[] => [name, null, unit, share]),
];

function parse(keys: Raw[][], initiatives: Raw[][] = INITIATIVES) {
  return parseWorkbook(workbook({ sheets: [block("Initiativer", initiatives), block("Nøgler", keys)] }));
}

function analyse(keys: Raw[][], initiatives: Raw[][] = INITIATIVES, lang: "da" | "en" = "da") {
  const grid = workbook({ sheets: [block("Initiativer", initiatives), block("Nøgler", keys)] });
  return analyseFill(grid, { ...DEFAULT_SETTINGS, lang });
}

const where = (findings: Finding[]) => findings.map((f) => [f.severity, f.code, f.sheet, f.cell]);

describe("the real keys read plainly", () => {
  test("the printed 2025 regional key: shares summing to 1, no finding", () => {
    const r = parse(KEYS_2025);
    expect(r.findings).toEqual([]);
    expect(r.model!.keys).toHaveLength(1);
  });

  test("2024 populations are raw weights: normalised, and an info finding says so", () => {
    const r = parse(longKey("Befolkning 2024", POPULATION_2024));
    expect(where(r.findings)).toEqual([["info", "KEY_READING", "Nøgler", "D2"]]);
    expect(r.findings[0].message).toContain("rå vægte");
    expect(r.findings[0].message).toContain("5.961.249");
    const key = r.model!.keys[0].key;
    expect(key.kind).toBe("weight");
    expect(key.total).toBe(5961249n);
    expect(shareDecimal(key, 0).times(5961249).toString()).toBe("1911067");
  });

  test("percentages typed as numbers are read as percentages, and said so", () => {
    const r = parse(
      longKey(
        "Pct",
        REGIONS_2025.map(([u, s]): [Raw, Raw] => [u, Number(s.replace(",", ".")) * 100]),
      ),
    );
    expect(r.findings.map((f) => [f.code, f.params.kind])).toEqual([["KEY_READING", "percent"]]);
    expect(shareDecimal(r.model!.keys[0].key, 0).toString()).toBe("0.3116");
  });

  test("shares that do not sum to 1 are KEY_SUM; a share among weights is not visibly a weight", () => {
    const sum = parse(
      longKey(
        "K",
        REGIONS_2025.map(([u, s], i): [Raw, Raw] => [u, i === 0 ? "0,3216" : s]),
      ),
    );
    expect(where(sum.findings)).toEqual([["warning", "KEY_SUM", "Nøgler", "D2"]]);
    expect(sum.findings[0].message).toContain("1,01");
    // 31,16 typed where 0,3116 was meant: read as weights, but not in silence.
    const typo = parse(
      longKey(
        "K",
        REGIONS_2025.map(([u, s], i): [Raw, Raw] => [u, i === 0 ? "31,16" : s]),
      ),
    );
    expect(typo.findings.map((f) => [f.severity, f.code])).toEqual([["warning", "KEY_SUM"]]);
  });
});

describe("KEY_MISSING_UNITS", () => {
  test("a regional key without Region Nordjylland is a warning naming it; the key is still used", () => {
    const r = parse(longKey("Bloktilskud", REGIONS_2025.slice(0, 4)));
    expect(where(r.findings)).toEqual([["warning", "KEY_MISSING_UNITS", "Nøgler", "D2"]]);
    expect(r.findings[0].params).toMatchObject({ count: 1, of: 5, units: "Region Nordjylland", sum: "0.8967" });
    expect(r.findings[0].message).toContain("mangler 1 af 5 regioner: Region Nordjylland");
    expect(r.findings[0].message).toContain("(sum 0,8967)");
    expect(r.model!.keys[0].key.units).toHaveLength(4);
  });

  test("97 municipalities (Læsø missing, illustrative made-up weights) name Læsø", () => {
    const lines = unitsOf("Kommuner")
      .map((u, i): [Raw, Raw] => [u.name, madeUpWeight(i)])
      .filter(([u]) => u !== "Læsø");
    const r = parse(longKey("Kommuner", lines));
    expect(where(r.findings)).toEqual([["warning", "KEY_MISSING_UNITS", "Nøgler", "D2"]]);
    expect(r.findings[0].params).toMatchObject({ count: 1, of: 98, units: "Læsø", group: "Kommuner" });
    expect(r.findings[0].message).toContain("mangler 1 af 98 kommuner: Læsø");
    expect(r.model!.keys[0]).toMatchObject({ group: "Kommuner" });
  });

  test("many missing municipalities: the first twelve are named, the rest counted", () => {
    const r = parse(
      longKey("K", [
        ["Aarhus", 3],
        ["Vesthimmerland", 1],
      ]),
    );
    expect(r.findings[0].params).toMatchObject({ count: 96, more: 84 });
    expect(r.findings[0].message).toContain("mangler 96 af 98 kommuner: København, Frederiksberg, Ballerup,");
    expect(r.findings[0].message).toContain("Høje-Taastrup og 84 andre.");
  });

  test("wide form: a year column lacking a region gets the same check", () => {
    const r = parse([["Region", 2025, 2026], ...REGIONS_2025.map(([u, s]): Raw[] => [u, s, u === "Region Sjælland" ? null : s])].slice(0, 5));
    // Rows: header + 4 regions (Nordjylland left out of both columns); 2026 also has a blank share.
    expect(where(r.findings)).toEqual([
      ["error", "KEY_BLANK_SHARE", "Nøgler", "C3"],
      ["warning", "KEY_MISSING_UNITS", "Nøgler", "B1"],
    ]);
    expect(r.model!.keys.map((k) => k.period)).toEqual(["2025"]);
  });
});

describe("a blank or unreadable share breaks its key", () => {
  const blank = longKey(
    "Bloktilskud",
    REGIONS_2025.map(([u, s]): [Raw, Raw] => [u, u === "Region Syddanmark" ? null : s]),
  );

  test("a blank share is an error on its cell, not a share for the others", () => {
    const r = parse(blank);
    expect(where(r.findings)).toEqual([["error", "KEY_BLANK_SHARE", "Nøgler", "D4"]]);
    expect(r.findings[0].message).toContain("Region Syddanmark");
    expect(r.model!.keys).toEqual([]);
    expect(r.model!.brokenKeys!.map((b) => [b.name, b.group, b.period])).toEqual([["Bloktilskud", "Regioner", null]]);
  });

  test("a formula never calculated is the same error, saying to open and save in Excel", () => {
    const keys = longKey("Bloktilskud", REGIONS_2025);
    const grid = workbook({ sheets: [block("Initiativer", INITIATIVES), block("Nøgler", keys)] });
    const cell: GridCell = { value: null, text: "", indent: 0, uncomputed: true };
    grid.sheets[1].cells[3][3] = cell;
    const r = parseWorkbook(grid);
    expect(where(r.findings)).toEqual([["error", "KEY_BLANK_SHARE", "Nøgler", "D4"]]);
    expect(r.findings[0].message).toContain("Åbn og gem filen i Excel");
  });

  test("an unreadable share is BAD_NUMBER on its cell; a share without a unit is KEY_BLANK_UNIT", () => {
    const bad = longKey(
      "B",
      REGIONS_2025.map(([u, s]): [Raw, Raw] => [u, u === "Region Sjælland" ? "ca. 0,15" : s]),
    );
    expect(where(parse(bad).findings)).toEqual([["error", "BAD_NUMBER", "Nøgler", "D3"]]);
    const noUnit = longKey("B", [...REGIONS_2025, [null, "0,0001"]]);
    const r = parse(noUnit);
    expect(where(r.findings)).toEqual([["error", "KEY_BLANK_UNIT", "Nøgler", "C7"]]);
    expect(r.model!.keys).toEqual([]);
  });

  test("KEY_DUPLICATE_UNIT and KEY_NEGATIVE point at the line's share and break the key", () => {
    const dup = parse(longKey("D", [...REGIONS_2025, ["Hovedstaden", "0"]]));
    expect(where(dup.findings)).toEqual([["error", "KEY_DUPLICATE_UNIT", "Nøgler", "D7"]]);
    expect(dup.model!.brokenKeys).toHaveLength(1);
    const neg = parse(
      longKey(
        "N",
        REGIONS_2025.map(([u, s]): [Raw, Raw] => [u, u === "Region Nordjylland" ? "-0,1033" : s]),
      ),
    );
    expect(where(neg.findings)).toEqual([["error", "KEY_NEGATIVE", "Nøgler", "D6"]]);
  });
});

test("wide form: each column's key gets the same checks (a blank share here, a duplicate unit there)", () => {
  const r = parse([["Region", 2025, 2026], ...REGIONS_2025.map(([u, s]): Raw[] => [u, s, s]), ["Hovedstaden", null, "0"]]);
  expect(where(r.findings)).toEqual([
    ["error", "KEY_BLANK_SHARE", "Nøgler", "B7"],
    ["error", "KEY_DUPLICATE_UNIT", "Nøgler", "C7"],
  ]);
  expect(r.model!.keys).toEqual([]);
  expect(r.model!.brokenKeys!.map((b) => [b.name, b.period, b.cause.code])).toEqual([
    ["Nøgler 2025", "2025", "KEY_BLANK_SHARE"],
    ["Nøgler 2026", "2026", "KEY_DUPLICATE_UNIT"],
  ]);
});

test("a column with numbers that no key is read from is named (long form: besides the four; wide form: no header)", () => {
  const long = parse([["Kode", "Enhed", "Andel", "Indbyggere"], ...REGIONS_2025.map(([u, s], i): Raw[] => [1084 - i, u, s, POPULATION_2024[i][1]])]);
  expect(long.findings.map((f) => [f.code, f.cell, f.params.header, f.params.count])).toEqual([
    ["KEY_COLUMN_NOT_READ", "A1", "Kode", 5],
    ["KEY_COLUMN_NOT_READ", "D1", "Indbyggere", 5],
  ]);
  expect(long.findings[1].message).toContain("Kolonnen „Indbyggere“ i nøgletabellen har 5 tal, men bruges ikke som andele.");
  const wide = parse([["Region", 2025, null], ...REGIONS_2025.map(([u, s]): Raw[] => [u, s, 1])]);
  expect(wide.findings.map((f) => [f.code, f.cell])).toEqual([["KEY_COLUMN_NOT_READ", "C1"]]);
  expect(wide.model!.keys).toHaveLength(1);
});

describe("labels as pasted from Danmarks Statistik", () => {
  test("code and name, Hele landet and region rows in a municipal list: 98 units, one info finding", () => {
    // Hele landet first, then each region's row before its municipalities, as DST prints them (weights illustrative).
    const lines: [Raw, Raw][] = [["000 Hele landet", 400000]];
    for (const region of REGIONS) {
      lines.push([region.name, 80000]);
      MUNICIPALITIES.forEach((m, i) => {
        if (m.regionCode === region.code) lines.push([`${Number(m.code)} ${m.name}`, madeUpWeight(i)]);
      });
    }
    const r = parse(longKey("Kommuner (DST)", lines));
    expect(where(r.findings)).toEqual([
      ["info", "KEY_READING", "Nøgler", "D3"],
      ["info", "KEY_AGGREGATE_LINES", "Nøgler", "C2"],
    ]);
    expect(r.findings[1].params.count).toBe(6);
    expect(r.findings[1].message).toContain("000 Hele landet (C2), Region Hovedstaden (C3)");
    expect(r.model!.keys[0].key.units).toHaveLength(98);
    expect(r.model!.keys[0].group).toBe("Kommuner");
  });

  test("regional codes with names; a code whose name means another unit is used by its code, with a warning", () => {
    const lines: [Raw, Raw][] = [
      ["1084 Region Hovedstaden", "0,3116"],
      ["1085 Region Sjælland", "0,1547"],
      ["083 Region Syddanmark", "0,2127"],
      ["1082 Region Nordjylland", "0,2177"],
      ["1081 Region Nordjylland", "0,1033"],
    ];
    const r = parse(longKey("R", lines));
    expect(where(r.findings)).toEqual([["warning", "KEY_CODE_NAME_MISMATCH", "Nøgler", "C5"]]);
    expect(r.findings[0].message).toContain("koden 1082 er Region Midtjylland");
    expect(r.model!.keys[0].key.units).toEqual(unitsOf("Regioner").map((u) => u.name));
  });

  test("regions and municipalities in even measure are KEY_MIXED_GROUPS, not a guess", () => {
    const r = parse(
      longKey("M", [
        ["Region Hovedstaden", 1],
        ["Region Sjælland", 1],
        ["København", 1],
        ["Aarhus", 1],
      ]),
    );
    expect(where(r.findings)).toEqual([["error", "KEY_MIXED_GROUPS", "Nøgler", "C4"]]);
    expect(r.model!.keys).toEqual([]);
  });

  test("wide form with pasted labels gets the same reading", () => {
    const r = parse([["Område", "Andel 2025"], ["Hele landet", "1,0000"], ...REGIONS_2025.map(([u, s]): Raw[] => [u.replace("Region ", "Region "), s])]);
    expect(where(r.findings)).toEqual([["info", "KEY_AGGREGATE_LINES", "Nøgler", "A2"]]);
    expect(r.model!.keys[0].key.units).toHaveLength(5);
  });
});

describe("one cause, one finding", () => {
  const initiatives: Raw[][] = [
    ["Initiativ", "Nøgle", "2025", "2026"],
    ["Senfølger", null, "60,0", "60,0"],
    ["Palliation", null, "13,1", "13,1"],
    ["Kølehætter", "Bloktilskud", "2,8", null],
  ];

  test("rows that would use a key with a blank share get no finding of their own: the cause counts them", () => {
    const keys = longKey(
      "Bloktilskud",
      REGIONS_2025.map(([u, s]): [Raw, Raw] => [u, u === "Region Syddanmark" ? null : s]),
    );
    const a = analyse(keys, initiatives);
    expect(where(a.findings)).toEqual([["error", "KEY_BLANK_SHARE", "Nøgler", "D4"]]);
    expect(a.findings[0].params).toMatchObject({ foldedRows: 3, foldedPeriods: "2025, 2026", foldedKey: "Bloktilskud" });
    expect(a.findings[0].message).toContain("Derfor er 3 rækker (2025, 2026; „Senfølger“, „Palliation“, „Kølehætter“) ikke fordelt med nøglen „Bloktilskud“");
    // The rows are still there, visibly not allocated.
    const statuses = a.result!.periods.map((p) => p.rows.map((r) => r.status));
    expect(statuses).toEqual([
      ["error", "error", "error"],
      ["error", "error", "blank"],
    ]);
    expect(a.result!.folded!.map((c) => c.rows.length)).toEqual([5]);
    expect(analyse(keys, initiatives, "en").findings[0].message).toContain("Because of this, 3 rows were not allocated (2025, 2026;");
  });

  test("a keys sheet that yields no key gives one KEY_EMPTY, not a 'key Regioner does not exist' per row", () => {
    const a = analyse([["Nøgle", "Enhed", "Andel"]], initiatives);
    expect(a.findings.map((f) => f.code)).toEqual(["KEY_EMPTY"]);
    expect(a.findings[0].params).toMatchObject({ key: "Nøgler", foldedRows: 3 });
    expect(a.findings[0]).toMatchObject({ sheet: "Nøgler", cell: "A1" });
    expect(a.findings[0].message).toContain(
      "Nøgletabellen „Nøgler“ har ingen nøgle, der kan læses: ingen linjer med en enhed og en andel under overskriftsrækken (Nøgle | Enhed | Andel).",
    );
  });

  test("a broken 2026 key does not fall back on an every-period key; other periods still allocate", () => {
    const keys: Raw[][] = [...KEYS_2025, ...REGIONS_2025.map(([u, s]): Raw[] => ["Bloktilskud 2026", 2026, u, u === "Region Nordjylland" ? "n/a" : s])];
    const a = analyse(keys, INITIATIVES);
    expect(where(a.findings)).toEqual([["error", "BAD_NUMBER", "Nøgler", "D11"]]);
    expect(a.findings[0].params).toMatchObject({ foldedRows: 1, foldedPeriods: "2026", foldedKey: "Bloktilskud 2026" });
    expect(a.result!.periods.map((p) => [p.period, p.rows[0].status])).toEqual([
      ["2025", "allocated"],
      ["2026", "error"],
    ]);
  });

  test("a broken municipal key stops its rows (error), rather than sending them to Øvrige modtagere", () => {
    const lines = unitsOf("Kommuner").map((u, i): [Raw, Raw] => [u.name, u.name === "Læsø" ? "?" : madeUpWeight(i)]);
    const keys: Raw[][] = [...KEYS_2025, ...longKey("Kommuner", lines).slice(1)];
    const rows: Raw[][] = [
      ["Initiativ", "Modtager", "2025"],
      ["Rygestop", "Kommuner", "10,0"],
    ];
    const a = analyse(keys, rows);
    expect(a.findings.map((f) => [f.code, f.params.foldedRows])).toEqual([["BAD_NUMBER", 1]]);
    expect(a.result!.periods[0].rows[0].status).toBe("error");
  });

  test("wide form: one unknown unit cell breaks both year keys, and both periods' rows fold into its one finding", () => {
    const keys: Raw[][] = [["Region", 2025, 2026], ...REGIONS_2025.map(([u, s]): Raw[] => [u === "Region Nordjylland" ? "Region Nordjyland" : u, s, s])];
    const a = analyse(keys, INITIATIVES);
    expect(where(a.findings)).toEqual([["error", "UNKNOWN_UNIT", "Nøgler", "A6"]]);
    expect(a.findings[0].params).toMatchObject({ foldedRows: 1, foldedPeriods: "2025, 2026", foldedKey: "Nøgler 2025, Nøgler 2026" });
    expect(a.result!.periods.map((p) => p.rows[0].status)).toEqual(["error", "error"]);
  });
});
