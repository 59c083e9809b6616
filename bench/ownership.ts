/**
 * What knowing Fordel's own sheets costs (src/excel/ownership.ts) on the fake workbook, for the
 * large table (2.000 rows × 98 municipalities): the ownership record's size, the time to
 * fingerprint the written sheet as a re-fill reads it back, and a re-fill's syncs and read time.
 */
import { fillWorkbook } from "../src/excel/fill";
import { readWorkbook } from "../src/excel/read";
import { fingerprintCells, fingerprintRows } from "../src/sheets/fingerprint";
import { DEFAULT_SETTINGS } from "../src/sheets/fill-types";
import { inputWorkbook } from "../test/excel/inputs";
import { medianMs, round } from "./timing";

export async function run() {
  const fake = inputWorkbook({ rows: 2000, group: "Kommuner" });
  const settings = { ...DEFAULT_SETTINGS, decimals: 1 };
  await fillWorkbook(fake.newContext() as unknown as Excel.RequestContext, settings, new Date(2026, 0, 15, 10, 30));
  const sheet = fake.state.findSheet("Fordeling 2026 Kommuner")!;
  const rows: (string | number | boolean)[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    (rows[r] ??= [])[c] = cell.formula ?? cell.value ?? "";
  }
  const grid = Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? ""));

  let start = process.hrtime.bigint();
  const read = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext);
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  start = process.hrtime.bigint();
  const again = await fillWorkbook(fake.newContext() as unknown as Excel.RequestContext, settings, new Date(2026, 0, 16, 9, 0));
  const refillMs = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    /** Bytes of the ownership part's XML (with row fingerprints) after a fill of 2.000 × 98. */
    recordBytes: fake.state.customXmlParts[0].xml.length,
    /** Fingerprinting the written sheet (2.000 × 102 cells) as the read does: whole sheet, then per row. */
    fingerprintSheetMs: round(medianMs(() => fingerprintCells(grid), 3)),
    fingerprintRowsMs: round(medianMs(() => fingerprintRows(grid), 3)),
    /** A re-fill's read (3 syncs, the third the recorded sheets' formulas) on the fake, and the whole re-fill. */
    refillReadSyncs: read.syncs,
    refillReadMs: round(readMs),
    refillSyncs: again.syncs,
    refillMs: round(refillMs),
  };
}
