/**
 * The outcome of the last ribbon fill, kept in the shared runtime so the task pane (same page,
 * same module instance) can show its findings when the ribbon opens the pane.
 */
import type { FillOutcome } from "../sheets/fill-types";

export interface RibbonFill {
  at: Date;
  /** null when the fill failed before there was an outcome. */
  outcome: FillOutcome | null;
  /** What went wrong when the fill failed (Excel error, unreadable workbook…). */
  error: string | null;
}

let last: RibbonFill | null = null;
const listeners = new Set<(fill: RibbonFill) => void>();

export function recordRibbonFill(fill: RibbonFill): void {
  last = fill;
  for (const listener of listeners) listener(fill);
}

export function lastRibbonFill(): RibbonFill | null {
  return last;
}

/** Calls `listener` on every later ribbon fill; returns the unsubscribe function. */
export function onRibbonFill(listener: (fill: RibbonFill) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
