import * as React from "react";
import type { Lang } from "../engine";
import type { PassOn } from "../sheets/pass-on";
import type { FillSettings } from "../sheets/fill-types";
import { PassOnDraft } from "./PassOnDraft";
import { PassOnList } from "./PassOnList";
import { PASS_ON_STRINGS } from "./passOnStrings";
import { styles } from "./styles";

/**
 * "Fordel videre" / "Pass on" (SPEC §1): which unit's column is passed on to which group of own
 * units (Region Hovedstaden → Hospitaler). Self-contained: it edits `settings.passOn` and says
 * nothing else; the pane saves the settings in the document with the rest.
 */
export interface PassOnSectionProps {
  settings: FillSettings;
  onChange: (settings: FillSettings) => void;
  lang: Lang;
  /** Units the first step allocates to (offered as suggestions), when known. */
  units?: readonly string[];
  /** Groups of own units in the keys table (offered as suggestions), when known. */
  groups?: readonly string[];
}

export function PassOnSection({
  settings,
  onChange,
  lang,
  units = [],
  groups = [],
}: PassOnSectionProps) {
  const t = PASS_ON_STRINGS[lang];
  const list = settings.passOn ?? [];

  const add = (passOn: PassOn) =>
    onChange({ ...settings, passOn: [...list, passOn] });
  const remove = (i: number) => {
    const next = list.filter((_, k) => k !== i);
    const rest: FillSettings = { ...settings };
    delete rest.passOn;
    onChange(next.length > 0 ? { ...rest, passOn: next } : rest);
  };

  return (
    <section className={styles.section} aria-labelledby="pass-on-title">
      <h2 id="pass-on-title" className={styles.heading}>
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <PassOnList list={list} t={t} onRemove={remove} />
      <PassOnDraft
        list={list}
        t={t}
        units={units}
        groups={groups}
        onAdd={add}
      />
    </section>
  );
}
