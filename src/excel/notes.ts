/* global Excel */
/**
 * Cell notes on Fordel's sheets (ExcelApi 1.18, ./requirements.ts): the exact value of a cell
 * rounded against ROUND (PlanCell.note), as the CLI writes them (src/cli/notes.ts). The read
 * (./ownership.ts) keeps the notes Fordel wrote – known by their text, src/sheets/notes.ts – as
 * loaded objects; a sheet with any other note is the user's work and is never written into, so
 * only these are deleted, each the very note that was read (not "the n-th note", which a note
 * added since would shift).
 */
import { cellAddress } from "../sheets/grid";
import type { SheetPlan } from "../sheets/plan";
import { jsonBytes, RequestBudget } from "./request-size";

/** Queues the deletion of Fordel's own notes read on a sheet about to be emptied. */
export async function deleteOwnNotes(
  budget: RequestBudget,
  notes: readonly Excel.Note[],
): Promise<void> {
  for (const note of notes) {
    await budget.fit(0, 2);
    note.delete();
  }
}

/** Queues a note on each cell of the plan that has one. */
export async function addNotes(
  budget: RequestBudget,
  sheet: () => Excel.Worksheet,
  plan: SheetPlan,
): Promise<void> {
  for (let r = 0; r < plan.cells.length; r++) {
    const row = plan.cells[r];
    for (let c = 0; c < row.length; c++) {
      const text = row[c]?.note;
      if (!text) continue;
      const address = cellAddress(r, c);
      await budget.fit(jsonBytes(address) + jsonBytes(text), 3);
      sheet().notes.add(address, text);
    }
  }
}
