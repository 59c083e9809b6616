/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { finding } from "../../src/engine/findings";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";
import { App } from "../../src/taskpane/App";
import { outsideHost } from "../../src/taskpane/outsideHost";
import { FakeHost, sampleCheck, sampleFill } from "./fakeHost";

/** The value shown for a label in a result card (a dt/dd pair). */
function fact(card: HTMLElement, label: string): string | null {
  const dt = Array.from(card.querySelectorAll("dt")).find((e) => e.textContent === label);
  return dt?.nextElementSibling?.textContent ?? null;
}

async function renderApp(host: FakeHost) {
  const view = render(<App host={host} />);
  await screen.findByRole("region", { name: /^(Ready to fill|Klar til at udfylde)$/ });
  return view;
}

const fillButton = () => screen.getByRole("button", { name: /^(Fill|Udfyld)( \d+ (sheets?|ark))?$/ }) as HTMLButtonElement;
const footer = () => document.querySelector("footer") as HTMLElement;
const outcome = () => footer().querySelector("[data-tone]") as HTMLElement | null;

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
    expect(document.documentElement.lang).toBe("da-DK");
  });
});

describe("header and readiness card", () => {
  test("the header says what, the unit and when read; the card each table's size, the periods, step and method", async () => {
    const host = new FakeHost();
    await renderApp(host);
    const header = document.querySelector("header")!;
    expect(header.textContent).toMatch(/^Fordel – region sharesamounts in Mio\. kr\. \(2025-pl\) · read \d\d:\d\dCheck again$/);
    const card = screen.getByRole("region", { name: "Ready to fill" });
    expect(card.textContent).toContain("Initiatives ✓ 14 rows");
    expect(card.textContent).toContain("Keys ✓ 5 regions");
    expect(card.textContent).toContain("Periods20252026");
    expect(card.textContent).toContain("Steps of 0.1 · Reconciled · Mio. kr. (2025-pl) · change");
    expect(card.textContent).toContain("✗ 1 error: what it concerns is not filled – see the findings below.");
    // Where the tables are: folded below.
    const details = within(card).getByText("Where the tables are").closest("details")!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain("Initiatives: Excel Table Initiativer on sheet Aftale, A1:F15");
    expect(details.textContent).toContain("Bloktilskudsnøgle 2025 – Regions, 2025, 5 units");
    expect(host.calls.check).toEqual([{ settings: { ...DEFAULT_SETTINGS, lang: "en" }, picked: {} }]);
  });

  test("'change' opens the folded settings", async () => {
    await renderApp(new FakeHost());
    const settings = screen.getByText("Settings").closest("details")!;
    expect(settings.open).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "change" }));
    expect(settings.open).toBe(true);
  });

  test("98 municipalities are counted, not all listed", async () => {
    const names = Array.from({ length: 98 }, (_, i) => `Kommune ${i + 1}`);
    await renderApp(new FakeHost({ check: { ...sampleCheck(), units: [{ group: "Kommuner", units: names }] }, displayLanguage: "da" }));
    expect(screen.getByRole("region", { name: "Klar til at udfylde" }).textContent).toContain("Nøgler ✓ 98 kommuner");
    const overview = screen.getByRole("region", { name: "Tabeller" });
    expect(overview.textContent).toContain("Kommuner (98): Kommune 1, Kommune 2");
    expect(overview.textContent).toContain("Kommune 8, og 90 flere");
  });

  test("a workbook that cannot be read says why, and the fill is blocked saying so", async () => {
    const host = new FakeHost();
    host.check = () => Promise.reject(new Error("The workbook is protected."));
    render(<App host={host} />);
    await waitFor(() => expect(screen.getAllByText("The workbook could not be read: The workbook is protected.").length).toBe(2));
    expect(fillButton().disabled).toBe(true);
  });
});

describe("the missing-table path", () => {
  const missingCheck = () => ({
    ...sampleCheck(),
    tables: [sampleCheck().tables[1]],
    missing: ["initiatives" as const],
    periods: [],
    initiatives: 0,
    unusable: true,
    step: null,
    preview: [],
    writes: null,
  });

  test("a missing table gets a hint, Fill is disabled saying why, and the selection can be used", async () => {
    const host = new FakeHost({ check: missingCheck(), selection: { sheet: "Ark1", address: "B2:H20" } });
    await renderApp(host);
    const card = screen.getByRole("region", { name: "Ready to fill" });
    expect(card.textContent).toContain("Initiatives ✗ not found");
    expect(card.textContent).toContain("Make an Excel Table named Initiativer");
    expect(fillButton().disabled).toBe(true);
    expect(footer().textContent).toContain("Nothing can be filled: the initiatives table is missing (see above).");

    host.check = async (settings, picked) => {
      host.calls.check.push({ settings, picked });
      return sampleCheck();
    };
    fireEvent.click(within(card).getByRole("button", { name: "Use selection as initiatives table" }));
    await waitFor(() => expect(host.calls.check).toHaveLength(2));
    expect(host.calls.check[1].picked).toEqual({ initiatives: { sheet: "Ark1", address: "B2:H20" } });
    await waitFor(() => expect(card.textContent).toContain("Initiatives ✓ 14 rows · picked range Ark1!B2:H20"));
    expect(fillButton().disabled).toBe(false);
    // The picked range can be changed or forgotten.
    expect(within(card).getByRole("button", { name: "Use the selection instead" })).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Forget the picked range" }));
    await waitFor(() => expect(host.calls.check).toHaveLength(3));
    expect(host.calls.check[2].picked).toEqual({});
  });

  test("a wrong selection says why and is not kept", async () => {
    const host = new FakeHost({ check: missingCheck(), selection: { sheet: "Ark1", address: "C3" }, displayLanguage: "da-DK" });
    await renderApp(host);
    const card = screen.getByRole("region", { name: "Klar til at udfylde" });
    fireEvent.click(within(card).getByRole("button", { name: "Brug markeringen som initiativtabel" }));
    const alert = await within(card).findByRole("alert");
    expect(alert.textContent).toBe(
      "Markeringen Ark1!C3 kan ikke bruges som initiativtabel: den er kun én celle. Markér hele tabellen med overskriftsrækken, og prøv igen.",
    );
    await waitFor(() => expect(host.calls.check).toHaveLength(3));
    expect(host.calls.check[2].picked).toEqual({});
  });
});

describe("preview before writing", () => {
  test("per period each unit's total as a bar with its value, and the cells rounded against ROUND on demand", async () => {
    await renderApp(new FakeHost({ displayLanguage: "da-DK" }));
    const preview = screen.getByRole("region", { name: "Forhåndsvisning" });
    const [first, second] = Array.from(preview.querySelectorAll(":scope > details")) as HTMLDetailsElement[];
    expect(first.open).toBe(true);
    expect(second.open).toBe(false);
    expect(first.querySelector("summary")!.textContent).toBe("2025 – Regioner → arket „Fordeling 2025“");
    const totals = first.querySelectorAll("dd:not([aria-hidden])");
    expect(Array.from(totals).map((d) => d.textContent)).toEqual(["81,1", "40,3", "55,3", "49,7", "23,6"]);
    // The largest total has the full bar, the others in proportion.
    const bars = Array.from(first.querySelectorAll("dd[aria-hidden] > div")) as HTMLElement[];
    expect(bars[0].style.width).toBe("100%");
    expect(parseFloat(bars[1].style.width)).toBeCloseTo((100 * 40.3) / 81.1, 5);
    const adjusted = within(first).getByText("1 celle afrundet anderledes end AFRUND").closest("details")!;
    expect(adjusted.open).toBe(false);
    expect(adjusted.textContent).toContain("Kræftscreening · Region Hovedstaden: 1,558 → 1,5 (AFRUND: 1,6)");
    expect(second.textContent).toContain("Ingen celler afrundet anderledes end AFRUND.");
  });
});

describe("the footer: one action, what it writes, progress and outcome in one place", () => {
  test("the button counts the sheets, the line says what is created and replaced", async () => {
    await renderApp(new FakeHost());
    expect(fillButton().textContent).toBe("Fill 2 sheets");
    expect(footer().textContent).toContain(
      "Creates Fordeling 2025; Replaces Fordel's Fordeling 2026; adds a row to Fordeling log. Your own sheets are not touched.",
    );
  });

  test("progress shows in the footer while it runs, settings are disabled, then the outcome; red with an error", async () => {
    const host = new FakeHost({ holdFill: true });
    await renderApp(host);
    fireEvent.click(fillButton());
    const progress = await within(footer()).findByRole("progressbar");
    expect(progress.hasAttribute("value")).toBe(false); // indeterminate until the host knows
    expect(fillButton().disabled).toBe(true);
    expect((document.querySelector("fieldset") as HTMLFieldSetElement).disabled).toBe(true);
    act(() => host.progress({ stage: "writing", fraction: 0.5 }));
    expect(within(footer()).getByText("Writing sheets…").closest("[aria-live='polite']")).not.toBeNull();
    expect(within(footer()).getByRole("progressbar", { name: "Writing sheets…" }).getAttribute("value")).toBe("0.5");

    await act(async () => host.release());
    expect(within(footer()).queryByRole("progressbar")).toBeNull();
    expect(outcome()!.dataset.tone).toBe("error");
    expect(outcome()!.textContent).toBe("✗ 2 sheets filled, but 1 error, 2 checks failed, 1 row not allocated – see the findings.");
    expect(outcome()!.closest("[aria-live='polite']")).not.toBeNull();
    expect((document.querySelector("fieldset") as HTMLFieldSetElement).disabled).toBe(false);
    await waitFor(() => expect(fillButton().disabled).toBe(false));

    // Results per period, folded.
    const results = screen.getByRole("region", { name: "Results" });
    const [first, second] = within(results)
      .getAllByRole("listitem")
      .filter((li) => li.querySelector("h3"));
    expect(fact(first, "Rounding")).toBe("Steps of 0.1 · Reconciled");
    expect(first.textContent).toContain("All checks passed");
    expect(fact(second, "Rows")).toBe("1,570 (1 not filled because of errors)");
    fireEvent.click(within(second).getByRole("button", { name: "Go to sheet Fordeling 2026 (2)" }));
    expect(host.calls.activateSheet).toEqual(["Fordeling 2026 (2)"]);

    // The fill's findings replace the check's.
    const findings = screen.getByRole("region", { name: "Findings" });
    expect(within(findings).getByText("Errors (1)")).toBeTruthy();
    expect(within(findings).queryByText(/Warnings/)).toBeNull();
  });

  test("green only when every check passed and nothing is left out or to look at", async () => {
    const clean = { ...sampleFill(), periods: [sampleFill().periods[0]], findings: [] };
    await renderApp(new FakeHost({ fill: clean, displayLanguage: "da-DK" }));
    fireEvent.click(fillButton());
    await waitFor(() => expect(outcome()).not.toBeNull());
    expect(outcome()!.dataset.tone).toBe("success");
    expect(outcome()!.textContent).toBe("✓ 1 ark udfyldt: alle kontroller bestået.");
  });

  test("a row left out without an error is amber, not green", async () => {
    const excluded = { ...sampleFill().periods[0], excludedRows: 1, excludedTotal: "0.8" };
    const warning = sampleCheck().findings[1];
    await renderApp(new FakeHost({ fill: { ...sampleFill(), periods: [excluded], findings: [warning] } }));
    fireEvent.click(fillButton());
    await waitFor(() => expect(outcome()).not.toBeNull());
    expect(outcome()!.dataset.tone).toBe("warning");
    expect(outcome()!.textContent).toBe("⚠ 1 sheet filled, but 1 row not allocated, 1 warning – see the findings.");
  });

  test("settings are saved for the ribbon only when they changed, and only then it says so", async () => {
    const saved = { ...DEFAULT_SETTINGS, lang: "en" as const };
    const host = new FakeHost({ saved });
    await renderApp(host);
    fireEvent.click(fillButton());
    await waitFor(() => expect(outcome()).not.toBeNull());
    expect(host.calls.saveSettings).toEqual([]);
    expect(footer().textContent).not.toContain("Settings saved");

    fireEvent.click(screen.getByRole("radio", { name: "Nearest" }));
    fireEvent.click(fillButton());
    await waitFor(() => expect(host.calls.fill).toHaveLength(2));
    await waitFor(() => expect(footer().textContent).toContain("Settings saved: the ribbon button uses them."));
    expect(host.calls.saveSettings).toEqual([{ ...saved, method: "nearest" }]);
    expect(host.calls.fill[1].settings).toEqual({ ...saved, method: "nearest" });
  });

  test("a fill of unusable input says nothing could be filled, in red", async () => {
    const missing = finding("error", "MISSING_TABLE", { table: "Initiativer" });
    await renderApp(new FakeHost({ fill: { periods: [], findings: [missing], decimals: null, logSheet: null, unusable: true } }));
    fireEvent.click(fillButton());
    await waitFor(() => expect(outcome()).not.toBeNull());
    expect(outcome()!.dataset.tone).toBe("error");
    expect(outcome()!.textContent).toBe("✗ Nothing could be filled. See the findings.");
    expect(screen.queryByRole("region", { name: "Results" })).toBeNull();
    expect(screen.getByRole("region", { name: "Findings" }).textContent).toContain('Table "Initiativer" was not found');
  });

  test("a fill that fails says so and keeps the pane usable", async () => {
    const host = new FakeHost();
    host.fill = () => Promise.reject(new Error("Request payload size exceeded the limit."));
    await renderApp(host);
    fireEvent.click(fillButton());
    await waitFor(() => expect(outcome()?.textContent).toBe("✗ The fill failed: Request payload size exceeded the limit."));
    expect(fillButton().disabled).toBe(false);
  });
});

describe("after a ribbon fill: its outcome in the footer, its findings in the one list", () => {
  const ribbonError = finding("error", "UNKNOWN_KEY", { key: "Bloktilskud 2027" }, { sheet: "Aftale", cell: "G9", initiative: "Senfølger", period: "2027" });
  const outcomeOfRibbon = { model: null, result: null, plan: null, findings: [ribbonError], decimals: 1, unusable: false };
  const ribbon = { outcome: outcomeOfRibbon, error: null };

  test("its errors are listed once, and select their cells", async () => {
    const host = new FakeHost({ ribbon });
    await renderApp(host);
    expect(outcome()!.textContent).toBe("✗ Ribbon fill: 0 sheets filled, but 1 error – see the findings.");
    expect(screen.getAllByRole("region", { name: "Findings" })).toHaveLength(1);
    expect(screen.getAllByText(/Key "Bloktilskud 2027" is not in the keys table/)).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: /Go to cell Aftale!G9/ }));
    expect(host.calls.selectCell).toEqual([["Aftale", "G9"]]);
  });

  test("a ribbon fill that failed says why", async () => {
    await renderApp(new FakeHost({ ribbon: { outcome: null, error: "The workbook is in cell-edit mode." } }));
    expect(outcome()!.textContent).toBe("✗ Ribbon fill: The fill failed: The workbook is in cell-edit mode.");
  });

  test("a fill from the pane replaces the ribbon's report", async () => {
    await renderApp(new FakeHost({ ribbon }));
    fireEvent.click(fillButton());
    await waitFor(() => expect(outcome()!.textContent).not.toContain("Ribbon fill"));
    expect(screen.queryByText(/Bloktilskud 2027/)).toBeNull();
  });

  test("a ribbon fill while the pane is open is shown, and replaces the pane's old results", async () => {
    const host = new FakeHost();
    const { unmount } = await renderApp(host);
    fireEvent.click(fillButton());
    await screen.findByRole("region", { name: "Results" });
    act(() => host.ribbonFilled(ribbon));
    expect(outcome()!.textContent).toContain("Ribbon fill:");
    expect(screen.queryByRole("region", { name: "Results" })).toBeNull();
    unmount();
    expect(host.ribbonListenerCount).toBe(0);
  });
});

describe("Office's theme", () => {
  test("Office's Black theme gives the dark page, White the light one", async () => {
    const { unmount } = await renderApp(new FakeHost({ officeTheme: { themeId: 0, isDarkTheme: true, bodyBackgroundColor: "#262626" } }));
    const dark = document.body.style.backgroundColor;
    unmount();
    await renderApp(new FakeHost({ officeTheme: { themeId: 3, isDarkTheme: false, bodyBackgroundColor: "#ffffff" } }));
    const light = document.body.style.backgroundColor;
    expect(light).toBe("rgb(255, 255, 255)");
    expect(dark).not.toBe(light);
  });
});
