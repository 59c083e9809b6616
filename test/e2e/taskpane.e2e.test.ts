/**
 * The task pane in real headless Chromium, 320 px wide. The setup makes a production build of
 * the add-in and the office.js stand-in (./stub/office.ts) in a temporary folder, serves the
 * build on 127.0.0.1 and answers the page's request for office.js on Microsoft's CDN:
 * - in Excel: the stand-in, whose Excel.run works on the fake workbook (test/excel/fake)
 *   holding examples/kraeftplan-v.xlsx; the test fills it from the pane and reads it back;
 * - outside Excel: the real office.js of @microsoft/office-js.
 * Screenshots of the pane go to test-output/ (git-ignored); docs/images has copies of some.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page, Route } from "playwright-core";
import { Dec } from "../../src/engine/decimal";
import { LABELS } from "../../src/sheets/labels";
import type { PlanCell } from "../../src/sheets/plan";
import { formatNumber, type WorkbookSnapshot } from "../excel/fake";
import { snapshotOfXlsx } from "../excel/xlsx";
import { evaluateSheet } from "../sheets/formula-eval";
import { launchPane, type PaneBrowser } from "./browser";
import { buildAddin, buildOfficeStub, OFFICE_JS_CDN, ROOT } from "./build";
import { serveFolder, type StaticServer } from "./server";
import type { StubConfig } from "./stub/office";

const EXAMPLE = path.join(ROOT, "examples", "kraeftplan-v.xlsx");
const OUTPUT = path.join(ROOT, "test-output");
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN_BASE = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf("/") + 1);
const WIDTH = 320;
const HEIGHT = 720;
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
/** Office's Black theme as Office.context.officeTheme reports it. */
const BLACK_THEME = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#ffffff",
  isDarkTheme: true,
  themeId: 0,
};
const L = LABELS.da;

let work: string;
let server: StaticServer;
let stubScript: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-e2e-"));
  fs.mkdirSync(OUTPUT, { recursive: true });
  // Always built here: `npm test` runs before `npm run build`, and dist/ may be stale.
  await Promise.all([buildAddin(path.join(work, "addin")), buildOfficeStub(path.join(work, "stub"))]);
  stubScript = fs.readFileSync(path.join(work, "stub", "office-stub.js"), "utf8");
  server = await serveFolder(path.join(work, "addin"));
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Reads until it gives `expected` (the pane acts on Excel asynchronously), then checks the last read. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** Everything in the pane that sticks out sideways at the page's width, or scrolls sideways (empty = none). */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const found: string[] = [];
    if (doc.scrollWidth > width) found.push(`page: scrollWidth ${doc.scrollWidth} > ${width}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const el of Array.from(document.querySelectorAll("#root *"))) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || style.opacity === "0") continue;
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${name(el)}: ${Math.round(box.left)}..${Math.round(box.right)}`);
      if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth) found.push(`${name(el)} scrolls sideways`);
    }
    return found;
  });
}

/** A sheet of the fake workbook: each cell's value or its formula evaluated (the fake does not calculate). */
function sheetOf(book: WorkbookSnapshot, name: string) {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${book.sheets.map((s) => s.name).join(", ")}`);
  const plan: PlanCell[][] = [];
  for (const c of sheet.cells) (plan[c.row] ??= [])[c.col] = { value: c.value as PlanCell["value"], formula: c.formula };
  const evaluate = evaluateSheet(plan);
  const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);
  return { at, value: (row: number, col: number) => evaluate(row, col), rows: Math.max(...sheet.cells.map((c) => c.row)) + 1 };
}

/** A browser on the pane over a workbook; `load` (re)opens the page over another workbook or theme. */
async function paneOn(options: { width: number; locale: string; config: StubConfig }) {
  let config = options.config;
  const browser = await launchPane({
    locale: options.locale,
    width: options.width,
    height: HEIGHT,
    route: async (route: Route, url: URL) => {
      if (url.href !== OFFICE_JS_CDN) return false;
      const body = `window.__fordelE2E = ${JSON.stringify(config)};\n${stubScript}`;
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
      return true;
    },
  });
  const load = async (next?: Partial<StubConfig>) => {
    config = { ...config, ...next };
    await browser.page.goto(`${server.origin}taskpane.html`);
    await browser.page.locator("[data-primary=fill]:not([disabled])").waitFor({ timeout: 60_000 });
  };
  return { browser, page: browser.page, load };
}

/** Where the primary button is, with the window's size and scroll: it must be whole and in view. */
async function primaryButton(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate(() => {
    const box = document.querySelector("[data-primary=fill]")!.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      width: window.innerWidth,
      height: window.innerHeight,
      scrollY: window.scrollY,
    };
  });
}

function expectInView(box: Awaited<ReturnType<typeof primaryButton>>, when: string) {
  const inView = box.scrollY === 0 && box.top >= 0 && box.left >= 0 && box.bottom <= box.height && box.right <= box.width && box.bottom > box.top;
  if (!inView) throw new Error(`${when}: the primary button is not whole in view: ${JSON.stringify(box)}`);
}

/** axe-core's violations of impact serious or critical on the page now. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: fs.readFileSync(AXE, "utf8") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** The findings counted in the list's headings and folds ("Fejl (16)", "Oplysninger (4)"). */
async function findingsCounted(page: Page): Promise<number> {
  const texts = await page.locator("#findings-title ~ div h3, #findings-title ~ details > summary").allTextContents();
  return texts.reduce((n, t) => n + Number(/\((\d+)\)\s*$/.exec(t)?.[1] ?? 0), 0);
}

/**
 * The example with `n` amounts written as text ("ca. 2"): the fill leaves those rows out and
 * names each in an error – made-up slips to give the pane many findings, not the example's figures.
 */
function withUnreadableAmounts(snapshot: WorkbookSnapshot, n: number): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(snapshot)) as WorkbookSnapshot;
  const sheet = copy.sheets.find((s) => s.name === "Initiativer")!;
  const header = sheet.cells.find((c) => String(c.value) === "2026")!;
  const amounts = sheet.cells.filter((c) => c.col === header.col && c.row > header.row && typeof c.value === "number");
  if (amounts.length < n) throw new Error(`only ${amounts.length} amounts in 2026`);
  for (const cell of amounts.slice(0, n)) {
    cell.value = "ca. 2";
    delete cell.formula;
  }
  return copy;
}

describe("in Excel: the example workbook filled from the pane (320 × 720, Danish)", () => {
  let browser: PaneBrowser;
  let page: Page;
  let book: WorkbookSnapshot;

  beforeAll(async () => {
    const pane = await paneOn({
      width: WIDTH,
      locale: "da-DK",
      config: { snapshot: await snapshotOfXlsx(EXAMPLE), displayLanguage: "da-DK", locale: "da-DK" },
    });
    browser = pane.browser;
    page = pane.page;
    await pane.load();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("the page is one shared runtime: pane, ribbon command and custom functions registered", async () => {
    const registered = await page.evaluate(() => ({ actions: window.__fordelStub!.actions(), functions: window.__fordelStub!.functions() }));
    expect(registered.actions).toEqual(["fillRegionShares", "roundSelection"]);
    expect([...registered.functions].sort()).toEqual(["APPORTION", "KEYSHARE", "REGIONSHARE", "ROUNDTABLE", "SHARES"]);
  });

  test("before the fill: header, readiness card, findings, preview; the button says what it writes", async () => {
    const card = page.getByRole("region", { name: "Klar til at udfylde" });
    await expect(card.textContent()).resolves.toMatch(/Initiativer ✓ \d+ rækker/);
    await expect(card.textContent()).resolves.toContain("Nøgler ✓ 5 regioner");
    await expect(card.textContent()).resolves.toContain("Trin på 0,1 · Afstemt");
    await card.getByText("Hvor tabellerne er").click();
    const overview = page.getByRole("region", { name: "Tabeller" });
    await expect(overview.textContent()).resolves.toContain("Excel-tabellen Initiativer på arket Initiativer");
    await expect(overview.textContent()).resolves.toContain("Bloktilskudsnøgle 2025");
    await card.getByText("Hvor tabellerne er").click();
    const findings = page.getByRole("region", { name: "Bemærkninger" });
    await expect(findings.getByRole("heading", { name: "Advarsler (1)" }).count()).resolves.toBe(1);
    const preview = page.getByRole("region", { name: "Forhåndsvisning" });
    await expect(preview.textContent()).resolves.toMatch(/\d+ celler? afrundet anderledes end AFRUND/);
    await expect(page.getByRole("button", { name: "Udfyld 2 ark" }).count()).resolves.toBe(1);
    await expect(page.locator("footer").textContent()).resolves.toContain(
      "Opretter „Fordeling 2025“, „Fordeling 2026“, „Fordeling fund“; tilføjer en række i „Fordeling log“.",
    );
    await page.waitForTimeout(300); // Fluent's colour transitions, for the screenshot
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-before-fill.png") });
    expect(await sidewaysOverflow(page)).toEqual([]);
  });

  test("settings: decimals 1, reconciled, periods; Fill writes both periods and the log", async () => {
    await page.getByText("Indstillinger", { exact: true }).click();
    // Periods: none chosen blocks the fill and says why; both again.
    const fill = page.locator("[data-primary=fill]");
    await page.getByRole("checkbox", { name: "2025" }).uncheck();
    await page.getByRole("checkbox", { name: "2026" }).uncheck();
    await page.locator("footer").getByText("Vælg mindst én periode.").waitFor();
    expect(await fill.isDisabled()).toBe(true);
    await page.getByRole("checkbox", { name: "2025" }).check();
    await page.getByRole("checkbox", { name: "2026" }).check();
    await page.getByRole("button", { name: "Udfyld 2 ark" }).waitFor();
    expect(await fill.isEnabled()).toBe(true);

    // Decimals: off automatic, then type 1; the example under the field follows.
    await page.getByRole("checkbox", { name: /Brug beløbenes decimaler/ }).uncheck();
    const decimals = page.getByRole("spinbutton", { name: "Decimaler" });
    await decimals.fill("0");
    await decimals.press("Enter");
    await page.getByText("Hele tal: 3.162.514,4837 vises som 3.162.514").waitFor();
    await decimals.fill("1");
    await decimals.press("Enter");
    await page.getByText("Trin på 0,1: 3.162.514,4837 vises som 3.162.514,5").waitFor();

    await page.getByRole("radio", { name: "Nærmeste" }).check();
    await page.getByRole("radio", { name: "Afstemt (anbefales)" }).check();
    expect(await page.getByRole("radio", { name: "Afstemt (anbefales)" }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "Nærmeste" }).isChecked()).toBe(false);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-settings.png"), fullPage: true });
    await page.getByText("Indstillinger", { exact: true }).click();

    await fill.click();
    const outcome = page.locator("footer [data-tone]");
    await outcome.waitFor({ timeout: 60_000 });
    // The example's one warning (sub-items of "Uspecifikke symptomer på kræft") keeps it from green.
    await expect(outcome.getAttribute("data-tone")).resolves.toBe("warning");
    await expect(outcome.textContent()).resolves.toBe("⚠ 2 ark udfyldt, men 1 advarsel – se bemærkningerne.");

    book = await page.evaluate(() => window.__fordelStub!.workbook());
    expect(book.sheets.map((s) => s.name)).toEqual(["Initiativer", "Nøgler", "Kilde", "Fordeling 2025", "Fordeling 2026", "Fordeling fund", "Fordeling log"]);
    // A fill from the pane saves its settings for the ribbon button (they differ from none saved) and says so.
    const saved = await page.evaluate(() => window.__fordelStub!.savedSettings());
    expect(saved["fordel.fillSettings"]).toEqual({ method: "reconciled", lang: "da", decimals: 1 });
    await expect(page.locator("footer").textContent()).resolves.toContain("Indstillingerne er gemt");
    // Read again after the fill: the next fill replaces Fordel's own sheets, and the footer says so.
    await page
      .locator("footer")
      .getByText(/^Erstatter Fordels „Fordeling 2025“, „Fordeling 2026“, „Fordeling fund“; tilføjer en række i „Fordeling log“/)
      .waitFor();
  }, 120_000);
  test("Region Hovedstaden's 2026 block total is 109,1 and its block items add up to it", () => {
    const sheet = sheetOf(book, "Fordeling 2026");
    let header = 0;
    while (sheet.at(header, 0)?.value !== L.initiative) header++;
    const columnOf = (title: string) => {
      for (let col = 0; sheet.at(header, col); col++) if (sheet.at(header, col)!.value === title) return col;
      throw new Error(`no column ${title}`);
    };
    const hovedstaden = columnOf("Region Hovedstaden");
    const channel = columnOf(L.channel);
    const rowNamed = (name: string) => {
      for (let row = header + 1; row < sheet.rows; row++) if (sheet.at(row, 0)?.value === name) return row;
      throw new Error(`no row ${name}`);
    };
    // Formulas are evaluated in binary floating point: 9 places drop its noise, not the step's decimals.
    const amount = (row: number) => new Dec(Number(sheet.value(row, hovedstaden) ?? 0)).toDecimalPlaces(9);

    const total = rowNamed(L.channelTotal("Blok"));
    expect(sheet.at(total, hovedstaden)?.formula).toMatch(/^=SUMIFS\(/);
    expect(amount(total).toFixed()).toBe("109.1");
    expect(formatNumber(Number(sheet.value(total, hovedstaden)), sheet.at(total, hovedstaden)!.numberFormat, "da-DK")).toBe("109,1");

    const items: number[] = [];
    for (let row = header + 1; row < total; row++) {
      if (sheet.at(row, channel)?.value === "Blok" && !sheet.at(row, 0)?.indent) items.push(row);
    }
    expect(items.length).toBeGreaterThan(10);
    expect(items.reduce((sum, row) => sum.plus(amount(row)), new Dec(0)).toFixed()).toBe("109.1");

    // Sub-items add up to their parent ("Palliation" = its three "heraf" rows).
    const palliation = rowNamed("Palliation");
    expect(
      amount(palliation).eq(
        amount(palliation + 1)
          .plus(amount(palliation + 2))
          .plus(amount(palliation + 3)),
      ),
    ).toBe(true);
    expect(amount(palliation).toFixed()).toBe("13.1");
  });

  test("the results say every check passed, per period, with a link to each sheet", async () => {
    await page.getByText("Resultat", { exact: true }).click();
    const results = page.getByRole("region", { name: "Resultat" });
    const cards = results.getByRole("listitem");
    await expect(cards.count()).resolves.toBe(2);
    for (const [i, period] of ["2025", "2026"].entries()) {
      const card = cards.nth(i);
      await expect(card.getByRole("heading").textContent()).resolves.toBe(`${period} – Regioner`);
      await expect(card.textContent()).resolves.toContain("Alle kontroller bestået");
      await expect(card.textContent()).resolves.toContain("Trin på 0,1 · Afstemt");
      await expect(card.getByRole("button", { name: `Gå til arket Fordeling ${period}` }).count()).resolves.toBe(1);
    }
    await expect(results.textContent()).resolves.toContain("Der er tilføjet en række i arket Fordeling log.");
    await results.getByRole("button", { name: "Gå til arket Fordeling 2026" }).click();
    await eventually(() => page.evaluate(() => window.__fordelStub!.activeSheet()), "Fordeling 2026");
    await page.getByText("Resultat", { exact: true }).click();
  });

  test("the findings: the sub-items of Uspecifikke symptomer på kræft open; the rows without a municipal key folded under one cause", async () => {
    const findings = page.getByRole("region", { name: "Bemærkninger" });
    const warnings = findings.getByRole("list", { name: "Advarsler (1)" }).getByRole("listitem");
    await expect(warnings.count()).resolves.toBe(1);
    await expect(warnings.first().textContent()).resolves.toMatch(
      /Heraf-posterne under „Uspecifikke symptomer på kræft“ summer til 10,1, men beløbet er 10,0 \(2026\)/,
    );
    await findings.getByText(/^Oplysninger \(\d+\)$/).click();
    // One cause, one finding: the three rows without a municipal key are listed in one.
    const cause = findings.getByRole("listitem").filter({ hasText: "Der er ingen kommunal nøgle for 2025" });
    await expect(cause.count()).resolves.toBe(1);
    const text = (await cause.first().textContent()) ?? "";
    expect([...text.matchAll(/„([^“]+)“/g)].map((m) => m[1])).toEqual([
      "Basal palliation (kommuner)",
      "Vederlagsfri rygestopmedicin",
      "Bedre hjælp til børn med svær overvægt",
    ]);
    await expect(findings.getByRole("heading", { name: "Fejl" }).count()).resolves.toBe(0);
    await findings.getByText(/^Oplysninger \(\d+\)$/).click();
  });

  test("Enter on a finding's link selects its cell in Excel", async () => {
    const link = page.getByRole("region", { name: "Bemærkninger" }).getByRole("button", { name: "Gå til celle Initiativer!F16 →" });
    await link.focus();
    await page.keyboard.press("Enter");
    await eventually(() => page.evaluate(() => window.__fordelStub!.selection()), "Initiativer!F16");
    expect(await page.evaluate(() => window.__fordelStub!.activeSheet())).toBe("Initiativer");
  });

  test(`after the fill the pane still fits ${WIDTH} px; axe finds nothing serious`, async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-after-fill.png") });
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-after-fill-full.png"), fullPage: true });
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`in English too, still ${WIDTH} px wide`, async () => {
    await page.getByText("Indstillinger", { exact: true }).click();
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("button", { name: "Fill 2 sheets" }).waitFor();
    await expect(page.locator("footer [data-tone]").textContent()).resolves.toBe("⚠ 2 sheets filled, but 1 warning – see the findings.");
    await expect(
      page
        .getByRole("region", { name: "Findings" })
        .getByText(/^Information \(2\)$/)
        .count(),
    ).resolves.toBe(1);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-after-fill-en.png"), fullPage: true });
    expect(await sidewaysOverflow(page)).toEqual([]);
  });

  test("no console errors, no page errors, no requests elsewhere", () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
    expect(browser.refused).toEqual([]);
  });
});

/**
 * Above the fold at the pane's real widths (320 px on Windows, 270 px on Mac) and 720 px high,
 * in both languages: the primary button whole in view without scrolling before, during and after
 * a fill, and with 20 findings; a fill that left rows out is not green; axe finds nothing serious.
 */
describe.each([
  [320, "da"],
  [320, "en"],
  [270, "da"],
  [270, "en"],
] as const)("above the fold at %i × 720 (%s)", (width, lang) => {
  let pane: Awaited<ReturnType<typeof paneOn>>;
  let example: WorkbookSnapshot;
  const locale = lang === "da" ? "da-DK" : "en-US";

  beforeAll(async () => {
    example = await snapshotOfXlsx(EXAMPLE);
    pane = await paneOn({ width, locale, config: { snapshot: example, displayLanguage: locale, locale: "da-DK" } });
    await pane.load();
  }, 120_000);

  afterAll(async () => {
    await pane?.browser.close();
  });

  test("before, during and after a fill", async () => {
    const { page } = pane;
    expectInView(await primaryButton(page), "before");
    expect(await sidewaysOverflow(page)).toEqual([]);

    await page.evaluate(() => window.__fordelStub!.hold());
    await page.locator("[data-primary=fill]").click();
    await page.locator("footer").getByRole("progressbar").waitFor();
    expectInView(await primaryButton(page), "during");
    expect(await page.locator("[data-primary=fill]").isDisabled()).toBe(true);
    // Settings cannot change while the fill runs.
    expect(await page.locator("fieldset").evaluate((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
    await page.evaluate(() => window.__fordelStub!.release());

    await page.locator("footer [data-tone]").waitFor({ timeout: 60_000 });
    expectInView(await primaryButton(page), "after");
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, `taskpane-${width}-${lang}-after.png`) });
  }, 120_000);

  test("with 20 findings, and a fill that left rows out is not green", async () => {
    const { page } = pane;
    await pane.load({ snapshot: withUnreadableAmounts(example, 18) });
    expect(await findingsCounted(page)).toBeGreaterThanOrEqual(20);
    expectInView(await primaryButton(page), "20 findings, before");
    await page.locator("[data-primary=fill]").click();
    const outcome = page.locator("footer [data-tone]");
    await outcome.waitFor({ timeout: 60_000 });
    expectInView(await primaryButton(page), "20 findings, after");
    await expect(outcome.getAttribute("data-tone")).resolves.not.toBe("success");
    await expect(outcome.textContent()).resolves.toMatch(lang === "da" ? /18 fejl, \d+ rækker ikke fordelt/ : /18 errors, \d+ rows not allocated/);
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUTPUT, `taskpane-${width}-${lang}-20-findings.png`) });
  }, 120_000);

  test("no page errors", () => {
    expect(pane.browser.pageErrors).toEqual([]);
    expect(pane.browser.consoleErrors).toEqual([]);
  });
});

describe("Office's dark theme", () => {
  test("Office's Black theme darkens the page; axe finds nothing serious there either", async () => {
    const pane = await paneOn({
      width: WIDTH,
      locale: "da-DK",
      config: { snapshot: await snapshotOfXlsx(EXAMPLE), displayLanguage: "da-DK", locale: "da-DK" },
    });
    try {
      const background = () => pane.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await pane.load();
      const light = await background();
      await pane.load({ officeTheme: BLACK_THEME });
      const dark = await background();
      expect(light).toBe("rgb(255, 255, 255)");
      expect(dark).not.toBe(light);
      // Dark: every channel below a quarter.
      expect(
        dark
          .match(/\d+/g)!
          .slice(0, 3)
          .every((c) => Number(c) < 64),
      ).toBe(true);
      expect(await seriousViolations(pane.page)).toEqual([]);
      await pane.page.waitForTimeout(300);
      await pane.page.screenshot({ path: path.join(OUTPUT, "taskpane-dark.png") });
      expect(pane.browser.pageErrors).toEqual([]);
    } finally {
      await pane.browser.close();
    }
  }, 120_000);
});

describe("outside Excel: the page opened in a plain browser with the real office.js", () => {
  let browser: PaneBrowser;
  /** Files of office.js requested under the CDN folder that @microsoft/office-js does not have. */
  const missing: string[] = [];

  beforeAll(async () => {
    browser = await launchPane({
      locale: "en-US",
      width: WIDTH,
      height: 600,
      // office.js and what it loads relative to itself (e.g. en-us/office_strings.js) from the package.
      route: async (route: Route, url: URL) => {
        if (!url.href.startsWith(CDN_BASE)) return false;
        const file = path.resolve(OFFICE_JS_DIST, url.href.slice(CDN_BASE.length).split(/[?#]/)[0].toLowerCase());
        if (!file.startsWith(OFFICE_JS_DIST + path.sep) || !fs.existsSync(file)) {
          missing.push(url.href);
          await route.fulfill({ status: 404, contentType: "text/plain", body: "" });
          return true;
        }
        await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file) });
        return true;
      },
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("says it runs outside Excel, without page errors", async () => {
    const { page } = browser;
    await page.goto(`${server.origin}taskpane.html`);
    await page.getByRole("heading", { name: "Open this page from Excel" }).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/it only works inside Excel/).count()).resolves.toBe(1);
    await expect(page.getByRole("button").count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(OUTPUT, "taskpane-outside-excel.png"), fullPage: true });
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
    expect({ missing, refused: browser.refused }).toEqual({ missing: [], refused: [] });
  });
});
