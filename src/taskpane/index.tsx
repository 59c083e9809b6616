/**
 * Mounts the task pane once Office is ready: over Excel (officeHost) inside Excel, else the
 * host that only says the page runs outside Excel. The ribbon commands and custom functions
 * are loaded by the same page (webpack entries), so they share this runtime.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { missingSets } from "../excel/requirements";
import { App } from "./App";
import { HostTooOld } from "./HostTooOld";
import { langOf } from "./i18n";
import { loadLanguage } from "./language";
import type { PaneHost } from "./host";
import { officeHost } from "./officeHost";
import { outsideHost } from "./outsideHost";

/** Excel's host, or the outside one when office.js did not load (offline) or reports another host or none. */
async function paneHost(): Promise<PaneHost> {
  if (typeof Office === "undefined") return outsideHost(navigator.language);
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel
    ? officeHost()
    : outsideHost(navigator.language);
}

/** Without its words the pane cannot show: it says so, in both languages. */
const NOT_LOADED =
  "Fordel kunne ikke hentes helt; tjek forbindelsen, og genindlæs tilføjelsesprogrammet. / Fordel did not load completely; check the connection and reload the add-in.";

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const host = await paneHost();
  // The user's language (the pane's words and the finding messages), before anything shows.
  if (!(await loadLanguage(langOf(host.displayLanguage)))) {
    element.textContent = NOT_LOADED;
    return;
  }
  // A host without the requirement sets the manifest declares: say so, before anything fails half-way.
  const missing = host.inExcel ? missingSets(Office.context.requirements) : [];
  createRoot(element).render(
    missing.length > 0 ? (
      <FluentProvider theme={webLightTheme}>
        <HostTooOld lang={langOf(host.displayLanguage)} missing={missing} />
      </FluentProvider>
    ) : (
      <App host={host} />
    ),
  );
}

void start();
