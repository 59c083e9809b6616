import * as React from "react";
import { Button, Field, FluentProvider, ProgressBar, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type FillSettings } from "../sheets/settings";
import type { CheckView, FillProgress, FillView, PaneHost, PickedTables, TableRole } from "./host";
import { langOf, localeOf, stringsFor } from "./i18n";
import { FindingsList } from "./FindingsList";
import { OutsideExcel } from "./OutsideExcel";
import { Overview } from "./Overview";
import { Results } from "./Results";
import { RibbonReport, needsAttention } from "./RibbonReport";
import { SettingsForm, type SaveState } from "./SettingsForm";
import { usePaneStyles } from "./styles";

type CheckState = { state: "loading" } | { state: "ready"; view: CheckView } | { state: "failed"; message: string };
type FillState =
  | { state: "idle" }
  | { state: "running"; progress: FillProgress | null }
  | { state: "done"; view: FillView }
  | { state: "failed"; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface AppProps {
  host: PaneHost;
}

/** The task pane: what is in the workbook, what is wrong with it, how to fill, and what the fill did. */
export function App({ host }: AppProps) {
  const [settings, setSettings] = React.useState<FillSettings>(() => ({ ...DEFAULT_SETTINGS, lang: langOf(host.displayLanguage) }));
  return (
    <FluentProvider theme={webLightTheme} dir="ltr" lang={localeOf(settings.lang)}>
      {host.inExcel ? <Pane host={host} settings={settings} setSettings={setSettings} /> : <Outside lang={settings.lang} />}
    </FluentProvider>
  );
}

function Outside({ lang }: { lang: FillSettings["lang"] }) {
  const styles = usePaneStyles();
  return (
    <main className={styles.root}>
      <OutsideExcel lang={lang} />
    </main>
  );
}

interface PaneProps {
  host: PaneHost;
  settings: FillSettings;
  setSettings: (settings: FillSettings) => void;
}

function Pane({ host, settings, setSettings }: PaneProps) {
  const styles = usePaneStyles();
  const lang = settings.lang;
  const t = stringsFor(lang);
  const live = React.useRef(true);
  const [check, setCheck] = React.useState<CheckState>({ state: "loading" });
  const [fill, setFill] = React.useState<FillState>({ state: "idle" });
  const [save, setSave] = React.useState<SaveState>({ state: "idle" });
  const [picked, setPicked] = React.useState<PickedTables>({});
  const [picking, setPicking] = React.useState(false);
  const [goToError, setGoToError] = React.useState<string | null>(null);
  // Detected decimals are only known from a check made with automatic decimals: keep the last.
  const [detected, setDetected] = React.useState<number | null>(null);
  // The ribbon opens the pane on errors: those come first, until the pane fills again.
  const [ribbon, setRibbon] = React.useState(() => host.lastRibbonFill());

  const runCheck = React.useCallback(
    async (current: FillSettings, tables: PickedTables) => {
      setCheck({ state: "loading" });
      try {
        const view = await host.check(current, tables);
        if (!live.current) return;
        setCheck({ state: "ready", view });
        if (view.detectedDecimals !== null) setDetected(view.detectedDecimals);
      } catch (error) {
        if (live.current) setCheck({ state: "failed", message: messageOf(error) });
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
      if (saved) setSettings(current);
      await runCheck(current, {});
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
    if (save.state !== "idle") setSave({ state: "idle" });
  };

  const saveSettings = async () => {
    setSave({ state: "saving" });
    try {
      await host.saveSettings(settings);
      if (live.current) setSave({ state: "saved" });
    } catch (error) {
      if (live.current) setSave({ state: "failed", message: messageOf(error) });
    }
  };

  const pick = async (role: TableRole) => {
    setPicking(true);
    try {
      const range = await host.selectedRange();
      const next = { ...picked, [role]: range };
      setPicked(next);
      await runCheck(settings, next);
    } catch (error) {
      if (live.current) setCheck({ state: "failed", message: messageOf(error) });
    } finally {
      if (live.current) setPicking(false);
    }
  };

  const runFill = async () => {
    setFill({ state: "running", progress: null });
    // The ribbon button fills with the saved settings: keep them the same as the pane's last fill.
    await saveSettings();
    try {
      const view = await host.fill(settings, picked, (progress) => {
        if (live.current) setFill({ state: "running", progress });
      });
      if (!live.current) return;
      setFill({ state: "done", view });
      setRibbon(null);
    } catch (error) {
      if (live.current) setFill({ state: "failed", message: messageOf(error) });
    }
  };

  const checkView = check.state === "ready" ? check.view : null;
  const periods = checkView?.periods ?? [];
  const noPeriodChosen = periods.length > 0 && settings.periods !== undefined && !periods.some((p) => settings.periods!.includes(p));
  const running = fill.state === "running";
  const findings = fill.state === "done" ? fill.view.findings : (checkView?.findings ?? []);
  const goTo = (action: Promise<void>) => {
    setGoToError(null);
    action.catch((error) => live.current && setGoToError(messageOf(error)));
  };
  const selectCell = (sheet: string, cell: string) => goTo(host.selectCell(sheet, cell));

  return (
    <main className={styles.root}>
      <div className={styles.row}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Button className={styles.button} disabled={check.state === "loading" || running} onClick={() => void runCheck(settings, picked)}>
          {t.checkAgain}
        </Button>
      </div>

      {needsAttention(ribbon) && <RibbonReport report={ribbon} lang={lang} onSelect={selectCell} />}

      <div role="status" aria-live="polite">
        {check.state === "loading" && <p>{t.loading}</p>}
        {check.state === "failed" && <p className={styles.error}>{t.checkFailed(check.message)}</p>}
        {goToError !== null && <p className={styles.error}>{t.goToFailed(goToError)}</p>}
      </div>

      {checkView && <Overview view={checkView} lang={lang} onPick={(role) => void pick(role)} picking={picking} />}
      {(checkView || fill.state === "done") && (
        <FindingsList id="findings" title={t.findingsTitle} findings={findings} lang={lang} onSelect={selectCell} />
      )}

      <SettingsForm
        settings={settings}
        periods={periods}
        detectedDecimals={checkView?.detectedDecimals ?? detected}
        lang={lang}
        onChange={change}
        onSave={() => void saveSettings()}
        save={save}
      />

      <section className={styles.section} aria-label={t.fill}>
        <div className={styles.row}>
          <Button appearance="primary" className={styles.button} disabled={running || noPeriodChosen} onClick={() => void runFill()}>
            {t.fill}
          </Button>
        </div>
        <div role="status" aria-live="polite" className={styles.section}>
          {running && (
            <Field label={t.stage[fill.progress?.stage ?? "reading"]}>
              <ProgressBar value={fill.progress?.fraction} />
            </Field>
          )}
          {fill.state === "done" && (
            <p className={fill.view.unusable || fill.view.stopped ? styles.error : undefined}>
              {fill.view.unusable ? t.unusable : fill.view.stopped ? t.fillStopped : t.filled(fill.view.periods.length)}
            </p>
          )}
          {fill.state === "failed" && <p className={styles.error}>{t.fillFailed(fill.message)}</p>}
        </div>
      </section>

      {fill.state === "done" && !fill.view.unusable && !fill.view.stopped && (
        <Results view={fill.view} lang={lang} onOpenSheet={(sheet) => goTo(host.activateSheet(sheet))} />
      )}
    </main>
  );
}
