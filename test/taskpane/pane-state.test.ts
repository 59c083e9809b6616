/** What the pane shows that follows from its state (src/taskpane/paneState.ts). Figures illustrative. */
import type { Finding } from "../../src/engine";
import type { CheckView, FillView } from "../../src/taskpane/host";
import { STRINGS_DA } from "../../src/taskpane/strings-da";
import { blockedReason, outcomeLineOf, readTime, shownFindings, type CheckState } from "../../src/taskpane/paneState";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";

const finding = (code: string): Finding => ({ severity: "warning", code, message: code, params: {} }) as unknown as Finding;
const checkOf = (view: Partial<CheckView> | null, error: string | null = null): CheckState => ({
  view: view as CheckView | null,
  loading: false,
  error,
  at: null,
});
const da = { ...DEFAULT_SETTINGS, lang: "da" as const };

describe("pane state", () => {
  test("Fill waits for the first check, or says the check failed", () => {
    expect(blockedReason(checkOf(null), da)).toBe(STRINGS_DA.waitForCheck);
    expect(blockedReason(checkOf(null, "låst"), da)).toBe(STRINGS_DA.checkFailed("låst"));
  });

  test("an unusable workbook names what is missing; a usable one does not block", () => {
    expect(blockedReason(checkOf({ unusable: true, missing: ["keys"], periods: [] }), da)).toBe(STRINGS_DA.cannotFill("keys"));
    expect(blockedReason(checkOf({ unusable: false, missing: [], periods: [] }), da)).toBeNull();
  });

  test("one findings list: the pane's fill's, else the ribbon's, else the check's", () => {
    const check = { findings: [finding("KEY_SUM")] } as CheckView;
    const ribbon = { findings: [finding("BAD_NUMBER")] } as FillView;
    const filled = { findings: [finding("NOT_ON_STEP")] } as FillView;
    expect(shownFindings({ state: "done", view: filled }, ribbon, check)[0].code).toBe("NOT_ON_STEP");
    expect(shownFindings({ state: "idle" }, ribbon, check)[0].code).toBe("BAD_NUMBER");
    expect(shownFindings({ state: "idle" }, null, check)[0].code).toBe("KEY_SUM");
    expect(shownFindings({ state: "idle" }, null, null)).toEqual([]);
  });

  test("no outcome before a fill; a failed fill is an error, a failed ribbon fill says it was the ribbon's", () => {
    expect(outcomeLineOf({ state: "idle" }, null, null, "da")).toBeNull();
    expect(outcomeLineOf({ state: "failed", message: "x" }, null, null, "da")).toEqual({ tone: "error", text: STRINGS_DA.fillFailed("x") });
    expect(outcomeLineOf({ state: "idle" }, { outcome: null, error: "y" }, null, "da")).toEqual({
      tone: "error",
      text: STRINGS_DA.fillFailed("y"),
      by: STRINGS_DA.fromRibbon,
    });
  });

  test("when the workbook was read, in hours and minutes; nothing before a read", () => {
    expect(readTime(null, "da")).toBeNull();
    expect(readTime(new Date(2026, 10, 30, 9, 5), "en")).toBe("09:05");
  });
});
