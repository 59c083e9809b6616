import { FindingCode } from "../../src/engine";
import { planFill } from "../../src/sheets/fill";
import { FillSettings } from "../../src/sheets/fill-types";
import { block, KEYS_2025, Raw, workbook } from "./grid-helpers";

const settings: FillSettings = { decimals: null, method: "reconciled", lang: "da" };

function fill(initiatives: Raw[][] | null, keys: Raw[][] | null = KEYS_2025, over: Partial<FillSettings> = {}) {
  const sheets = [];
  if (initiatives) sheets.push(block("Initiativer", initiatives));
  if (keys) sheets.push(block("Nøgler", keys));
  return planFill(workbook({ sheets }), { ...settings, ...over }, new Date(2025, 10, 23, 10, 0));
}

const twoKeys: Raw[][] = [...KEYS_2025, ...KEYS_2025.slice(1).map((r) => ["Andet", ...r.slice(1)])];

/** Every finding code of SPEC §4 and the parser's own, each provoked by a small table. */
const CASES: [FindingCode, string, () => ReturnType<typeof fill>][] = [
  [
    "BAD_NUMBER",
    "error",
    () =>
      fill([
        ["Initiativ", "2026"],
        ["A", "ni"],
      ]),
  ],
  [
    "UNKNOWN_UNIT",
    "error",
    () =>
      fill([
        ["Initiativ", "Modtager", "2026"],
        ["A", "Region Midtjyland", 1],
      ]),
  ],
  [
    "UNKNOWN_KEY",
    "error",
    () =>
      fill([
        ["Initiativ", "Nøgle", "2026"],
        ["A", "Findes ikke", 1],
      ]),
  ],
  [
    "AMBIGUOUS_KEY",
    "error",
    () =>
      fill(
        [
          ["Initiativ", "2026"],
          ["A", 1],
        ],
        twoKeys,
      ),
  ],
  [
    "KEY_SUM",
    "warning",
    () =>
      fill(
        [
          ["Initiativ", "2026"],
          ["A", 1],
        ],
        KEYS_2025.map((r, i) => (i === 5 ? [r[0], r[1], r[2], "0,1032"] : r)),
      ),
  ],
  // Seed 000: 10.150.000 kr. split by the key printed with four decimals, in whole kroner.
  [
    "KEY_PRECISION",
    "warning",
    () =>
      fill([
        ["Initiativ", "2025"],
        ["Bidrag", "10.150.000"],
      ]),
  ],
  [
    "CHILDREN_SUM_MISMATCH",
    "warning",
    () =>
      fill([
        ["Initiativ", "Overordnet", "2026"],
        ["P", null, "10,0"],
        ["a", "P", "5,2"],
        ["b", "P", "4,9"],
      ]),
  ],
  [
    "PERIOD_TOTAL_MISMATCH",
    "warning",
    () =>
      fill([
        ["Initiativ", "2025", "2026", "I alt"],
        ["A", 1, 1, 3],
      ]),
  ],
  [
    "NOT_ON_STEP",
    "error",
    () =>
      fill(
        [
          ["Initiativ", "2026"],
          ["A", "0,05"],
        ],
        KEYS_2025,
        { decimals: 1 },
      ),
  ],
  [
    "DUPLICATE_INITIATIVE",
    "warning",
    () =>
      fill([
        ["Initiativ", "2026"],
        ["A", 1],
        ["A", 2],
      ]),
  ],
  [
    "NEGATIVE_AMOUNT",
    "info",
    () =>
      fill([
        ["Initiativ", "2026"],
        ["Korrektion", "-0,8"],
      ]),
  ],
  [
    "TEXT_LOOKS_LIKE_FORMULA",
    "info",
    () =>
      fill([
        ["Initiativ", "2026"],
        ["=1+1", 1],
      ]),
  ],
  ["MISSING_TABLE", "error", () => fill(null)],
  [
    "MISSING_COLUMN",
    "error",
    () =>
      fill([
        ["Navn", "2026"],
        ["A", 1],
      ]),
  ],
  [
    "UNKNOWN_PARENT",
    "error",
    () =>
      fill([
        ["Initiativ", "Overordnet", "2026"],
        ["A", "Ingen", 1],
      ]),
  ],
  [
    "NO_MUNICIPAL_KEY",
    "info",
    () =>
      fill([
        ["Initiativ", "Modtager", "2026"],
        ["A", "Kommuner", 1],
      ]),
  ],
  [
    "OTHER_RECIPIENT",
    "info",
    () =>
      fill([
        ["Initiativ", "Modtager", "2026"],
        ["A", "Medicinrådet", 1],
      ]),
  ],
  // Illustrative: 5 (mio. kr.) typed as a whole number, split over the five regions in whole units.
  [
    "COARSE_STEP",
    "warning",
    () =>
      fill([
        ["Initiativ", "2026"],
        ["Screening", 5],
      ]),
  ],
];

describe("every finding code is provoked, with a place and a Danish message", () => {
  test.each(CASES)("%s (%s)", (code, severity, run) => {
    const outcome = run();
    const found = outcome.findings.filter((f) => f.code === code);
    expect(found.map((f) => f.severity)).toEqual([severity]);
    expect(found[0].message.length).toBeGreaterThan(20);
    if (code !== "MISSING_TABLE") expect(found[0].sheet).toMatch(/Initiativer|Nøgler/);
    if (!["MISSING_TABLE", "KEY_SUM", "MISSING_COLUMN"].includes(code)) expect(found[0].initiative).toBeTruthy();
  });

  test("the findings' messages are in English with lang en, also the engine's", () => {
    const outcome = fill(
      [
        ["Initiativ", "2026"],
        ["A", "ni"],
        ["B", "0,05"],
      ],
      KEYS_2025,
      { lang: "en", decimals: 1 },
    );
    expect(outcome.findings.map((f) => f.code)).toEqual(["BAD_NUMBER", "NOT_ON_STEP"]);
    expect(outcome.findings[1].message).toMatch(/is not a multiple of the step/);
    expect(outcome.plan!.sheets[0].name).toBe("Allocation 2026");
  });

  test("unusable input has no plan; usable input with errors still has one", () => {
    expect(fill(null)).toMatchObject({ unusable: true, plan: null, model: null });
    // No keys table while a row goes to the regions by key: nothing to fill, but the initiatives were read.
    const noKeys = fill(
      [
        ["Initiativ", "2026"],
        ["A", "60,0"],
      ],
      null,
    );
    expect(noKeys).toMatchObject({ unusable: true, plan: null, result: null, decimals: null });
    expect(noKeys.model!.rows.map((r) => r.name)).toEqual(["A"]);
    expect(noKeys.sources).toEqual({ initiatives: expect.objectContaining({ kind: "sheet" }), keys: null });
    const outcome = fill([
      ["Initiativ", "2026"],
      ["A", "ni"],
      ["B", "60,0"],
    ]);
    expect(outcome.unusable).toBe(false);
    expect(outcome.decimals).toBe(1);
    // "ni" is not a blank: the row is in error, and its (unknown) money is listed as left out.
    expect(outcome.result!.periods[0].rows.map((r) => [r.name, r.status])).toEqual([
      ["A", "error"],
      ["B", "allocated"],
    ]);
    expect(outcome.result!.periods[0].excluded.map((x) => [x.name, x.national, x.code])).toEqual([["A", null, "BAD_NUMBER"]]);
  });
});
