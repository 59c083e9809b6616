/** The page's Fluent tokens (made on use, src/taskpane/fluent-tokens.ts) give what Fluent's table gives. */
import * as path from "path";
import { tokens as table } from "@fluentui/tokens";
import { tokens } from "../../src/taskpane/fluent-tokens";

describe("Fluent's tokens, made on use", () => {
  test("every token of Fluent's table, the same CSS variable", () => {
    const entries = Object.entries(table);
    expect(entries.length).toBeGreaterThan(400);
    expect(entries.filter(([name, value]) => tokens[name] !== value)).toEqual([]);
  });

  test("the page's build puts them in place of the table, and only there", () => {
    const config = require("../../webpack.config.js")({}, { mode: "development" });
    const swaps = config.plugins.filter((p: { constructor: { name: string } }) => p.constructor.name === "NormalModuleReplacementPlugin");
    const lib = path.join(path.dirname(require.resolve("@fluentui/tokens")), "..", "lib");
    const resolved = (context: string, request: string) => {
      const resource = { context, request };
      for (const swap of swaps) if (swap.resourceRegExp.test(resource.request)) swap.newResource(resource);
      return resource.request;
    };
    const ours = path.resolve(__dirname, "../../src/taskpane/fluent-tokens.ts");
    expect(resolved(lib, "./tokens.js")).toBe(ours);
    expect(resolved(path.join(lib, "global"), "../tokens.js")).toBe(ours);
    expect(resolved(__dirname, "./tokens.js")).toBe("./tokens.js");
  });
});
