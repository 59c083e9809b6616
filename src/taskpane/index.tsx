/**
 * Mounts the task pane page (placeholder until the full pane is wired here): says "Fordel" and
 * whether it runs inside Excel. The ribbon commands and custom functions are loaded by the same
 * page (webpack entries), so they share this runtime.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";

type Where = "starting" | "excel" | "outside";

function Pane({ where, danish }: { where: Where; danish: boolean }) {
  const text = {
    starting: danish ? "Starter…" : "Starting…",
    excel: danish ? "Klar. Brug fanen Fordel: Udfyld regionsandele." : "Ready. Use the Fordel tab: Fill region shares.",
    outside: danish
      ? "Denne side kører uden for Excel. Åbn Fordel fra fanen Fordel i Excel."
      : "This page is running outside Excel. Open Fordel from the Fordel tab in Excel.",
  }[where];
  return (
    <main style={{ fontFamily: "Segoe UI, system-ui, sans-serif", padding: 16 }}>
      <h1 style={{ fontSize: 20, margin: "0 0 8px" }}>Fordel</h1>
      <p role="status" data-where={where}>
        {text}
      </p>
    </main>
  );
}

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  const danish = (typeof navigator !== "undefined" ? navigator.language : "da").toLowerCase().startsWith("da");
  root.render(<Pane where="starting" danish={danish} />);
  // Office.js missing (offline, plain browser) or onReady without a host: outside Excel.
  const info = typeof Office === "undefined" ? null : await Office.onReady();
  const inExcel = info !== null && info.host === Office.HostType.Excel;
  const lang = inExcel ? Office.context.displayLanguage : navigator.language;
  root.render(<Pane where={inExcel ? "excel" : "outside"} danish={(lang ?? "da").toLowerCase().startsWith("da")} />);
}

void start();
