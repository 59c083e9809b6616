import * as React from "react";
import type { Lang } from "../engine";
import { Checkbox } from "./choices";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

export interface PeriodChoiceProps {
  /** Periods found in the workbook, in table order. */
  periods: readonly string[];
  /** The periods chosen; undefined = all of them (also those added to the workbook later). */
  chosen: readonly string[] | undefined;
  lang: Lang;
  onChange: (chosen: string[] | undefined) => void;
}

/** Which periods to fill, one check box each; says so when none is chosen. */
export function PeriodChoice({
  periods,
  chosen,
  lang,
  onChange,
}: PeriodChoiceProps) {
  if (periods.length === 0) return null;
  const t = stringsFor(lang);
  const selected = (period: string) =>
    chosen === undefined || chosen.includes(period);
  const toggle = (period: string, on: boolean) => {
    const next = periods.filter((p) => (p === period ? on : selected(p)));
    onChange(next.length === periods.length ? undefined : next);
  };
  return (
    <div
      role="group"
      aria-labelledby="periods-label"
      className={styles.section}
    >
      <span id="periods-label" className={styles.groupLabel}>
        {t.periodsToFill}
      </span>
      <div className={styles.row}>
        {periods.map((period) => (
          <Checkbox
            key={period}
            label={period}
            checked={selected(period)}
            onChange={(_, data) => toggle(period, data.checked === true)}
          />
        ))}
      </div>
      {periods.every((p) => !selected(p)) && (
        <p className={styles.error}>{t.choosePeriod}</p>
      )}
    </div>
  );
}
