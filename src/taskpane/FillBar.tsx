import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../engine";
import { FillStatus, type FillStatusProps } from "./FillStatus";
import type { FillProgress, WritesView } from "./host";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

export interface FillBarProps {
  lang: Lang;
  /** Sheets the fill writes (the button says how many); null before a check or when nothing can be filled. */
  writes: WritesView | null;
  /** Why the fill cannot start now (shown instead of what it writes); null = it can. */
  blocked: string | null;
  running: boolean;
  progress: FillProgress | null;
  /** The last fill's outcome (from the pane or the ribbon), with who filled when not the pane. */
  outcome: FillStatusProps["outcome"];
  /** A line under the outcome, e.g. that the settings were saved. */
  note: string | null;
  onFill: () => void;
}

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
      <FillStatus
        lang={lang}
        running={running}
        progress={progress}
        outcome={outcome}
        note={note}
      />
    </footer>
  );
}
