import * as React from "react";
import type { Lang } from "../engine";
import type { FillView } from "./host";
import { unitLine } from "../sheets/step";
import { stepName, stringsFor } from "./i18n";
import { PeriodResult } from "./PeriodResult";
import { styles } from "./styles";

export interface ResultsProps {
  view: FillView;
  lang: Lang;
  onOpenSheet: (sheet: string) => void;
}

/** After a fill: per period and group the sheet written, its size, how near exact, and the checks. */
export function Results({ view, lang, onOpenSheet }: ResultsProps) {
  const t = stringsFor(lang);
  return (
    <section className={styles.section} aria-label={t.resultsTitle}>
      {view.step && (
        <p className={styles.muted}>
          {t.stepUsed(stepName(view.step.decimals, lang), view.step)}
          {view.unitText ? ` ${unitLine(view.unitText, lang)}.` : ""}
        </p>
      )}
      {view.logSheet && (
        <p className={styles.muted}>{t.logWritten(view.logSheet)}</p>
      )}
      {view.periods.length > 0 && (
        <ul className={styles.list}>
          {view.periods.map((result) => (
            <PeriodResult
              key={`${result.period}-${result.group}`}
              result={result}
              lang={lang}
              onOpenSheet={onOpenSheet}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
