/**
 * A PaneHost without Excel, for component tests and the browser end-to-end test: returns the
 * views it was given and records every call. A fill can be held open to see the progress.
 */
import { finding } from "../../src/engine/findings";
import type { FillSettings } from "../../src/sheets/fill-types";
import type { CheckView, FillProgress, FillView, PaneHost, PickedTables, RangeRef, RibbonFillReport } from "../../src/taskpane/host";

const REGIONS = ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"];

/** A workbook like Kræftplan V: both tables found, two periods, the 2025 key, three findings. */
export function sampleCheck(): CheckView {
  return {
    tables: [
      { role: "initiatives", kind: "table", name: "Initiativer", sheet: "Aftale", address: "A1:F15" },
      { role: "keys", kind: "sheet", name: "Nøgler", sheet: "Nøgler", address: "A1:D11" },
    ],
    missing: [],
    periods: ["2025", "2026"],
    units: [{ group: "Regioner", units: REGIONS }],
    keys: [{ name: "Bloktilskudsnøgle 2025", group: "Regioner", period: "2025", units: 5 }],
    initiatives: 14,
    detectedDecimals: 1,
    findings: [
      finding(
        "error",
        "NOT_ON_STEP",
        { amount: "2.25", initiative: "Senfølger", period: "2026", step: "0.1" },
        { sheet: "Aftale", cell: "C7", initiative: "Senfølger", period: "2026" },
      ),
      finding(
        "warning",
        "CHILDREN_SUM_MISMATCH",
        { initiative: "Screening", children: "48.0", parent: "50.0", period: "2025" },
        { sheet: "Aftale", cell: "B9", initiative: "Screening", period: "2025" },
      ),
      finding("warning", "KEY_SUM", { key: "Bloktilskudsnøgle 2025", sum: "0.9999" }, { sheet: "Nøgler" }),
      finding(
        "info",
        "NEGATIVE_AMOUNT",
        { initiative: "Korrektion", amount: "-0.8", period: "2025" },
        { sheet: "Aftale", cell: "B12", initiative: "Korrektion", period: "2025" },
      ),
    ],
    unusable: false,
    step: { decimals: 1, reason: "amounts", place: "Aftale!C5", text: "60,0" },
    method: "reconciled",
    unitText: "Mio. kr. (2025-pl)",
    // Illustrative figures, not the example's.
    preview: [
      {
        period: "2025",
        group: "Regioner",
        sheet: "Fordeling 2025",
        decimals: 1,
        units: REGIONS,
        totals: ["81.1", "40.3", "55.3", "49.7", "23.6"],
        adjusted: [{ initiative: "Kræftscreening", unit: "Region Hovedstaden", exact: "1.558", shown: "1.5", round: "1.6" }],
      },
      {
        period: "2026",
        group: "Regioner",
        sheet: "Fordeling 2026",
        decimals: 1,
        units: REGIONS,
        totals: ["109.1", "54.2", "74.4", "66.9", "31.8"],
        adjusted: [],
      },
    ],
    writes: {
      sheets: [
        { name: "Fordeling 2025", replaces: null },
        { name: "Fordeling 2026", replaces: "Fordeling 2026" },
      ],
      allocations: 2,
      log: "Fordeling log",
    },
  };
}

/** What a fill of that workbook reports: 2025 all right, 2026 with one row left out and a failed check. */
export function sampleFill(): FillView {
  return {
    periods: [
      {
        period: "2025",
        group: "Regioner",
        sheet: "Fordeling 2025",
        rows: 14,
        rowsWithErrors: 0,
        units: 5,
        excludedRows: 0,
        excludedTotal: "0",
        excludedUnreadable: 0,
        errors: 0,
        decimals: 1,
        method: "reconciled",
        maxDeviation: "0.1",
        checks: { rowsAddUp: true, childrenAddUp: true, columnsAddUp: true },
      },
      {
        period: "2026",
        group: "Regioner",
        sheet: "Fordeling 2026 (2)",
        rows: 1570,
        rowsWithErrors: 1,
        units: 5,
        excludedRows: 1,
        excludedTotal: "2.25",
        excludedUnreadable: 0,
        errors: 1,
        decimals: 1,
        method: "nearest",
        maxDeviation: "0.1",
        checks: { rowsAddUp: false, childrenAddUp: true, columnsAddUp: false },
      },
    ],
    findings: [sampleCheck().findings[0]],
    decimals: 1,
    step: { decimals: 1, reason: "amounts", place: "Aftale!C5", text: "60,0" },
    unitText: "Mio. kr. (2025-pl)",
    logSheet: "Fordeling log",
    unusable: false,
  };
}

export interface FakeHostOptions {
  inExcel?: boolean;
  displayLanguage?: string;
  check?: CheckView;
  fill?: FillView;
  saved?: FillSettings | null;
  ribbon?: RibbonFillReport | null;
  /** The range "selected in Excel" for selectedRange(). */
  selection?: RangeRef;
  /** Hold fill() open until release() is called. */
  holdFill?: boolean;
  officeTheme?: PaneHost["officeTheme"];
}

export class FakeHost implements PaneHost {
  readonly inExcel: boolean;
  readonly displayLanguage: string;
  readonly officeTheme: PaneHost["officeTheme"];
  readonly calls = {
    check: [] as { settings: FillSettings; picked: PickedTables }[],
    fill: [] as { settings: FillSettings; picked: PickedTables }[],
    saveSettings: [] as FillSettings[],
    selectCell: [] as [string, string][],
    activateSheet: [] as string[],
  };
  private saved: FillSettings | null;
  private release_: (() => void) | null = null;
  private progress_: ((p: FillProgress) => void) | null = null;
  private ribbonListeners = new Set<(fill: RibbonFillReport) => void>();

  constructor(private readonly options: FakeHostOptions = {}) {
    this.inExcel = options.inExcel ?? true;
    this.displayLanguage = options.displayLanguage ?? "en-US";
    this.saved = options.saved ?? null;
    this.officeTheme = options.officeTheme ?? null;
  }

  async check(settings: FillSettings, picked: PickedTables): Promise<CheckView> {
    this.calls.check.push({ settings, picked });
    return this.options.check ?? sampleCheck();
  }

  fill(settings: FillSettings, picked: PickedTables, onProgress: (p: FillProgress) => void): Promise<FillView> {
    this.calls.fill.push({ settings, picked });
    this.progress_ = onProgress;
    onProgress({ stage: "reading" });
    const view = this.options.fill ?? sampleFill();
    if (!this.options.holdFill) return Promise.resolve(view);
    return new Promise((resolve) => {
      this.release_ = () => resolve(view);
    });
  }

  /** Reports progress from a held fill. */
  progress(p: FillProgress): void {
    this.progress_?.(p);
  }

  /** Lets a held fill finish. */
  release(): void {
    this.release_?.();
  }

  async loadSettings(): Promise<FillSettings | null> {
    return this.saved;
  }

  async saveSettings(settings: FillSettings): Promise<void> {
    this.calls.saveSettings.push(settings);
    this.saved = settings;
  }

  async selectedRange(): Promise<RangeRef> {
    return this.options.selection ?? { sheet: "Ark1", address: "A1:A1" };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.selectCell.push([sheet, cell]);
  }

  async activateSheet(name: string): Promise<void> {
    this.calls.activateSheet.push(name);
  }

  lastRibbonFill(): RibbonFillReport | null {
    return this.options.ribbon ?? null;
  }

  onRibbonFill(listener: (fill: RibbonFillReport) => void): () => void {
    this.ribbonListeners.add(listener);
    return () => this.ribbonListeners.delete(listener);
  }

  /** A ribbon fill while the pane is open. */
  ribbonFilled(fill: RibbonFillReport): void {
    this.options.ribbon = fill;
    for (const listener of this.ribbonListeners) listener(fill);
  }

  get ribbonListenerCount(): number {
    return this.ribbonListeners.size;
  }
}
