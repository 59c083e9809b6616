/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { PassOnSection } from "../../src/taskpane/PassOnSection";
import type { FillSettings } from "../../src/sheets/fill-types";

const base: FillSettings = { method: "reconciled", lang: "da", decimals: null };

function Harness({ initial, lang, seen }: { initial: FillSettings; lang: "da" | "en"; seen: FillSettings[] }) {
  const [settings, setSettings] = React.useState(initial);
  return (
    <PassOnSection
      settings={settings}
      lang={lang}
      units={["Region Hovedstaden"]}
      groups={["Hospitaler"]}
      onChange={(s) => {
        seen.push(s);
        setSettings(s);
      }}
    />
  );
}

describe("PassOnSection", () => {
  test("adds a pass-on from unit and group, once; Add is off until both are given", () => {
    const seen: FillSettings[] = [];
    render(<Harness initial={base} lang="da" seen={seen} />);
    expect(screen.getByRole("heading", { name: "Fordel videre" })).toBeTruthy();
    expect(screen.getByText("Der fordeles ikke videre.")).toBeTruthy();
    const add = screen.getByRole("button", { name: "Tilføj" }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByRole("combobox", { name: "Enhed" }), { target: { value: " Region Hovedstaden " } });
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByRole("combobox", { name: "Gruppe" }), { target: { value: "Hospitaler" } });
    fireEvent.click(add);
    expect(seen.at(-1)).toEqual({ ...base, passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }] });
    expect(screen.getByText(/Region Hovedstaden → Hospitaler/)).toBeTruthy();
    // The same again is refused, and said so.
    fireEvent.change(screen.getByRole("combobox", { name: "Enhed" }), { target: { value: "region hovedstaden" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Gruppe" }), { target: { value: "hospitaler" } });
    expect(screen.getByText("Den er allerede med.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Tilføj" }) as HTMLButtonElement).disabled).toBe(true);
    expect(seen).toHaveLength(1);
  });

  test("removes a pass-on (English), leaving no empty list in the settings", () => {
    const seen: FillSettings[] = [];
    render(<Harness initial={{ ...base, lang: "en", passOn: [{ unit: "Region Hovedstaden", group: "Hospitaler" }] }} lang="en" seen={seen} />);
    fireEvent.click(screen.getByRole("button", { name: "Remove Region Hovedstaden → Hospitaler" }));
    expect(seen).toEqual([{ ...base, lang: "en" }]);
    expect(screen.getByText("Nothing is passed on.")).toBeTruthy();
  });
});
