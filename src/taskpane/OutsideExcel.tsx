import * as React from "react";
import type { Lang } from "../engine";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

/** Shown instead of the pane when the page was opened in a plain browser: nothing to read or fill. */
export function OutsideExcel({ lang }: { lang: Lang }) {
  const t = stringsFor(lang);
  return (
    <section className={styles.notice} aria-labelledby="outside-title">
      <h2 id="outside-title" className={styles.heading}>
        {t.outsideTitle}
      </h2>
      <p>{t.outsideBody}</p>
    </section>
  );
}
