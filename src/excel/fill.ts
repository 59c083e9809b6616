/* global Excel */
/**
 * One fill in Excel: read the grid, plan with the host-agnostic glue (src/sheets), write the
 * plan. Three syncs read (src/excel/read.ts), one writes (more only when a plan would pass the
 * request size budget).
 */
import { planFill } from "../sheets/fill";
import type { FillOutcome, FillSettings, PlanFill } from "../sheets/settings";
import { PickedRanges, readWorkbook } from "./read";
import { writePlan } from "./write";

export type FillStage = "reading" | "computing" | "writing";

export interface FillWorkbookOptions {
  picked?: PickedRanges;
  /** Request size budget for the writes (default ~4 MB). */
  maxRequestBytes?: number;
  onProgress?: (stage: FillStage) => void;
  /** The planner (default: src/sheets/fill.ts, the one every host uses; tests may pass another). */
  planFill?: PlanFill;
}

export interface ExcelFillResult extends FillOutcome {
  /** context.sync() calls of the whole fill, reads included. */
  syncs: number;
  /** Estimated size of each write request. */
  requestBytes: number[];
  /** False when nothing was written (unusable input). */
  written: boolean;
}

export async function fillWorkbook(
  context: Excel.RequestContext,
  settings: FillSettings,
  now: Date,
  options: FillWorkbookOptions = {},
): Promise<ExcelFillResult> {
  const progress = options.onProgress ?? (() => {});
  const plan = options.planFill ?? planFill;
  progress("reading");
  const read = await readWorkbook(context, { picked: options.picked });
  progress("computing");
  const outcome = plan(read.grid, settings, now);
  if (!outcome.plan)
    return { ...outcome, syncs: read.syncs, requestBytes: [], written: false };
  progress("writing");
  const found = { ...read.grid, definedNames: read.definedNames };
  const written = await writePlan(context, outcome.plan, found, {
    maxRequestBytes: options.maxRequestBytes,
  });
  return {
    ...outcome,
    syncs: read.syncs + written.syncs,
    requestBytes: written.requestBytes,
    written: true,
  };
}
