import * as React from "react";
import { Field } from "@fluentui/react-components";
import { METHODS, type Lang, type Method } from "../engine";
import { Radio, RadioGroup } from "./choices";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

export interface MethodChoiceProps {
  method: Method;
  lang: Lang;
  onChange: (method: Method) => void;
}

/** The rounding method, each option with a line that says what it keeps adding up. */
export function MethodChoice({ method, lang, onChange }: MethodChoiceProps) {
  const t = stringsFor(lang);
  return (
    <Field label={t.method}>
      <RadioGroup
        value={method}
        onChange={(_, data) => onChange(data.value as Method)}
      >
        {METHODS.map((m) => (
          <div key={m} className={styles.radioOption}>
            <Radio
              value={m}
              label={t.methodName[m]}
              input={{ "aria-describedby": `method-help-${m}` }}
            />
            <span id={`method-help-${m}`} className={styles.radioHelp}>
              {t.methodHelp[m]}
            </span>
          </div>
        ))}
      </RadioGroup>
    </Field>
  );
}
