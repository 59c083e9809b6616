/**
 * Debian's Chromium, headless, through playwright-core: a fresh profile per launch and none of
 * Chromium's background connections (the machine has no internet). Every request leaving
 * 127.0.0.1 goes to `route` (answer it) or is refused and recorded; console errors and page
 * errors are collected for the test to fail on.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page, type Route } from "playwright-core";

/** Chromium to drive: `CHROMIUM=/path/to/chrome npm test`; Debian's package by default. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface PaneBrowser {
  context: BrowserContext;
  page: Page;
  /** console.error messages (type "error") and uncaught page errors, as they came. */
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to other hosts that `route` did not answer (refused). */
  refused: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's language (navigator.language). */
  locale: string;
  width: number;
  height: number;
  /** Answers a request for a URL outside 127.0.0.1; returns false to refuse it. */
  route: (route: Route, url: URL) => Promise<boolean>;
}

export async function launchPane(options: LaunchOptions): Promise<PaneBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: options.locale,
    viewport: { width: options.width, height: options.height },
    serviceWorkers: "block",
  });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const refused: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (await options.route(route, url)) return;
    refused.push(url.href);
    await route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
  return {
    context,
    page,
    consoleErrors,
    pageErrors,
    refused,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
