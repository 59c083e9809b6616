import * as React from "react";
import { hasErrors, sheetsKept, writeStopped } from "../engine/findings";
import type { Lang } from "../engine/messages";
import type { RibbonFillReport } from "./host";
import { FindingsList } from "./FindingsList";
import { stringsFor } from "./i18n";
import { usePaneStyles } from "./styles";

/** True when the ribbon's last fill needs the user: it failed, filled nothing, found errors, or kept a sheet and wrote beside it. */
export function needsAttention(report: RibbonFillReport | null): report is RibbonFillReport {
  if (!report) return false;
  if (report.error !== null || !report.outcome) return true;
  return (
    report.outcome.unusable ||
    hasErrors(report.outcome.findings) ||
    sheetsKept(report.outcome.findings)
  );
}

export interface RibbonReportProps {
  report: RibbonFillReport;
  lang: Lang;
  onSelect: (sheet: string, cell: string) => void;
}

/** What the ribbon's fill ran into, shown first: the ribbon opens the pane for this. */
export function RibbonReport({ report, lang, onSelect }: RibbonReportProps) {
  const styles = usePaneStyles();
  const t = stringsFor(lang);
  if (report.error !== null || !report.outcome) {
    return (
      <section className={styles.errorNotice} aria-labelledby="ribbon-failed-title">
        <h2 id="ribbon-failed-title" className={styles.heading}>
          {t.ribbonFailed}
        </h2>
        <p>{t.fillFailed(report.error ?? "")}</p>
      </section>
    );
  }
  return (
    <div className={styles.errorNotice}>
      <FindingsList
        id="ribbon-findings"
        title={
          report.outcome.unusable || hasErrors(report.outcome.findings)
            ? t.ribbonTitle
            : t.ribbonKeptTitle
        }
        intro={
          report.outcome.unusable
            ? t.ribbonUnusable
            : writeStopped(report.outcome.findings)
              ? t.ribbonStopped
              : hasErrors(report.outcome.findings)
                ? t.ribbonBody
                : t.ribbonKept
        }
        findings={report.outcome.findings}
        lang={lang}
        onSelect={onSelect}
      />
    </div>
  );
}
