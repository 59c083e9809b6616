/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { RevisionSwitch } from "../../src/taskpane/RevisionSwitch";
import { DEFAULT_SETTINGS, FillSettings } from "../../src/sheets/fill-types";
import { parseSettings } from "../../src/excel/settings";

describe("RevisionSwitch", () => {
  test("on by default; switching it off stores revision: false, which the saved settings keep", () => {
    let settings: FillSettings = { ...DEFAULT_SETTINGS };
    const { rerender } = render(<RevisionSwitch settings={settings} lang="en" onChange={(s) => (settings = s)} />);
    const box = screen.getByRole("checkbox", { name: "Compare with the figures sent out" }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(settings.revision).toBe(false);
    expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ ...DEFAULT_SETTINGS, revision: false });
    rerender(<RevisionSwitch settings={settings} lang="da" onChange={(s) => (settings = s)} />);
    const da = screen.getByRole("checkbox", { name: "Sammenlign med de udsendte tal" }) as HTMLInputElement;
    expect(da.checked).toBe(false);
    fireEvent.click(da);
    expect(settings.revision).toBeUndefined();
  });

  test("saved settings: revision must be a boolean, the price factor a factor", () => {
    expect(parseSettings({ method: "reconciled", lang: "da", revision: "no" })).toBeNull();
    expect(parseSettings({ method: "reconciled", lang: "da", priceFactor: "x" })).toBeNull();
    expect(parseSettings({ method: "reconciled", lang: "da", priceFactor: "1,028", revision: true })).toEqual({
      method: "reconciled",
      lang: "da",
      decimals: null,
      priceFactor: "1,028",
    });
  });
});
