import * as React from "react";
import type { FillSettings } from "../sheets/fill-types";
import type { PaneHost, PickedTables } from "./host";
import { messageOf, type FillState } from "./paneState";

interface FillDeps {
  host: PaneHost;
  settings: FillSettings;
  picked: PickedTables;
  live: React.RefObject<boolean>;
  /** Saves the settings when they differ from the saved ones; whether it saved. */
  saveIfChanged: () => Promise<boolean>;
  /** Reads the workbook again after a fill (the next fill replaces the sheets just written). */
  recheck: () => void;
}

/**
 * Filling from the pane, and the ribbon's last fill: the ribbon's outcome and findings show
 * until the pane fills, and a ribbon fill while the pane is open replaces the pane's.
 */
export function useFill({
  host,
  settings,
  picked,
  live,
  saveIfChanged,
  recheck,
}: FillDeps) {
  const [fill, setFill] = React.useState<FillState>({ state: "idle" });
  // "Saved for the ribbon" is said only when this fill saved changed settings.
  const [savedNote, setSavedNote] = React.useState(false);
  const [ribbon, setRibbon] = React.useState(() => host.lastRibbonFill());

  React.useEffect(
    () =>
      host.onRibbonFill((report) => {
        if (!live.current) return;
        setRibbon(report);
        setFill({ state: "idle" });
      }),
    [host, live],
  );

  const runFill = async () => {
    setFill({ state: "running", progress: null });
    setSavedNote(false);
    // The ribbon button fills with the saved settings: keep them the same as the pane's last fill.
    const saved = await saveIfChanged();
    try {
      const view = await host.fill(settings, picked, (progress) => {
        if (live.current) setFill({ state: "running", progress });
      });
      if (!live.current) return;
      setFill({ state: "done", view });
      setSavedNote(saved);
      setRibbon(null);
      recheck();
    } catch (error) {
      if (live.current) setFill({ state: "failed", message: messageOf(error) });
    }
  };

  return {
    fill,
    ribbon,
    savedNote,
    hideSavedNote: () => setSavedNote(false),
    runFill,
  };
}
