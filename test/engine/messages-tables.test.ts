/**
 * The add-in page's finding messages (messages-tables.web.ts, put in place of messages-tables.ts
 * by webpack.config.js): one language loaded at a time, on demand; both tables complete.
 */
import { MESSAGES_DA } from "../../src/engine/messages-da";
import { MESSAGES_EN } from "../../src/engine/messages-en";
import * as eager from "../../src/engine/messages-tables";
import * as web from "../../src/engine/messages-tables.web";

const config = require("../../webpack.config.js");

describe("finding messages one language at a time (the page)", () => {
  test("a language is there only once loaded; asking for it starts the load", async () => {
    expect(web.messageTable("en")).toBeNull();
    await expect(web.loadMessages("en")).resolves.toBe(true);
    expect(web.messageTable("en")).toBe(MESSAGES_EN);
    // Danish was not asked for yet: asking starts loading it, and it is there next time.
    expect(web.messageTable("da")).toBeNull();
    await web.loadMessages("da");
    expect(web.messageTable("da")).toBe(MESSAGES_DA);
  });

  test("the command line and the tests have both languages from the start", async () => {
    expect(eager.messageTable("da")).toBe(MESSAGES_DA);
    expect(eager.messageTable("en")).toBe(MESSAGES_EN);
    await expect(eager.loadMessages("da")).resolves.toBe(true);
  });

  test("both languages have a message for the same codes", () => {
    expect(Object.keys(MESSAGES_DA).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
    expect(MESSAGES_DA.BAD_NUMBER({ text: "x" })).toContain("„x“");
    expect(MESSAGES_EN.BAD_NUMBER({ text: "x" })).toContain('"x"');
  });

  test("with neither language loaded, a message still names the finding and says what to do, in both languages", () => {
    jest.isolateModules(() => {
      jest.doMock("../../src/engine/messages-tables", () => ({ messageTable: () => null, loadMessages: async () => false }));
      const { messageFor } = require("../../src/engine/messages");
      const text: string = messageFor("BAD_NUMBER", { text: "x" }, "da");
      expect(text).toContain("BAD_NUMBER");
      expect(text).toContain("genindlæs");
      expect(text).toContain("reload the add-in");
    });
  });

  test("the page's build swaps in the one-language modules, and only there", () => {
    const built = config({}, { mode: "development" });
    const swaps = built.plugins.filter((p: { constructor: { name: string } }) => p.constructor.name === "NormalModuleReplacementPlugin");
    const resolved = (context: string, request: string) => {
      const resource = { context, request };
      for (const swap of swaps) if (swap.resourceRegExp.test(resource.request)) swap.newResource(resource);
      return resource.request;
    };
    const src = require("path").resolve(__dirname, "../../src");
    expect(resolved(`${src}/engine`, "./messages-tables")).toBe("./messages-tables.web");
    expect(resolved(`${src}/taskpane`, "./strings-tables")).toBe("./strings-tables.web");
    expect(resolved(`${src}/functions`, "./problems-tables")).toBe("./problems-tables.web");
    expect(resolved(`${src}/taskpane`, "./messages-tables")).toBe("./messages-tables");
    expect(resolved(__dirname, "./messages-tables")).toBe("./messages-tables");
  });
});
