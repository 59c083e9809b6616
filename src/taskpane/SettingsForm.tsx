import * as React from "react";
import { Button, Field } from "@fluentui/react-components";
import { Checkbox, Radio, RadioGroup } from "./choices";
import { DecimalsInput } from "./DecimalsInput";
import { METHODS, type Method } from "../engine";
import { MAX_DECIMALS, MIN_DECIMALS } from "../engine";
import type { Lang } from "../engine";
import type { FillSettings } from "../sheets/fill-types";
import { LANGUAGE_NAMES, decimalsExample, stringsFor } from "./i18n";
import { styles } from "./styles";

/** Steps offered: 0,000001 up to millions; Excel's ROUND takes any, budgets use far fewer. */
// The one range of decimals (src/engine/decimal.ts).
export { MAX_DECIMALS, MIN_DECIMALS };
const LANGS: Lang[] = ["da", "en"];

export type SaveState =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; message: string };

export interface SettingsFormProps {
  settings: FillSettings;
  /** Periods found in the workbook, in table order. */
  periods: readonly string[];
  /** Decimals the input's amounts use, when known. */
  detectedDecimals: number | null;
  lang: Lang;
  onChange: (settings: FillSettings) => void;
  onSave: () => void;
  save: SaveState;
  /** False when the settings are those saved in the document: nothing to save, nothing said. */
  changed: boolean;
}

/** Periods, decimals, method and language of a fill; saved in the document for the ribbon button. */
export function SettingsForm({
  settings,
  periods,
  detectedDecimals,
  lang,
  onChange,
  onSave,
  save,
  changed,
}: SettingsFormProps) {
  const t = stringsFor(lang);
  const auto = settings.decimals == null;
  const decimals = settings.decimals ?? detectedDecimals;
  // A typed value that is not a number keeps the last good one; the field says nothing is lost.
  const [typed, setTyped] = React.useState<string | null>(null);

  const selected = (period: string) =>
    settings.periods === undefined || settings.periods.includes(period);
  const togglePeriod = (period: string, on: boolean) => {
    const next = periods.filter((p) => (p === period ? on : selected(p)));
    onChange({
      ...settings,
      periods: next.length === periods.length ? undefined : next,
    });
  };

  return (
    <div className={styles.section}>
      {periods.length > 0 && (
        <div
          role="group"
          aria-labelledby="periods-label"
          className={styles.section}
        >
          <span id="periods-label" className={styles.groupLabel}>
            {t.periodsToFill}
          </span>
          <div className={styles.row}>
            {periods.map((period) => (
              <Checkbox
                key={period}
                label={period}
                checked={selected(period)}
                onChange={(_, data) =>
                  togglePeriod(period, data.checked === true)
                }
              />
            ))}
          </div>
          {periods.every((p) => !selected(p)) && (
            <p className={styles.error}>{t.choosePeriod}</p>
          )}
        </div>
      )}

      <div className={styles.section}>
        <Checkbox
          label={t.autoDecimals(detectedDecimals)}
          checked={auto}
          onChange={(_, data) =>
            onChange({
              ...settings,
              decimals: data.checked ? null : (detectedDecimals ?? 1),
            })
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
              onChange({ ...settings, decimals: next });
            }}
          />
        </Field>
      </div>

      <Field label={t.method}>
        <RadioGroup
          value={settings.method}
          onChange={(_, data) =>
            onChange({ ...settings, method: data.value as Method })
          }
        >
          {METHODS.map((method) => (
            <div key={method} className={styles.radioOption}>
              <Radio
                value={method}
                label={t.methodName[method]}
                input={{ "aria-describedby": `method-help-${method}` }}
              />
              <span id={`method-help-${method}`} className={styles.radioHelp}>
                {t.methodHelp[method]}
              </span>
            </div>
          ))}
        </RadioGroup>
      </Field>

      <Field label={t.language}>
        <RadioGroup
          layout="horizontal"
          value={settings.lang}
          onChange={(_, data) =>
            onChange({ ...settings, lang: data.value as Lang })
          }
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

      <div className={styles.row}>
        <Button
          className={styles.button}
          onClick={onSave}
          disabled={save.state === "saving" || !changed}
        >
          {t.save}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {save.state === "saved" && (
          <span className={styles.success}>{t.saved}</span>
        )}
        {save.state === "failed" && (
          <span className={styles.error}>{t.saveFailed(save.message)}</span>
        )}
      </div>
    </div>
  );
}
