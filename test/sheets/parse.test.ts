import { shareDecimal } from "../../src/engine";
import { parseWorkbook } from "../../src/sheets/parse";
import { parseRecipient, parseChannel } from "../../src/sheets/recipient";
import { periodOf, isHerafLabel } from "../../src/sheets/headers";
import { block, cell, KEYS_2025, Raw, table, workbook } from "./grid-helpers";

const codes = (r: ReturnType<typeof parseWorkbook>) => r.findings.map((f) => f.code);

function withInitiatives(rows: Raw[][], keys: Raw[][] = KEYS_2025) {
  return parseWorkbook(workbook({ sheets: [block("Initiativer", rows), block("Nøgler", keys)] }));
}

describe("finding the tables", () => {
  test("an Excel Table by name wins over a sheet of that name, wherever it sits", () => {
    const grid = workbook({
      tables: [
        table(
          "initiatives",
          "Ark1",
          [
            ["Initiative", "2026"],
            ["Senfølger", 60],
          ],
          4,
          2,
        ),
      ],
      sheets: [
        block("Initiativer", [
          ["Initiativ", "2025"],
          ["Andet", 1],
        ]),
        block("Keys", KEYS_2025),
      ],
    });
    const r = parseWorkbook(grid);
    expect(r.sources.initiatives).toEqual({ kind: "table", name: "initiatives", sheet: "Ark1", range: "C5:D6" });
    expect(r.sources.keys).toEqual({ kind: "sheet", name: "Keys", sheet: "Keys", range: "A1:D6" });
    expect(r.model!.periods).toEqual(["2026"]);
    expect(r.model!.rows.map((x) => x.name)).toEqual(["Senfølger"]);
    expect(r.model!.rows[0].source).toEqual({ sheet: "Ark1", nameCell: "C6", amountCells: ["D6"] });
  });

  test("on a sheet the header row is found by its words, after blank rows and columns, and the table ends at the first empty row", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [
          block("Initiativer", [[], [null, "Initiativ", "2026"], [null, "Senfølger", "60,0"], [null, null, null], [null, "Kilde: notat", null]], 0, 0),
          block("Nøgler", KEYS_2025),
        ],
      }),
    );
    expect(r.sources.initiatives!.range).toBe("B2:C3");
    expect(r.model!.rows.map((x) => x.name)).toEqual(["Senfølger"]);
    expect(r.model!.rows[0].source!.nameCell).toBe("B3");
  });

  test("a blank spacer row inside the table does not end it: rows with a name and an amount below it are read", () => {
    const r = withInitiatives([
      ["Initiativ", "2025", "2026"],
      ["Senfølger", "60,0", "60,0"],
      [],
      ["Palliation", null, "42,0"],
      [null, null, null],
      [],
      ["Kapacitet", 111, null],
      ["Korrektion", "-0,8", null],
      [],
      ["I alt", "170,2", "102,0"],
      [],
      ["Kilde: Aftale om Kræftplan V", null, null],
    ]);
    expect(r.model!.rows.map((x) => [x.name, x.source!.nameCell])).toEqual([
      ["Senfølger", "A2"],
      ["Palliation", "A4"],
      ["Kapacitet", "A7"],
      ["Korrektion", "A8"],
    ]);
    expect(r.sources.initiatives!.range).toBe("A1:C10");
    // The user's I alt below the last blank row is read as a total: checked (it agrees), not allocated.
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["USER_TOTALS_READ", "A10"]]);
  });

  test("below a blank row, a note or a row without a name or without an amount ends the table; a total line does not", () => {
    const ends = (row: Raw[]) =>
      withInitiatives([["Initiativ", "Kanal", "2026"], ["Senfølger", null, "60,0"], [], row, ["Kapacitet", null, 180]]).model!.rows.map((x) => x.name);
    expect(ends(["Kilde: notat", null, null])).toEqual(["Senfølger"]);
    expect(ends(["Total", null, 240])).toEqual(["Senfølger", "Kapacitet"]);
    expect(ends([null, null, 240])).toEqual(["Senfølger"]);
    expect(ends(["Note", "Blok", "se bilag"])).toEqual(["Senfølger"]);
    expect(ends(["Palliation", null, "42,0"])).toEqual(["Senfølger", "Palliation", "Kapacitet"]);
  });

  test("rows that look like data below the table's end are reported (ROWS_NOT_READ), not silently dropped", () => {
    const r = withInitiatives([
      ["Initiativ", "Kanal", "2026"],
      ["Senfølger", null, "60,0"],
      [],
      ["Kilde: notat", null, null],
      ["Kapacitet", null, 180],
      ["Screening", null, "5,0"],
    ]);
    expect(r.model!.rows.map((x) => x.name)).toEqual(["Senfølger"]);
    const f = r.findings.filter((x) => x.code === "ROWS_NOT_READ");
    expect(f.map((x) => [x.severity, x.sheet, x.cell, x.params.first, x.params.last])).toEqual([["warning", "Initiativer", "A5", 5, 6]]);
    expect(f[0].message).toContain("Rækkerne 5–6");
    const clean = withInitiatives([["Initiativ", "2026"], ["Senfølger", "60,0"], [], ["Kilde: notat", null]]);
    expect(clean.findings.map((x) => x.code)).not.toContain("ROWS_NOT_READ");
  });

  test("a blank row between two keys on the keys sheet does not drop the second key", () => {
    const municipal: Raw[][] = [
      ["Kommuner 2026", 2026, "101", "0,6"],
      ["Kommuner 2026", 2026, "Aarhus", "0,4"],
    ];
    const r = withInitiatives(
      [
        ["Initiativ", "2026"],
        ["A", 1],
      ],
      [...KEYS_2025, [], ...municipal, [], ["Kilde: Finansministeriet", null, null, null]],
    );
    expect(r.model!.keys.map((k) => [k.key.name, k.group, k.key.units.length])).toEqual([
      ["Bloktilskud 2025", "Regioner", 5],
      ["Kommuner 2026", "Kommuner", 2],
    ]);
    expect(r.sources.keys!.range).toBe("A1:D9");
    const wide = withInitiatives(
      [
        ["Initiativ", "2026"],
        ["A", 1],
      ],
      [["Enhed", "Blok"], ["Region Hovedstaden", 1], [], ["Region Sjælland", 1], [], ["Kilde", null]],
    );
    expect(wide.model!.keys[0].key.units).toEqual(["Region Hovedstaden", "Region Sjælland"]);
  });

  test("a picked range is used when there is neither table nor sheet", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [block("Nøgler", KEYS_2025)],
        pickedInitiatives: block(
          "Budget",
          [
            ["Initiativ", "2026"],
            ["A", 1],
          ],
          9,
          0,
        ),
      }),
    );
    expect(r.sources.initiatives).toEqual({ kind: "picked", name: "Budget", sheet: "Budget", range: "A10:B11" });
  });

  test("MISSING_TABLE when there is no initiatives table: no model", () => {
    const r = parseWorkbook(workbook({ sheets: [block("Nøgler", KEYS_2025)] }));
    expect(r.model).toBeNull();
    expect(r.findings.map((f) => [f.severity, f.code])).toEqual([["error", "MISSING_TABLE"]]);
    expect(r.findings[0].message).toContain("Initiativer");
  });

  test("MISSING_TABLE for the keys when rows need a key: unusable, the model still read", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [
          block("Initiativer", [
            ["Initiativ", "2026"],
            ["A", 1],
          ]),
        ],
      }),
    );
    expect(r.model).not.toBeNull();
    expect(r.unusable).toBe(true);
    expect(r.findings.map((f) => [f.severity, f.code, f.params.table])).toEqual([["error", "MISSING_TABLE", "Nøgler"]]);
  });

  test("no keys table is needed when every row with an amount goes to named units or other recipients", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [
          block("Initiativer", [
            ["Initiativ", "Modtager", "2026"],
            ["Overskrift", null, null],
            ["A", "Region Midtjylland; Region Nordjylland", 1],
            ["B", "Medicinrådet", 2],
          ]),
        ],
      }),
    );
    expect([r.unusable, r.findings]).toEqual([false, []]);
  });

  test("MISSING_COLUMN without a name column or without a period column", () => {
    const a = withInitiatives([
      ["Navn", "2026"],
      ["A", 1],
    ]);
    expect(a.model).toBeNull();
    expect(a.findings.map((f) => [f.code, f.params.column, f.cell])).toEqual([["MISSING_COLUMN", "Initiativ", "A1"]]);
    const b = parseWorkbook(
      workbook({
        sheets: [
          block("Initiativer", [
            ["Initiative", "Amount"],
            ["A", 1],
          ]),
        ],
      }),
      { lang: "en" },
    );
    expect(b.model).toBeNull();
    expect(codes(b)).toEqual(["MISSING_COLUMN"]);
    expect(b.findings[0].message).toContain("a period");
  });
});

describe("headers", () => {
  test("Danish and English headers, case and spaces ignored", () => {
    const r = withInitiatives([
      [" INITIATIVE ", "parent", "Channel", "RECIPIENT", "key", "2026", "i alt", "Bemærkning"],
      ["A", null, "Særtilskud", "Region Midtjylland", null, 1, 1, "ignored"],
    ]);
    expect(r.findings).toEqual([]);
    const row = r.model!.rows[0];
    expect(row.channel).toBe("Særtilskud");
    expect(row.recipient).toEqual({ kind: "units", group: "Regioner", units: [{ unit: "Region Midtjylland", weight: expect.anything() }] });
  });

  test.each([
    [2026, "2026"],
    ["2026", "2026"],
    ["Fra 2027", "Fra 2027"],
    ["fra  2027", "fra 2027"],
    ["2027 og frem", "2027 og frem"],
    ["2017-2020", "2017-2020"],
    ["Varigt", "Varigt"],
    ["Permanent", "Permanent"],
  ])("period header %s", (value, label) => {
    expect(periodOf(cell(value))).toBe(label);
  });

  test.each(["Initiativ", "I alt", 12, "Note 2026 se bilag", 2026.5])("not a period: %s", (value) => {
    expect(periodOf(cell(value))).toBeNull();
  });

  test("heraf labels", () => {
    for (const s of ["heraf", "Heraf", " HERAF: ", "<i>heraf</i>", "Of which", "(heraf)", "of  which:"]) expect(isHerafLabel(s)).toBe(true);
    for (const s of ["Heraf regioner", "heraf basal palliation", ""]) expect(isHerafLabel(s)).toBe(false);
  });
});

describe("recipients and channels", () => {
  test.each([
    ["", { kind: "group", group: "Regioner" }],
    ["Regioner", { kind: "group", group: "Regioner" }],
    ["kommunerne", { kind: "group", group: "Kommuner" }],
    ["Municipalities", { kind: "group", group: "Kommuner" }],
    ["Medicinrådet", { kind: "other", label: "Medicinrådet" }],
  ])("%s", (text, recipient) => {
    expect(parseRecipient(text)).toEqual({ recipient, problems: [] });
  });

  test("one unit, an equal list and a weighted list", () => {
    const one = parseRecipient("Region Midtjylland").recipient;
    expect(one.kind === "units" && one.units.map((u) => [u.unit, u.weight.toString()])).toEqual([["Region Midtjylland", "1"]]);
    const equal = parseRecipient("Region Midtjylland; Region Nordjylland").recipient;
    expect(equal.kind === "units" && equal.units.map((u) => [u.unit, u.weight.toString()])).toEqual([
      ["Region Midtjylland", "1"],
      ["Region Nordjylland", "1"],
    ]);
    const weighted = parseRecipient("Midtjylland=2; Region Nordjylland = 1,5").recipient;
    expect(weighted.kind === "units" && weighted.units.map((u) => [u.unit, u.weight.toString()])).toEqual([
      ["Region Midtjylland", "2"],
      ["Region Nordjylland", "1.5"],
    ]);
    const towns = parseRecipient("Aarhus; Århus Kommune=1; 851").recipient;
    expect(towns.kind === "units" && towns.group).toBe("Kommuner");
  });

  test("a misspelt unit or a list with a stranger is an unknown unit, not a silent other recipient", () => {
    expect(parseRecipient("Region Nordjyland").problems).toEqual([{ kind: "unknown-unit", unit: "Region Nordjyland" }]);
    const list = parseRecipient("Region Midtjylland; Medicinrådet");
    expect(list.recipient).toEqual({ kind: "other", label: "Region Midtjylland; Medicinrådet", unknownUnit: true });
    expect(list.problems).toEqual([{ kind: "unknown-unit", unit: "Medicinrådet" }]);
    expect(parseRecipient("Region Midtjylland=to").problems).toEqual([{ kind: "bad-weight", text: "to" }]);
  });

  test("channels", () => {
    expect(parseChannel("")).toBe("Blok");
    expect(parseChannel("bloktilskud")).toBe("Blok");
    expect(parseChannel("SÆRTILSKUD")).toBe("Særtilskud");
    expect(parseChannel("Direkte")).toBe("Direkte tilskud");
    expect(parseChannel("Direkte tilskud")).toBe("Direkte tilskud");
    expect(parseChannel("Pulje")).toBe("Pulje");
  });
});

describe("initiatives", () => {
  test("the tree by Overordnet, parents before children whatever the sheet order; heraf labels skipped", () => {
    const r = withInitiatives([
      ["Initiativ", "Overordnet", "2026"],
      ["Basal palliation", "Palliation", "14,0"],
      ["Palliation", null, "42,0"],
      ["<i>heraf</i>", null, null],
      ["Specialiseret palliation", "palliation", "20,0"],
      ["Senfølger", null, "60,0"],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.model!.rows.map((x) => [x.id, x.name, x.parent])).toEqual([
      [0, "Palliation", null],
      [1, "Basal palliation", 0],
      [2, "Specialiseret palliation", 0],
      [3, "Senfølger", null],
    ]);
    expect(r.model!.rows[1].source!.nameCell).toBe("A2");
    expect(r.defaultDecimals).toBe(1);
  });

  test("without Overordnet the indent of the name cell gives the tree", () => {
    const r = withInitiatives([
      ["Initiativ", "2026"],
      ["Data", 9],
      [{ v: "heraf", indent: 1 }, null],
      [{ v: "NKD", indent: 1 }, 3],
      [{ v: "Del", indent: 2 }, 3],
      [{ v: "Medicin", indent: 1 }, 6],
      ["KI", 20],
    ]);
    expect(r.model!.rows.map((x) => [x.name, x.parent])).toEqual([
      ["Data", null],
      ["NKD", 0],
      ["Del", 1],
      ["Medicin", 0],
      ["KI", null],
    ]);
    expect(r.defaultDecimals).toBe(0);
  });

  test("sub-items take the parent's channel, recipient and key unless they name their own", () => {
    const r = withInitiatives([
      ["Initiativ", "Overordnet", "Kanal", "Modtager", "Nøgle", "2026"],
      ["Tele", null, "Særtilskud", "Region Midtjylland", null, 2],
      ["Del 1", "Tele", null, null, null, 1],
      ["Del 2", "Tele", "Blok", "Regioner", "Bloktilskud 2025", 1],
    ]);
    const [tele, d1, d2] = r.model!.rows;
    expect(d1.channel).toBe("Særtilskud");
    expect(d1.recipient).toEqual(tele.recipient);
    expect(d2.channel).toBe("Blok");
    expect(d2.recipient).toEqual({ kind: "group", group: "Regioner" });
    expect(d2.keyName).toBe("Bloktilskud 2025");
  });

  test("numbers as text in both notations, blanks and dashes; other text is BAD_NUMBER and not zero", () => {
    const r = withInitiatives([
      ["Initiativ", "2025", "2026"],
      ["A", "1.570.129", "–"],
      ["B", "1,570,129.00", null],
      ["C", "ca. 5", "-0,8"],
    ]);
    const rows = r.model!.rows;
    expect(rows.map((x) => x.amounts.map((a) => (a === null ? null : a.toString())))).toEqual([
      ["1570129", null],
      ["1570129", null],
      [null, "-0.8"],
    ]);
    expect(r.findings.map((f) => [f.severity, f.code, f.cell, f.initiative, f.period, f.sheet])).toEqual([
      ["error", "BAD_NUMBER", "B4", "C", "2025", "Initiativer"],
    ]);
    expect(r.findings[0].message).toContain("ca. 5");
    expect(r.defaultDecimals).toBe(2);
  });

  test("PERIOD_TOTAL_MISMATCH against the periods back to the previous total column; totals are not periods", () => {
    const r = withInitiatives([
      ["Initiativ", "2017", "2018", "I alt", "Fra 2021", "Total"],
      ["A", 1, 2, 3, 5, 5],
      ["B", 1, 2, 4, 5, 6],
    ]);
    expect(r.model!.periods).toEqual(["2017", "2018", "Fra 2021"]);
    expect(r.findings.map((f) => [f.severity, f.code, f.cell, f.initiative, f.params.sum, f.params.total])).toEqual([
      ["warning", "PERIOD_TOTAL_MISMATCH", "D3", "B", "3", "4"],
      ["warning", "PERIOD_TOTAL_MISMATCH", "F3", "B", "5", "6"],
    ]);
  });

  test("TEXT_LOOKS_LIKE_FORMULA (info) for names starting with = + - @; the name stays as written", () => {
    const r = withInitiatives([
      ["Initiativ", "2026"],
      ['=HYPERLINK("x","y")', 1],
      ["+45 plan", 1],
      ["@home", 1],
      ["Normal", 1],
    ]);
    expect(r.findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ["info", "TEXT_LOOKS_LIKE_FORMULA", "A2"],
      ["info", "TEXT_LOOKS_LIKE_FORMULA", "A3"],
      ["info", "TEXT_LOOKS_LIKE_FORMULA", "A4"],
    ]);
    expect(r.model!.rows[0].name).toBe('=HYPERLINK("x","y")');
  });

  test("DUPLICATE_INITIATIVE among siblings only", () => {
    const r = withInitiatives([
      ["Initiativ", "Overordnet", "2026"],
      ["A", null, 2],
      ["Drift", "A", 1],
      ["B", null, 2],
      ["Drift", "B", 1],
      ["drift ", "B", 1],
      ["A", null, 1],
    ]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["DUPLICATE_INITIATIVE", "A6"],
      ["DUPLICATE_INITIATIVE", "A7"],
    ]);
  });

  test("UNKNOWN_PARENT, PARENT_CYCLE: the rows (and their sub-items) are shown at top level, excluded, each with its finding", () => {
    const r = withInitiatives([
      ["Initiativ", "Overordnet", "2026"],
      ["A", null, 2],
      ["X", "Palliatoin", 1],
      ["Y", "X", 1],
      ["P", "Q", 1],
      ["Q", "P", 1],
      ["B", "A", 2],
    ]);
    expect(r.model!.rows.map((x) => [x.name, x.parent, x.leftOut ?? null])).toEqual([
      ["A", null, null],
      ["B", 0, null],
      ["X", null, "UNKNOWN_PARENT"],
      ["Y", null, "PARENT_LEFT_OUT"],
      ["P", null, "PARENT_CYCLE"],
      ["Q", null, "PARENT_CYCLE"],
    ]);
    expect(r.findings.map((f) => [f.severity, f.code, f.cell, f.params.parent])).toEqual([
      ["error", "UNKNOWN_PARENT", "A3", "Palliatoin"],
      ["error", "PARENT_LEFT_OUT", "A4", "X"],
      ["error", "PARENT_CYCLE", "A5", "Q"],
      ["error", "PARENT_CYCLE", "A6", "P"],
    ]);
  });

  test("UNKNOWN_UNIT in Modtager: the row stays, as another recipient, with an error", () => {
    const r = withInitiatives([
      ["Initiativ", "Modtager", "2026"],
      ["A", "Region Nordjyland", 1],
      ["B", "Medicinrådet", 1],
    ]);
    expect(r.model!.rows.map((x) => x.recipient.kind)).toEqual(["other", "other"]);
    expect(r.findings.map((f) => [f.severity, f.code, f.cell, f.params.unit])).toEqual([["error", "UNKNOWN_UNIT", "B2", "Region Nordjyland"]]);
  });

  test("messages follow the language", () => {
    const grid = workbook({
      sheets: [
        block("Initiativer", [
          ["Initiativ", "2026"],
          ["A", "x"],
        ]),
        block("Nøgler", KEYS_2025),
      ],
    });
    expect(parseWorkbook(grid, { lang: "da" }).findings[0].message).toMatch(/er ikke et tal/);
    expect(parseWorkbook(grid, { lang: "en" }).findings[0].message).toMatch(/is not a number/);
  });
});

describe("keys", () => {
  const initiatives = block("Initiativer", [
    ["Initiativ", "2025", "2026"],
    ["A", 1, 1],
  ]);

  test("long form: year blank = every period; units by name, code or variant", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [
          initiatives,
          block("Nøgler", [
            ["Key", "Year", "Unit", "Share"],
            ["R", null, "Hovedstaden", "31,16 %"],
            ["R", null, 1085, "15,47 %"],
            ["R", null, "Region Syddanmark", "21,27%"],
            ["R", null, "Region Midtjylland", "21,77 %"],
            ["R", null, "Regioner Nordjylland", "10,33 %"],
            ["R", null, "I alt", "100 %"],
            ["K", 2026, "Aarhus", 3],
            ["K", 2026, "Vesthimmerland", 1],
          ]),
        ],
      }),
    );
    // K is read as raw weights (said so) and lacks 96 municipalities; the I alt line is skipped, and said so.
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["KEY_MISSING_UNITS", "D8"],
      ["KEY_AGGREGATE_LINES", "C7"],
    ]);
    const keys = r.model!.keys;
    expect(keys.map((k) => [k.key.name, k.group, k.period, k.key.units.length])).toEqual([
      ["R", "Regioner", null, 5],
      ["K", "Kommuner", "2026", 2],
    ]);
    expect(keys[0].key.units[4]).toBe("Region Nordjylland");
    expect(shareDecimal(keys[0].key, 0).toString()).toBe("0.3116");
    expect(keys[1].key.units).toEqual(["Aarhus", "Vesthimmerlands"]);
  });

  test("a key's period is matched to the initiatives' period label whatever its case and spacing", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [
          block("Initiativer", [
            ["Initiativ", "Fra 2027"],
            ["A", 1],
          ]),
          block("Nøgler", [
            ["Nøgle", "År", "Enhed", "Andel"],
            ["R", "fra  2027", "Region Hovedstaden", 1],
          ]),
        ],
      }),
    );
    expect(r.model!.keys.map((k) => k.period)).toEqual(["Fra 2027"]);
  });

  test("wide form: one column per year or per key", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [
          initiatives,
          block("Keys", [
            ["Region", 2025, "Særlig"],
            ["Region Hovedstaden", "0,3116", 1],
            ["Region Sjælland", "0,1547", 1],
            ["Region Syddanmark", "0,2127", 0],
            ["Region Midtjylland", "0,2177", 0],
            ["Region Nordjylland", "0,1033", 0],
            ["I alt", "1,0000", 2],
          ]),
        ],
      }),
    );
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["KEY_READING", "C1"],
      ["KEY_AGGREGATE_LINES", "A7"],
    ]);
    expect(r.model!.keys.map((k) => [k.key.name, k.period, k.key.units.length])).toEqual([
      ["Keys 2025", "2025", 5],
      ["Særlig", null, 5],
    ]);
  });

  test("UNKNOWN_UNIT and BAD_NUMBER leave that key out; KEY_SUM is reported with its place and the key kept", () => {
    const r = parseWorkbook(
      workbook({
        sheets: [
          initiatives,
          block("Nøgler", [
            ["Nøgle", "År", "Enhed", "Andel"],
            ["Bad", null, "Region Nordjyland", "0,5"],
            ["Bad", null, "Region Hovedstaden", "0,5"],
            ["Text", null, "Region Hovedstaden", "halvdelen"],
            ["Sum", null, "Region Hovedstaden", "0,3115"],
            ["Sum", null, "Region Sjælland", "0,1547"],
            ["Sum", null, "Region Syddanmark", "0,2127"],
            ["Sum", null, "Region Midtjylland", "0,2177"],
            ["Sum", null, "Region Nordjylland", "0,1033"],
          ]),
        ],
      }),
    );
    expect(r.model!.keys.map((k) => k.key.name)).toEqual(["Sum"]);
    expect(r.findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ["error", "UNKNOWN_UNIT", "Nøgler", "C2"],
      ["error", "BAD_NUMBER", "Nøgler", "D4"],
      ["warning", "KEY_SUM", "Nøgler", "D5"],
    ]);
    expect(r.findings[2].message).toMatch(/summer til 0.9999/);
  });
});
