/* global Excel */
/**
 * One fill in Excel: read the grid, plan with the host-agnostic glue (src/sheets), write the
 * plan. Three syncs read (src/excel/read.ts; a fourth, and more for large sheets, reads back
 * Fordel's own sheets once it has written some), one writes a re-fill, two a first fill (more
 * only when a plan would pass the request size budget).
 *
 * The writer (./write and what only it uses) and the reader of Fordel's published sheets
 * (revision) load on first use: the pane's first screen only reads and plans, so the page
 * does not download them until a fill writes or revises.
 */
import { Finding, finding, Lang } from "../engine";
import { planFill } from "../sheets/fill";
import type { WritePlan } from "../sheets/plan";
import type { FillOutcome, FillSettings, PlanFill } from "../sheets/fill-types";
import { GridRead, PickedRanges, readWorkbook } from "./read";
import { hostHasNotes } from "./requirements";

export type FillStage = "reading" | "computing" | "writing";

export interface FillWorkbookOptions {
  picked?: PickedRanges;
  /** Request size budget for the writes (default ~4 MB). */
  maxRequestBytes?: number;
  onProgress?: (stage: FillStage) => void;
  /** The planner (default: src/sheets/fill.ts, the one every host uses; tests may pass another). */
  planFill?: PlanFill;
  /** Cell notes read and written (default: when the host has ExcelApi 1.18, ./requirements.ts). */
  notes?: boolean;
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
  progress("reading");
  // Revision (SPEC §2): against Fordel's own sheets of the same periods and groups, unless switched off.
  const notes = options.notes ?? hostHasNotes();
  const read = await readWorkbook(context, {
    picked: options.picked,
    published: settings.revision !== false,
    notes,
  });
  progress("computing");
  const outcome = await planAgainstPublished(
    read,
    settings,
    now,
    options.planFill ?? planFill,
  );
  const notWritten = (refused: Finding[]): ExcelFillResult => ({
    ...outcome,
    ...(refused.length > 0
      ? { findings: [...outcome.findings, ...refused] }
      : {}),
    syncs: read.syncs,
    requestBytes: [],
    written: false,
  });
  if (!outcome.plan) return notWritten([]);
  const refused = structureRefusal(read, outcome.plan, settings.lang);
  if (refused) return notWritten([refused]);
  progress("writing");
  const written = await write(context, outcome.plan, read, notes, {
    maxRequestBytes: options.maxRequestBytes,
    lang: settings.lang,
  });
  if ("stopped" in written) return notWritten([written.stopped]);
  return {
    ...outcome,
    syncs: read.syncs + written.syncs,
    requestBytes: written.requestBytes,
    written: true,
  };
}

/** The plan, revised against Fordel's published sheets when they were read; sheets too large to read back are said first. */
async function planAgainstPublished(
  read: GridRead,
  settings: FillSettings,
  now: Date,
  planner: PlanFill,
): Promise<FillOutcome> {
  const published =
    settings.revision !== false && read.published && read.published.length > 0
      ? (await import("../sheets/published")).readPublished(
          { sheets: read.published, existing: read.grid.existing },
          settings.lang,
          "",
        )
      : null;
  const planned = planner(
    read.grid,
    published ? { ...settings, previous: published.sheets } : settings,
    now,
  );
  const notRead = (read.publishedTooLarge ?? []).map((sheet) =>
    finding(
      "warning",
      "REVISION_NOT_READ",
      {
        sheet,
        reason:
          settings.lang === "da"
            ? "arket er for stort til at læse tilbage (en celle langt væk?)"
            : "the sheet is too large to read back (a cell far away?)",
      },
      { sheet },
      settings.lang,
    ),
  );
  return published || notRead.length > 0
    ? {
        ...planned,
        findings: [
          ...notRead,
          ...(published?.findings ?? []),
          ...planned.findings,
        ],
      }
    : planned;
}

/** Checked before the first change: with the structure protected, no sheet can be added or renamed. */
function structureRefusal(
  read: GridRead,
  plan: WritePlan,
  lang: Lang,
): Finding | null {
  const changesStructure =
    plan.log.create ||
    plan.sheets.some((s) => !s.replaces || s.replaces !== s.name);
  if (!read.structureProtected || !changesStructure) return null;
  return finding(
    "error",
    "WORKBOOK_PROTECTED",
    { sheets: plan.sheets.map((s) => `"${s.name}"`).join(", ") },
    {},
    lang,
  );
}

/** Writes the plan; when Excel fails part-way, the finding that says which sheets are incomplete. */
async function write(
  context: Excel.RequestContext,
  plan: WritePlan,
  read: GridRead,
  notes: boolean,
  options: { maxRequestBytes?: number; lang: Lang },
): Promise<{ syncs: number; requestBytes: number[] } | { stopped: Finding }> {
  const { WriteFailedError, writePlan } = await import("./write");
  try {
    return await writePlan(
      context,
      plan,
      {
        ...read.grid,
        ownership: read.ownership,
        definedNames: read.definedNames,
        notes,
        ...(read.fordelNotes ? { fordelNotes: read.fordelNotes } : {}),
      },
      { maxRequestBytes: options.maxRequestBytes },
    );
  } catch (error) {
    if (!(error instanceof WriteFailedError)) throw error;
    // Excel failed part-way: the sheets say so on themselves, the record marks them, and this finding says so too.
    const quote = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
    return {
      stopped: finding(
        "error",
        "SHEET_INCOMPLETE",
        { sheets: quote(error.incomplete), error: error.message },
        error.incomplete.length > 0 ? { sheet: error.incomplete[0] } : {},
        options.lang,
      ),
    };
  }
}
