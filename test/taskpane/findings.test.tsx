/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingsList, cellReference } from "../../src/taskpane/FindingsList";
import type { Finding } from "../../src/engine/findings";
import type { Lang } from "../../src/engine/messages";
import { sampleCheck } from "./fakeHost";

function renderList(findings: Finding[], lang: Lang = "en") {
  const selected: [string, string][] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList id="f" title="Findings" findings={findings} lang={lang} onSelect={(sheet, cell) => selected.push([sheet, cell])} />
    </FluentProvider>,
  );
  return selected;
}

describe("FindingsList", () => {
  test("groups by severity, errors first, with counts", () => {
    renderList(sampleCheck().findings);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Errors (1)", "Warnings (2)", "Information (1)"]);
    const warnings = screen.getByRole("list", { name: "Warnings (2)" });
    const items = within(warnings).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('The sub-items of "Screening" add up to 48.0, but its amount is 50.0 (2025).');
    expect(items[0].textContent).toContain("Aftale!B9 · Screening · 2025");
  });

  test("a group without findings is not shown; none at all says so", () => {
    const { findings } = sampleCheck();
    renderList(findings.filter((f) => f.severity === "warning"));
    expect(screen.queryByText(/^Errors/)).toBeNull();
    expect(screen.getByText("Warnings (2)")).toBeTruthy();
  });

  test("an empty list says the tables look right", () => {
    renderList([]);
    expect(screen.getByText("No findings: the tables look right.")).toBeTruthy();
  });

  test("clicking a finding selects its cell on its sheet", () => {
    const selected = renderList(sampleCheck().findings);
    fireEvent.click(screen.getByRole("button", { name: /Amount 2\.25 of "Senfølger" \(2026\) is not a multiple of the step 0\.1/ }));
    fireEvent.click(screen.getByRole("button", { name: /negative amount \(-0\.8\)/ }));
    expect(selected).toEqual([
      ["Aftale", "C7"],
      ["Aftale", "B12"],
    ]);
  });

  test("findings that point at a cell are native buttons in the tab order (Enter and Space activate them); others are plain items", () => {
    renderList(sampleCheck().findings);
    const buttons = screen.getAllByRole("button");
    // Three of the four findings have a cell; KEY_SUM has only a sheet.
    expect(buttons).toHaveLength(3);
    for (const button of buttons) {
      expect(button.tagName).toBe("BUTTON");
      expect(button.tabIndex).toBe(0);
      expect(button.hasAttribute("disabled")).toBe(false);
    }
    const keySum = screen.getByText(/Key "Bloktilskudsnøgle 2025" sums to 0\.9999/);
    expect(keySum.closest("button")).toBeNull();
    // In DOM order, so Tab walks errors, then warnings, then information.
    expect(buttons.map((b) => b.textContent?.match(/Aftale!\w+/)?.[0])).toEqual(["Aftale!C7", "Aftale!B9", "Aftale!B12"]);
    buttons[0].focus();
    expect(document.activeElement).toBe(buttons[0]);
  });

  test("messages and group names follow the UI language, from the findings' params", () => {
    renderList(sampleCheck().findings, "da");
    expect(screen.getByText("Fejl (1)")).toBeTruthy();
    expect(screen.getByText("Advarsler (2)")).toBeTruthy();
    expect(screen.getByText("Oplysninger (1)")).toBeTruthy();
    expect(screen.getByText(/Beløbet 2,25 for „Senfølger“ \(2026\) går ikke op i trinnet 0,1/)).toBeTruthy();
  });

  test("sheet names that need quotes are quoted as in Excel", () => {
    expect(cellReference("Aftale", "C7")).toBe("Aftale!C7");
    expect(cellReference("Fordeling 2026", "B3")).toBe("'Fordeling 2026'!B3");
    expect(cellReference("Bob's", "A1")).toBe("'Bob''s'!A1");
  });
});
