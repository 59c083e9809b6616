/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";

async function renderApp(host: FakeHost) {
  render(<App host={host} />);
  // The check has come back when the readiness card shows.
  await screen.findByRole("region", { name: /^(Ready to fill|Klar til at udfylde)$/ });
}

const hint = () => document.querySelector<HTMLElement>("[aria-live='polite'].fui-Field__hint");
const decimalsInput = (name = "Decimals") => screen.getByRole("spinbutton", { name }) as HTMLInputElement;

describe("SettingsForm", () => {
  test("defaults: reconciled, automatic decimals from the amounts, every period, language from Office", async () => {
    const host = new FakeHost({ displayLanguage: "en-GB" });
    await renderApp(host);
    expect((screen.getByRole("radio", { name: "Reconciled (recommended)" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("radio", { name: "Largest remainder" }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("radio", { name: "English" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: "Use the decimals of the amounts (1)" }) as HTMLInputElement).checked).toBe(true);
    expect(decimalsInput().disabled).toBe(true);
    expect(decimalsInput().value).toBe("1");
    expect(hint()?.textContent).toBe("Steps of 0.1: 3,162,514.4837 is shown as 3,162,514.5");
    for (const period of ["2025", "2026"]) expect((screen.getByRole("checkbox", { name: period }) as HTMLInputElement).checked).toBe(true);
    // Each method explains itself, tied to its radio.
    const nearest = screen.getByRole("radio", { name: "Nearest" });
    expect(document.getElementById(nearest.getAttribute("aria-describedby")!)?.textContent).toBe(
      "Each cell rounded on its own, for comparison: totals may not add up.",
    );
  });

  test("the decimals example follows the chosen decimals", async () => {
    await renderApp(new FakeHost());
    fireEvent.click(screen.getByRole("checkbox", { name: "Use the decimals of the amounts (1)" }));
    const input = decimalsInput();
    expect(input.disabled).toBe(false);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.value).toBe("0");
    expect(hint()?.textContent).toBe("Whole numbers: 3,162,514.4837 is shown as 3,162,514");
    fireEvent.change(input, { target: { value: "-3" } });
    fireEvent.blur(input);
    expect(hint()?.textContent).toBe("Thousands: 3,162,514.4837 is shown as 3,163,000");
    fireEvent.change(input, { target: { value: "2" } });
    fireEvent.blur(input);
    expect(hint()?.textContent).toBe("Steps of 0.01: 3,162,514.4837 is shown as 3,162,514.48");
  });

  test("text that is not a whole number keeps the last good value and says so", async () => {
    await renderApp(new FakeHost());
    fireEvent.click(screen.getByRole("checkbox", { name: "Use the decimals of the amounts (1)" }));
    const input = decimalsInput();
    fireEvent.change(input, { target: { value: "abc" } });
    fireEvent.blur(input);
    expect(screen.getByText("“abc” is not a whole number from -6 to 10; the last valid value is kept.")).toBeTruthy();
    // The last good value still applies.
    expect(hint()?.textContent).toBe("Steps of 0.1: 3,162,514.4837 is shown as 3,162,514.5");
    fireEvent.change(input, { target: { value: "0" } });
    fireEvent.blur(input);
    expect(screen.queryByText(/is not a whole number/)).toBeNull();
    expect(hint()?.textContent).toBe("Whole numbers: 3,162,514.4837 is shown as 3,162,514");
  });

  test("saving sends the chosen values to the document", async () => {
    const host = new FakeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole("checkbox", { name: "2025" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Use the decimals of the amounts (1)" }));
    fireEvent.keyDown(decimalsInput(), { key: "ArrowDown" });
    fireEvent.click(screen.getByRole("radio", { name: "Largest remainder" }));
    fireEvent.click(screen.getByRole("button", { name: "Save settings in the workbook" }));
    await screen.findByText("Saved. The ribbon button uses these settings.");
    expect(host.calls.saveSettings).toEqual([{ decimals: 0, method: "largest-remainder", periods: ["2026"], lang: "en" }]);
  });

  test("ticking every period again saves 'all periods', and none chosen blocks the fill", async () => {
    const host = new FakeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole("checkbox", { name: "2025" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "2026" }));
    // Said in the settings and in the footer, beside the disabled button.
    expect(screen.getAllByText("Choose at least one period.")).toHaveLength(2);
    expect((screen.getByRole("button", { name: /^Fill( \d sheets)?$/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "2026" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "2025" }));
    fireEvent.click(screen.getByRole("button", { name: "Save settings in the workbook" }));
    await screen.findByText("Saved. The ribbon button uses these settings.");
    expect(host.calls.saveSettings[0].periods).toBeUndefined();
  });

  test("settings saved in the document are loaded and shown", async () => {
    const host = new FakeHost({ saved: { decimals: -3, method: "nearest", periods: ["2026"], lang: "en" } });
    await renderApp(host);
    expect((screen.getByRole("radio", { name: "Nearest" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: "2025" }) as HTMLInputElement).checked).toBe(false);
    expect(decimalsInput().value).toBe("-3");
    expect(hint()?.textContent).toBe("Thousands: 3,162,514.4837 is shown as 3,163,000");
    // The check is made with the saved settings.
    expect(host.calls.check[0].settings.decimals).toBe(-3);
  });

  test("Danish Office shows Danish labels and Danish numbers", async () => {
    await renderApp(new FakeHost({ displayLanguage: "da-DK" }));
    expect(screen.getByText("Indstillinger", { selector: "summary" })).toBeTruthy();
    expect((screen.getByRole("radio", { name: "Afstemt (anbefales)" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("radio", { name: "Største rest" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Udfyld \d ark$/ })).toBeTruthy();
    expect(decimalsInput("Decimaler")).toBeTruthy();
    expect(hint()?.textContent).toBe("Trin på 0,1: 3.162.514,4837 vises som 3.162.514,5");
  });

  test("choosing the language switches the pane at once and is saved", async () => {
    const host = new FakeHost({ displayLanguage: "da-DK" });
    await renderApp(host);
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByText("Settings", { selector: "summary" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Fill \d sheets$/ })).toBeTruthy();
    expect(screen.getByText("Errors (1)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save settings in the workbook" }));
    await waitFor(() => expect(host.calls.saveSettings).toHaveLength(1));
    expect(host.calls.saveSettings[0].lang).toBe("en");
  });

  test("every input has a label", async () => {
    await renderApp(new FakeHost());
    const inputs = Array.from(document.querySelectorAll("input"));
    expect(inputs.length).toBe(2 + 1 + 1 + 3 + 2 + 1 + 2); // periods, auto decimals, decimals, methods, languages, revision, pass on (unit, group)
    for (const input of inputs) {
      const labelled =
        (input.id && document.querySelector(`label[for="${input.id}"]`)?.textContent) ||
        (input.getAttribute("aria-labelledby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join("");
      expect(labelled).toBeTruthy();
    }
  });
});
