import * as React from "react";
import type { Lang } from "../engine";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

export interface StatusLineProps {
  lang: Lang;
  /** Reading the workbook for the first time. */
  loading: boolean;
  checkError: string | null;
  goToError: string | null;
}

/** What the pane is doing or what failed, announced to screen readers as it changes. */
export function StatusLine({
  lang,
  loading,
  checkError,
  goToError,
}: StatusLineProps) {
  const t = stringsFor(lang);
  return (
    <div role="status" aria-live="polite">
      {loading && <p className={styles.muted}>{t.loading}</p>}
      {checkError !== null && (
        <p className={styles.error}>{t.checkFailed(checkError)}</p>
      )}
      {goToError !== null && (
        <p className={styles.error}>{t.goToFailed(goToError)}</p>
      )}
    </div>
  );
}
