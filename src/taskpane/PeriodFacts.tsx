import * as React from "react";
import type { Lang } from "../engine";
import type { PeriodResultView } from "./host";
import { formatCount, formatDecimal, stepName, stringsFor } from "./i18n";
import { styles } from "./styles";

/** A written sheet's size, rounding and how near exact it came. */
export function PeriodFacts({
  result,
  lang,
}: {
  result: PeriodResultView;
  lang: Lang;
}) {
  const t = stringsFor(lang);
  return (
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
  );
}
