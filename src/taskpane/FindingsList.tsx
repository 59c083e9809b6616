import * as React from "react";
import { localize, type Finding } from "../engine";
import type { Lang } from "../engine";
import type { SelectCell } from "./FindingItem";
import { stringsFor } from "./i18n";
import { InfoFold } from "./InfoFold";
import { SeverityGroup } from "./SeverityGroup";
import { styles } from "./styles";

export { cellReference } from "./FindingItem";
export { groupByCode } from "./InfoFold";

export interface FindingsListProps {
  findings: readonly Finding[];
  lang: Lang;
  /** Called with the finding's sheet and cell when the user activates its link. */
  onSelect: SelectCell;
  /** Heading above the list; the id ties the region to it. */
  title: string;
  id: string;
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
  const group = { lang, onSelect, id };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {shown.length === 0 && <p>{t.noFindings}</p>}
      <SeverityGroup list={of("error")} severity="error" {...group} />
      <SeverityGroup list={of("warning")} severity="warning" {...group} />
      <InfoFold infos={of("info")} {...group} />
    </section>
  );
}
