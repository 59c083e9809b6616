/**
 * The Office.js adapter's write requests as Microsoft's own Office.js builds them (the wire layer,
 * test/excel/wire): for the bench plans, each request's exact size and operation count, and the
 * adapter's estimate of it. Excel on the web rejects a request over 5 MB; Fordel keeps under 4 MB.
 */
import { writePlan } from "../src/excel/write";
import { BENCH_PLANS, makePlan, PlanShape } from "../test/excel/plans";
import { WireContext } from "../test/excel/wire/office";

export interface WirePlanFigures {
  requests: number;
  realRequestBytesMax: number;
  realRequestBytes: number[];
  estimatedRequestBytes: number[];
  operationsMax: number;
}

export async function measurePlan(shape: PlanShape): Promise<WirePlanFigures> {
  const wire = new WireContext();
  const plan = makePlan(shape);
  const report = await writePlan(wire.context, plan, { existing: [], tables: [] });
  return {
    requests: wire.syncs,
    realRequestBytesMax: wire.largestRequestBytes,
    realRequestBytes: wire.requests.map((r) => r.bytes),
    estimatedRequestBytes: report.requestBytes,
    operationsMax: Math.max(...wire.requests.map((r) => r.operations)),
  };
}

export async function run() {
  const figures: Record<string, WirePlanFigures> = {};
  for (const [name, shape] of Object.entries(BENCH_PLANS)) figures[name] = await measurePlan(shape);
  return figures;
}

if (require.main === module) run().then((f) => console.log(JSON.stringify(f, (k, v) => (Array.isArray(v) && v.length > 12 ? `${v.length} items` : v), 2)));
