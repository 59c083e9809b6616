import * as React from "react";
import type { Lang } from "../engine";
import type { PeriodPreview } from "./host";
import { formatDecimal, stringsFor } from "./i18n";
import { styles } from "./styles";

/** |value| of a plain decimal string as a number, only for a bar's length (never shown or summed). */
const size = (value: string) => Math.abs(Number(value)) || 0;

function PeriodBars({
  p,
  lang,
  open,
}: {
  p: PeriodPreview;
  lang: Lang;
  open: boolean;
}) {
  const t = stringsFor(lang);
  const largest = Math.max(...p.totals.map(size), 0);
  const places = Math.max(0, p.decimals);
  const labelId = `preview-${p.period}-${p.group}`.replace(/\s+/g, "-");
  return (
    <details className={styles.fold} open={open}>
      <summary id={labelId}>
        {`${p.period} – ${t.group[p.group] ?? p.group}`}
        {p.sheet && (
          <span className={styles.muted}>{` ${t.previewSheet(p.sheet)}`}</span>
        )}
      </summary>
      <div className={styles.foldBody}>
        <dl
          className={styles.bars}
          aria-label={t.unitTotals(t.group[p.group] ?? p.group)}
        >
          {p.units.map((unit, i) => (
            <React.Fragment key={unit}>
              <dt>{unit}</dt>
              <dd
                className={styles.barTrack}
                aria-hidden="true"
                style={{ margin: 0 }}
              >
                <div
                  className={styles.bar}
                  style={{
                    width: `${largest > 0 ? (100 * size(p.totals[i])) / largest : 0}%`,
                  }}
                />
              </dd>
              <dd className={styles.number} style={{ margin: 0 }}>
                {formatDecimal(p.totals[i], lang, places)}
              </dd>
            </React.Fragment>
          ))}
        </dl>
        {p.adjusted.length === 0 ? (
          <p className={styles.muted}>{t.noneAdjusted}</p>
        ) : (
          <details className={styles.fold}>
            <summary>{t.adjustedCount(p.adjusted.length)}</summary>
            <div className={styles.foldBody}>
              <p className={styles.muted}>{t.adjustedWhy}</p>
              <ul className={styles.list}>
                {p.adjusted.map((a, i) => (
                  <li key={i} className={styles.finding}>
                    <strong>{`${a.initiative} · ${a.unit}: `}</strong>
                    {t.adjustedLine(
                      formatDecimal(a.exact, lang),
                      formatDecimal(a.shown, lang, places),
                      formatDecimal(a.round, lang, places),
                    )}
                  </li>
                ))}
              </ul>
            </div>
          </details>
        )}
      </div>
    </details>
  );
}

/** Before writing: per period each unit's total as a bar with its value, and the cells rounded against ROUND. */
export function Preview({
  preview,
  lang,
}: {
  preview: readonly PeriodPreview[];
  lang: Lang;
}) {
  const t = stringsFor(lang);
  if (preview.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="preview-title">
      <h2 id="preview-title" className={styles.heading}>
        {t.previewTitle}
      </h2>
      {preview.map((p, i) => (
        <PeriodBars
          key={`${p.period}-${p.group}`}
          p={p}
          lang={lang}
          open={i === 0}
        />
      ))}
    </section>
  );
}
