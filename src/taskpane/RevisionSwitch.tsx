import * as React from "react";
import { Field } from "@fluentui/react-components";
import { Checkbox } from "./choices";
import type { Lang } from "../engine";
import type { FillSettings } from "../sheets/fill-types";

/**
 * The switch for revision (SPEC §2): a re-fill compares with Fordel's own sheets of the same
 * periods and groups and changes as few published figures as it can, with a change sheet. On by
 * default; self-contained, so the pane can place it in its settings form.
 */
const WORDS = {
  da: {
    label: "Sammenlign med de udsendte tal",
    hint: "Ved genudfyldning ændres så få tal som muligt i forhold til Fordels eksisterende ark; ændringerne står på arket Ændringer.",
  },
  en: {
    label: "Compare with the figures sent out",
    hint: "A re-fill changes as few figures as possible from Fordel's existing sheets; the changes are listed on the sheet Changes.",
  },
};

export interface RevisionSwitchProps {
  settings: FillSettings;
  lang: Lang;
  onChange: (settings: FillSettings) => void;
}

export function RevisionSwitch({
  settings,
  lang,
  onChange,
}: RevisionSwitchProps) {
  const w = WORDS[lang];
  const on = settings.revision !== false;
  return (
    <Field hint={w.hint}>
      <Checkbox
        label={w.label}
        checked={on}
        onChange={(_, data) => {
          const next = { ...settings };
          // Only "off" is stored: on is the default.
          if (data.checked) delete next.revision;
          else next.revision = false;
          onChange(next);
        }}
      />
    </Field>
  );
}
