import * as React from "react";
import type { Lang } from "../engine";
import type { FillProgress } from "./host";
import { stringsFor } from "./i18n";
import type { OutcomeLine } from "./outcome";
import { classes, styles } from "./styles";

export interface FillStatusProps {
  lang: Lang;
  running: boolean;
  progress: FillProgress | null;
  /** The last fill's outcome, with who filled when not the pane. */
  outcome: (OutcomeLine & { by?: string }) | null;
  note: string | null;
}

const ICON = { success: "✓", warning: "⚠", error: "✗" };

/** The fill's progress while it runs, its outcome and a note afterwards: one live region, read as a whole. */
export function FillStatus({
  lang,
  running,
  progress,
  outcome,
  note,
}: FillStatusProps) {
  const t = stringsFor(lang);
  const tone =
    outcome &&
    { success: styles.success, warning: styles.warning, error: styles.error }[
      outcome.tone
    ];
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {running && (
        // The browser's own progress bar (Fluent's costs bundle size): no value = indeterminate.
        <div className={styles.section}>
          <span id="fill-stage">{t.stage[progress?.stage ?? "reading"]}</span>
          <progress
            className={styles.progress}
            aria-labelledby="fill-stage"
            max={1}
            value={progress?.fraction}
          />
        </div>
      )}
      {!running && outcome && (
        <p
          className={classes(styles.outcome, tone ?? undefined)}
          data-tone={outcome.tone}
        >
          <span aria-hidden="true">{`${ICON[outcome.tone]} `}</span>
          {outcome.by ? `${outcome.by}: ` : ""}
          {outcome.text}
        </p>
      )}
      {!running && note && <p className={styles.muted}>{note}</p>}
    </div>
  );
}
