import * as React from "react";
import type { FillSettings } from "../sheets/fill-types";
import type { PaneHost } from "./host";
import { messageOf, sameSettings } from "./paneState";
import type { SaveState } from "./SettingsForm";

/**
 * The settings saved in the document (the ribbon button fills with them): a fill saves only
 * when the pane's differ, and only then says so.
 */
export function useSave(
  host: PaneHost,
  settings: FillSettings,
  live: React.RefObject<boolean>,
) {
  const [save, setSave] = React.useState<SaveState>({ state: "idle" });
  const [savedSettings, setSavedSettings] = React.useState<FillSettings | null>(
    null,
  );

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

  /** A change of settings: the last save's message no longer applies. */
  const edited = () => {
    if (save.state !== "idle") setSave({ state: "idle" });
  };

  return {
    save,
    saveSettings,
    edited,
    /** The settings just read from the document. */
    setSavedSettings,
    changed: !sameSettings(savedSettings, settings),
  };
}
