import * as React from "react";
import { Link } from "@fluentui/react-components";
import { localize, type Finding } from "../engine";
import type { Lang } from "../engine";
import { stringsFor } from "./i18n";
import { classes, styles } from "./styles";

/** Excel's way of writing a cell on a sheet: quotes around names that need them. */
export function cellReference(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

/** Information findings by code, in order of first appearance: one fold per cause, with its count. */
export function groupByCode(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.code) ?? [];
    group.push(f);
    groups.set(f.code, group);
  }
  return [...groups.values()];
}

export interface FindingsListProps {
  findings: readonly Finding[];
  lang: Lang;
  /** Called with the finding's sheet and cell when the user activates its link. */
  onSelect: (sheet: string, cell: string) => void;
  /** Heading above the list; the id ties the region to it. */
  title: string;
  id: string;
}

function FindingItem({
  f,
  lang,
  onSelect,
}: {
  f: Finding;
  lang: Lang;
  onSelect: FindingsListProps["onSelect"];
}) {
  const t = stringsFor(lang);
  const where =
    f.sheet && f.cell ? cellReference(f.sheet, f.cell) : (f.sheet ?? null);
  return (
    <li className={styles.finding}>
      <span>{f.message}</span>{" "}
      {f.sheet && f.cell ? (
        <Link
          as="button"
          inline
          title={t.goToCell(where!)}
          onClick={() => onSelect(f.sheet!, f.cell!)}
        >
          {`${t.goTo} ${where} →`}
        </Link>
      ) : (
        where && <span className={styles.muted}>{`(${where})`}</span>
      )}
    </li>
  );
}

/**
 * One findings list for the pane: errors and warnings open, each with a link to its cell;
 * information folded and grouped by cause with a count, so it does not push the rest away.
 */
export function FindingsList({
  findings,
  lang,
  onSelect,
  title,
  id,
}: FindingsListProps) {
  const t = stringsFor(lang);
  const shown = React.useMemo(() => localize(findings, lang), [findings, lang]);
  const headingId = `${id}-title`;
  const of = (severity: Finding["severity"]) =>
    shown.filter((f) => f.severity === severity);
  const errors = of("error");
  const warnings = of("warning");
  const infos = of("info");
  const open = (list: Finding[], severity: "error" | "warning") => {
    if (list.length === 0) return null;
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
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {shown.length === 0 && <p>{t.noFindings}</p>}
      {open(errors, "error")}
      {open(warnings, "warning")}
      {infos.length > 0 && (
        <details className={styles.fold}>
          <summary
            id={`${id}-info`}
          >{`${t.severity.info} (${infos.length})`}</summary>
          <div className={styles.foldBody}>
            {groupByCode(infos).map((group) =>
              group.length === 1 ? (
                <ul key={group[0].code} className={styles.list}>
                  <FindingItem f={group[0]} lang={lang} onSelect={onSelect} />
                </ul>
              ) : (
                <details key={group[0].code} className={styles.fold}>
                  <summary className={styles.finding}>
                    <span
                      className={styles.muted}
                    >{`${t.infoGroup(group.length)}: `}</span>
                    <span>{group[0].message}</span>
                  </summary>
                  <ul
                    className={styles.list}
                    aria-label={`${t.severity.info}: ${group[0].code}`}
                  >
                    {group.map((f, i) => (
                      <FindingItem
                        key={`${f.sheet ?? ""}-${f.cell ?? ""}-${i}`}
                        f={f}
                        lang={lang}
                        onSelect={onSelect}
                      />
                    ))}
                  </ul>
                </details>
              ),
            )}
          </div>
        </details>
      )}
    </section>
  );
}
