/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { DecimalsInput, typedDecimals } from "../../src/taskpane/DecimalsInput";

function renderInput(value: number | null) {
  const calls = { commit: [] as number[], invalid: [] as string[] };
  render(
    <label>
      Decimals
      <DecimalsInput value={value} min={-6} max={10} onCommit={(v) => calls.commit.push(v)} onInvalid={(t) => calls.invalid.push(t)} />
    </label>,
  );
  return { calls, input: screen.getByRole("spinbutton", { name: "Decimals" }) as HTMLInputElement };
}

describe("DecimalsInput (the decimals spin button)", () => {
  test("typed text → a whole number within the range; text that is not a number → null", () => {
    expect(typedDecimals("2", -6, 10)).toBe(2);
    expect(typedDecimals(" −3 ", -6, 10)).toBe(-3);
    expect(typedDecimals("2.6", -6, 10)).toBe(3);
    expect(typedDecimals("99", -6, 10)).toBe(10);
    expect(typedDecimals("-99", -6, 10)).toBe(-6);
    expect(typedDecimals("abc", -6, 10)).toBeNull();
  });

  test("says its value and range; arrows, Home and End step within the range", () => {
    const { calls, input } = renderInput(1);
    expect(input.value).toBe("1");
    expect(input.getAttribute("aria-valuenow")).toBe("1");
    expect(input.getAttribute("aria-valuemin")).toBe("-6");
    expect(input.getAttribute("aria-valuemax")).toBe("10");
    fireEvent.keyDown(input, { key: "ArrowUp" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Home" });
    fireEvent.keyDown(input, { key: "End" });
    expect(calls.commit).toEqual([2, 0, -6, 10]);
  });

  test("typed text is committed on Enter, not while typing; text that is not a number is reported", () => {
    const { calls, input } = renderInput(1);
    fireEvent.change(input, { target: { value: "−2" } });
    expect(calls.commit).toEqual([]);
    expect(input.value).toBe("−2");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(calls.commit).toEqual([-2]);
    fireEvent.change(input, { target: { value: "x1" } });
    fireEvent.blur(input);
    expect(calls.invalid).toEqual(["x1"]);
    expect(input.value).toBe("1");
  });

  test("the step buttons stop at the ends of the range", () => {
    const { calls } = renderInput(10);
    const [up, down] = Array.from(document.querySelectorAll("button"));
    expect(up.disabled).toBe(true);
    fireEvent.click(down);
    expect(calls.commit).toEqual([9]);
  });
});
