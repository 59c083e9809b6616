/** The pane's class names (styles.ts) and its stylesheet (pane.css, inlined into taskpane.html by the build) match. */
import * as fs from "fs";
import * as path from "path";
import { classes, styles } from "../../src/taskpane/styles";

const CSS = fs.readFileSync(path.join(__dirname, "../../src/taskpane/pane.css"), "utf8");
const { paneStyleSheet } = require("../../webpack.config.js") as { paneStyleSheet: () => string };

describe("pane styles", () => {
  test("every class the pane uses has a rule in pane.css", () => {
    const ruled = new Set(Array.from(CSS.matchAll(/\.(fd-[\w-]+)/g), (m) => m[1]));
    expect(Object.values(styles).filter((name) => !ruled.has(name))).toEqual([]);
  });

  test("every class in pane.css is one the pane can use", () => {
    const known = new Set(Object.values(styles));
    const ruled = Array.from(CSS.matchAll(/\.(fd-[\w-]+)/g), (m) => m[1]);
    expect(ruled.filter((name) => !known.has(name))).toEqual([]);
  });

  test("the page's copy keeps every rule, without comments", () => {
    const inlined = paneStyleSheet();
    expect(inlined).not.toContain("/*");
    expect(inlined).toContain(".fd-footer{position:sticky;bottom:0;");
    expect(inlined).toContain('.fd-facts dt::after{content:":";}');
    expect(inlined.match(/\{/g)?.length).toBe(CSS.match(/\{/g)?.length);
  });

  test("classes joins the given names only", () => {
    expect(classes(styles.outcome, null, false, undefined, "x")).toBe("fd-outcome x");
  });
});
