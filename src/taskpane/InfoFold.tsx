import * as React from "react";
import type { Finding, Lang } from "../engine";
import { FindingItem, type SelectCell } from "./FindingItem";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

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

interface InfoProps {
  lang: Lang;
  onSelect: SelectCell;
}

/** One cause found more than once: its count and first message, the findings folded under it. */
function InfoCause({
  group,
  lang,
  onSelect,
}: InfoProps & { group: Finding[] }) {
  const t = stringsFor(lang);
  return (
    <details className={styles.fold}>
      <summary className={styles.finding}>
        <span className={styles.muted}>{`${t.infoGroup(group.length)}: `}</span>
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
  );
}

/** Information, folded and grouped by cause, so it does not push errors and warnings away. */
export function InfoFold({
  infos,
  lang,
  onSelect,
  id,
}: InfoProps & { infos: Finding[]; id: string }) {
  if (infos.length === 0) return null;
  const t = stringsFor(lang);
  return (
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
            <InfoCause
              key={group[0].code}
              group={group}
              lang={lang}
              onSelect={onSelect}
            />
          ),
        )}
      </div>
    </details>
  );
}
