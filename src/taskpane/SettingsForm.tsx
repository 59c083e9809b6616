import * as React from "react";
import { MAX_DECIMALS, MIN_DECIMALS } from "../engine";
import type { Lang } from "../engine";
import type { FillSettings } from "../sheets/fill-types";
import { DecimalsChoice } from "./DecimalsChoice";
import { LanguageChoice } from "./LanguageChoice";
import { MethodChoice } from "./MethodChoice";
import { PeriodChoice } from "./PeriodChoice";
import { SaveRow, type SaveState } from "./SaveRow";
import { styles } from "./styles";

/** Steps offered: 0,000001 up to millions; Excel's ROUND takes any, budgets use far fewer. */
// The one range of decimals (src/engine/decimal.ts).
export { MAX_DECIMALS, MIN_DECIMALS };
export type { SaveState };

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
  // One setting changed, the others kept.
  const set =
    <K extends keyof FillSettings>(key: K) =>
    (value: FillSettings[K]) =>
      onChange({ ...settings, [key]: value });
  return (
    <div className={styles.section}>
      <PeriodChoice
        periods={periods}
        chosen={settings.periods}
        lang={lang}
        onChange={set("periods")}
      />
      <DecimalsChoice
        decimals={settings.decimals}
        detectedDecimals={detectedDecimals}
        lang={lang}
        onChange={set("decimals")}
      />
      <MethodChoice
        method={settings.method}
        lang={lang}
        onChange={set("method")}
      />
      <LanguageChoice
        value={settings.lang}
        lang={lang}
        onChange={set("lang")}
      />
      <SaveRow lang={lang} onSave={onSave} save={save} changed={changed} />
    </div>
  );
}
