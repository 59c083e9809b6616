import * as React from "react";
import type { FillSettings } from "../sheets/fill-types";
import type { CheckView, PaneHost, PickedTables } from "./host";
import { messageOf, type CheckState } from "./paneState";

/**
 * The workbook as last read (checked, nothing written), and reading it again. The decimals a
 * check detects are kept: they are only known from a check made with automatic decimals.
 */
export function useCheck(host: PaneHost, live: React.RefObject<boolean>) {
  const [check, setCheck] = React.useState<CheckState>({
    view: null,
    loading: true,
    error: null,
    at: null,
  });
  const [detected, setDetected] = React.useState<number | null>(null);

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
    [host, live],
  );

  /** An error of an action on the workbook (e.g. reading a selection), shown as the check's. */
  const checkFailed = React.useCallback(
    (error: unknown) => setCheck((c) => ({ ...c, error: messageOf(error) })),
    [],
  );

  return { check, detected, runCheck, checkFailed };
}
