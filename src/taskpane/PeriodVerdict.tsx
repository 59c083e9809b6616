import * as React from "react";
import type { Lang, PeriodChecks } from "../engine";
import type { PeriodResultView } from "./host";
import { formatDecimal, stringsFor } from "./i18n";
import { styles } from "./styles";

const CHECKS: (keyof PeriodChecks)[] = [
  "rowsAddUp",
  "childrenAddUp",
  "columnsAddUp",
];

/**
 * What a written sheet can be trusted for: money left out, errors, failed checks – and "all
 * checks passed" only when there is none of them.
 */
export function PeriodVerdict({
  result,
  lang,
}: {
  result: PeriodResultView;
  lang: Lang;
}) {
  const t = stringsFor(lang);
  const failed = CHECKS.filter((check) => !result.checks[check]);
  return (
    <>
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
    </>
  );
}
