/** The ribbon's Round selection: a new sheet first; in place only after one click in the dialog; the event always completes. */
jest.mock("../../src/excel/round-selection", () => ({ roundSelection: jest.fn() }));

import { roundSelection } from "../../src/excel/round-selection";
import { roundSelectionCommand } from "../../src/commands/round";

const round = roundSelection as jest.Mock;
type Answer = "yes" | "no" | "closed" | "cannot open";

function install(answer: Answer, address = "'Min side'!B2:F7") {
  const dialogs: string[] = [];
  const g = globalThis as Record<string, unknown>;
  g.window = { location: { origin: "https://localhost:3000" } };
  g.Excel = {
    run: jest.fn((batch: (ctx: unknown) => Promise<unknown>) =>
      batch({
        workbook: { getSelectedRange: () => ({ load: jest.fn(), address }) },
        sync: jest.fn(() => Promise.resolve()),
      }),
    ),
  };
  g.Office = {
    context: {
      displayLanguage: "da-DK",
      ui: {
        displayDialogAsync: jest.fn((url: string, _options: unknown, callback: (r: unknown) => void) => {
          dialogs.push(url);
          if (answer === "cannot open") return callback({ status: "failed" });
          const handlers: Record<string, (arg: unknown) => void> = {};
          callback({ status: "succeeded", value: { addEventHandler: (type: string, h: (arg: unknown) => void) => (handlers[type] = h), close: jest.fn() } });
          if (answer === "closed") handlers.dialogEventReceived({ error: 12006 });
          else handlers.dialogMessageReceived({ message: answer });
        }),
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
  return dialogs;
}

const selection = (mayWriteInPlace: boolean) => ({ mayWriteInPlace, sheets: ["Afrundet Min side"], rounding: { adjusted: [1, 2, 3] }, findings: [] });

beforeEach(() => round.mockReset());

test.each([
  ["yes", 2],
  ["no", 1],
  ["closed", 1],
  ["cannot open", 1],
] as [Answer, number][])("dialog %s: %i rounding(s); the first to a new sheet, a second only in place after yes", async (answer, calls) => {
  const dialogs = install(answer);
  round.mockResolvedValue(selection(true));
  const event = { completed: jest.fn() };
  await roundSelectionCommand(event as never);
  expect(round).toHaveBeenCalledTimes(calls);
  expect(round.mock.calls[0][1]).toEqual({ sheet: "Min side", address: "B2:F7" });
  expect(round.mock.calls[0][2]).toMatchObject({ inPlace: false, decimals: null, lang: "da" });
  if (calls === 2) expect(round.mock.calls[1][2]).toMatchObject({ inPlace: true });
  expect(decodeURIComponent(dialogs[0].replace(/\+/g, " "))).toMatch(
    /^https:\/\/localhost:3000\/confirm\.html\?q=Afrundet på arket „Afrundet Min side“: 3 tal afviger fra AFRUND/,
  );
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("a selection that may not be rounded in place gets no dialog; an Excel error still completes the event", async () => {
  const dialogs = install("yes");
  round.mockResolvedValue(selection(false));
  const event = { completed: jest.fn() };
  await roundSelectionCommand(event as never);
  expect(round).toHaveBeenCalledTimes(1);
  expect(dialogs).toEqual([]);
  round.mockRejectedValue(new Error("InvalidOperation"));
  await roundSelectionCommand(event as never);
  expect(event.completed).toHaveBeenCalledTimes(2);
});
