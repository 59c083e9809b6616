/**
 * What a fill came to, in one line and one tone, for the footer: green only when every check
 * passed and nothing was left out or is to be looked at; amber when rows were left out, a
 * warning was found or a changed sheet was kept; red on errors, failed checks or no fill.
 */
import { sheetsKept } from "../engine";
import type { Lang } from "../engine";
import type { FillView } from "./host";
import { stringsFor } from "./i18n";

export type OutcomeTone = "success" | "warning" | "error";

export interface OutcomeLine {
  tone: OutcomeTone;
  text: string;
}

export function outcomeOf(view: FillView, lang: Lang): OutcomeLine {
  const t = stringsFor(lang);
  if (view.unusable) return { tone: "error", text: t.unusable };
  if (view.stopped) return { tone: "error", text: t.fillStopped };
  const count = (severity: string) =>
    view.findings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const excluded = view.periods.reduce((n, p) => n + p.excludedRows, 0);
  const failedChecks = view.periods.reduce(
    (n, p) => n + Object.values(p.checks).filter((ok) => !ok).length,
    0,
  );
  const kept = sheetsKept(view.findings);
  const problems = [
    errors > 0 ? t.outcomeErrors(errors) : "",
    failedChecks > 0 ? t.outcomeChecksFailed(failedChecks) : "",
    excluded > 0 ? t.outcomeExcluded(excluded) : "",
    warnings > 0 ? t.outcomeWarnings(warnings) : "",
    kept ? t.outcomeKept : "",
  ].filter((p) => p !== "");
  const sheets = t.outcomeSheets(view.periods.length);
  if (problems.length === 0)
    return { tone: "success", text: `${sheets}: ${t.outcomeAllPassed}` };
  const tone: OutcomeTone =
    errors > 0 || failedChecks > 0 ? "error" : "warning";
  return {
    tone,
    text: `${sheets}, ${t.outcomeBut} ${problems.join(", ")} – ${t.outcomeSeeFindings}`,
  };
}
