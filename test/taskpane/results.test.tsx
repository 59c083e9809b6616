/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { Results } from "../../src/taskpane/Results";
import { sampleFill } from "./fakeHost";
import type { FillView } from "../../src/taskpane/host";

/** One period whose checks all pass: the card's verdict depends only on what was left out and on errors. */
function card(change: Partial<FillView["periods"][number]>, lang: "da" | "en" = "en"): HTMLElement {
  const view = sampleFill();
  view.periods = [{ ...view.periods[0], ...change }];
  render(<Results view={view} lang={lang} onOpenSheet={() => undefined} />);
  return within(screen.getByRole("region")).getAllByRole("listitem")[0];
}

describe("the result card never says all checks passed when money was left out or there are errors", () => {
  test("nothing left out, no errors: all checks passed", () => {
    expect(card({}).textContent).toContain("✓ All checks passed");
  });

  test("rows left out without error findings: an amber notice with the amount, no tick", () => {
    const c = card({ excludedRows: 2, excludedTotal: "12", excludedUnreadable: 1 }, "da");
    expect(c.textContent).not.toContain("Alle kontroller bestået");
    const notice = within(c).getByText(/er ikke fordelt/);
    expect(notice.textContent).toBe(
      "⚠ 12,0 er ikke fordelt (2 rækker, heraf 1, der ikke kan læses) og er ikke med i totalerne. Se bemærkningerne og kolonnen Status.",
    );
  });

  test("errors in the period: a red line, no tick", () => {
    const c = card({ errors: 3 });
    expect(c.textContent).not.toContain("All checks passed");
    expect(within(c).getByText(/3 errors/).textContent).toBe("✗ 3 errors: see the findings.");
  });
});
