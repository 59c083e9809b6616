/**
 * Stands in for Microsoft's office.js in the browser end-to-end test (bundled by
 * ./webpack.config.js, served for the CDN URL of taskpane.html). Office reports Excel; Excel.run
 * runs each batch on a new request context of the fake workbook of test/excel/fake, built
 * from the snapshot the test puts in `window.__fordelE2E` before this script; CustomFunctions
 * only records associations. `window.__fordelStub` lets the test read the workbook back.
 */
import { FakeExcel, formatAddress, snapshotOf, type WorkbookSnapshot } from "../../excel/fake";
import { customFunctionsRuntime } from "../../functions/runtime";

export interface StubConfig {
  snapshot: WorkbookSnapshot;
  /** Office.context.displayLanguage, e.g. "da-DK". */
  displayLanguage: string;
  /** Locale of the fake's display text (Range.text). */
  locale: string;
  /** Office.context.officeTheme (default: Office's White theme). */
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
    isDarkTheme: boolean;
    themeId: number;
  };
}

/** What the test reads back through page.evaluate (plain data only). */
export interface StubProbe {
  workbook(): WorkbookSnapshot;
  /** Excel's selection as "Sheet!A1" ("" before any). */
  selection(): string;
  activeSheet(): string | null;
  /** Values saved with Office.context.document.settings.saveAsync. */
  savedSettings(): Record<string, unknown>;
  /** Ids given to Office.actions.associate and CustomFunctions.associate. */
  actions(): string[];
  functions(): string[];
  /** Excel.run calls so far. */
  runs(): number;
  /** Holds every later Excel.run before it starts, until release(): to see the pane during a fill. */
  hold(): void;
  release(): void;
}

declare global {
  interface Window {
    __fordelE2E?: StubConfig;
    __fordelStub?: StubProbe;
  }
}

const config = window.__fordelE2E;
if (!config) throw new Error("office stub: window.__fordelE2E (the workbook snapshot) is missing");

const fake = FakeExcel.fromSnapshot(config.snapshot, { locale: config.locale });
const settings = new Map<string, unknown>();
const saved: Record<string, unknown> = {};
const actions: string[] = [];
const functions: string[] = [];

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type AsyncCallback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

const Office = {
  HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: config.displayLanguage,
    officeTheme: config.officeTheme ?? {
      bodyBackgroundColor: "#ffffff",
      bodyForegroundColor: "#000000",
      controlBackgroundColor: "#ffffff",
      controlForegroundColor: "#000000",
      isDarkTheme: false,
      themeId: 3,
    },
    // A current Excel on the web: every requirement set Fordel declares (src/excel/requirements.ts).
    requirements: { isSetSupported: () => true },
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? copy(settings.get(name)) : null),
        set: (name: string, value: unknown) => void settings.set(name, copy(value)),
        remove: (name: string) => void settings.delete(name),
        saveAsync(optionsOrCallback?: unknown, callback?: AsyncCallback) {
          const done = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as AsyncCallback | undefined;
          for (const [name, value] of settings) saved[name] = copy(value);
          setTimeout(() => done?.({ status: "succeeded" }), 0);
        },
      },
    },
  },
  actions: { associate: (id: string) => void actions.push(id) },
  addin: { showAsTaskpane: () => Promise.resolve(), hide: () => Promise.resolve() },
};

let gate: Promise<void> | null = null;
let open: (() => void) | null = null;
const namespace = fake.namespace();
const Excel = {
  ...namespace,
  run: (async (batch: Parameters<typeof namespace.run>[0]) => {
    if (gate) await gate;
    return namespace.run(batch);
  }) as typeof namespace.run,
};

const CustomFunctions = customFunctionsRuntime((id) => void functions.push(id));

const probe: StubProbe = {
  workbook: () => snapshotOf(fake.state),
  selection: () => {
    const s = fake.state.selection;
    return s ? `${s.sheet.name}!${formatAddress(s)}` : "";
  },
  activeSheet: () => fake.state.activeSheet?.name ?? null,
  savedSettings: () => copy(saved),
  actions: () => [...actions],
  functions: () => [...functions],
  runs: () => fake.runs,
  hold: () => {
    gate = new Promise((resolve) => (open = resolve));
  },
  release: () => {
    gate = null;
    open?.();
  },
};

Object.assign(window as unknown as Record<string, unknown>, { Office, Excel, CustomFunctions, __fordelStub: probe });
