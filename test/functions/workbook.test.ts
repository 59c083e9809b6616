import { setDisplayLanguage, valueError } from "./setup";
import { keyShare, regionShare, shares } from "../../src/functions/functions";
import { clearCaches } from "../../src/functions/calls";
import { workbookKeys } from "../../src/functions/workbook";
import { FakeKeysWorkbook, FakeSheet } from "./fake-excel";
import { KRONER_2025, REGIONS_2025 } from "../fixtures/keys";

const RH = "Region Hovedstaden";
const SHARES_2026: [string, string][] = [
  ["Region Hovedstaden", "0.3120"],
  ["Region Sjælland", "0.1540"],
  ["Region Syddanmark", "0.2130"],
  ["Region Midtjylland", "0.2180"],
  ["Region Nordjylland", "0.1030"],
];

/** The keys sheet in long form, shares as Danish text where a user typed them so. */
function keysSheet(shares2025: [string, string][] = REGIONS_2025): FakeSheet {
  const values: (string | number)[][] = [["Nøgle", "År", "Enhed", "Andel"]];
  for (const [unit, share] of shares2025) values.push(["Bloktilskud", 2025, unit, share.replace(".", ",")]);
  for (const [unit, share] of SHARES_2026) values.push(["Bloktilskud", 2026, unit, Number(share)]);
  for (const [unit, kroner] of KRONER_2025) values.push(["Bidrag", "", unit, Number(kroner)]);
  return { id: "{keys}", name: "Nøgler", used: { row: 0, col: 0, values } };
}

let book: FakeKeysWorkbook;

beforeEach(() => {
  clearCaches();
  workbookKeys.reset();
  setDisplayLanguage(undefined);
  book = new FakeKeysWorkbook().install();
  book.sheets = [{ id: "{data}", name: "Data", used: { row: 0, col: 0, values: [["x"]] } }, keysSheet()];
});

afterAll(() => FakeKeysWorkbook.uninstall());

const REGIONS_RANGE = REGIONS_2025.map(([u, s]) => [u, Number(s)]);

describe("a key by name from the workbook's keys table", () => {
  test("'Bloktilskud 2025' from the sheet Nøgler gives the same numbers as the key as a range", async () => {
    expect(await shares(350, [["Bloktilskud 2025"]], 1)).toEqual(await shares(350, REGIONS_RANGE, 1));
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
    expect(await keyShare("Sjælland", [["bloktilskud  2026"]])).toBe(0.154);
  });

  test("a key for every year is found by its name alone", async () => {
    const got = await Promise.all(KRONER_2025.map(([unit]) => regionShare(10150000, unit, [["Bidrag"]], null)));
    expect(got).toEqual(KRONER_2025.map(([, v]) => Number(v)));
  });

  test("a thousand concurrent calls read the keys table once, in two syncs", async () => {
    const calls = Array.from({ length: 1000 }, (_, i) => regionShare(i, RH, [["Bloktilskud 2025"]], 0));
    await Promise.all(calls);
    expect(book.runs).toBe(1);
    expect(workbookKeys.reads).toBe(1);
    // existence, values, event registration
    expect(book.syncs).toBe(3);
  });

  test("an Excel Table named Keys (wide form, one column per year) is read as well", async () => {
    book.sheets = [{ id: "{data}", name: "Data", used: null }];
    book.tables = [
      {
        name: "Keys",
        sheetId: "{data}",
        range: {
          row: 3,
          col: 1,
          values: [["Unit", 2025, 2026], ...REGIONS_2025.map(([u, s], i) => [u, Number(s), Number(SHARES_2026[i][1])])],
        },
      },
    ];
    expect(await shares(350, [["Keys 2026"]], 1)).toEqual(await shares(350, SHARES_2026.map(([u, s]) => [u, Number(s)]), 1));
  });

  test("a name the table has for several years must say which", async () => {
    expect((await valueError(shares(350, [["Bloktilskud"]], 1))).message).toBe(
      'Nøglen "Bloktilskud" findes for flere år (2025, 2026). Skriv året med, fx "Bloktilskud 2025".',
    );
  });

  test("an unknown name lists the keys there are", async () => {
    expect((await valueError(shares(350, [["Bloktilskud 2027"]], 1))).message).toBe(
      'Nøglen "Bloktilskud 2027" findes ikke i nøgletabellen. Kendte nøgler: Bloktilskud, Bidrag. Ret navnet eller tilføj nøglen.',
    );
  });

  test("a key the parser rejected reports why (in the UI language)", async () => {
    const sheet = keysSheet();
    sheet.used!.values.push(["Skæv", "", "Region Hovedstaden", 1], ["Skæv", "", "Region Sjælland", -1]);
    book.sheets = [sheet];
    setDisplayLanguage("en-GB");
    expect((await valueError(shares(350, [["Skæv"]], 1))).message).toBe(
      'Key "Skæv" in the keys table has errors: Key "Skæv" has a negative share for Region Sjælland (-1). Shares must be zero or positive.',
    );
  });

  test("no keys table: say how to make one; a sheet Nøgler added later is read after the event", async () => {
    book.sheets = [{ id: "{data}", name: "Data", used: null }];
    expect((await valueError(shares(350, [["Bloktilskud 2025"]], 1))).message).toBe(
      "Projektmappen har ingen nøgletabel (en tabel eller et ark med navnet Nøgler eller Keys). Opret den, eller angiv nøglen som et område.",
    );
    book.sheets.push(keysSheet());
    await book.fire("worksheets.onAdded", { worksheetId: "{keys}" });
    expect(workbookKeys.reads).toBe(2);
    expect(book.calculations).toEqual(["Full"]);
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
  });
});

describe("refresh when the keys change", () => {
  test("handlers are registered once, with the first read", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await book.fire("worksheets.onChanged", { worksheetId: "{keys}" });
    await shares(350, [["Bloktilskud 2025"]], 1);
    for (const handlers of Object.values(book.handlers)) expect(handlers).toHaveLength(1);
  });

  test("nothing is read or registered before a key is looked up by name", async () => {
    await shares(350, REGIONS_RANGE, 1);
    expect(book.runs).toBe(0);
    expect(book.handlers["worksheets.onChanged"]).toHaveLength(0);
  });

  test("an edit of the keys sheet is re-read, and a real change recalculates the workbook once", async () => {
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
    const changed = REGIONS_2025.map(([u, s], i): [string, string] => [u, i === 0 ? "0.3216" : i === 4 ? "0.0933" : s]);
    book.sheets[1] = keysSheet(changed);
    await book.fire("worksheets.onChanged", { worksheetId: "{keys}" });
    expect(workbookKeys.reads).toBe(2);
    expect(book.calculations).toEqual(["Full"]);
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(112.6);
  });

  test("an edit that leaves the keys as they were is re-read but does not recalculate", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await book.fire("worksheets.onChanged", { worksheetId: "{keys}" });
    expect(workbookKeys.reads).toBe(2);
    expect(book.calculations).toEqual([]);
  });

  test("an edit on another sheet is ignored", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await book.fire("worksheets.onChanged", { worksheetId: "{data}" });
    expect(workbookKeys.reads).toBe(1);
  });

  test("a burst of edits re-reads once", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await Promise.all([1, 2, 3].map(() => book.fire("worksheets.onChanged", { worksheetId: "{keys}" })));
    expect(workbookKeys.reads).toBe(2);
  });

  test("a host without the change events still reads keys by name", async () => {
    book.eventsSupported = false;
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
    expect(await regionShare(5, RH, [["Bloktilskud 2025"]], 1)).toBe(1.5);
    expect(workbookKeys.reads).toBe(1);
  });

  test("a failed read is not cached: the next call reads again", async () => {
    const sheet = keysSheet();
    book.sheets = [sheet];
    const broken = book.sheets[0] as { used: unknown };
    broken.used = { row: 0, col: 0, values: undefined };
    await expect(shares(350, [["Bloktilskud 2025"]], 1)).rejects.toThrow();
    book.sheets = [keysSheet()];
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
    expect(workbookKeys.reads).toBe(2);
  });
});
