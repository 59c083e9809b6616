/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { SettingsForm } from "../../src/taskpane/SettingsForm";
import type { FillSettings } from "../../src/sheets/fill-types";

// Illustrative settings: two periods chosen of three, a pass-on the form itself does not show.
const SETTINGS: FillSettings = {
  decimals: 2,
  method: "reconciled",
  lang: "da",
  periods: ["2025", "2026"],
  passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }],
};

function renderForm(settings: FillSettings = SETTINGS): FillSettings[] {
  const changes: FillSettings[] = [];
  render(
    <SettingsForm
      settings={settings}
      periods={["2025", "2026", "2027"]}
      detectedDecimals={1}
      lang="en"
      onChange={(next) => changes.push(next)}
      onSave={() => undefined}
      save={{ state: "idle" }}
      changed
    />,
  );
  return changes;
}

describe("each control of the settings form changes its own setting and keeps every other", () => {
  test("a period: the others chosen stay, and the pass-on is kept", () => {
    const changes = renderForm();
    fireEvent.click(screen.getByRole("checkbox", { name: "2025" }));
    expect(changes).toEqual([{ ...SETTINGS, periods: ["2026"] }]);
  });

  test("ticking the last period means all periods (undefined), not a list of today's", () => {
    const changes = renderForm();
    fireEvent.click(screen.getByRole("checkbox", { name: "2027" }));
    expect(changes).toEqual([{ ...SETTINGS, periods: undefined }]);
  });

  test("decimals: automatic, and a step down from the number chosen", () => {
    const changes = renderForm();
    fireEvent.click(screen.getByRole("checkbox", { name: "Use the decimals of the amounts (1)" }));
    fireEvent.keyDown(screen.getByRole("spinbutton", { name: "Decimals" }), { key: "ArrowDown" });
    expect(changes).toEqual([
      { ...SETTINGS, decimals: null },
      { ...SETTINGS, decimals: 1 },
    ]);
  });

  test("leaving automatic decimals starts from the amounts' own", () => {
    const changes = renderForm({ ...SETTINGS, decimals: null });
    fireEvent.click(screen.getByRole("checkbox", { name: "Use the decimals of the amounts (1)" }));
    expect(changes).toEqual([{ ...SETTINGS, decimals: 1 }]);
  });

  test("method and language", () => {
    const changes = renderForm();
    fireEvent.click(screen.getByRole("radio", { name: "Nearest" }));
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(changes).toEqual([
      { ...SETTINGS, method: "nearest" },
      { ...SETTINGS, lang: "en" },
    ]);
  });
});
