import * as React from "react";
import type { Lang } from "../engine";
import type { FillView } from "./host";
import { stringsFor } from "./i18n";
import { Results } from "./Results";
import { styles } from "./styles";

export interface ResultsFoldProps {
  lang: Lang;
  /** The fill shown (the pane's or the ribbon's); null before any. */
  fill: FillView | null;
  onOpenSheet: (sheet: string) => void;
}

/** What a fill wrote, per period, folded; nothing when it wrote no period. */
export function ResultsFold({ lang, fill, onOpenSheet }: ResultsFoldProps) {
  if (!fill || fill.unusable || fill.stopped || fill.periods.length === 0)
    return null;
  return (
    <details className={styles.fold}>
      <summary>{stringsFor(lang).resultsTitle}</summary>
      <div className={styles.foldBody}>
        <Results view={fill} lang={lang} onOpenSheet={onOpenSheet} />
      </div>
    </details>
  );
}
