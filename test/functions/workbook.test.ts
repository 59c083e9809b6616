import { setDisplayLanguage, valueError } from "./setup";
import { keyShare, regionShare, shares } from "../../src/functions/functions";
import { clearCaches } from "../../src/functions/calls";
import { workbookKeys } from "../../src/functions/workbook";
import { FakeExcel, FakeWorkbookOptions, SeedCell } from "../excel/fake";
import { KRONER_2025, REGIONS_2025 } from "../fixtures/keys";

const RH = "Region Hovedstaden";
const SHARES_2026: [string, string][] = [
  ["Region Hovedstaden", "0.3120"],
  ["Region Sjælland", "0.1540"],
  ["Region Syddanmark", "0.2130"],
  ["Region Midtjylland", "0.2180"],
  ["Region Nordjylland", "0.1030"],
];

/** The keys sheet's cells in long form, shares as Danish text where a user typed them so. */
function keysRows(shares2025: [string, string][] = REGIONS_2025): SeedCell[][] {
  const rows: SeedCell[][] = [["Nøgle", "År", "Enhed", "Andel"]];
  for (const [unit, share] of shares2025) rows.push(["Bloktilskud", 2025, unit, share.replace(".", ",")]);
  for (const [unit, share] of SHARES_2026) rows.push(["Bloktilskud", 2026, unit, Number(share)]);
  for (const [unit, kroner] of KRONER_2025) rows.push(["Bidrag", null, unit, Number(kroner)]);
  return rows;
}

const g = globalThis as { Excel?: unknown };
let fake: FakeExcel;

/** Makes `fake` the workbook that the global Excel.run works on. */
function install(workbook: FakeExcel): FakeExcel {
  fake = workbook;
  g.Excel = workbook.namespace();
  return workbook;
}

/** A sheet Data and the keys sheet Nøgler. */
function keysWorkbook(options: FakeWorkbookOptions = {}): FakeExcel {
  const workbook = new FakeExcel(options);
  workbook.state.seed("Data", "A1", [["x"]]).seed("Nøgler", "A1", keysRows());
  return workbook;
}

beforeEach(() => {
  clearCaches();
  workbookKeys.reset();
  setDisplayLanguage("da-DK");
  install(keysWorkbook());
});

afterAll(() => delete g.Excel);

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
    expect(fake.runs).toBe(1);
    expect(workbookKeys.reads).toBe(1);
    // existence, values, event registration
    expect(fake.context.syncCount).toBe(3);
  });

  test("an Excel Table named Keys (wide form, one column per year) is read as well", async () => {
    const rows = [["Unit", 2025, 2026], ...REGIONS_2025.map(([u, s], i) => [u, Number(s), Number(SHARES_2026[i][1])])];
    install(new FakeExcel()).state.seed("Data", "B4", rows).seedTable("Data", "Keys", "B4:D9");
    expect(await shares(350, [["Keys 2026"]], 1)).toEqual(
      await shares(
        350,
        SHARES_2026.map(([u, s]) => [u, Number(s)]),
        1,
      ),
    );
  });

  test("a name the table has for several years must say which", async () => {
    expect((await valueError(shares(350, [["Bloktilskud"]], 1))).message).toBe(
      "Nøglen „Bloktilskud“ findes for flere år (2025, 2026). Skriv året med, fx „Bloktilskud 2025“.",
    );
  });

  test("an unknown name lists the keys there are", async () => {
    expect((await valueError(shares(350, [["Bloktilskud 2027"]], 1))).message).toBe(
      "Nøglen „Bloktilskud 2027“ findes ikke i nøgletabellen. Kendte nøgler: Bloktilskud, Bidrag. Ret navnet eller tilføj nøglen.",
    );
  });

  test("a key the parser rejected reports why (in the UI language)", async () => {
    fake.state.seed("Nøgler", `A${keysRows().length + 1}`, [
      ["Skæv", null, "Region Hovedstaden", 1],
      ["Skæv", null, "Region Sjælland", -1],
    ]);
    setDisplayLanguage("en-GB");
    expect((await valueError(shares(350, [["Skæv"]], 1))).message).toBe(
      'Key "Skæv" in the keys table has errors: Key "Skæv" has a negative share for Region Sjælland (-1). Shares must be zero or positive.',
    );
  });

  test("no keys table: say how to make one; a sheet Nøgler added later is read after the event", async () => {
    install(new FakeExcel()).state.addSheet("Data");
    expect((await valueError(shares(350, [["Bloktilskud 2025"]], 1))).message).toBe(
      "Projektmappen har ingen nøgletabel (en tabel eller et ark med navnet Nøgler eller Keys). Opret den, eller angiv nøglen som et område.",
    );
    await fake.state.userAddsSheet("Nøgler", keysRows());
    expect(workbookKeys.reads).toBe(2);
    expect(fake.state.calculations).toEqual(["Full"]);
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
  });
});

describe("refresh when the keys change", () => {
  /** The user types the keys sheet's header again: a change event, the keys as they were. */
  const retypeHeader = () => fake.state.userEdits("Nøgler", "A1", [["Nøgle"]]);

  test("handlers are registered once, with the first read", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await retypeHeader();
    await shares(350, [["Bloktilskud 2025"]], 1);
    for (const handlers of Object.values(fake.state.handlers)) expect(handlers).toHaveLength(1);
  });

  test("nothing is read or registered before a key is looked up by name", async () => {
    await shares(350, REGIONS_RANGE, 1);
    expect(fake.runs).toBe(0);
    expect(fake.state.handlers["worksheets.onChanged"]).toHaveLength(0);
  });

  test("an edit of the keys sheet is re-read, and a real change recalculates the workbook once", async () => {
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
    const changed = REGIONS_2025.map(([u, s], i): [string, string] => [u, i === 0 ? "0.3216" : i === 4 ? "0.0933" : s]);
    await fake.state.userEdits("Nøgler", "A1", keysRows(changed));
    expect(workbookKeys.reads).toBe(2);
    expect(fake.state.calculations).toEqual(["Full"]);
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(112.6);
  });

  test("an edit that leaves the keys as they were is re-read but does not recalculate", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await retypeHeader();
    expect(workbookKeys.reads).toBe(2);
    expect(fake.state.calculations).toEqual([]);
  });

  test("an edit on another sheet is ignored", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await fake.state.userEdits("Data", "A1", [["y"]]);
    expect(workbookKeys.reads).toBe(1);
  });

  test("a burst of edits re-reads once", async () => {
    await shares(350, [["Bloktilskud 2025"]], 1);
    await Promise.all([1, 2, 3].map(retypeHeader));
    expect(workbookKeys.reads).toBe(2);
  });

  test("a host without the change events still reads keys by name", async () => {
    install(keysWorkbook({ excelApi: "1.8" }));
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
    expect(await regionShare(5, RH, [["Bloktilskud 2025"]], 1)).toBe(1.5);
    expect(workbookKeys.reads).toBe(1);
  });

  test("a failed read is not cached: the next call reads again", async () => {
    fake.state.cellEditMode = true;
    await expect(shares(350, [["Bloktilskud 2025"]], 1)).rejects.toThrow();
    fake.state.cellEditMode = false;
    expect(await regionShare(350, RH, [["Bloktilskud 2025"]], 1)).toBe(109.1);
    expect(workbookKeys.reads).toBe(2);
  });
});
