import * as React from "react";
import { Field } from "@fluentui/react-components";
import type { Lang } from "../engine";
import { Radio, RadioGroup } from "./choices";
import { LANGUAGE_NAMES, stringsFor } from "./i18n";

const LANGS: Lang[] = ["da", "en"];

export interface LanguageChoiceProps {
  /** The language chosen for the sheets and findings. */
  value: Lang;
  /** The pane's language (the field's label). */
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** The language of what a fill writes; each option named in its own language. */
export function LanguageChoice({ value, lang, onChange }: LanguageChoiceProps) {
  return (
    <Field label={stringsFor(lang).language}>
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_, data) => onChange(data.value as Lang)}
      >
        {LANGS.map((l) => (
          <Radio
            key={l}
            value={l}
            label={LANGUAGE_NAMES[l]}
            input={{ lang: l }}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
