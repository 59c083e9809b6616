/**
 * Cell notes on the wire. The Office.js clients of @microsoft/office-js (1.1.110, the newest on
 * npm) have no `worksheet.notes` (ExcelApi 1.18): the requests the add-in builds for notes cannot
 * be checked here until a release has it – then this first test fails, and the notes requests
 * get a wire test like test/excel/wire.test.ts's. Until then the add-in uses notes only where the
 * host says it has ExcelApi 1.18 (src/excel/requirements.ts), and without them a fill through the
 * real client builds no notes request. Illustrative figures.
 */
import { fillWorkbook } from "../../src/excel/fill";
import { hostHasNotes } from "../../src/excel/requirements";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";
import { inputWorkbook } from "./inputs";
import { answerFromFake } from "./wire/answer";
import { LIBRARIES, Library, officeJs, WireContext } from "./wire/office";

describe("cell notes and Microsoft's Office.js", () => {
  test.each(Object.keys(LIBRARIES) as Library[])("the %s client has no worksheet.notes yet (when it does, wire-test the notes requests)", (library) => {
    const { Excel: RealExcel } = officeJs(library);
    const worksheet = (RealExcel as unknown as { Worksheet: { prototype: object } }).Worksheet.prototype;
    expect("notes" in worksheet).toBe(false);
    expect("NoteCollection" in RealExcel).toBe(false);
  });

  test("outside a host with ExcelApi 1.18 a fill and a re-fill through the real client build no notes request", async () => {
    expect(hostHasNotes()).toBe(false);
    const fake = inputWorkbook({ rows: 30, group: "Regioner" });
    for (let n = 0; n < 2; n++) {
      const wire = new WireContext(answerFromFake(fake));
      const result = await fillWorkbook(wire.context, { ...DEFAULT_SETTINGS, decimals: 1 }, new Date(2026, 0, 15, 10, 30 + n));
      expect(result.written).toBe(true);
      expect(result.plan!.sheets.some((s) => s.cells.some((row) => row.some((c) => c?.note)))).toBe(false);
      const names = wire.requests.flatMap((r) => [...r.body.Actions.map((x) => x.Name), ...Object.values(r.body.ObjectPaths).map((p) => p.Name)]);
      expect(names.filter((name) => /note/i.test(name ?? ""))).toEqual([]);
    }
    expect(fake.state.sheets.every((s) => s.notes.size === 0)).toBe(true);
  });
});
