/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingsList, cellReference } from "../../src/taskpane/FindingsList";
import { finding, type Finding } from "../../src/engine/findings";
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
  test("errors and warnings open with counts; information folded", () => {
    renderList(sampleCheck().findings);
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["✗ Errors (1)", "⚠ Warnings (2)"]);
    const warnings = screen.getByRole("list", { name: "Warnings (2)" });
    const items = within(warnings).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toBe(
      'The sub-items of "Screening" add up to 48.0, but its amount is 50.0 (2025). Both were allocated separately; correct the amounts so they agree. Go to cell Aftale!B9 →',
    );
    const info = screen.getByText("Information (1)").closest("details")!;
    expect(info.open).toBe(false);
    expect(info.textContent).toContain("negative amount (-0.8)");
  });

  test("information is grouped by cause with a count: one line per cause, the findings on demand", () => {
    const noKey = (initiative: string, cell: string) =>
      finding("info", "NO_MUNICIPAL_KEY", { period: "2025", initiative }, { sheet: "Initiativer", cell, initiative, period: "2025" });
    const findings = [noKey("Basal palliation", "C5"), sampleCheck().findings[3], noKey("Rygestop", "C9"), noKey("Børn med svær overvægt", "C12")];
    renderList(findings);
    const info = screen.getByText("Information (4)").closest("details")!;
    const causes = Array.from(info.querySelectorAll(":scope > div > details > summary")).map((s) => s.textContent);
    expect(causes).toEqual([
      '3 findings: There is no municipal key for 2025; "Basal palliation" is shown under Other recipients. Add a municipal key to allocate it.',
    ]);
    const group = info.querySelector(":scope > div > details") as HTMLDetailsElement;
    expect(group.open).toBe(false);
    expect(within(group).getAllByRole("listitem")).toHaveLength(3);
    // A cause found once is not folded twice.
    expect(info.textContent).toContain("negative amount (-0.8)");
  });

  test("a group without findings is not shown; none at all says so", () => {
    const { findings } = sampleCheck();
    renderList(findings.filter((f) => f.severity === "warning"));
    expect(screen.queryByText(/^Errors/)).toBeNull();
    expect(screen.getByRole("heading", { name: "Warnings (2)" })).toBeTruthy();
  });

  test("an empty list says the tables look right", () => {
    renderList([]);
    expect(screen.getByText("No findings: the tables look right.")).toBeTruthy();
  });

  test("a finding's cell is a link (a native button in the tab order) that selects it; findings without a cell have none", () => {
    const selected = renderList(sampleCheck().findings);
    const links = screen.getAllByRole("button");
    // Three of the four findings have a cell; KEY_SUM has only a sheet.
    expect(links.map((b) => b.textContent)).toEqual(["Go to cell Aftale!C7 →", "Go to cell Aftale!B9 →", "Go to cell Aftale!B12 →"]);
    for (const link of links) {
      expect(link.tagName).toBe("BUTTON");
      expect(link.tabIndex).toBe(0);
      expect(link.className).toContain("fui-Link");
    }
    expect(screen.getByText(/Key "Bloktilskudsnøgle 2025" sums to 0\.9999/).closest("li")!.textContent).toContain("(Nøgler)");
    fireEvent.click(links[0]);
    fireEvent.click(links[2]);
    expect(selected).toEqual([
      ["Aftale", "C7"],
      ["Aftale", "B12"],
    ]);
  });

  test("messages and group names follow the UI language, from the findings' params", () => {
    renderList(sampleCheck().findings, "da");
    expect(screen.getByRole("heading", { name: "Fejl (1)" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Advarsler (2)" })).toBeTruthy();
    expect(screen.getByText("Oplysninger (1)")).toBeTruthy();
    expect(screen.getByText(/Beløbet 2,25 for „Senfølger“ \(2026\) går ikke op i trinnet 0,1/)).toBeTruthy();
  });

  test("sheet names that need quotes are quoted as in Excel", () => {
    expect(cellReference("Aftale", "C7")).toBe("Aftale!C7");
    expect(cellReference("Fordeling 2026", "B3")).toBe("'Fordeling 2026'!B3");
    expect(cellReference("Bob's", "A1")).toBe("'Bob''s'!A1");
  });
});
