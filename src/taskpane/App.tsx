import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type FillSettings } from "../sheets/fill-types";
import type { PaneHost } from "./host";
import { FillBar } from "./FillBar";
import { FindingsList } from "./FindingsList";
import { langOf, localeOf, stringsFor } from "./i18n";
import { useLanguage } from "./language";
import { OutsideExcel } from "./OutsideExcel";
import { PaneHeader } from "./PaneHeader";
import {
  blockedReason,
  outcomeLineOf,
  readTime,
  shownFindings,
} from "./paneState";
import { Preview } from "./Preview";
import { Readiness } from "./Readiness";
import { ResultsFold } from "./ResultsFold";
import { SettingsFold } from "./SettingsFold";
import { StatusLine } from "./StatusLine";
import { styles } from "./styles";
import { currentThemeKind, fluentTheme } from "./theme";
import { usePane } from "./usePane";

export interface AppProps {
  host: PaneHost;
}

/** The task pane: what is in the workbook, what is wrong with it, how to fill, and what the fill did. */
export function App({ host }: AppProps) {
  const [settings, setSettings] = React.useState<FillSettings>(() => ({
    ...DEFAULT_SETTINGS,
    lang: langOf(host.displayLanguage),
  }));
  useLanguage(settings.lang);
  const theme = fluentTheme(currentThemeKind(host.officeTheme));
  const locale = localeOf(settings.lang);
  // The page around the pane takes the theme's colours and the language (hyphenation follows `lang`).
  React.useEffect(() => {
    document.documentElement.lang = locale;
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.color = theme.colorNeutralForeground1;
  }, [locale, theme]);
  return (
    <FluentProvider theme={theme} dir="ltr" lang={locale}>
      {host.inExcel ? (
        <Pane host={host} settings={settings} setSettings={setSettings} />
      ) : (
        <Outside lang={settings.lang} />
      )}
    </FluentProvider>
  );
}

function Outside({ lang }: { lang: FillSettings["lang"] }) {
  return (
    <div className={styles.page}>
      <main className={styles.root}>
        <OutsideExcel lang={lang} />
      </main>
    </div>
  );
}

interface PaneProps {
  host: PaneHost;
  settings: FillSettings;
  setSettings: (settings: FillSettings) => void;
}

function openFold(fold: HTMLDetailsElement | null) {
  if (!fold) return;
  fold.open = true;
  fold.querySelector("summary")?.focus();
}

/** The pane in Excel: its parts, laid out; their shared state is usePane's. */
function Pane({ host, settings, setSettings }: PaneProps) {
  const p = usePane(host, settings, setSettings);
  const { lang, check, picks, saving, filling, fill, view, running } = p;
  const t = stringsFor(lang);
  const settingsFold = React.useRef<HTMLDetailsElement>(null);
  // The pane's "change" links open the settings and focus them.
  const openSettings = () => openFold(settingsFold.current);
  return (
    <div className={styles.page}>
      <main className={styles.root} aria-busy={check.loading || running}>
        <PaneHeader
          lang={lang}
          unitText={view?.unitText ?? null}
          readAt={readTime(check.at, lang)}
          busy={check.loading || running}
          onCheckAgain={() => void p.runCheck(settings, picks.picked)}
        />

        <StatusLine
          lang={lang}
          loading={!view && check.loading}
          checkError={check.error}
          goToError={p.goToError}
        />

        {view && (
          <Readiness
            view={view}
            lang={lang}
            picked={picks.picked}
            pickProblem={picks.pickProblem}
            onPick={(role) => void picks.pick(role)}
            onForget={(role) => void picks.forget(role)}
            onChangeSettings={openSettings}
            busy={picks.picking || running}
          />
        )}

        {(view || p.shownFill) && (
          <FindingsList
            id="findings"
            title={t.findingsTitle}
            findings={shownFindings(fill, p.ribbonView, view)}
            lang={lang}
            onSelect={(sheet, cell) => p.goTo(host.selectCell(sheet, cell))}
          />
        )}

        {view?.preview && fill.state !== "done" && (
          <Preview preview={view.preview} lang={lang} />
        )}

        <ResultsFold
          lang={lang}
          fill={p.shownFill}
          onOpenSheet={(sheet) => p.goTo(host.activateSheet(sheet))}
        />

        <SettingsFold
          ref={settingsFold}
          lang={lang}
          settings={settings}
          periods={p.periods}
          detectedDecimals={view?.detectedDecimals ?? p.detected}
          passOn={view?.passOn}
          running={running}
          save={saving.save}
          changed={saving.changed}
          onChange={p.change}
          onSave={() => void saving.saveSettings()}
        />
      </main>
      <FillBar
        lang={lang}
        writes={view?.writes ?? null}
        blocked={blockedReason(check, settings)}
        running={running}
        progress={fill.state === "running" ? fill.progress : null}
        outcome={outcomeLineOf(fill, p.ribbon, p.ribbonView, lang)}
        note={filling.savedNote ? t.savedForRibbon : null}
        onFill={() => void filling.runFill()}
      />
    </div>
  );
}
