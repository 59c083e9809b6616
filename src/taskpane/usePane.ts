import * as React from "react";
import type { FillSettings } from "../sheets/fill-types";
import { DEFAULT_SETTINGS } from "../sheets/fill-types";
import type { PaneHost, PickedTables } from "./host";
import { messageOf, ribbonViewOf } from "./paneState";
import { useCheck } from "./useCheck";
import { useFill } from "./useFill";
import { usePicks } from "./usePicks";
import { useSave } from "./useSave";

/** A change of settings is checked after a short pause, not on every keystroke. */
const RECHECK_MS = 300;

/**
 * The state the pane's parts share – the last check, picked tables, saving, filling – and the
 * actions on it; the pane (App.tsx) only lays the parts out.
 */
export function usePane(
  host: PaneHost,
  settings: FillSettings,
  setSettings: (settings: FillSettings) => void,
) {
  const lang = settings.lang;
  const live = useLive();
  const { check, detected, runCheck, checkFailed } = useCheck(host, live);
  const saving = useSave(host, settings, live);
  const picks = usePicks({ host, settings, lang, live, runCheck, checkFailed });
  const filling = useFill({
    host,
    settings,
    picked: picks.picked,
    live,
    saveIfChanged: async () => saving.changed && (await saving.saveSettings()),
    recheck: () => void runCheck(settings, picks.picked),
  });
  const [goToError, setGoToError] = React.useState<string | null>(null);
  const started = useStart(host, settings, setSettings, saving, runCheck, live);
  useRecheck(started, settings, () => void runCheck(settings, picks.picked));

  const change = (next: FillSettings) => {
    setSettings(next);
    filling.hideSavedNote();
    saving.edited();
  };
  const goTo = (action: Promise<void>) => {
    setGoToError(null);
    action.catch((error) => live.current && setGoToError(messageOf(error)));
  };

  const { fill, ribbon } = filling;
  const view = check.view;
  const periods = view?.periods ?? [];
  const running = fill.state === "running";
  const ribbonView = ribbonViewOf(ribbon);
  const shownFill = fill.state === "done" ? fill.view : ribbonView;

  return {
    lang,
    live,
    check,
    detected,
    runCheck,
    saving,
    picks,
    filling,
    goToError,
    change,
    goTo,
    fill,
    ribbon,
    view,
    periods,
    running,
    ribbonView,
    shownFill,
  };
}

/** True while the pane is mounted: answers that come after it closed change nothing. */
function useLive(): React.RefObject<boolean> {
  const live = React.useRef(true);
  React.useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  return live;
}

/**
 * Once per host: the settings saved in the document (else the defaults), then the first check.
 * Later changes of settings are the user's, not a reason to read them again. True once started.
 */
function useStart(
  host: PaneHost,
  settings: FillSettings,
  setSettings: (settings: FillSettings) => void,
  saving: { setSavedSettings: (s: FillSettings) => void },
  runCheck: (s: FillSettings, t: PickedTables) => Promise<unknown>,
  live: React.RefObject<boolean>,
): React.RefObject<boolean> {
  const started = React.useRef(false);
  React.useEffect(() => {
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
        saving.setSavedSettings(current);
        setSettings(current);
      }
      await runCheck(current, {});
      started.current = true;
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);
  return started;
}

/** The preview and the button's count follow the settings: check again, after a pause, when they change. */
function useRecheck(
  started: React.RefObject<boolean>,
  settings: FillSettings,
  recheck: () => void,
) {
  const settingsKey = JSON.stringify(settings);
  React.useEffect(() => {
    if (!started.current) return;
    const timer = setTimeout(recheck, RECHECK_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsKey]);
}
