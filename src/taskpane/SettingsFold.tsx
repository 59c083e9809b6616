import * as React from "react";
import type { FillSettings } from "../sheets/fill-types";
import type { Lang } from "../engine";
import { stringsFor } from "./i18n";
import { PassOnSection } from "./PassOnSection";
import { RevisionSwitch } from "./RevisionSwitch";
import { SettingsForm, type SaveState } from "./SettingsForm";
import { styles } from "./styles";

export interface SettingsFoldProps {
  lang: Lang;
  settings: FillSettings;
  periods: readonly string[];
  detectedDecimals: number | null;
  passOn?: { units: string[]; groups: string[] };
  /** A fill is running: the settings cannot change under it. */
  running: boolean;
  save: SaveState;
  changed: boolean;
  onChange: (settings: FillSettings) => void;
  onSave: () => void;
}

/** The settings, folded: the pane's "change" links open the fold and focus it. */
export const SettingsFold = React.forwardRef<
  HTMLDetailsElement,
  SettingsFoldProps
>(function SettingsFold(p, ref) {
  const t = stringsFor(p.lang);
  return (
    <details className={styles.fold} ref={ref}>
      <summary id="settings-title">{t.settingsTitle}</summary>
      {/* Disabled as a whole while a fill runs: the fill uses the settings it started with. */}
      <fieldset
        className={`${styles.fieldset} ${styles.foldBody}`}
        disabled={p.running}
        aria-labelledby="settings-title"
      >
        <SettingsForm
          settings={p.settings}
          periods={p.periods}
          detectedDecimals={p.detectedDecimals}
          lang={p.lang}
          onChange={p.onChange}
          onSave={p.onSave}
          save={p.save}
          changed={p.changed}
        />
        <RevisionSwitch
          settings={p.settings}
          onChange={p.onChange}
          lang={p.lang}
        />
        <PassOnSection
          settings={p.settings}
          onChange={p.onChange}
          lang={p.lang}
          units={p.passOn?.units}
          groups={p.passOn?.groups}
        />
      </fieldset>
    </details>
  );
});
