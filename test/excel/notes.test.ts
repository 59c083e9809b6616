/**
 * Cell notes in Excel (ExcelApi 1.18): the exact value of a cell rounded against ROUND as a note,
 * as the CLI writes it; Fordel's own notes replaced on a re-fill; a note of the user's keeps the
 * sheet (never deleted); without 1.18 nothing touches notes. Illustrative figures: 1,0 split
 * 34/33/33 % at one decimal is 0,3 + 0,3 + 0,3 by ROUND, so one cell is shown 0,4.
 */
import { fillWorkbook } from "../../src/excel/fill";
import { readWorkbook } from "../../src/excel/read";
import { hostHasNotes } from "../../src/excel/requirements";
import { isFordelNote } from "../../src/sheets/notes";
import { DEFAULT_SETTINGS, FillSettings } from "../../src/sheets/fill-types";
import { FakeExcel } from "./fake";

const SETTINGS: FillSettings = { ...DEFAULT_SETTINGS, decimals: 1 };
const SHEET = "Fordeling 2026";
let minute = 0;

function input(excelApi?: string): FakeExcel {
  const fake = new FakeExcel({ locale: "da-DK", ...(excelApi ? { excelApi } : {}) });
  fake.state
    .seed("Initiativer", "A1", [
      ["Initiativ", "2026"],
      ["Screening", 1],
    ])
    .seedTable("Initiativer", "Initiativer", "A1:B2")
    .seed("Nøgler", "A1", [
      ["Nøgle", "Enhed", "Andel"],
      ["K", "Region Hovedstaden", 0.34],
      ["K", "Region Sjælland", 0.33],
      ["K", "Region Syddanmark", 0.33],
    ])
    .seedTable("Nøgler", "Nøgler", "A1:C4");
  return fake;
}

const fill = (fake: FakeExcel, notes?: boolean) => {
  const context = fake.newContext();
  const done = fillWorkbook(context as unknown as Excel.RequestContext, SETTINGS, new Date(2026, 0, 15, 10, minute++), notes === undefined ? {} : { notes });
  return done.then((result) => ({ result, actions: context.syncs.flatMap((s) => s.actions) }));
};

const notesOf = (fake: FakeExcel, sheet = SHEET) => [...fake.state.findSheet(sheet)!.notes.entries()];

describe("cell notes with ExcelApi 1.18", () => {
  test("a fill puts the exact value of each cell rounded against ROUND in its note, and the legend says so", async () => {
    const fake = input();
    const { result } = await fill(fake, true);
    const planned = result.plan!.sheets[0].cells.flatMap((row, r) => row.flatMap((c, col) => (c?.note ? [[`${r},${col}`, c.note]] : [])));
    expect(planned.length).toBeGreaterThan(0);
    expect(notesOf(fake)).toEqual(planned);
    expect(planned.every(([, text]) => isFordelNote(text))).toBe(true);
    expect(planned.some(([, text]) => text.includes("0,34"))).toBe(true);
    const texts = [...fake.state.findSheet(SHEET)!.cells.values()].map((c) => String(c.value));
    expect(texts.some((t) => t.includes("i cellens note"))).toBe(true);
  });

  test("a re-fill deletes Fordel's old notes before it adds the new ones, in as many syncs as without notes", async () => {
    const fake = input();
    await fill(fake, true);
    const before = notesOf(fake);
    const { result, actions } = await fill(fake, true);
    expect(result.findings.map((f) => f.code)).not.toContain("SHEET_KEPT");
    expect(notesOf(fake)).toEqual(before);
    const deletes = actions.filter((a) => /\.notes\.items\[\d+\] delete$/.test(a));
    expect(deletes.length).toBe(before.length);
    expect(actions.indexOf(deletes[0])).toBeLessThan(actions.findIndex((a) => /\.notes add$/.test(a)));

    const plain = input();
    await fill(plain, false);
    const again = await fill(plain, false);
    expect(result.syncs).toBe(again.result.syncs);
    expect(again.actions.some((a) => a.includes("notes"))).toBe(false);
  });

  test("a note the user added to Fordel's sheet keeps the sheet: the note and the sheet stay, the fill writes beside it", async () => {
    const fake = input();
    await fill(fake, true);
    const sheet = fake.state.findSheet(SHEET)!;
    sheet.notes.set("0,3", "Tjek med regionen");
    const cells = JSON.stringify([...sheet.cells.entries()]);
    const own = notesOf(fake).filter(([key]) => key !== "0,3");

    const read = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext, { notes: true });
    expect(read.grid.existing.find((e) => e.name === SHEET)).toMatchObject({ generated: true, unchanged: false });
    expect(read.fordelNotes?.get(SHEET)).toBeUndefined();

    const { result, actions } = await fill(fake, true);
    expect(result.findings.map((f) => f.code)).toContain("SHEET_KEPT");
    expect(result.plan!.sheets[0].name).not.toBe(SHEET);
    expect(fake.state.findSheet(SHEET)!.notes.get("0,3")).toBe("Tjek med regionen");
    expect(notesOf(fake).filter(([key]) => key !== "0,3")).toEqual(own);
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(cells);
    expect(actions.some((a) => a.endsWith(" delete") && a.includes("notes"))).toBe(false);
  });

  test("only Fordel's notes are seen as its own: a sheet with just them is unchanged", async () => {
    const fake = input();
    await fill(fake, true);
    const read = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext, { notes: true });
    expect(read.grid.existing.find((e) => e.name === SHEET)).toMatchObject({ unchanged: true });
    expect(read.fordelNotes?.get(SHEET)?.length).toBe(notesOf(fake).length);
    expect(read.grid.notes).toBeUndefined();
  });
});

describe("without ExcelApi 1.18", () => {
  test("outside Office or on an older host, notes are off: no request touches them, the legend points to the pane", async () => {
    expect(hostHasNotes()).toBe(false);
    expect(hostHasNotes({ isSetSupported: (name, v) => name === "ExcelApi" && Number(v?.split(".")[1]) <= 17 })).toBe(false);
    expect(hostHasNotes({ isSetSupported: (name, v) => name === "ExcelApi" && Number(v?.split(".")[1]) <= 18 })).toBe(true);
    const fake = input("1.17");
    const { result, actions } = await fill(fake);
    expect(result.written).toBe(true);
    expect(actions.some((a) => a.includes("notes"))).toBe(false);
    expect(notesOf(fake)).toEqual([]);
    const texts = [...fake.state.findSheet(SHEET)!.cells.values()].map((c) => String(c.value));
    expect(texts.some((t) => t.includes("Fordel-ruden"))).toBe(true);
  });

  test("the fake refuses notes on a host without 1.18 (so the check above matters)", async () => {
    const fake = input("1.17");
    const { result } = await fill(fake, true);
    expect(result.written).toBe(false);
    expect(result.findings.find((f) => f.code === "SHEET_INCOMPLETE")?.message).toContain("ApiNotFound");
  });
});
