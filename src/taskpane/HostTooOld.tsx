import * as React from "react";
import type { Lang } from "../engine";
import { styles } from "./styles";

const TEXT = {
  da: {
    title: "Denne version af Excel er for gammel til Fordel",
    body: (missing: string) =>
      `Fordel kræver ${missing}. Brug Excel til Microsoft 365, Excel 2021 eller nyere, eller Excel på internettet – eller bed din it-afdeling om at opdatere Office. Intet i projektmappen er ændret.`,
  },
  en: {
    title: "This version of Excel is too old for Fordel",
    body: (missing: string) =>
      `Fordel needs ${missing}. Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web – or ask your IT department to update Office. Nothing in the workbook was changed.`,
  },
};

/** Shown instead of the pane when the host lacks a requirement set Fordel uses (src/excel/requirements.ts). */
export function HostTooOld({
  lang,
  missing,
}: {
  lang: Lang;
  missing: readonly string[];
}) {
  const t = TEXT[lang];
  return (
    <section
      className={styles.notice}
      role="alert"
      aria-labelledby="too-old-title"
    >
      <h2 id="too-old-title" className={styles.heading}>
        {t.title}
      </h2>
      <p>{t.body(missing.join(", "))}</p>
    </section>
  );
}
