/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { finding } from "../../src/engine/findings";
import { DEFAULT_SETTINGS } from "../../src/sheets/settings";
import { App } from "../../src/taskpane/App";
import { outsideHost } from "../../src/taskpane/outsideHost";
import { FakeHost, sampleCheck } from "./fakeHost";

/** The value shown for a label in a result card (a dt/dd pair). */
function fact(card: HTMLElement, label: string): string | null {
  const dt = Array.from(card.querySelectorAll("dt")).find((e) => e.textContent === label);
  return dt?.nextElementSibling?.textContent ?? null;
}

async function renderApp(host: FakeHost) {
  const view = render(<App host={host} />);
  await screen.findByRole("heading", { name: /^(Tables|Tabeller)$/ });
  return view;
}

describe("outside Excel", () => {
  test("says to open the page from Excel and asks nothing of the host", () => {
    const host = new FakeHost({ inExcel: false });
    render(<App host={host} />);
    expect(screen.getByRole("heading", { name: "Open this page from Excel" })).toBeTruthy();
    expect(screen.getByText(/it only works inside Excel/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
    expect(host.calls.check).toHaveLength(0);
  });

  test("in Danish for a Danish browser, with the host used before Office is there", () => {
    render(<App host={outsideHost("da-DK")} />);
    expect(screen.getByRole("heading", { name: "Åbn denne side fra Excel" })).toBeTruthy();
    expect(screen.getByText(/virker kun inde i Excel/)).toBeTruthy();
  });
});

describe("overview", () => {
  test("shows where the tables are, the periods, units and keys", async () => {
    const host = new FakeHost();
    await renderApp(host);
    const overview = screen.getByRole("region", { name: "Tables" });
    expect(overview.textContent).toContain("Initiatives: Excel Table Initiativer on sheet Aftale, A1:F15");
    expect(overview.textContent).toContain("Keys: Sheet Nøgler, A1:D11");
    expect(overview.textContent).toContain("2025, 2026");
    expect(overview.textContent).toContain("Regions (5): Region Hovedstaden, Region Sjælland, Region Syddanmark, Region Midtjylland, Region Nordjylland");
    expect(overview.textContent).toContain("Bloktilskudsnøgle 2025 – Regions, 2025, 5 units");
    expect(overview.textContent).toContain("14 initiative rows");
    expect(host.calls.check).toEqual([{ settings: { ...DEFAULT_SETTINGS, lang: "en" }, picked: {} }]);
  });

  test("98 municipalities are counted, not all listed", async () => {
    const names = Array.from({ length: 98 }, (_, i) => `Kommune ${i + 1}`);
    await renderApp(new FakeHost({ check: { ...sampleCheck(), units: [{ group: "Kommuner", units: names }] }, displayLanguage: "da" }));
    const overview = screen.getByRole("region", { name: "Tabeller" });
    expect(overview.textContent).toContain("Kommuner (98): Kommune 1, Kommune 2");
    expect(overview.textContent).toContain("Kommune 8, og 90 flere");
    expect(overview.textContent).not.toContain("Kommune 9,");
  });

  test("a missing table gets a hint, and the selection can be used instead", async () => {
    const check = { ...sampleCheck(), tables: [sampleCheck().tables[1]], missing: ["initiatives" as const], periods: [] };
    const host = new FakeHost({ check, selection: { sheet: "Ark1", address: "B2:H20" } });
    await renderApp(host);
    const overview = screen.getByRole("region", { name: "Tables" });
    expect(overview.textContent).toContain("Initiatives: Not found. Make an Excel Table named Initiativer");
    expect(overview.textContent).toContain("No period columns");
    fireEvent.click(within(overview).getByRole("button", { name: "Use selection as initiatives table" }));
    await waitFor(() => expect(host.calls.check).toHaveLength(2));
    expect(host.calls.check[1].picked).toEqual({ initiatives: { sheet: "Ark1", address: "B2:H20" } });
  });

  test("a workbook that cannot be read says why", async () => {
    const host = new FakeHost();
    host.check = () => Promise.reject(new Error("The workbook is protected."));
    render(<App host={host} />);
    expect(await screen.findByText("The workbook could not be read: The workbook is protected.")).toBeTruthy();
  });
});

describe("fill", () => {
  test("shows progress while it runs, then results per period with their checks", async () => {
    const host = new FakeHost({ holdFill: true });
    await renderApp(host);
    const button = screen.getByRole("button", { name: "Fill region shares" }) as HTMLButtonElement;
    fireEvent.click(button);

    const progress = await screen.findByRole("progressbar");
    expect(progress.getAttribute("aria-valuenow")).toBeNull(); // indeterminate until the host knows
    expect(screen.getByText("Reading the workbook…")).toBeTruthy();
    expect(button.disabled).toBe(true);
    act(() => host.progress({ stage: "writing", fraction: 0.5 }));
    expect(screen.getByText("Writing sheets…")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.5");
    // The status is announced.
    expect(screen.getByText("Writing sheets…").closest("[aria-live='polite']")).not.toBeNull();
    expect(screen.queryByRole("region", { name: "Results" })).toBeNull();

    await act(async () => host.release());
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("Filled 2 sheets.").closest("[role='status']")).not.toBeNull();
    expect(button.disabled).toBe(false);

    const results = screen.getByRole("region", { name: "Results" });
    const cards = within(results).getAllByRole("listitem").filter((li) => li.querySelector("h3"));
    expect(cards).toHaveLength(2);
    const [first, second] = cards;
    expect(within(first).getByRole("heading").textContent).toBe("2025 – Regions");
    expect(fact(first, "Rows")).toBe("14");
    expect(fact(first, "Units")).toBe("5");
    expect(fact(first, "Rounding")).toBe("Steps of 0.1 · Reconciled");
    expect(fact(first, "Largest deviation from the exact amount")).toBe("0.1");
    expect(first.textContent).toContain("All checks passed");
    expect(first.textContent).not.toContain("Check failed");

    expect(fact(second, "Rows")).toBe("1,570 (1 not filled because of errors)");
    expect(fact(second, "Rounding")).toBe("Steps of 0.1 · Nearest");
    expect(second.textContent).not.toContain("All checks passed");
    const failed = within(second).getAllByText(/Check failed/).map((e) => e.textContent);
    expect(failed).toEqual(["✗ Check failed: rows add up to the national amount", "✗ Check failed: unit totals add up"]);
    expect(second.textContent).toContain("⚠ 2.25 not allocated (1 row) and left out of the totals. See the findings and the Status column.");
    expect(second.textContent).toContain("✗ 1 error: see the findings.");
    expect(first.textContent).not.toContain("not allocated");
    expect(results.textContent).toContain('Steps of 0.1, from the amounts: Aftale!C5 ("60,0") has the most decimals. Amounts in mio. kr. (2025-pl).');
    expect(results.textContent).toContain("A row was added to the sheet Fordeling log.");

    fireEvent.click(within(second).getByRole("button", { name: "Go to sheet Fordeling 2026 (2)" }));
    expect(host.calls.activateSheet).toEqual(["Fordeling 2026 (2)"]);

    // The fill's findings replace the check's.
    const findings = screen.getByRole("region", { name: "Findings" });
    expect(within(findings).getAllByRole("button")).toHaveLength(1);
    expect(within(findings).getByText("Errors (1)")).toBeTruthy();
  });

  test("fills with the pane's settings and saves them for the ribbon", async () => {
    const host = new FakeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole("radio", { name: "Nearest" }));
    fireEvent.click(screen.getByRole("button", { name: "Fill region shares" }));
    await screen.findByRole("region", { name: "Results" });
    const expected = { ...DEFAULT_SETTINGS, method: "nearest", lang: "en" };
    expect(host.calls.fill).toEqual([{ settings: expected, picked: {} }]);
    expect(host.calls.saveSettings).toEqual([expected]);
  });

  test("Danish results use Danish numbers and words", async () => {
    const host = new FakeHost({ displayLanguage: "da-DK" });
    await renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Udfyld regionsandele" }));
    const results = await screen.findByRole("region", { name: "Resultat" });
    const [first, second] = within(results).getAllByRole("listitem").filter((li) => li.querySelector("h3"));
    expect(within(first).getByRole("heading").textContent).toBe("2025 – Regioner");
    expect(fact(first, "Største afvigelse fra det præcise beløb")).toBe("0,1");
    expect(fact(first, "Afrunding")).toBe("Trin på 0,1 · Afstemt");
    expect(fact(second, "Rækker")).toBe("1.570 (1 ikke udfyldt pga. fejl)");
    expect(results.textContent).toContain("Alle kontroller bestået");
    expect(second.textContent).not.toContain("Alle kontroller bestået");
    expect(second.textContent).toContain("⚠ 2,25 er ikke fordelt (1 række) og er ikke med i totalerne. Se bemærkningerne og kolonnen Status.");
    expect(results.textContent).toContain("Kontrol ikke bestået: enhedernes totaler summer");
    expect(screen.getByText("Udfyldte 2 ark.")).toBeTruthy();
  });

  test("a fill of unusable input says nothing could be filled and shows why", async () => {
    const missing = finding("error", "MISSING_TABLE", { table: "Initiativer" });
    const host = new FakeHost({ fill: { periods: [], findings: [missing], decimals: null, logSheet: null, unusable: true } });
    await renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Fill region shares" }));
    expect(await screen.findByText("Nothing could be filled. See the findings.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Results" })).toBeNull();
    const findings = screen.getByRole("region", { name: "Findings" });
    expect(findings.textContent).toContain('Table "Initiativer" was not found (neither as a table nor as a sheet). Create it or pick a range.');
  });

  test("a fill that fails says so and keeps the pane usable", async () => {
    const host = new FakeHost();
    host.fill = () => Promise.reject(new Error("Request payload size exceeded the limit."));
    await renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Fill region shares" }));
    expect(await screen.findByText("The fill failed: Request payload size exceeded the limit.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Fill region shares" }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole("region", { name: "Results" })).toBeNull();
  });
});

describe("after a ribbon fill", () => {
  const ribbonError = finding(
    "error",
    "UNKNOWN_KEY",
    { key: "Bloktilskud 2027" },
    { sheet: "Aftale", cell: "G9", initiative: "Senfølger", period: "2027" },
  );
  const outcome = { model: null, result: null, plan: null, findings: [ribbonError], decimals: 1, unusable: false };
  const ribbon = { outcome, error: null };
  const ribbonTitle = "The last fill from the ribbon found errors";

  test("its errors come first, before the overview, and select their cells", async () => {
    const host = new FakeHost({ ribbon });
    await renderApp(host);
    const ribbonRegion = screen.getByRole("region", { name: ribbonTitle });
    const overview = screen.getByRole("region", { name: "Tables" });
    expect(ribbonRegion.compareDocumentPosition(overview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(ribbonRegion.textContent).toContain('Key "Bloktilskud 2027" is not in the keys table.');
    expect(screen.getByText(/Rows with errors were not filled; everything else was/)).toBeTruthy();
    // After the pane's own "Check again", the first button of the page is the ribbon's finding.
    const buttons = screen.getAllByRole("button");
    expect(buttons[0].textContent).toBe("Check again");
    expect(buttons[1].textContent).toContain("Bloktilskud 2027");
    fireEvent.click(within(ribbonRegion).getByRole("button"));
    expect(host.calls.selectCell).toEqual([["Aftale", "G9"]]);
  });

  test("a ribbon fill that failed says why", async () => {
    await renderApp(new FakeHost({ ribbon: { outcome: null, error: "The workbook is in cell-edit mode." } }));
    const region = screen.getByRole("region", { name: "The last fill from the ribbon failed" });
    expect(region.textContent).toContain("The fill failed: The workbook is in cell-edit mode.");
  });

  test("a ribbon fill without errors shows nothing extra", async () => {
    const warning = { ...ribbonError, severity: "warning" as const };
    await renderApp(new FakeHost({ ribbon: { outcome: { ...outcome, findings: [warning] }, error: null } }));
    expect(screen.queryByRole("region", { name: ribbonTitle })).toBeNull();
  });

  test("a ribbon fill that kept a sheet the user changed says where the new figures are, though it found no errors", async () => {
    const kept = finding("warning", "SHEET_KEPT", { sheet: "Fordeling 2026", written: "Fordeling 2026 (2)", reason: "changed", rows: "25:25" }, { sheet: "Fordeling 2026", cell: "25:25" });
    const host = new FakeHost({ ribbon: { outcome: { ...outcome, findings: [kept] }, error: null } });
    await renderApp(host);
    const region = screen.getByRole("region", { name: "The last fill from the ribbon wrote beside a sheet you changed" });
    expect(region.textContent).toContain('this fill was written to "Fordeling 2026 (2)"');
    expect(region.textContent).toContain("Your formulas still point at the old sheet.");
    fireEvent.click(within(region).getByRole("button"));
    expect(host.calls.selectCell).toEqual([["Fordeling 2026", "25:25"]]);
  });

  test("a ribbon fill that stopped part-way says the sheets were not all written", async () => {
    const stopped = finding("error", "SHEET_INCOMPLETE", { sheets: '"Fordeling 2026"', error: "GeneralException" }, { sheet: "Fordeling 2026" });
    await renderApp(new FakeHost({ ribbon: { outcome: { ...outcome, findings: [stopped] }, error: null } }));
    const region = screen.getByRole("region", { name: ribbonTitle });
    expect(region.textContent).toContain("The sheets were not all written.");
    expect(region.textContent).toContain("fill again and it will be completed");
  });

  test("a fill from the pane replaces the ribbon's report", async () => {
    await renderApp(new FakeHost({ ribbon }));
    fireEvent.click(screen.getByRole("button", { name: "Fill region shares" }));
    await screen.findByRole("region", { name: "Results" });
    expect(screen.queryByRole("region", { name: ribbonTitle })).toBeNull();
  });

  test("a ribbon fill while the pane is open is shown, and replaces the pane's old results", async () => {
    const host = new FakeHost();
    const { unmount } = await renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "Fill region shares" }));
    await screen.findByRole("region", { name: "Results" });
    act(() => host.ribbonFilled(ribbon));
    expect(screen.getByRole("region", { name: ribbonTitle })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Results" })).toBeNull();
    unmount();
    expect(host.ribbonListenerCount).toBe(0);
  });
});
