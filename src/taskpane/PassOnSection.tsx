import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { sameName, type Lang } from "../engine";
import type { PassOn } from "../sheets/pass-on";
import type { FillSettings } from "../sheets/fill-types";
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

const STRINGS = {
  da: {
    title: "Fordel videre",
    intro:
      "En enheds tal på fordelingen fordeles videre med en gruppes egen nøgle, fx Region Hovedstaden til Hospitaler. Tallene summer præcist til enhedens kolonne.",
    unit: "Enhed",
    group: "Gruppe",
    add: "Tilføj",
    remove: (p: PassOn) => `Fjern ${p.unit} → ${p.group}`,
    none: "Der fordeles ikke videre.",
    duplicate: "Den er allerede med.",
    unitHint: "fx Region Hovedstaden",
    groupHint: "fx Hospitaler",
  },
  en: {
    title: "Pass on",
    intro:
      "A unit's figures on the allocation are passed on by a group's own key, e.g. Region Hovedstaden to Hospitals. The figures add up exactly to the unit's column.",
    unit: "Unit",
    group: "Group",
    add: "Add",
    remove: (p: PassOn) => `Remove ${p.unit} → ${p.group}`,
    none: "Nothing is passed on.",
    duplicate: "It is already there.",
    unitHint: "e.g. Region Hovedstaden",
    groupHint: "e.g. Hospitals",
  },
};

const same = (a: PassOn, b: PassOn) =>
  sameName(a.unit, b.unit) && sameName(a.group, b.group);

export function PassOnSection({
  settings,
  onChange,
  lang,
  units = [],
  groups = [],
}: PassOnSectionProps) {
  const t = STRINGS[lang];
  const list = settings.passOn ?? [];
  const [unit, setUnit] = React.useState("");
  const [group, setGroup] = React.useState("");
  const draft: PassOn = { unit: unit.trim(), group: group.trim() };
  const duplicate = list.some((p) => same(p, draft));
  const ready = draft.unit !== "" && draft.group !== "" && !duplicate;

  const add = () => {
    if (!ready) return;
    onChange({ ...settings, passOn: [...list, draft] });
    setUnit("");
    setGroup("");
  };
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
      {list.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul aria-labelledby="pass-on-title">
          {list.map((p, i) => (
            <li key={`${p.unit}→${p.group}`}>
              {`${p.unit} → ${p.group} `}
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.remove(p)}
                onClick={() => remove(i)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Field label={t.unit} hint={t.unitHint}>
        <Input
          value={unit}
          list="pass-on-units"
          onChange={(_, d) => setUnit(d.value)}
        />
      </Field>
      <Field
        label={t.group}
        hint={t.groupHint}
        validationMessage={duplicate ? t.duplicate : undefined}
      >
        <Input
          value={group}
          list="pass-on-groups"
          onChange={(_, d) => setGroup(d.value)}
          onKeyDown={(e) => e.key === "Enter" && add()}
        />
      </Field>
      <datalist id="pass-on-units">
        {units.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <datalist id="pass-on-groups">
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <Button onClick={add} disabled={!ready}>
        {t.add}
      </Button>
    </section>
  );
}
