import * as React from "react";
import { Button, mergeClasses } from "@fluentui/react-components";
import { localize, type Finding, type Severity } from "../engine/findings";
import type { Lang } from "../engine/messages";
import { stringsFor } from "./i18n";
import { usePaneStyles } from "./styles";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Excel's way of writing a cell on a sheet: quotes around names that need them. */
export function cellReference(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

function placeText(f: Finding): string {
  const parts: string[] = [];
  if (f.sheet && f.cell) parts.push(cellReference(f.sheet, f.cell));
  else if (f.sheet) parts.push(f.sheet);
  if (f.initiative) parts.push(f.initiative);
  if (f.period) parts.push(f.period);
  return parts.join(" · ");
}

export interface FindingsListProps {
  findings: readonly Finding[];
  lang: Lang;
  /** Called with the finding's sheet and cell when the user activates it. */
  onSelect: (sheet: string, cell: string) => void;
  /** Heading above the groups; the id ties the region to it. */
  title: string;
  id: string;
  /** A sentence under the heading (what to do about these findings). */
  intro?: string;
}

/** Findings grouped by severity with counts; each finding that points at a cell is a button that selects it. */
export function FindingsList({ findings, lang, onSelect, title, id, intro }: FindingsListProps) {
  const styles = usePaneStyles();
  const t = stringsFor(lang);
  const shown = React.useMemo(() => localize(findings, lang), [findings, lang]);
  const headingId = `${id}-title`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {intro && <p>{intro}</p>}
      {shown.length === 0 && <p>{t.noFindings}</p>}
      {SEVERITIES.map((severity) => {
        const group = shown.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const groupId = `${id}-${severity}`;
        return (
          <div key={severity} className={styles.section}>
            <h3
              id={groupId}
              className={mergeClasses(styles.subheading, severity === "error" ? styles.error : severity === "warning" ? styles.warning : undefined)}
            >
              {`${t.severity[severity]} (${group.length})`}
            </h3>
            <ul className={styles.list} aria-labelledby={groupId}>
              {group.map((f, i) => {
                const place = placeText(f);
                const body = (
                  <span className={styles.section}>
                    <span>{f.message}</span>
                    {place && <span className={styles.muted}>{place}</span>}
                  </span>
                );
                return (
                  <li key={`${f.code}-${f.sheet ?? ""}-${f.cell ?? ""}-${i}`}>
                    {f.sheet && f.cell ? (
                      <Button
                        appearance="subtle"
                        className={styles.findingButton}
                        title={t.goToCell(cellReference(f.sheet, f.cell))}
                        onClick={() => onSelect(f.sheet!, f.cell!)}
                      >
                        {body}
                      </Button>
                    ) : (
                      <span className={styles.findingText}>{body}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
