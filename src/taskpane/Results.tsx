import * as React from "react";
import { Link } from "@fluentui/react-components";
import type { Lang } from "../engine";
import type { PeriodChecks } from "../engine";
import type { FillView, PeriodResultView } from "./host";
import { unitLine } from "../sheets/step";
import { formatCount, formatDecimal, stepName, stringsFor } from "./i18n";
import { styles } from "./styles";

const CHECKS: (keyof PeriodChecks)[] = [
  "rowsAddUp",
  "childrenAddUp",
  "columnsAddUp",
];

export interface ResultsProps {
  view: FillView;
  lang: Lang;
  onOpenSheet: (sheet: string) => void;
}

function PeriodResult({
  result,
  lang,
  onOpenSheet,
}: {
  result: PeriodResultView;
  lang: Lang;
  onOpenSheet: (sheet: string) => void;
}) {
  const t = stringsFor(lang);
  const failed = CHECKS.filter((check) => !result.checks[check]);
  const headingId = `result-${result.period}-${result.group}`.replace(
    /\s+/g,
    "-",
  );
  return (
    <li className={styles.card}>
      <h3 id={headingId} className={styles.subheading}>
        {t.groupPeriod(result.period, t.group[result.group] ?? result.group)}
      </h3>
      <dl className={styles.facts}>
        <div>
          <dt>{t.rows}</dt>
          <dd>
            {formatCount(result.rows, lang)}
            {result.rowsWithErrors > 0 && (
              <span
                className={styles.error}
              >{` (${t.rowsWithErrors(result.rowsWithErrors)})`}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.unitsCount}</dt>
          <dd>{formatCount(result.units, lang)}</dd>
        </div>
        <div>
          <dt>{t.rounding}</dt>
          <dd>{`${stepName(result.decimals, lang)} · ${t.methodShort[result.method]}`}</dd>
        </div>
        <div>
          <dt>{t.maxDeviation}</dt>
          <dd>{formatDecimal(result.maxDeviation, lang)}</dd>
        </div>
      </dl>
      {result.excludedRows > 0 && (
        <p className={result.errors > 0 ? styles.error : styles.warning}>
          <span aria-hidden="true">⚠ </span>
          {t.excludedNotice(
            formatDecimal(
              result.excludedTotal,
              lang,
              Math.max(0, result.decimals),
            ),
            result.excludedRows,
            result.excludedUnreadable,
          )}
        </p>
      )}
      {result.errors > 0 && (
        <p className={styles.error}>
          <span aria-hidden="true">✗ </span>
          {t.errorsNotice(result.errors)}
        </p>
      )}
      {failed.length === 0 ? (
        result.excludedRows === 0 &&
        result.errors === 0 && (
          <p className={styles.success}>
            <span aria-hidden="true">✓ </span>
            {t.allChecksPassed}
          </p>
        )
      ) : (
        <ul className={styles.list}>
          {failed.map((check) => (
            <li key={check} className={styles.error}>
              <span aria-hidden="true">✗ </span>
              {`${t.checkFailedLabel}: ${t.checkName[check]}`}
            </li>
          ))}
        </ul>
      )}
      {result.sheet && (
        <Link as="button" onClick={() => onOpenSheet(result.sheet)}>
          {t.openSheet(result.sheet)}
        </Link>
      )}
    </li>
  );
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
