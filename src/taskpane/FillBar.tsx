import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../engine";
import type { FillProgress, WritesView } from "./host";
import { stringsFor } from "./i18n";
import type { OutcomeLine } from "./outcome";
import { classes, styles } from "./styles";

export interface FillBarProps {
  lang: Lang;
  /** Sheets the fill writes (the button says how many); null before a check or when nothing can be filled. */
  writes: WritesView | null;
  /** Why the fill cannot start now (shown instead of what it writes); null = it can. */
  blocked: string | null;
  running: boolean;
  progress: FillProgress | null;
  /** The last fill's outcome (from the pane or the ribbon), with who filled when not the pane. */
  outcome: (OutcomeLine & { by?: string }) | null;
  /** A line under the outcome, e.g. that the settings were saved. */
  note: string | null;
  onFill: () => void;
}

const ICON = { success: "✓", warning: "⚠", error: "✗" };

/**
 * The sticky footer: the one primary action with what it will write, its progress while it
 * runs and its outcome afterwards – all in the same place, in view whatever the pane scrolls to.
 */
export function FillBar({
  lang,
  writes,
  blocked,
  running,
  progress,
  outcome,
  note,
  onFill,
}: FillBarProps) {
  const t = stringsFor(lang);
  const created =
    writes?.sheets.filter((s) => !s.replaces).map((s) => s.name) ?? [];
  const replaced =
    writes?.sheets.filter((s) => s.replaces).map((s) => s.name) ?? [];
  const tone =
    outcome &&
    { success: styles.success, warning: styles.warning, error: styles.error }[
      outcome.tone
    ];
  return (
    <footer className={styles.footer} aria-label={t.fill}>
      {blocked !== null ? (
        <p className={styles.muted} id="fill-why">
          {blocked}
        </p>
      ) : (
        writes && (
          <p className={styles.muted} id="fill-why">
            {t.writesLine(created, replaced, writes.log)}
          </p>
        )
      )}
      <Button
        appearance="primary"
        className={styles.primary}
        disabled={running || blocked !== null}
        aria-describedby="fill-why"
        onClick={onFill}
        data-primary="fill"
      >
        {t.fillSheets(writes?.allocations ?? 0)}
      </Button>
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
    </footer>
  );
}
