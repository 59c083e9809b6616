/**
 * The page's pane words one language at a time (strings-tables.web.ts, swapped in by
 * webpack.config.js), loaded with the finding messages of the same language.
 */
import { STRINGS_DA } from "../../src/taskpane/strings-da";
import { STRINGS_EN } from "../../src/taskpane/strings-en";
import * as web from "../../src/taskpane/strings-tables.web";
import { loadLanguage } from "../../src/taskpane/language";

describe("pane words one language at a time (the page)", () => {
  test("before any language is loaded the pane has no words and says so", () => {
    expect(web.paneStringsLoaded("da")).toBe(false);
    expect(() => web.paneStrings("da")).toThrow(/not loaded/);
  });

  test("a loaded language stands in for one still loading", async () => {
    await expect(web.loadPaneStrings("en")).resolves.toBe(true);
    expect(web.paneStrings("en")).toBe(STRINGS_EN);
    expect(web.paneStrings("da")).toBe(STRINGS_EN);
    await web.loadPaneStrings("da");
    expect(web.paneStrings("da")).toBe(STRINGS_DA);
  });

  test("both languages have the same words", () => {
    expect(Object.keys(STRINGS_DA).sort()).toEqual(Object.keys(STRINGS_EN).sort());
  });

  test("loading a language loads its pane words and its finding messages", async () => {
    await expect(loadLanguage("da")).resolves.toBe(true);
  });
});
