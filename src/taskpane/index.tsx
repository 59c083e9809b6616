/**
 * Mounts the task pane once Office is ready: over Excel (officeHost) inside Excel, else the
 * host that only says the page runs outside Excel. The ribbon commands and custom functions
 * are loaded by the same page (webpack entries), so they share this runtime.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PaneHost } from "./host";
import { officeHost } from "./officeHost";
import { outsideHost } from "./outsideHost";

/** Excel's host, or the outside one when office.js did not load (offline) or reports another host or none. */
async function paneHost(): Promise<PaneHost> {
  if (typeof Office === "undefined") return outsideHost(navigator.language);
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? officeHost() : outsideHost(navigator.language);
}

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const host = await paneHost();
  createRoot(element).render(<App host={host} />);
}

void start();
