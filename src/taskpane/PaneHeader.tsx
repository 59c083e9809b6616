import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../engine";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

export interface PaneHeaderProps {
  lang: Lang;
  /** The amounts' unit as the input says it; null when it does not. */
  unitText: string | null;
  /** When the workbook was read ("14:05"); null before a read. */
  readAt: string | null;
  busy: boolean;
  onCheckAgain: () => void;
}

/** The header line: what, the unit, when the workbook was read, and reading it again. */
export function PaneHeader({
  lang,
  unitText,
  readAt,
  busy,
  onCheckAgain,
}: PaneHeaderProps) {
  const t = stringsFor(lang);
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      <span className={`${styles.muted} ${styles.headerText}`}>
        {[unitText ? t.unitLabel(unitText) : "", readAt ? t.readAt(readAt) : ""]
          .filter((x) => x)
          .join(" · ")}
      </span>
      <Button
        size="small"
        appearance="subtle"
        disabled={busy}
        onClick={onCheckAgain}
      >
        {t.checkAgain}
      </Button>
    </header>
  );
}
