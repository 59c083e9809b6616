/**
 * The pane's state as plain values, and what it shows that follows from them: why Fill is
 * blocked, the outcome line, which fill's findings are listed. No React here.
 */
import type { Finding } from "../engine";
import type { Lang } from "../engine";
import { DEFAULT_SETTINGS, type FillSettings } from "../sheets/fill-types";
import { settingsFindings } from "../sheets/settings-check";
import type {
  CheckView,
  FillProgress,
  FillView,
  RibbonFillReport,
} from "./host";
import { localeOf, stringsFor } from "./i18n";
import { outcomeOf, type OutcomeLine } from "./outcome";
import { fillViewOf } from "./views";

/** The last check; a new check keeps showing the previous one until it is done. */
export interface CheckState {
  view: CheckView | null;
  loading: boolean;
  error: string | null;
  /** When the workbook was read. */
  at: Date | null;
}

export type FillState =
  | { state: "idle" }
  | { state: "running"; progress: FillProgress | null }
  | { state: "done"; view: FillView }
  | { state: "failed"; message: string };

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/** Equal settings, the defaults filled in (a saved document may lack newer settings). */
export const sameSettings = (a: FillSettings | null, b: FillSettings) =>
  a !== null &&
  JSON.stringify({ ...DEFAULT_SETTINGS, ...a }) ===
    JSON.stringify({ ...DEFAULT_SETTINGS, ...b });

/** Why Fill cannot run now, in the pane's words; null when it can. */
export function blockedReason(
  check: CheckState,
  settings: FillSettings,
): string | null {
  const t = stringsFor(settings.lang);
  const view = check.view;
  if (!view)
    return check.error !== null ? t.checkFailed(check.error) : t.waitForCheck;
  if (view.unusable)
    return t.cannotFill(
      view.missing.includes("initiatives")
        ? "initiatives"
        : view.missing.includes("keys")
          ? "keys"
          : "tables",
    );
  // The one settings check (src/sheets/settings-check.ts), as the ribbon and the command line get it.
  const refused =
    view.periods.length > 0
      ? (settingsFindings(settings, view.periods, settings.lang)[0] ?? null)
      : null;
  if (refused)
    return refused.code === "NO_PERIOD_CHOSEN"
      ? t.choosePeriod
      : refused.message;
  return null;
}

/** The ribbon's last fill as the pane shows it: its view, when it finished. */
export function ribbonViewOf(ribbon: RibbonFillReport | null): FillView | null {
  return ribbon?.outcome ? fillViewOf(ribbon.outcome) : null;
}

/** The footer's outcome: the pane's fill, else the ribbon's (marked so); null before any. */
export function outcomeLineOf(
  fill: FillState,
  ribbon: RibbonFillReport | null,
  ribbonView: FillView | null,
  lang: Lang,
): (OutcomeLine & { by?: string }) | null {
  const t = stringsFor(lang);
  if (fill.state === "done") return outcomeOf(fill.view, lang);
  if (fill.state === "failed")
    return { tone: "error", text: t.fillFailed(fill.message) };
  if (!ribbon) return null;
  return ribbonView
    ? { ...outcomeOf(ribbonView, lang), by: t.fromRibbon }
    : {
        tone: "error",
        text: t.fillFailed(ribbon.error ?? ""),
        by: t.fromRibbon,
      };
}

/** The one findings list: the pane's fill's, else the ribbon's, else the check's. */
export function shownFindings(
  fill: FillState,
  ribbonView: FillView | null,
  view: CheckView | null,
): Finding[] {
  if (fill.state === "done") return fill.view.findings;
  if (ribbonView) return ribbonView.findings;
  return view?.findings ?? [];
}

/** When the workbook was read, as hours and minutes in the language; null before a read. */
export function readTime(at: Date | null, lang: Lang): string | null {
  return at
    ? new Intl.DateTimeFormat(localeOf(lang), {
        hour: "2-digit",
        minute: "2-digit",
      }).format(at)
    : null;
}
