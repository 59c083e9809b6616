/**
 * Offline checks of manifest.xml (the online check is `npx office-addin-manifest validate
 * manifest.xml`, see /work/notes/excel-host.md): structure per the add-in manifest schema,
 * resources, URLs for development and production, the ribbon's function id, icons.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLValidator } from "fast-xml-parser";
import { FILL_REGION_SHARES } from "../../src/commands/commands";
import { all, child, local, parseXml, XmlNode } from "./xml";

const ROOT = join(__dirname, "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const root = parseXml(xml);
const webpackConfig = require(join(ROOT, "webpack.config.js"));
const DEV_URL: string = webpackConfig.DEV_URL;

/** Element order of the schema's xs:sequence for each parent (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0). */
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  CustomTab: ["Group", "Label"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};
const CUSTOM_FUNCTIONS = ["Script", "Page", "Metadata", "Namespace"];
const SHOW_TASKPANE = ["SourceLocation", "Title"];
const REQUIRED_APP = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

/** Every name is in the sequence, in its order (a repeated element, e.g. Control, stays together). */
function inSequence(names: string[], sequence: string[]): boolean {
  const idx = names.map((n) => sequence.indexOf(n));
  return idx.every((i, k) => i >= 0 && (k === 0 || i >= idx[k - 1]));
}

const versionOverrides = child(root, "VersionOverrides");
const resources = child(versionOverrides, "Resources");
const resourceIds = (kind: string) => new Map(child(resources, `bt:${kind}`).children.map((c) => [c.attrs.id, c]));
const IMAGES = resourceIds("Images");
const URLS = resourceIds("Urls");
const SHORT = resourceIds("ShortStrings");
const LONG = resourceIds("LongStrings");
const elements = all(root);
const xsiType = (n: XmlNode) => n.attrs["xsi:type"];

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(b.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** The asset file a development URL serves. */
function assetFile(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return join(ROOT, url.slice(DEV_URL.length));
}

describe("manifest.xml", () => {
  test("is well-formed XML of a task pane add-in for Excel", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(child(root, "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
  });

  test("elements are in the schema's order", () => {
    const names = root.children.map((c) => c.name);
    expect(inSequence(names, SEQUENCES.OfficeApp)).toBe(true);
    for (const r of REQUIRED_APP) expect(names).toContain(r);
    for (const node of elements) {
      const seq = SEQUENCES[local(node.name)];
      if (!seq || node === root) continue;
      if (local(node.name) === "Host" && !xsiType(node)) continue; // top-level <Host Name=…/>
      if (local(node.name) === "Description" || local(node.name) === "Title") continue;
      const children = node.children.map((c) => local(c.name));
      expect({ parent: node.name, children, ordered: inSequence(children, seq) }).toEqual({ parent: node.name, children, ordered: true });
    }
    const cf = elements.find((n) => xsiType(n) === "CustomFunctions")!;
    expect(cf.children.map((c) => c.name)).toEqual(CUSTOM_FUNCTIONS);
    const show = elements.find((n) => xsiType(n) === "ShowTaskpane")!;
    expect(
      inSequence(
        show.children.map((c) => c.name),
        SHOW_TASKPANE,
      ),
    ).toBe(true);
  });

  test("every resid resolves to a resource of the right kind, and ids are at most 32 characters", () => {
    const withResid = elements.filter((n) => n.attrs.resid !== undefined);
    expect(withResid.length).toBeGreaterThan(20);
    for (const n of withResid) {
      const kind = local(n.name);
      const table =
        kind === "Image"
          ? IMAGES
          : ["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(kind)
            ? URLS
            : ["Label", "Title", "Namespace"].includes(kind)
              ? SHORT
              : kind === "Description"
                ? LONG
                : null;
      expect({ element: n.name, resid: n.attrs.resid, found: table?.has(n.attrs.resid) }).toEqual({
        element: n.name,
        resid: n.attrs.resid,
        found: true,
      });
      expect(n.attrs.resid.length).toBeLessThanOrEqual(32);
    }
    for (const table of [IMAGES, URLS, SHORT, LONG]) for (const id of table.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("Id is a GUID; ExcelApi 1.9, SharedRuntime 1.1 and CustomFunctionsRuntime 1.3 are required (test/manifest/requirements.test.ts: what the code uses)", () => {
    expect(child(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const sets = child(child(root, "Requirements"), "Sets").children.map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets.sort()).toEqual([
      ["CustomFunctionsRuntime", "1.3"],
      ["ExcelApi", "1.9"],
      ["SharedRuntime", "1.1"],
    ]);
  });

  test("one shared runtime: the runtime, task pane, function file and functions page are one page", () => {
    const host = elements.find((n) => xsiType(n) === "Workbook")!;
    const runtime = child(child(host, "Runtimes"), "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const page = runtime.attrs.resid;
    expect(URLS.get(page)!.attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(child(root, "DefaultSettings").children[0].attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(child(child(host, "DesktopFormFactor"), "FunctionFile").attrs.resid).toBe(page);
    const cf = elements.find((n) => xsiType(n) === "CustomFunctions")!;
    expect(child(child(cf, "Page"), "SourceLocation").attrs.resid).toBe(page);
    expect(SHORT.get(child(cf, "Namespace").attrs.resid)!.attrs.DefaultValue).toBe("FORDEL");
    const show = elements.find((n) => xsiType(n) === "ShowTaskpane")!;
    expect(child(show, "SourceLocation").attrs.resid).toBe(page);
  });

  test("no action has a TaskpaneId: in a shared runtime one would open a second pane that shares nothing with the ribbon", () => {
    const actions = elements.filter((n) => n.name === "Action");
    expect(actions.length).toBeGreaterThan(1);
    for (const action of actions) expect(action.children.map((c) => c.name)).not.toContain("TaskpaneId");
    expect(elements.filter((n) => n.name === "TaskpaneId")).toEqual([]);
  });

  test("a Fordel tab with Fill region shares (the id commands.ts associates) and Open Fordel, in English and Danish", () => {
    const tab = elements.find((n) => n.name === "CustomTab")!;
    expect(SHORT.get(child(tab, "Label").attrs.resid)!.attrs.DefaultValue).toBe("Fordel");
    const controls = all(tab).filter((n) => n.name === "Control");
    const label = (c: XmlNode) => SHORT.get(child(c, "Label").attrs.resid)!;
    const danish = (s: XmlNode) => s.children.find((o) => o.attrs.Locale === "da-DK")?.attrs.Value;
    const [fill, open] = controls;
    expect([label(fill).attrs.DefaultValue, danish(label(fill))]).toEqual(["Fill region shares", "Udfyld regionsandele"]);
    expect([label(open).attrs.DefaultValue, danish(label(open))]).toEqual(["Open Fordel", "Åbn Fordel"]);
    const action = child(fill, "Action");
    expect(xsiType(action)).toBe("ExecuteFunction");
    expect(child(action, "FunctionName").text).toBe(FILL_REGION_SHARES);
    expect(xsiType(child(open, "Action"))).toBe("ShowTaskpane");
    expect(child(root, "DefaultLocale").text).toBe("en-US");
  });

  test("development URLs are https://localhost:3000 and name files the build emits", () => {
    const config = webpackConfig({ url: "https://example.org/fordel/" }, { mode: "production" });
    const plugin = (name: string) => config.plugins.find((p: object) => p.constructor.name === name);
    const emitted = new Set<string>([
      ...Object.keys(config.entry).map((e) => `${e}.js`),
      plugin("HtmlWebpackPlugin").userOptions.filename,
      plugin("CustomFunctionsMetadataPlugin").options.output,
      ...plugin("CopyPlugin")
        .patterns.filter((p: { from: string }) => !p.from.includes("*"))
        .map((p: { to: string }) => p.to),
    ]);
    const urls = elements.flatMap((n) => [n.attrs.DefaultValue, n.attrs.Value]).filter((v) => v?.startsWith("http"));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = url.slice(DEV_URL.length);
      if (file.startsWith("assets/")) expect(existsSync(join(ROOT, file))).toBe(true);
      else expect({ url, emitted: emitted.has(file) }).toEqual({ url, emitted: true });
    }
    // The Danish function names the metadata override points at are there to copy.
    const copy = plugin("CopyPlugin").patterns.find((p: { to: string }) => p.to === "functions-da.json");
    expect(existsSync(join(ROOT, copy.from))).toBe(true);
  });

  /** dist/manifest.xml as `npm run build -- --env url=…` writes it (the build's own transform). */
  const built = (env: Record<string, string>): string => {
    const config = webpackConfig(env, { mode: "production" });
    const copy = config.plugins.find((p: object) => p.constructor.name === "CopyPlugin");
    const pattern = copy.patterns.find((p: { to: string }) => p.to === "manifest.xml");
    return pattern.transform ? String(pattern.transform(Buffer.from(xml))) : xml;
  };
  const urlsOf = (text: string) =>
    all(parseXml(text))
      .flatMap((n) => [n.attrs.DefaultValue, n.attrs.Value])
      .filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v));

  test("npm run build -- --env url=https://example.org/fordel gives a manifest with only that origin in it", () => {
    const prod = built({ url: "https://example.org/fordel" });
    expect(XMLValidator.validate(prod)).toBe(true);
    const urls = urlsOf(prod);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith("https://example.org/fordel/")).toBe(true);
    expect(prod).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(prod.split("https://example.org/fordel/").join(DEV_URL)).toBe(xml);
    // SupportUrl and LearnMoreUrl: the help page the build emits.
    expect(child(parseXml(prod), "SupportUrl").attrs.DefaultValue).toBe(`https://example.org/fordel/${webpackConfig.HELP_PAGE}`);
    expect(URLS.get("GetStarted.LearnMoreUrl")!.attrs.DefaultValue).toBe(`${DEV_URL}${webpackConfig.HELP_PAGE}`);
  });

  test("the hosting URL may come from FORDEL_URL; it must be https; without one the manifest stays the development one", () => {
    expect(webpackConfig.productionUrl({}, { FORDEL_URL: "https://intranet.example.dk/apps/fordel/" })).toBe("https://intranet.example.dk/apps/fordel/");
    expect(webpackConfig.productionUrl({ url: "https://a.example" }, { FORDEL_URL: "https://b.example/" })).toBe("https://a.example/");
    expect(() => webpackConfig.productionUrl({ url: "http://intranet.example.dk/" }, {})).toThrow(/https/);
    expect(() => webpackConfig.productionUrl({ url: "fordel" }, {})).toThrow(/not a URL/);
    expect(webpackConfig.productionUrl({}, {})).toBeNull();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const saved = process.env.FORDEL_URL;
    delete process.env.FORDEL_URL;
    try {
      expect(built({})).toBe(xml);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/No hosting URL/));
    } finally {
      if (saved !== undefined) process.env.FORDEL_URL = saved;
      warn.mockRestore();
    }
  });

  test("icons exist with the sizes the manifest states", () => {
    for (const [id, image] of IMAGES) {
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      expect(pngSize(assetFile(image.attrs.DefaultValue))).toEqual([size, size]);
    }
    for (const use of elements.filter((n) => n.name === "bt:Image" && n.attrs.resid)) {
      const size = Number(use.attrs.size);
      expect(pngSize(assetFile(IMAGES.get(use.attrs.resid)!.attrs.DefaultValue))).toEqual([size, size]);
    }
    expect(pngSize(assetFile(child(root, "IconUrl").attrs.DefaultValue))).toEqual([32, 32]);
    expect(pngSize(assetFile(child(root, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual([64, 64]);
    expect(pngSize(join(ROOT, "assets", "icon-128.png"))).toEqual([128, 128]);
    const sizes = new Set(elements.filter((n) => n.name === "bt:Image" && n.attrs.size).map((n) => n.attrs.size));
    expect([...sizes].sort()).toEqual(["16", "32", "80"]);
  });
});
