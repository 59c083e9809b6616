/** The worksheet functions' problem messages on the page: one language at a time (problems-tables.web.ts). */
import { problemMessage } from "../../src/functions/messages";
import { PROBLEMS_DA } from "../../src/functions/problems-da";
import { PROBLEMS_EN } from "../../src/functions/problems-en";
import * as web from "../../src/functions/problems-tables.web";

describe("function problems one language at a time (the page)", () => {
  test("a language is there only once loaded", async () => {
    expect(web.problemTable("da")).toBeNull();
    await expect(web.loadProblems("da")).resolves.toBe(true);
    expect(web.problemTable("da")).toBe(PROBLEMS_DA);
    expect(web.problemTable("en")).toBeNull();
  });

  test("both languages have the same problems; the tests have both from the start", () => {
    expect(Object.keys(PROBLEMS_DA).sort()).toEqual(Object.keys(PROBLEMS_EN).sort());
    expect(problemMessage("AMOUNTS_EMPTY", {}, "da")).toBe(PROBLEMS_DA.AMOUNTS_EMPTY({}));
    expect(problemMessage("AMOUNTS_EMPTY", {}, "en")).toBe(PROBLEMS_EN.AMOUNTS_EMPTY({}));
  });

  test("with neither language loaded, the message names the problem and says what to do", () => {
    jest.isolateModules(() => {
      jest.doMock("../../src/functions/problems-tables", () => ({ problemTable: () => null, loadProblems: async () => false }));
      const { problemMessage: bare } = require("../../src/functions/messages");
      expect(bare("AMOUNTS_EMPTY", { row: 2 }, "en")).toBe('AMOUNTS_EMPTY {"row":2}: genindlæs Fordel / reload Fordel');
    });
  });
});
