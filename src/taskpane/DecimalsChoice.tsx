import * as React from "react";
import { Field } from "@fluentui/react-components";
import { MAX_DECIMALS, MIN_DECIMALS, type Lang } from "../engine";
import { Checkbox } from "./choices";
import { DecimalsInput } from "./DecimalsInput";
import { decimalsExample, stringsFor } from "./i18n";
import { styles } from "./styles";

export interface DecimalsChoiceProps {
  /** The setting: null/undefined = the decimals the amounts use. */
  decimals: number | null | undefined;
  /** Decimals the input's amounts use, when known. */
  detectedDecimals: number | null;
  lang: Lang;
  onChange: (decimals: number | null) => void;
}

/** The step: the amounts' own decimals, or a number chosen, with an example of what it shows. */
export function DecimalsChoice({
  decimals: setting,
  detectedDecimals,
  lang,
  onChange,
}: DecimalsChoiceProps) {
  const t = stringsFor(lang);
  const auto = setting == null;
  const decimals = setting ?? detectedDecimals;
  // A typed value that is not a number keeps the last good one; the field says nothing is lost.
  const [typed, setTyped] = React.useState<string | null>(null);
  return (
    <div className={styles.section}>
      <Checkbox
        label={t.autoDecimals(detectedDecimals)}
        checked={auto}
        onChange={(_, data) =>
          onChange(data.checked ? null : (detectedDecimals ?? 1))
        }
      />
      <Field
        label={t.decimals}
        hint={
          decimals === null
            ? undefined
            : {
                children: decimalsExample(decimals, lang),
                "aria-live": "polite",
              }
        }
        validationMessage={
          typed !== null
            ? t.decimalsInvalid(typed, MIN_DECIMALS, MAX_DECIMALS)
            : undefined
        }
      >
        <DecimalsInput
          value={decimals ?? null}
          min={MIN_DECIMALS}
          max={MAX_DECIMALS}
          disabled={auto}
          onInvalid={setTyped}
          onCommit={(next) => {
            setTyped(null);
            onChange(next);
          }}
        />
      </Field>
    </div>
  );
}
