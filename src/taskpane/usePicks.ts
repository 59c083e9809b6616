import * as React from "react";
import type { Lang } from "../engine";
import type { FillSettings } from "../sheets/fill-types";
import type { CheckView, PaneHost, PickedTables, TableRole } from "./host";
import type { PickProblem } from "./Readiness";
import { pickProblemOf } from "./views";

interface PickDeps {
  host: PaneHost;
  settings: FillSettings;
  lang: Lang;
  live: React.RefObject<boolean>;
  runCheck: (s: FillSettings, t: PickedTables) => Promise<CheckView | null>;
  checkFailed: (error: unknown) => void;
}

/**
 * Tables the pane could not find, picked from Excel's selection ("Brug markeringen som …"):
 * a selection that is not the table is not kept – the pane says why, and the last good pick stays.
 */
export function usePicks({
  host,
  settings,
  lang,
  live,
  runCheck,
  checkFailed,
}: PickDeps) {
  const [picked, setPicked] = React.useState<PickedTables>({});
  const [picking, setPicking] = React.useState(false);
  const [pickProblem, setPickProblem] = React.useState<PickProblem | null>(
    null,
  );

  const pick = async (role: TableRole) => {
    setPicking(true);
    setPickProblem(null);
    try {
      const range = await host.selectedRange();
      const next = { ...picked, [role]: range };
      const view = await runCheck(settings, next);
      if (!live.current || !view) return;
      const problem = pickProblemOf(view, role, range, lang);
      if (problem) setPickProblem(problem);
      else setPicked(next);
      if (problem) await runCheck(settings, picked);
    } catch (error) {
      if (live.current) checkFailed(error);
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

  return { picked, picking, pickProblem, pick, forget };
}
