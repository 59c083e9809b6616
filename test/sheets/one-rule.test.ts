/**
 * One home for every rule (issue 17) and one vocabulary (issue 13): each rule is tested once
 * here, and each place that used to have its own copy is tested to give the same answer.
 */
import {
  channelName,
  decimalsInRange,
  Dec,
  formatAmount,
  formatDeviation,
  langOf,
  MAX_DECIMALS,
  methodName,
  MIN_DECIMALS,
  nameKey,
  quoted,
  sameName,
  sameSheetName,
  sheetNameKey,
} from "../../src/engine";
import { parseArgs } from "../../src/cli/args";
import { decodeCell } from "../../src/cli/xml";
import { parseSettings, settingsOrDefault } from "../../src/excel/settings";
import { toDecimals } from "../../src/functions/args";
import { shown, uiLang } from "../../src/functions/messages";
import { cellAddress, columnIndex, columnLetters } from "../../src/sheets/columns";
import { analyseFill } from "../../src/sheets/analyse";
import { planFill } from "../../src/sheets/fill";
import { LABELS } from "../../src/sheets/labels";
import { settingsFindings } from "../../src/sheets/settings-check";
import { fillSummary, periodSummary } from "../../src/sheets/summary";
import { parseRange } from "../../src/sheets/where";
import { formatDecimal, langOf as paneLangOf, stringsFor } from "../../src/taskpane/i18n";
import { checkViewOf } from "../../src/taskpane/views";
import { MAX_DECIMALS as PANE_MAX, MIN_DECIMALS as PANE_MIN } from "../../src/taskpane/SettingsForm";
import { block, KEYS_2025, Raw, workbook } from "./grid-helpers";
import { handResult } from "./result-fixture";

const NOW = new Date(2025, 10, 23, 10, 0);

describe("name matching: one rule for the names users write, one for sheet and table names", () => {
  test("user names ignore case, surrounding and repeated spaces", () => {
    expect(nameKey("  Bloktilskud   2025 ")).toBe("bloktilskud 2025");
    expect(sameName("Region  Midtjylland", "region midtjylland ")).toBe(true);
    expect(sameName("Region Midtjylland", "Region Nordjylland")).toBe(false);
  });

  test("sheet and table names ignore case only, as Excel does", () => {
    expect(sheetNameKey("Fordeling 2026")).toBe("fordeling 2026");
    expect(sameSheetName("Fordeling 2026", "FORDELING 2026")).toBe(true);
    expect(sameSheetName("Fordeling 2026", "Fordeling 2026 ")).toBe(false);
  });

  test("a fill finds a row's named key the way the key table names it (case and spacing)", () => {
    const outcome = planFill(
      workbook({
        sheets: [
          block("Initiativer", [
            ["Initiativ", "Nøgle", "2026"],
            ["A", "  BLOKTILSKUD   2025 ", "1,0"],
          ]),
          block("Nøgler", KEYS_2025),
        ],
      }),
      { decimals: null, method: "reconciled", lang: "da" },
      NOW,
    );
    expect(outcome.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(outcome.result!.periods[0].rows[0].status).toBe("allocated");
  });
});

describe("column letters: one parser and one writer for every host", () => {
  test("letters and index are each other's inverse over Excel's whole width", () => {
    const wrong = Array.from({ length: 16384 }, (_, col) => col).filter((col) => columnIndex(columnLetters(col)) !== col);
    expect(wrong).toEqual([]);
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(16383)]).toEqual(["A", "Z", "AA", "XFD"]);
    expect(columnIndex("aa")).toBe(26);
    expect(cellAddress(6, 1)).toBe("B7");
  });

  test("the CLI's cell references and the sheets layer's ranges read letters alike", () => {
    for (const ref of ["A1", "Z9", "AA10", "CV3", "XFD1048576"]) {
      const cli = decodeCell(ref)!;
      const range = parseRange(ref)!;
      expect([cli.row - 1, cli.col - 1]).toEqual([range.top, range.left]);
    }
  });
});

describe("UI language: one rule for the pane, the functions and the saved settings", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  test.each([["da-DK"], ["da"], ["DA-dk"], ["en-US"], ["de-DE"], ["dan"], [""], [undefined]])("%s", (tag) => {
    const expected = langOf(tag);
    expect(paneLangOf(tag)).toBe(expected);
    g.Office = tag === undefined ? undefined : { context: { displayLanguage: tag } };
    expect(uiLang()).toBe(expected);
    expect(settingsOrDefault(null, tag).lang).toBe(expected);
  });

  test("Danish for Danish and when unknown (as the CLI's default); English for any other language", () => {
    expect([langOf("da-DK"), langOf(undefined), langOf(""), langOf("en-GB"), langOf("sv-SE"), langOf("dan")]).toEqual(["da", "da", "da", "en", "en", "en"]);
    expect(parseArgs(["fill", "a.xlsx"]).lang).toBe("da");
  });
});

describe("decimals: one range for the CLI, saved settings, the pane and the functions", () => {
  test("the range is -6..10 everywhere", () => {
    expect([MIN_DECIMALS, MAX_DECIMALS]).toEqual([-6, 10]);
    expect([PANE_MIN, PANE_MAX]).toEqual([MIN_DECIMALS, MAX_DECIMALS]);
    for (const d of [MIN_DECIMALS, 0, MAX_DECIMALS]) {
      expect(decimalsInRange(d)).toBe(true);
      expect(parseArgs(["fill", "a.xlsx", "--decimals", String(d)]).decimals).toBe(d);
      expect(toDecimals(d, 0)).toBe(d);
      expect(settingsFindings({ decimals: d }, ["2026"], "da")).toEqual([]);
    }
    for (const d of [MIN_DECIMALS - 1, MAX_DECIMALS + 1, 15]) {
      expect(decimalsInRange(d)).toBe(false);
      expect(() => parseArgs(["fill", "a.xlsx", "--decimals", String(d)])).toThrow(/-6 til 10/);
      expect(() => toDecimals(d, 0)).toThrow();
      expect(settingsFindings({ decimals: d }, ["2026"], "da").map((f) => f.code)).toEqual(["DECIMALS_OUT_OF_RANGE"]);
    }
  });

  test("saved settings out of the range are kept and refused by the fill with a finding, not replaced by defaults in silence", () => {
    const saved = parseSettings({ method: "reconciled", lang: "da", decimals: 12 })!;
    expect(saved.decimals).toBe(12);
    const outcome = planFill(
      workbook({
        sheets: [
          block("Initiativer", [
            ["Initiativ", "2026"],
            ["A", "1,0"],
          ]),
          block("Nøgler", KEYS_2025),
        ],
      }),
      saved,
      NOW,
    );
    expect(outcome.plan).toBeNull();
    expect(outcome.findings.map((f) => [f.severity, f.code])).toContainEqual(["error", "DECIMALS_OUT_OF_RANGE"]);
  });
});

describe("settings against the table: one check for the CLI, the pane and the ribbon", () => {
  const grid = () =>
    workbook({
      sheets: [
        block("Initiativer", [
          ["Initiativ", "2026"],
          ["A", "1,0"],
        ]),
        block("Nøgler", KEYS_2025),
      ],
    });

  test("periods that are not in the table: an error finding, nothing planned, no log row", () => {
    const outcome = planFill(grid(), { decimals: null, method: "reconciled", lang: "da", periods: ["2025"] }, NOW);
    expect(outcome.unusable).toBe(true);
    expect(outcome.plan).toBeNull();
    const found = outcome.findings.find((f) => f.code === "PERIOD_NOT_IN_TABLE")!;
    expect(found).toMatchObject({ severity: "error", period: "2025" });
    expect(found.message).toBe(
      "Perioden 2025 findes ikke i tabellen, som har 2026. Intet er udfyldt. Vælg perioderne igen i opgaveruden (på kommandolinjen: ret --period), og udfyld igen.",
    );
  });

  test("the pane's check shows the same error and still lists the table's periods to choose from", () => {
    const settings = { decimals: null, method: "reconciled" as const, lang: "da" as const, periods: ["2025"] };
    const view = checkViewOf(analyseFill(grid(), settings), settings);
    expect(view.periods).toEqual(["2026"]);
    expect(view.findings.map((f) => f.code)).toContain("PERIOD_NOT_IN_TABLE");
    // The pane's Fill button asks the same check (src/taskpane/App.tsx).
    expect(settingsFindings(settings, view.periods, "da")).toHaveLength(1);
  });

  test("no period chosen is an error too; the periods the table has are fine", () => {
    expect(settingsFindings({ periods: [] }, ["2025", "2026"], "en").map((f) => [f.code, f.message])).toEqual([
      ["NO_PERIOD_CHOSEN", "No period is chosen, so nothing was filled. Choose at least one of the table's periods (2025, 2026) in the task pane."],
    ]);
    expect(settingsFindings({ periods: ["2026"] }, ["2025", "2026"], "da")).toEqual([]);
    expect(settingsFindings({}, ["2025", "2026"], "da")).toEqual([]);
  });
});

describe("amounts: one formatter with the step's decimals and the language's separators", () => {
  test("grouping, separators, places", () => {
    expect(formatAmount("1570129.5", 1, "da")).toBe("1.570.129,5");
    expect(formatAmount("1570129.5", 1, "en")).toBe("1,570,129.5");
    expect(formatAmount(new Dec(10), 1, "da")).toBe("10,0");
    expect(formatAmount("10.0", 0, "da")).toBe("10,0");
    expect(formatAmount("-0.8", 0, "da")).toBe("-0,8");
    expect(formatAmount("-0", 0, "da")).toBe("0");
    expect(formatAmount(new Dec(1000), -3, "da")).toBe("1.000");
    expect(formatAmount("Region Sjælland", 0, "da")).toBe("Region Sjælland");
  });

  test("the pane, the functions' messages and the finding messages give the same text", () => {
    for (const [value, lang] of [
      ["1500", "da"],
      ["1570129.25", "en"],
      ["-0.8", "da"],
      ["109.15", "da"],
    ] as const) {
      expect(formatDecimal(value, lang)).toBe(formatAmount(value, 0, lang));
      expect(shown(new Dec(value), lang)).toBe(formatAmount(value, 0, lang));
    }
    // The functions' copy wrote 1500 without grouping; now as everywhere else.
    expect(shown(new Dec(1500), "da")).toBe("1.500");
  });
});

describe("one vocabulary in Danish and English", () => {
  test("method names are the same in the pane, the sheet, the log and the CLI report", () => {
    const t = stringsFor("da");
    const L = LABELS.da;
    expect(methodName("reconciled", "da")).toBe("Afstemt");
    expect(t.methodShort.reconciled).toBe("Afstemt");
    expect(L.methods.reconciled).toMatch(/^Afstemt – /);
    expect(L.methodNames.reconciled).toBe("afstemt");
    expect(periodSummary({ ...handResult().periods[0], method: "reconciled" }, "da")[0]).toMatch(/metode afstemt\)$/);
    expect(periodSummary(handResult().periods[0], "da")[0]).toMatch(/metode største rest\)$/);
    expect(stringsFor("en").methodShort["largest-remainder"]).toBe("Largest remainder");
    expect(LABELS.en.methods["largest-remainder"]).toMatch(/^Largest remainder – /);
  });

  test("the deviation from the exact amount: at the step's decimals, rounded up, with the unit; never 60 digits", () => {
    expect(formatDeviation(new Dec("0.0768"), 1, "da")).toBe("0,1");
    expect(formatDeviation(new Dec("0.0768"), 1, "da", "mio. kr.")).toBe("0,1 mio. kr.");
    expect(formatDeviation(new Dec(0), 1, "en")).toBe("0.0");
    expect(formatDeviation(new Dec("0.333333333333333333333333333333333333333333333333333333333333"), 0, "en")).toBe("1");
    const result = handResult();
    result.periods[0].maxDeviation = new Dec("0.0768");
    const report = fillSummary(result, [], "da", { unitText: "Mio. kr. (2025-pl)" });
    expect(report).toContain("største afvigelse fra det præcise beløb: 0,1 mio. kr. (2025-pl)");
    expect(report).not.toMatch(/\d{8,}/);
    expect(LABELS.da.maxDeviation).toBe("Største afvigelse fra det præcise beløb");
    expect(stringsFor("da").maxDeviation).toBe(LABELS.da.maxDeviation);
    expect(stringsFor("en").maxDeviation).toBe(LABELS.en.maxDeviation);
  });

  test("English output names the channels in English; JSON keeps the input's values", () => {
    expect([channelName("Blok", "en"), channelName("Særtilskud", "en"), channelName("Direkte tilskud", "en")]).toEqual([
      "Block grant",
      "Special grant",
      "Direct grant",
    ]);
    expect(channelName("Blok", "da")).toBe("Blok");
    expect(channelName("Pulje", "en")).toBe("Pulje");
    const rows: Raw[][] = [
      ["Initiativ", "Kanal", "Modtager", "2026"],
      ["A", "Blok", null, "1,0"],
      ["B", "Særtilskud", "Region Midtjylland", "2,0"],
    ];
    const outcome = planFill(
      workbook({ sheets: [block("Initiativer", rows), block("Nøgler", KEYS_2025)] }),
      { decimals: null, method: "reconciled", lang: "en" },
      NOW,
    );
    const cells = outcome.plan!.sheets[0].cells.flat().map((c) => c?.value);
    expect(cells).toContain("Block grant");
    expect(cells).toContain("Total Special grant");
    expect(cells).not.toContain("Blok");
    // SUMIFS over the channel column looks for the name the sheet shows.
    const formulas = outcome.plan!.sheets[0].cells.flat().flatMap((c) => (c?.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.includes('"=Block grant"'))).toBe(true);
    expect(outcome.result!.periods[0].rows.map((r) => r.channel)).toEqual(["Blok", "Særtilskud"]);
  });

  test("Danish text quotes with „…“, English with straight quotes", () => {
    expect(quoted("Senfølger", "da")).toBe("„Senfølger“");
    expect(quoted("Senfølger", "en")).toBe('"Senfølger"');
    const outcome = planFill(
      workbook({
        sheets: [
          block("Initiativer", [
            ["Initiativ", "2026"],
            ["A", "ni"],
          ]),
          block("Nøgler", KEYS_2025),
        ],
      }),
      { decimals: null, method: "reconciled", lang: "da" },
      NOW,
    );
    const messages = outcome.findings.map((f) => f.message).join("\n");
    expect(messages).toContain("„ni“ er ikke et tal");
    expect(messages).not.toMatch(/"[^"]*"/);
  });
});

describe("one cause, one finding", () => {
  const fillDa = (rows: Raw[][]) =>
    planFill(workbook({ sheets: [block("Initiativer", rows), block("Nøgler", KEYS_2025)] }), { decimals: null, method: "reconciled", lang: "da" }, NOW);

  test("a recipient naming an unknown unit: one error on its cell that says where the money went and what to do", () => {
    const outcome = fillDa([
      ["Initiativ", "Modtager", "2025", "2026"],
      ["A", "Region Midtjyland", "1,0", "2,0"],
    ]);
    const onCell = outcome.findings.filter((f) => f.cell === "B2");
    expect(onCell.map((f) => [f.severity, f.code])).toEqual([["error", "UNKNOWN_UNIT"]]);
    expect(onCell[0].message).toBe(
      "Modtageren „Region Midtjyland“ nævner enheden „Region Midtjyland“, som ikke kendes, så beløbet er ikke fordelt til enhederne, men vist under Øvrige modtagere. Ret navnet til en regions eller kommunes navn eller officielle kode.",
    );
    // The money is still named: shown under Øvrige modtagere in both periods.
    expect(outcome.result!.periods.map((p) => p.rows[0].other?.toString())).toEqual(["1", "2"]);
  });

  test("three rows without a municipal key: one finding listing the rows and their cells", () => {
    const outcome = fillDa([
      ["Initiativ", "Modtager", "2026"],
      ["A", "Kommuner", "1,0"],
      ["B", "Kommuner", "2,0"],
      ["C", "Kommuner", "3,0"],
      ["D", null, "4,0"],
    ]);
    const found = outcome.findings.filter((f) => f.code === "NO_MUNICIPAL_KEY");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "info", sheet: "Initiativer", cell: "B2", period: "2026" });
    expect(found[0].message).toBe(
      "Der er ingen kommunal nøgle for 2026, så 3 rækker („A“, „B“, „C“; celle B2, B3, B4) vises under Øvrige modtagere. Tilføj en kommunenøgle for 2026 for at fordele dem.",
    );
  });

  test("rows that go to the same other recipient are one finding; another recipient is another finding", () => {
    const outcome = fillDa([
      ["Initiativ", "Modtager", "2026"],
      ["A", "Medicinrådet", "1,0"],
      ["B", "Medicinrådet", "2,0"],
      ["C", "Sundhedsstyrelsen", "3,0"],
    ]);
    const found = outcome.findings.filter((f) => f.code === "OTHER_RECIPIENT");
    expect(found.map((f) => [f.cell, f.params.count ?? 1])).toEqual([
      ["B2", 2],
      ["B4", 1],
    ]);
    expect(found[0].message).toBe("2 rækker („A“, „B“; celle B2, B3) går til Medicinrådet, ikke til enhederne; beløbene vises under Øvrige modtagere.");
    expect(found[1].message).toBe("„C“ går til Sundhedsstyrelsen, ikke til enhederne; beløbet vises under Øvrige modtagere.");
  });
});
