/**
 * The Office.js adapter measured by Microsoft's own Office.js (the wire layer, test/excel/wire):
 * - whole fills – read, plan (src/sheets/fill.ts), write – answered by the fake workbook, for a
 *   small table (10 rows × 5 regions) and a large one (2.000 rows × 98 municipalities): syncs
 *   per fill and the largest request body;
 * - the write requests of the bench plans (test/excel/plans.ts BENCH_PLANS: illustrative,
 *   made-up plans): `requests` and `realRequestBytesMax` – the exact size of the largest body
 *   Office.js sends – with the adapter's own estimate of it and the most operations in one.
 * - `notes`: the same fills and a re-fill on the fake workbook directly, with cell notes
 *   (ExcelApi 1.18) and without – syncs per fill, notes written and requests' largest body –
 *   since Microsoft's Office.js on npm cannot build notes requests yet (test/excel/wire-notes.test.ts).
 * Excel on the web rejects a request over 5 MB; the adapter keeps under 4 MB.
 */
import { fillWorkbook } from "../src/excel/fill";
import { writePlan } from "../src/excel/write";
import { DEFAULT_SETTINGS } from "../src/sheets/fill-types";
import { FakeExcel } from "../test/excel/fake";
import { InputShape, inputWorkbook } from "../test/excel/inputs";
import { BENCH_PLANS, makePlan } from "../test/excel/plans";
import { answerFromFake } from "../test/excel/wire/answer";
import { WireContext } from "../test/excel/wire/office";

async function fillOnce(shape: InputShape): Promise<{ syncs: number; largest: number; largestAnswer: number }> {
  const wire = new WireContext(answerFromFake(inputWorkbook(shape)));
  const result = await fillWorkbook(wire.context, { ...DEFAULT_SETTINGS, decimals: 1 }, new Date(2026, 0, 15, 10, 30));
  if (!result.written) throw new Error("bench fill wrote nothing");
  return { syncs: result.syncs, largest: wire.largestRequestBytes, largestAnswer: Math.max(...wire.responseBytes) };
}

/** A fill and a re-fill on the fake (notes on or off): syncs of each, notes on the sheets, the largest request. */
async function notesFills(shape: InputShape, notes: boolean) {
  const fake = inputWorkbook(shape);
  const syncs: number[] = [];
  let largest = 0;
  for (let n = 0; n < 2; n++) {
    const context = fake.newContext();
    const result = await fillWorkbook(context as unknown as Excel.RequestContext, { ...DEFAULT_SETTINGS, decimals: 1 }, new Date(2026, 0, 15, 10, 30 + n), {
      notes,
    });
    if (!result.written) throw new Error("bench fill wrote nothing");
    syncs.push(result.syncs);
    largest = Math.max(largest, ...context.syncs.map((s) => s.bytes));
  }
  const written = fake.state.sheets.reduce((k, s) => k + s.notes.size, 0);
  return { syncsFill: syncs[0], syncsRefill: syncs[1], notes: written, largestRequestBytes: largest };
}

export async function run() {
  const small = await fillOnce({ rows: 10, group: "Regioner" });
  const large = await fillOnce({ rows: 2000, group: "Kommuner" });
  const requests: Record<string, number> = {};
  const realRequestBytesMax: Record<string, number> = {};
  const estimatedRequestBytesMax: Record<string, number> = {};
  const operationsMax: Record<string, number> = {};
  for (const [name, shape] of Object.entries(BENCH_PLANS)) {
    // Answered by an empty fake workbook: the writer reads back the ids of the sheets it adds.
    const wire = new WireContext(answerFromFake(new FakeExcel()));
    const report = await writePlan(wire.context, makePlan(shape), { existing: [], tables: [] });
    requests[name] = wire.syncs;
    realRequestBytesMax[name] = wire.largestRequestBytes;
    estimatedRequestBytesMax[name] = Math.max(...report.requestBytes);
    operationsMax[name] = Math.max(...wire.requests.map((r) => r.operations));
  }
  return {
    syncsPerFillSmall: small.syncs,
    syncsPerFillLarge: large.syncs,
    /** Bytes of the largest request body of both fills, as Office.js sends it. */
    largestRequestBytes: Math.max(small.largest, large.largest),
    /** Bytes of the largest answer to a read of the large fill (Excel on the web refuses answers over 5 MB). */
    largestReadAnswerBytes: large.largestAnswer,
    requests,
    realRequestBytesMax,
    estimatedRequestBytesMax,
    operationsMax,
    notes: {
      smallWith: await notesFills({ rows: 10, group: "Regioner" }, true),
      smallWithout: await notesFills({ rows: 10, group: "Regioner" }, false),
      largeWith: await notesFills({ rows: 2000, group: "Kommuner" }, true),
      largeWithout: await notesFills({ rows: 2000, group: "Kommuner" }, false),
    },
  };
}
