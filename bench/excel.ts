/**
 * The Office.js adapter on the fake workbook (test/excel/fake): syncs per whole fill – read,
 * plan (src/sheets/fill.ts), write – and the largest request, for a small table (10 rows × 5
 * regions) and a large one (2.000 rows × 98 municipalities).
 */
import { fillWorkbook } from "../src/excel/fill";
import { DEFAULT_SETTINGS } from "../src/sheets/settings";
import { InputShape, inputWorkbook } from "../test/excel/inputs";

async function fillOnce(shape: InputShape): Promise<{ syncs: number; largest: number }> {
  const fake = inputWorkbook(shape);
  const result = await fillWorkbook(fake.excel(), { ...DEFAULT_SETTINGS, decimals: 1 }, new Date(2026, 0, 15, 10, 30));
  if (!result.written) throw new Error("bench fill wrote nothing");
  return { syncs: result.syncs, largest: fake.context.largestRequestBytes };
}

export async function run() {
  const small = await fillOnce({ rows: 10, group: "Regioner" });
  const large = await fillOnce({ rows: 2000, group: "Kommuner" });
  return {
    syncsPerFillSmall: small.syncs,
    syncsPerFillLarge: large.syncs,
    /** Bytes of the largest request (JSON of its queued operations), over both fills; Excel on the web's limit is 5 MB. */
    largestRequestBytes: Math.max(small.largest, large.largest),
  };
}
