import * as React from "react";
import { Button, FluentProvider } from "@fluentui/react-components";
import { PassOnSection } from "./PassOnSection";
import { RevisionSwitch } from "./RevisionSwitch";
import { settingsFindings } from "../sheets/settings-check";
import { DEFAULT_SETTINGS, type FillSettings } from "../sheets/settings";
import type {
  CheckView,
  FillProgress,
  FillView,
  PaneHost,
  PickedTables,
  TableRole,
} from "./host";
import { FillBar } from "./FillBar";
import { FindingsList } from "./FindingsList";
import { langOf, localeOf, stringsFor } from "./i18n";
import { OutsideExcel } from "./OutsideExcel";
import { outcomeOf, type OutcomeLine } from "./outcome";
import { Preview } from "./Preview";
import { Readiness, type PickProblem } from "./Readiness";
import { Results } from "./Results";
import { SettingsForm, type SaveState } from "./SettingsForm";
import { styles } from "./styles";
import { currentThemeKind, fluentTheme } from "./theme";
import { fillViewOf, pickProblemOf } from "./views";

/** The last check; a new check keeps showing the previous one until it is done. */
interface CheckState {
  view: CheckView | null;
  loading: boolean;
  error: string | null;
  /** When the workbook was read. */
  at: Date | null;
}
type FillState =
  | { state: "idle" }
  | { state: "running"; progress: FillProgress | null }
  | { state: "done"; view: FillView }
  | { state: "failed"; message: string };

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);
const sameSettings = (a: FillSettings | null, b: FillSettings) =>
  a !== null &&
  JSON.stringify({ ...DEFAULT_SETTINGS, ...a }) ===
    JSON.stringify({ ...DEFAULT_SETTINGS, ...b });
/** A change of settings is checked after a short pause, not on every keystroke. */
const RECHECK_MS = 300;

export interface AppProps {
  host: PaneHost;
}

/** The task pane: what is in the workbook, what is wrong with it, how to fill, and what the fill did. */
export function App({ host }: AppProps) {
  const [settings, setSettings] = React.useState<FillSettings>(() => ({
    ...DEFAULT_SETTINGS,
    lang: langOf(host.displayLanguage),
  }));
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

function Pane({ host, settings, setSettings }: PaneProps) {
  const lang = settings.lang;
  const t = stringsFor(lang);
  const live = React.useRef(true);
  const settingsFold = React.useRef<HTMLDetailsElement>(null);
  const [check, setCheck] = React.useState<CheckState>({
    view: null,
    loading: true,
    error: null,
    at: null,
  });
  const [fill, setFill] = React.useState<FillState>({ state: "idle" });
  const [save, setSave] = React.useState<SaveState>({ state: "idle" });
  // The settings saved in the document: a fill saves only when the pane's differ, and only then says so.
  const [savedSettings, setSavedSettings] = React.useState<FillSettings | null>(
    null,
  );
  const [savedNote, setSavedNote] = React.useState(false);
  const [picked, setPicked] = React.useState<PickedTables>({});
  const [picking, setPicking] = React.useState(false);
  const [pickProblem, setPickProblem] = React.useState<PickProblem | null>(
    null,
  );
  const [goToError, setGoToError] = React.useState<string | null>(null);
  // Detected decimals are only known from a check made with automatic decimals: keep the last.
  const [detected, setDetected] = React.useState<number | null>(null);
  // The ribbon's last fill: its outcome goes in the footer and its findings in the one list, until the pane fills.
  const [ribbon, setRibbon] = React.useState(() => host.lastRibbonFill());
  const started = React.useRef(false);

  const runCheck = React.useCallback(
    async (
      current: FillSettings,
      tables: PickedTables,
    ): Promise<CheckView | null> => {
      setCheck((c) => ({ ...c, loading: true }));
      try {
        const view = await host.check(current, tables);
        if (!live.current) return null;
        setCheck({ view, loading: false, error: null, at: new Date() });
        if (view.detectedDecimals !== null) setDetected(view.detectedDecimals);
        return view;
      } catch (error) {
        if (live.current)
          setCheck((c) => ({ ...c, loading: false, error: messageOf(error) }));
        return null;
      }
    },
    [host],
  );

  React.useEffect(() => {
    live.current = true;
    (async () => {
      let saved: FillSettings | null = null;
      try {
        saved = await host.loadSettings();
      } catch {
        // No readable settings in the document: the defaults apply.
      }
      if (!live.current) return;
      const current = saved ? { ...DEFAULT_SETTINGS, ...saved } : settings;
      if (saved) {
        setSavedSettings(current);
        setSettings(current);
      }
      await runCheck(current, {});
      started.current = true;
    })();
    // A ribbon fill while the pane is open replaces what the pane showed of an earlier fill.
    const unsubscribe = host.onRibbonFill((report) => {
      if (!live.current) return;
      setRibbon(report);
      setFill({ state: "idle" });
    });
    return () => {
      live.current = false;
      unsubscribe();
    };
    // Once per host: later changes of settings are the user's, not a reason to re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  const change = (next: FillSettings) => {
    setSettings(next);
    setSavedNote(false);
    if (save.state !== "idle") setSave({ state: "idle" });
  };

  // The preview and the button's count follow the settings: check again when they change.
  const settingsKey = JSON.stringify(settings);
  React.useEffect(() => {
    if (!started.current) return;
    const timer = setTimeout(() => void runCheck(settings, picked), RECHECK_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsKey]);

  const saveSettings = async (): Promise<boolean> => {
    setSave({ state: "saving" });
    try {
      await host.saveSettings(settings);
      if (!live.current) return false;
      setSave({ state: "saved" });
      setSavedSettings(settings);
      return true;
    } catch (error) {
      if (live.current) setSave({ state: "failed", message: messageOf(error) });
      return false;
    }
  };

  const pick = async (role: TableRole) => {
    setPicking(true);
    setPickProblem(null);
    try {
      const range = await host.selectedRange();
      const next = { ...picked, [role]: range };
      const view = await runCheck(settings, next);
      if (!live.current || !view) return;
      const problem = pickProblemOf(view, role, range, lang);
      // A selection that is not the table is not kept: the pane says why, and the last good pick stays.
      if (problem) setPickProblem(problem);
      else setPicked(next);
      if (problem) await runCheck(settings, picked);
    } catch (error) {
      if (live.current) setCheck((c) => ({ ...c, error: messageOf(error) }));
    } finally {
      if (live.current) setPicking(false);
    }
  };

  const forget = async (role: TableRole) => {
    const next = { ...picked };
    delete next[role];
    setPicked(next);
    setPickProblem(null);
    await runCheck(settings, next);
  };

  const runFill = async () => {
    setFill({ state: "running", progress: null });
    setSavedNote(false);
    // The ribbon button fills with the saved settings: keep them the same as the pane's last fill.
    const changed = !sameSettings(savedSettings, settings);
    const saved = changed ? await saveSettings() : false;
    try {
      const view = await host.fill(settings, picked, (progress) => {
        if (live.current) setFill({ state: "running", progress });
      });
      if (!live.current) return;
      setFill({ state: "done", view });
      setSavedNote(saved);
      setRibbon(null);
      // Read again: the next fill replaces the sheets just written, and the footer says so.
      void runCheck(settings, picked);
    } catch (error) {
      if (live.current) setFill({ state: "failed", message: messageOf(error) });
    }
  };

  const openSettings = () => {
    const fold = settingsFold.current;
    if (!fold) return;
    fold.open = true;
    fold.querySelector("summary")?.focus();
  };

  const view = check.view;
  const periods = view?.periods ?? [];
  // The one settings check (src/sheets/settings-check.ts), as the ribbon and the command line get it.
  const refused =
    periods.length > 0
      ? (settingsFindings(settings, periods, lang)[0] ?? null)
      : null;
  const running = fill.state === "running";
  const ribbonView = ribbon?.outcome ? fillViewOf(ribbon.outcome) : null;
  const findings =
    fill.state === "done"
      ? fill.view.findings
      : ribbonView
        ? ribbonView.findings
        : (view?.findings ?? []);
  const goTo = (action: Promise<void>) => {
    setGoToError(null);
    action.catch((error) => live.current && setGoToError(messageOf(error)));
  };
  const selectCell = (sheet: string, cell: string) =>
    goTo(host.selectCell(sheet, cell));

  const blocked: string | null = !view
    ? check.error !== null
      ? t.checkFailed(check.error)
      : t.waitForCheck
    : view.unusable
      ? t.cannotFill(
          view.missing.includes("initiatives")
            ? "initiatives"
            : view.missing.includes("keys")
              ? "keys"
              : "tables",
        )
      : refused
        ? refused.code === "NO_PERIOD_CHOSEN"
          ? t.choosePeriod
          : refused.message
        : null;
  const outcome: (OutcomeLine & { by?: string }) | null =
    fill.state === "done"
      ? outcomeOf(fill.view, lang)
      : fill.state === "failed"
        ? { tone: "error", text: t.fillFailed(fill.message) }
        : ribbon
          ? ribbonView
            ? { ...outcomeOf(ribbonView, lang), by: t.fromRibbon }
            : {
                tone: "error",
                text: t.fillFailed(ribbon.error ?? ""),
                by: t.fromRibbon,
              }
          : null;
  const shownFill = fill.state === "done" ? fill.view : ribbonView;
  const time = check.at
    ? new Intl.DateTimeFormat(localeOf(lang), {
        hour: "2-digit",
        minute: "2-digit",
      }).format(check.at)
    : null;

  return (
    <div className={styles.page}>
      <main className={styles.root} aria-busy={check.loading || running}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <span className={`${styles.muted} ${styles.headerText}`}>
            {[
              view?.unitText ? t.unitLabel(view.unitText) : "",
              time ? t.readAt(time) : "",
            ]
              .filter((x) => x)
              .join(" · ")}
          </span>
          <Button
            size="small"
            appearance="subtle"
            disabled={check.loading || running}
            onClick={() => void runCheck(settings, picked)}
          >
            {t.checkAgain}
          </Button>
        </header>

        <div role="status" aria-live="polite">
          {!view && check.loading && (
            <p className={styles.muted}>{t.loading}</p>
          )}
          {check.error !== null && (
            <p className={styles.error}>{t.checkFailed(check.error)}</p>
          )}
          {goToError !== null && (
            <p className={styles.error}>{t.goToFailed(goToError)}</p>
          )}
        </div>

        {view && (
          <Readiness
            view={view}
            lang={lang}
            picked={picked}
            pickProblem={pickProblem}
            onPick={(role) => void pick(role)}
            onForget={(role) => void forget(role)}
            onChangeSettings={openSettings}
            busy={picking || running}
          />
        )}

        {(view || shownFill) && (
          <FindingsList
            id="findings"
            title={t.findingsTitle}
            findings={findings}
            lang={lang}
            onSelect={selectCell}
          />
        )}

        {view?.preview && fill.state !== "done" && (
          <Preview preview={view.preview} lang={lang} />
        )}

        {shownFill &&
          !shownFill.unusable &&
          !shownFill.stopped &&
          shownFill.periods.length > 0 && (
            <details className={styles.fold}>
              <summary>{t.resultsTitle}</summary>
              <div className={styles.foldBody}>
                <Results
                  view={shownFill}
                  lang={lang}
                  onOpenSheet={(sheet) => goTo(host.activateSheet(sheet))}
                />
              </div>
            </details>
          )}

        <details className={styles.fold} ref={settingsFold}>
          <summary id="settings-title">{t.settingsTitle}</summary>
          {/* Disabled as a whole while a fill runs: the fill uses the settings it started with. */}
          <fieldset
            className={`${styles.fieldset} ${styles.foldBody}`}
            disabled={running}
            aria-labelledby="settings-title"
          >
            <SettingsForm
              settings={settings}
              periods={periods}
              detectedDecimals={view?.detectedDecimals ?? detected}
              lang={lang}
              onChange={change}
              onSave={() => void saveSettings()}
              save={save}
              changed={!sameSettings(savedSettings, settings)}
            />
            <RevisionSwitch settings={settings} onChange={change} lang={lang} />
            <PassOnSection
              settings={settings}
              onChange={change}
              lang={lang}
              units={view?.passOn?.units}
              groups={view?.passOn?.groups}
            />
          </fieldset>
        </details>
      </main>
      <FillBar
        lang={lang}
        writes={view?.writes ?? null}
        blocked={blocked}
        running={running}
        progress={fill.state === "running" ? fill.progress : null}
        outcome={outcome}
        note={savedNote ? t.savedForRibbon : null}
        onFill={() => void runFill()}
      />
    </div>
  );
}
