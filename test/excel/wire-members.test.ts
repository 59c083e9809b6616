/**
 * Every member of Office.js the adapter uses exists in Microsoft's shipped library: a fill, a
 * re-fill with the log append, the functions' keys by name and the pane's cell moves run on a real
 * Excel.RequestContext (answered from the fake) wrapped so that each property read or set and each
 * method called is checked against the real class. (The functions' change events are not run here.)
 */
import { fillWorkbook } from "../../src/excel/fill";
import { readNamed } from "../../src/excel/named";
import { officeHost } from "../../src/taskpane/officeHost";
import { writePlan } from "../../src/excel/write";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";
import { FakeExcel } from "./fake";
import { inputWorkbook } from "./inputs";
import { makePlan } from "./plans";
import { answerFromFake } from "./wire/answer";
import { MemberLog, recordMembers } from "./wire/members";
import { WireContext } from "./wire/office";

const NOW = new Date(2026, 0, 15, 10, 30);

describe("Office.js members the adapter uses", () => {
  test("all exist in the shipped library (fill, re-fill with the log appended)", async () => {
    const fake = inputWorkbook({ rows: 30, group: "Regioner" });
    const log: MemberLog = { used: new Set(), missing: new Set() };
    for (let n = 0; n < 2; n++) {
      const wire = new WireContext(answerFromFake(fake));
      const result = await fillWorkbook(recordMembers(wire.context, log), { ...DEFAULT_SETTINGS, decimals: 1 }, NOW);
      expect(result.written).toBe(true);
    }
    // The keys the worksheet functions read by name, and the pane's moves between cells.
    const wire = new WireContext(answerFromFake(fake));
    await readNamed(recordMembers(wire.context, log), ["Nøgler"]);
    const pane = officeHost({ run: (batch) => batch(recordMembers(new WireContext(answerFromFake(fake)).context, log)), displayLanguage: "da-DK" });
    await pane.selectCell("Nøgler", "B2");
    await pane.activateSheet("Initiativer");
    expect(await pane.selectedRange()).toEqual({ sheet: "Nøgler", address: "B2" });
    // A plan with sub-items (indent levels) too.
    await writePlan(recordMembers(new WireContext(answerFromFake(new FakeExcel())).context, log), makePlan({ rows: 8, units: 5, depths: [0, 1, 2] }), {
      existing: [],
      tables: [],
    });
    expect([...log.missing]).toEqual([]);
    // The log saw what matters (so it can fail): the members of ExcelApi 1.9 among them.
    expect([...log.used]).toEqual(
      expect.arrayContaining([
        "Range.getCellProperties",
        "Worksheet.getRanges",
        "RangeAreas.format",
        "RangeFormat.indentLevel",
        "Table.clearFilters",
        "Table.convertToRange",
        "Range.rowHidden",
        "WorksheetFreezePanes.freezeAt",
        "Application.suspendApiCalculationUntilNextSync",
        "Worksheet.activate",
        "Range.select",
        "Workbook.getSelectedRange",
        // Fordel's ownership record and the checks before the first change (issue 11).
        "CustomXmlPartCollection.getByNamespace",
        "CustomXmlPartCollection.add",
        "CustomXmlPart.getXml",
        "CustomXmlPart.setXml",
        "WorksheetProtection.protected",
        "WorkbookProtection.protected",
      ]),
    );
  });

  test("a member the library lacks is caught, read or set", () => {
    const log: MemberLog = { used: new Set(), missing: new Set() };
    const context = recordMembers(new WireContext().context, log);
    const range = context.workbook.worksheets.getItem("Ark1").getRange("A1");
    (range.format as unknown as { indentLevels: number }).indentLevels = 1;
    void (range as unknown as { valuez: unknown }).valuez;
    expect([...log.missing].sort()).toEqual(["Range.valuez", "RangeFormat.indentLevels"]);
  });
});
