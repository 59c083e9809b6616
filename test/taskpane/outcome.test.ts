/** The footer's outcome: green only when every check passed and nothing is left out or to look at. */
import { finding } from "../../src/engine/findings";
import { outcomeOf } from "../../src/taskpane/outcome";
import { sampleFill } from "./fakeHost";

const clean = () => ({ ...sampleFill(), periods: [sampleFill().periods[0]], findings: [] });

describe("outcomeOf", () => {
  test("every check passed, nothing left out, no finding to look at: green", () => {
    expect(outcomeOf(clean(), "en")).toEqual({ tone: "success", text: "1 sheet filled: every check passed." });
  });

  test("information alone keeps it green; a warning or a kept sheet makes it amber", () => {
    const info = finding("info", "NEGATIVE_AMOUNT", { initiative: "Korrektion", amount: "-0.8", period: "2025" });
    expect(outcomeOf({ ...clean(), findings: [info] }, "en").tone).toBe("success");
    const kept = finding("warning", "SHEET_KEPT", { sheet: "Fordeling 2026", written: "Fordeling 2026 (2)", reason: "changed", rows: "25:25" });
    expect(outcomeOf({ ...clean(), findings: [kept] }, "da")).toEqual({
      tone: "warning",
      text: "1 ark udfyldt, men 1 advarsel, et ark, du har ændret, er beholdt – se bemærkningerne.",
    });
  });

  test("a failed check is red even without an error finding", () => {
    const period = { ...clean().periods[0], checks: { rowsAddUp: true, childrenAddUp: false, columnsAddUp: true } };
    expect(outcomeOf({ ...clean(), periods: [period] }, "en")).toEqual({
      tone: "error",
      text: "1 sheet filled, but 1 check failed – see the findings.",
    });
  });

  test("nothing filled, or the sheets not all written: red", () => {
    expect(outcomeOf({ ...clean(), unusable: true }, "en").tone).toBe("error");
    expect(outcomeOf({ ...clean(), stopped: true }, "da")).toEqual({
      tone: "error",
      text: "Arkene blev ikke alle skrevet; se bemærkningerne, og udfyld så igen.",
    });
  });
});
