import * as React from "react";
import type { Finding, Lang } from "../engine";
import { FindingItem, type SelectCell } from "./FindingItem";
import { stringsFor } from "./i18n";
import { classes, styles } from "./styles";

export interface SeverityGroupProps {
  list: Finding[];
  severity: "error" | "warning";
  lang: Lang;
  onSelect: SelectCell;
  /** The findings list's id; the group's heading id is made from it. */
  id: string;
}

/** Errors or warnings, open: a heading with the count, then each finding with its link. */
export function SeverityGroup({
  list,
  severity,
  lang,
  onSelect,
  id,
}: SeverityGroupProps) {
  if (list.length === 0) return null;
  const t = stringsFor(lang);
  const groupId = `${id}-${severity}`;
  return (
    <div className={styles.section}>
      <h3
        id={groupId}
        className={classes(
          styles.subheading,
          severity === "error" ? styles.error : styles.warning,
        )}
      >
        <span aria-hidden="true">{severity === "error" ? "✗ " : "⚠ "}</span>
        {`${t.severity[severity]} (${list.length})`}
      </h3>
      <ul className={styles.list} aria-labelledby={groupId}>
        {list.map((f, i) => (
          <FindingItem
            key={`${f.code}-${f.sheet ?? ""}-${f.cell ?? ""}-${i}`}
            f={f}
            lang={lang}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </div>
  );
}
