import * as React from "react";
import { Link } from "@fluentui/react-components";
import type { Lang } from "../engine";
import type { PeriodResultView } from "./host";
import { stringsFor } from "./i18n";
import { PeriodFacts } from "./PeriodFacts";
import { PeriodVerdict } from "./PeriodVerdict";
import { styles } from "./styles";

/** One written sheet's card: which period and group, its facts, its verdict, a way to open it. */
export function PeriodResult({
  result,
  lang,
  onOpenSheet,
}: {
  result: PeriodResultView;
  lang: Lang;
  onOpenSheet: (sheet: string) => void;
}) {
  const t = stringsFor(lang);
  const headingId = `result-${result.period}-${result.group}`.replace(
    /\s+/g,
    "-",
  );
  return (
    <li className={styles.card}>
      <h3 id={headingId} className={styles.subheading}>
        {t.groupPeriod(result.period, t.group[result.group] ?? result.group)}
      </h3>
      <PeriodFacts result={result} lang={lang} />
      <PeriodVerdict result={result} lang={lang} />
      {result.sheet && (
        <Link as="button" onClick={() => onOpenSheet(result.sheet)}>
          {t.openSheet(result.sheet)}
        </Link>
      )}
    </li>
  );
}
