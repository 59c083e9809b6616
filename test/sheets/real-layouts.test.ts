/**
 * Sheets laid out the way budget officers lay them out (issue 10): title and unit rows, their own
 * total rows, "heraf" in its forms, period header variants, Danish Excel's default names.
 * Expected national totals are computed from the source documents' printed figures (seeds 002
 * and 003), not from Fordel; figures marked illustrative are made up.
 */
import { Dec, InitiativeRow } from "../../src/engine";
import { GridCell } from "../../src/sheets/grid";
import { parseWorkbook } from "../../src/sheets/parse";
import { block, cell, KEYS_2025, Raw, table, workbook } from "./grid-helpers";

const codes = (r: ReturnType<typeof parseWorkbook>) => r.findings.map((f) => f.code);
const find = (r: ReturnType<typeof parseWorkbook>, code: string) => r.findings.filter((f) => f.code === code);

/** Per period, the sum of the top-level rows' amounts (a heading's is its children's). */
function nationalTotals(rows: readonly InitiativeRow[], periods: readonly string[]): Record<string, string> {
  const amount = rows.map((r) => [...r.amounts]);
  for (let i = rows.length - 1; i >= 0; i--) {
    const p = rows[i].parent;
    if (p === null) continue;
    amount[i].forEach((a, k) => {
      if (a !== null && rows[p].amounts[k] === null) amount[p][k] = (amount[p][k] ?? new Dec(0)).plus(a);
    });
  }
  const out: Record<string, string> = {};
  periods.forEach((period, k) => {
    out[period] = rows
      .filter((r) => r.parent === null)
      .reduce((s, r) => s.plus(amount[r.id][k] ?? 0), new Dec(0))
      .toString();
  });
  return out;
}

function parseSheets(sheets: Record<string, Raw[][]>) {
  return parseWorkbook(workbook({ sheets: Object.entries(sheets).map(([name, rows]) => block(name, rows)) }));
}

/** Seed 003, Bilag 2 ("Oversigt over økonomi for Kræftplan IV"), typed as printed. */
const SEED_003: Raw[][] = [
  ["Bilag 2. Oversigt over økonomi for Kræftplan IV"],
  [],
  ["Initiativ, mio.kr.", "2017", "2018", "2019", "2020", "I alt", "Fra 2021 \nog frem"],
  ["Patienten først og fremmest"],
  ["Udbredelse af beslutningsstøtteværktøjer", "4", "6", "6", "6", "22", "-"],
  ["Heraf identificering af værktøjer og opfølgning på regionernes implementering i 2020", "0,6", "0", "0", "0,4", "1", "-"],
  ["Heraf pulje til udvikling af værktøjer til beslutningsstøtte", "3,4", "0", "0", "0", "3,4", "-"],
  ["heraf midler til implementering af værktøjer", "0", "6", "6", "5,6", "17,6", "-"],
  ["Behandling i hjemmet", "10", "10", "10", "10", "40", "10"],
  ["Mere individuelle pakkeforløb for kræft (servicetjek)", "2", "1", "0", "0", "3", "-"],
  ["Målrettede tilbud på hospitalerne til unge med kræft", "7", "6", "6", "6", "25", "-"],
  ["Forebyggelse – børn, unge og særlige grupper"],
  ["Røgfri generation", "6", "3", "2", "3", "14", "-"],
  ["Hjælp til rygestop til særlige grupper", "12", "7,5", "7,5", "0", "27", "-"],
  ["Heraf hjælp til rygestop blandt særlige grupper", "12", "7", "7,5", "0", "26,5", "-"],
  ["Heraf evaluering", "0", "0,5", "0", "0", "0,5", "-"],
  ["HPV-vaccination", "3", "2", "2,5", "0", "5", "-"],
  ["Øget kvalitet og forbedret overlevelse"],
  ["Screening for livmoderhalskræft", "23", "1", "1", "0", "25", "-"],
  ["Heraf engangstilbud til kvinder født før 1948", "22", "0", "0", "0", "22", "-"],
  ["Heraf opdatering af faglige anbefalinger på området", "1", "0", "0", "0", "1", "-"],
  ["Heraf øget deltagelse i regionerne", "0", "1", "1", "0", "2", "-"],
  ["Høj og ensartet kvalitet", "16", "15", "17", "17", "65", "17"],
  ["Heraf bl.a. uddannelsesinitiativer i fx kræftkirurgi", "12", "11", "13", "13", "49", "13"],
  ["Heraf ensartede retningslinjer for behandling mv.", "4", "4", "4", "4", "16", "4"],
  ["Et godt liv efter kræft (rehabilitering)", "31,6", "31,9", "33,5", "38", "135", "50"],
  ["Heraf senfølger", "0", "6", "6", "6", "18", "6"],
  ["Heraf kvalitetsløft i den kommunale rehabilitering", "29,7", "25,9", "27,5", "32", "115,1", "44"],
  ["Heraf revision af forløbsprogrammet, afdækning på senfølgeområdet og evt. anbefalinger", "1,9", "0", "0", "0", "1,9", "-"],
  ["En værdig og god palliativ indsats", "22", "23", "23", "32", "100", "34"],
  ["Heraf basal palliativ indsats", "16,5", "18", "18", "27", "79,5", "29"],
  ["Heraf hospicepladser", "5", "5", "5", "5", "20", "5"],
  ["Heraf revision af faglige anbefalinger", "0,5", "0", "0", "0", "0,5", "-"],
  ["Rettidig omhu"],
  ["Udvikling af nye og målrettede behandlingsformer", "8", "8", "7", "7", "30", "7"],
  ["Heraf 1-2 centre for eksperimentel kræftkirurgi", "3", "3", "2", "2", "10", "2"],
  ["Heraf center for kræftbehandling, forskning og udvikling", "5", "5", "5", "5", "20", "5"],
  ["Kapacitet anlæg", "190", "200", "110", "0", "500", "-"],
  ["Kapacitet drift", "0", "60", "150", "270", "480", "270"],
];

describe("seed 003's appendix typed as printed", () => {
  const r = parseSheets({ Ark1: SEED_003, Fordelingsnøgle: KEYS_2025 });

  test("found on Danish Excel's default sheet by its header, under a title row, with the unit from the name header", () => {
    expect(r.sources.initiatives).toMatchObject({ kind: "sheet", name: "Ark1", range: "A3:G39", byHeader: true });
    expect(r.sources.keys).toMatchObject({ kind: "sheet", name: "Fordelingsnøgle" });
    expect(find(r, "TABLE_FOUND").map((f) => f.cell)).toEqual(["A3"]);
    expect(r.unitText).toBe("mio.kr.");
  });

  test("periods 2017–2020 and 'Fra 2021 og frem'; I alt is a check, not a period", () => {
    expect(r.model!.periods).toEqual(["2017", "2018", "2019", "2020", "Fra 2021 og frem"]);
  });

  test("national totals per year are the sums of the top-level initiatives (2017: 334,6, not 451,2)", () => {
    // Sums of the printed top-level rows: 2017 334,6 · 2018 374,4 · 2019 375,5 · 2020 389 · from 2021 388.
    expect(nationalTotals(r.model!.rows, r.model!.periods)).toEqual({
      "2017": "334.6",
      "2018": "374.4",
      "2019": "375.5",
      "2020": "389",
      "Fra 2021 og frem": "388",
    });
  });

  test("every Heraf row is a sub-item of the row above it; group headings stay headings", () => {
    const rows = r.model!.rows;
    const parentOf = (name: string) => {
      const row = rows.find((x) => x.name === name)!;
      return row.parent === null ? null : rows[row.parent].name;
    };
    expect(parentOf("heraf midler til implementering af værktøjer")).toBe("Udbredelse af beslutningsstøtteværktøjer");
    expect(parentOf("Heraf evaluering")).toBe("Hjælp til rygestop til særlige grupper");
    expect(parentOf("Heraf hospicepladser")).toBe("En værdig og god palliativ indsats");
    expect(parentOf("Behandling i hjemmet")).toBeNull();
    expect(parentOf("Røgfri generation")).toBeNull();
    expect(rows.filter((x) => x.parent !== null)).toHaveLength(18);
  });

  test("HPV-vaccination's period-total mismatch is flagged on its I alt cell; nothing else is", () => {
    expect(find(r, "PERIOD_TOTAL_MISMATCH").map((f) => [f.initiative, f.cell])).toEqual([["HPV-vaccination", "F17"]]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

/** Seed 002, Table 1 (Region Hovedstaden's 2026 note), national column, as an officer retypes it. */
const SEED_002: Raw[][] = [
  ["Table 1. KPV-initiativer der udmøntes i 2026"],
  ["Mio. kr. (2025-pl)"],
  ["Initiativ", "Kanal", "Modtager", "2026"],
  ["Mobile kølehætter", null, null, "9,0"],
  ["Senfølger", null, null, "60,0"],
  ["Palliation", null, null, "42,0"],
  ["heraf", null, null, null],
  ["Basal palliation", null, null, "14,0"],
  ["Specialiceret palliation", null, null, "20,0"],
  ["Døgndækkede rådgivningsfunktioner", null, null, "8,0"],
  ["Telepalliation (Region Midtjylland)", "Direkte tilskud", "Region Midtjylland", "1,0"],
  ["Kræftscreening", null, null, "5,0"],
  ["Patientinddragelse", null, null, "11,0"],
  ["Styrket information mellem sektorerne", null, null, "2,0"],
  ["Uspecifikke symptomer på kræft", null, null, "10,0"],
  ["Forskning og udbredelse af kunstig intelligens", null, null, "20,0"],
  ["Data til kræftbehandling og ny medicin", null, null, "9,0"],
  ["heraf", null, null, null],
  ["National klinisk database for personlig medicin på kræftområdet", null, null, "3,0"],
  ["Bedre brug af data til ny kræftmedicin", null, null, "6,0"],
  ["Kræftforskning i det primære sundhedsvæsen", null, null, "2,0"],
  ["Udrednings- og behandlingskapacitet", null, null, "180,0"],
  ["Blok", null, null, "350,0"],
  ["Direkte tilskud", null, null, "1,0"],
  ["I alt", null, null, "351,0"],
];

describe("seed 002's table with heraf labels and the user's own total rows", () => {
  const r = parseSheets({ Ark1: SEED_002, Nøgler: KEYS_2025 });

  test("Blok, Direkte tilskud and I alt are totals: checked, agree, never allocated (2026 national 351,0, not 1.052,0)", () => {
    expect(r.model!.rows.map((x) => x.name)).not.toContain("Blok");
    expect(nationalTotals(r.model!.rows, r.model!.periods)).toEqual({ "2026": "351" });
    expect(find(r, "USER_TOTAL_MISMATCH")).toEqual([]);
    expect(find(r, "USER_TOTALS_READ").map((f) => [f.cell, f.params.count])).toEqual([["A23", 3]]);
    expect(r.unitText).toBe("Mio. kr. (2025-pl)");
  });

  test("rows after a heraf label are sub-items up to the row where they add up to the parent, and a finding says so", () => {
    const rows = r.model!.rows;
    const children = (name: string) => rows.filter((x) => x.parent === rows.find((y) => y.name === name)!.id).map((x) => x.name);
    expect(children("Palliation")).toEqual(["Basal palliation", "Specialiceret palliation", "Døgndækkede rådgivningsfunktioner"]);
    expect(children("Data til kræftbehandling og ny medicin")).toHaveLength(2);
    expect(rows.find((x) => x.name === "Telepalliation (Region Midtjylland)")!.parent).toBeNull();
    expect(find(r, "HERAF_READ").map((f) => [f.cell, f.params.last])).toEqual([
      ["A8", "A10"],
      ["A19", "A20"],
    ]);
  });

  test("a channel total that does not match its rows is flagged on its cell", () => {
    const wrong = SEED_002.map((row) => (row[0] === "Blok" ? ["Blok", null, null, "349,0"] : row));
    const f = find(parseSheets({ Ark1: wrong, Nøgler: KEYS_2025 }), "USER_TOTAL_MISMATCH");
    expect(f.map((x) => [x.cell, x.params.total, x.params.sum, x.params.channel])).toEqual([["D23", "349", "350", "Blok"]]);
  });

  test("without a Kanal column the Direkte tilskud row cannot agree, and says what to do", () => {
    const noChannel = SEED_002.map((row) => [row[0], row[3]]);
    noChannel[2] = ["Initiativ", "2026"];
    const f = find(parseSheets({ Ark1: noChannel, Nøgler: KEYS_2025 }), "USER_TOTAL_MISMATCH");
    expect(f.map((x) => x.cell)).toEqual(["B23", "B24"]);
    expect(f[1].message).toContain("Kanal");
  });
});

describe("sub-items however they are written", () => {
  const keys = { Nøgler: KEYS_2025 };
  test("leading spaces indent a name like Excel's indent", () => {
    // Illustrative figures.
    const r = parseSheets({
      Initiativer: [
        ["Initiativ", "2026"],
        ["Palliation", "42,0"],
        ["   Basal", "14,0"],
        ["   Specialiseret", "28,0"],
        ["Senfølger", "60,0"],
      ],
      ...keys,
    });
    expect(r.model!.rows.map((x) => [x.name, x.parent])).toEqual([
      ["Palliation", null],
      ["Basal", 0],
      ["Specialiseret", 0],
      ["Senfølger", null],
    ]);
    expect(nationalTotals(r.model!.rows, r.model!.periods)).toEqual({ "2026": "102" });
  });

  test("Heraf rows nest under indented children of their own", () => {
    // Illustrative figures.
    const r = parseSheets({
      Initiativer: [
        ["Initiativ", "2026"],
        ["A", "10"],
        ["Heraf B", "6"],
        [{ v: "b1", indent: 2 }, "6"],
        ["Heraf C", "4"],
        ["D", "5"],
      ],
      ...keys,
    });
    expect(r.model!.rows.map((x) => [x.name, x.parent === null ? null : r.model!.rows[x.parent].name])).toEqual([
      ["A", null],
      ["Heraf B", "A"],
      ["b1", "Heraf B"],
      ["Heraf C", "A"],
      ["D", null],
    ]);
  });

  test("rows after a heraf label that pass the parent's amount: a warning says the list's end is a guess", () => {
    // Seed 002's Uspecifikke symptomer: 5,2 + 4,9 = 10,1 under 10,0.
    const r = parseSheets({
      Initiativer: [
        ["Initiativ", "2026"],
        ["Uspecifikke symptomer på kræft", "10,0"],
        ["heraf"],
        ["Sundhedsvæsenets kvalitetsinstitut", "5,2"],
        ["Danish Comprehensive Cancer Center", "4,9"],
        ["Forskning og udbredelse af kunstig intelligens", "20,0"],
      ],
      ...keys,
    });
    expect(find(r, "HERAF_UNCLEAR").map((f) => [f.severity, f.cell, f.params.last])).toEqual([["warning", "A4", "A5"]]);
    expect(r.model!.rows.find((x) => x.name.startsWith("Forskning"))!.parent).toBeNull();
  });
});

describe("period headers as officers write them", () => {
  const header = (...h: Raw[]) =>
    parseSheets({
      Initiativer: [
        ["Initiativ", ...h],
        ["A", ...h.map(() => "1,0")],
      ],
      Nøgler: KEYS_2025,
    });

  test.each([
    ["Fra 2021 og frem", "Fra 2021 og frem"],
    ["Varigt fra 2028", "Varigt fra 2028"],
    ["Budget 2027", "2027"],
    ["B2026", "2026"],
    ["BO 2027", "2027"],
    ["2027 (mio. kr.)", "2027"],
    ["2026 (2025-pl)", "2026"],
  ])("%s → %s", (text, period) => {
    const r = header(text);
    expect(r.model!.periods).toEqual([period]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a date header is its year, and an info finding says so", () => {
    const date: GridCell = { value: 46023, text: "01-01-2026", indent: 0 };
    const sheet = block("Initiativer", [
      ["Initiativ", null],
      ["A", "1,0"],
    ]);
    sheet.cells[0][1] = date;
    const r = parseWorkbook(workbook({ sheets: [sheet, block("Nøgler", KEYS_2025)] }));
    expect(r.model!.periods).toEqual(["2026"]);
    expect(find(r, "PERIOD_FROM_DATE").map((f) => f.cell)).toEqual(["B1"]);
  });

  test("two columns for one period are an error naming both; neither is used", () => {
    const r = header("2026", "2026 (2025-pl)", "2027");
    expect(r.model!.periods).toEqual(["2027"]);
    expect(find(r, "DUPLICATE_PERIOD").map((f) => [f.severity, f.params.cells])).toEqual([["error", "B1, C1"]]);
  });

  test("a column with numbers whose header is not understood, or blank (merged), is named", () => {
    const r = parseSheets({
      Initiativer: [
        ["Initiativ", "2026", null, "Region Hovedstaden"],
        ["A", "9,0", "1,0", "2,8"],
      ],
      Nøgler: KEYS_2025,
    });
    expect(find(r, "COLUMN_NOT_READ").map((f) => [f.cell, f.params.header])).toEqual([
      ["C1", ""],
      ["D1", "Region Hovedstaden"],
    ]);
  });
});

describe("numbers that cannot be trusted", () => {
  test("a formula without a cached value is an error on its cell and the row's period is excluded, never blank", () => {
    const sheet = block("Initiativer", [
      ["Initiativ", "2026"],
      ["A", "9,0"],
      ["B", null],
    ]);
    sheet.cells[2][1] = { value: null, text: "", indent: 0, uncomputed: true };
    const r = parseWorkbook(workbook({ sheets: [sheet, block("Nøgler", KEYS_2025)] }));
    expect(find(r, "UNCOMPUTED_FORMULA").map((f) => [f.severity, f.cell])).toEqual([["error", "B3"]]);
    expect(r.model!.rows[1].unreadable).toEqual([true]);
  });

  test("text that reads differently in Danish and English, with no other evidence, is a warning naming the reading", () => {
    const r = parseSheets({
      Initiativer: [
        ["Initiativ", "2026"],
        ["A", "12.345"],
        ["B", "2.000"],
      ],
      Nøgler: KEYS_2025,
    });
    expect(r.model!.rows[0].amounts[0]!.toString()).toBe("12345");
    expect(find(r, "AMBIGUOUS_NUMBER").map((f) => [f.severity, f.cell, f.params.count])).toEqual([["warning", "B2", 2]]);
  });

  test("other text numbers in the table are evidence: 1.570.129 and 9,0 make 12.345 Danish, 0.5 makes it English", () => {
    const da = parseSheets({
      Initiativer: [
        ["Initiativ", "2026"],
        ["A", "12.345"],
        ["B", "9,5"],
      ],
      Nøgler: KEYS_2025,
    });
    expect(da.model!.rows[0].amounts[0]!.toString()).toBe("12345");
    expect(codes(da)).not.toContain("AMBIGUOUS_NUMBER");
    const en = parseSheets({
      Initiativer: [
        ["Initiativ", "2026"],
        ["A", "12.345"],
        ["B", "0.5"],
      ],
      Nøgler: KEYS_2025,
    });
    expect(en.model!.rows[0].amounts[0]!.toString()).toBe("12.345");
    expect(codes(en)).not.toContain("AMBIGUOUS_NUMBER");
  });
});

describe("finding the tables where they are", () => {
  test("a table starting in B3 under a title and a unit row", () => {
    const r = parseSheets({
      Initiativer: [["Kræftplan V"], [null, "1.000 kr."], [null, "Initiativ", "2026"], [null, "Senfølger", "60.000"]],
      Nøgler: KEYS_2025,
    });
    expect(r.sources.initiatives!.range).toBe("B3:C4");
    expect(r.model!.rows[0].source!.amountCells).toEqual(["C4"]);
    expect(r.unitText).toBe("1.000 kr.");
  });

  test("Excel Table Tabel1 is found by its header; its Total Row is a checked total, not an initiative", () => {
    const t = table(
      "Tabel1",
      "Ark1",
      [
        ["Initiativ", "2026"],
        ["Senfølger", 60],
        ["Palliation", 42],
        ["Total", 102],
      ],
      0,
      0,
    );
    t.totalRow = true;
    const r = parseWorkbook(workbook({ tables: [t], sheets: [block("Nøgler", KEYS_2025)] }));
    expect(r.sources.initiatives).toMatchObject({ kind: "table", name: "Tabel1", byHeader: true });
    expect(r.model!.rows.map((x) => x.name)).toEqual(["Senfølger", "Palliation"]);
    expect(find(r, "USER_TOTALS_READ")).toHaveLength(1);
    t.cells[3][1] = cell(204);
    expect(codes(parseWorkbook(workbook({ tables: [t], sheets: [block("Nøgler", KEYS_2025)] })))).toContain("USER_TOTAL_MISMATCH");
  });

  test("two sheets that both look like the initiatives table: an error lists both, nothing is guessed", () => {
    const r = parseSheets({
      Ark1: [
        ["Initiativ", "2026"],
        ["A", "1,0"],
      ],
      Ark2: [
        ["Initiativ", "2027"],
        ["B", "1,0"],
      ],
      Nøgler: KEYS_2025,
    });
    expect(r.unusable).toBe(true);
    expect(find(r, "AMBIGUOUS_TABLE").map((f) => f.severity)).toEqual(["error"]);
    expect(find(r, "AMBIGUOUS_TABLE")[0].message).toContain("Ark2");
    expect(codes(r)).not.toContain("MISSING_TABLE");
  });

  test("the user's pointer wins: a sheet, a table or a range", () => {
    const grid = workbook({
      sheets: [
        block("Ark1", [
          ["Initiativ", "2026"],
          ["A", "1,0"],
        ]),
        block("Ark2", [["Noter"], [], ["Initiativ", "2027"], ["B", "1,0"], [], ["Initiativ", "2028"], ["C", "2,0"]]),
        block("Nøgler", KEYS_2025),
      ],
    });
    grid.where = { initiatives: "'Ark2'!A6:B7" };
    const r = parseWorkbook(grid);
    expect(r.model!.periods).toEqual(["2028"]);
    expect(r.sources.initiatives!.range).toBe("A6:B7");
    grid.where = { initiatives: "Ark3" };
    const bad = parseWorkbook(grid);
    expect(find(bad, "TABLE_NOT_FOUND").map((f) => f.severity)).toEqual(["error"]);
    expect(bad.unusable).toBe(true);
  });

  test("keys and initiatives on one sheet, the keys under a title row below the initiatives", () => {
    const r = parseSheets({
      Ark1: [["Initiativ", "2026"], ["Senfølger", "60,0"], [], ["Fordelingsnøgle 2025"], ...KEYS_2025],
    });
    expect(r.model!.rows.map((x) => x.name)).toEqual(["Senfølger"]);
    expect(r.model!.keys).toHaveLength(1);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("keys under a title row (one cause, not a flood of findings)", () => {
  const initiatives = block("Initiativer", [
    ["Initiativ", "2026"],
    ["Senfølger", "60,0"],
  ]);
  const REGIONS: Raw[][] = KEYS_2025.slice(1).map((r) => [r[2], r[3]]);
  test.each([
    ["long form", [["Fordelingsnøgle 2025 (bloktilskud)"], [], ...KEYS_2025], "A3:D8", "Bloktilskud 2025", null],
    ["unit and share only", [["Fordelingsnøgle"], [], ["Region", "Andel"], ...REGIONS], "A3:B8", "Fordelingsnøgle", null],
    ["wide form, key name as heading", [["Fordelingsnøgle"], [], [null, "Bloktilskud 2025"], ...REGIONS], "A3:B8", "Bloktilskud 2025", null],
    ["wide form by year", [["Fordelingsnøgle"], [], ["Region", "2026"], ...REGIONS], "A3:B8", "Fordelingsnøgle 2026", "2026"],
  ] as [string, Raw[][], string, string, string | null][])("%s", (_, rows, range, name, period) => {
    const r = parseWorkbook(workbook({ sheets: [initiatives, block("Fordelingsnøgle", rows)] }));
    expect(r.sources.keys!.range).toBe(range);
    expect(r.model!.keys.map((k) => [k.key.name, k.period])).toEqual([[name, period]]);
    expect(r.findings).toEqual([]);
  });
});
