/* global Excel */
/* Keys by name: the workbook's keys table read through Office.js in the shared runtime, parsed
 * by the sheets layer's key parser (the one parser), cached, and re-read when it changes. */
import { readNamed } from "../excel/named";
import { KEY_TABLE_NAMES, WorkbookGrid } from "../sheets/grid";
import { parseKeys } from "../sheets/keys";
import { KEYS_TABLE } from "../sheets/key-header";
import { locateTable } from "../sheets/locate";
import { FindingList } from "../sheets/report";
import { catalogFingerprint, findKey, KeyCatalog, keyCatalog } from "./catalog";
import { invalid } from "./errors";
import type { ResolvedKey } from "./keys";
import { uiLang } from "./messages";

/** The keys table or sheet as a grid, and the ids of the sheets it is on (the ones to watch). */
export interface KeysGrid {
  grid: WorkbookGrid;
  sheetIds: string[];
}

/**
 * Reads the keys table in two syncs (one when there is none) through the Office.js reader the
 * fill uses (src/excel/named.ts): which of the names (Nøgler, Keys, …) exist as a Table or a
 * sheet, then their values and texts. Only what the key parser looks at is read (not the whole
 * workbook, nor the indent, as src/excel/read.ts does for a fill), plus the sheet ids the change
 * events carry.
 */
export async function readKeysGrid(
  context: Excel.RequestContext,
): Promise<KeysGrid> {
  const { tables, sheets, sheetIds } = await readNamed(
    context,
    KEY_TABLE_NAMES,
  );
  return { grid: { tables, sheets, existing: [] }, sheetIds };
}

/** The grid through the sheets layer's locator and key parser, findings in the UI language. */
export function catalogOf(grid: WorkbookGrid): KeyCatalog {
  const { table } = locateTable(grid, KEYS_TABLE);
  if (!table) return keyCatalog(false, [], []);
  const out = new FindingList(uiLang());
  const entries = parseKeys(table, out);
  return keyCatalog(true, entries, out.items);
}

interface Loaded {
  catalog: KeyCatalog;
  sheetIds: Set<string>;
  fingerprint: string;
}

/**
 * The workbook's keys, read once and shared by every call (thousands of cells wait for one
 * read). Change events are registered once, with the first read: an edit on the keys sheet
 * (or anywhere, while there is no keys table yet) or a sheet/table added or deleted drops the
 * cache. Excel recalculates a custom function only when its arguments change, and a key name
 * does not, so when a re-read finds different keys the workbook is recalculated once.
 */
export class WorkbookKeys {
  private loading: Promise<Loaded> | null = null;
  private watching = false;
  /** Reads of the keys table so far (tests, diagnostics). */
  reads = 0;

  async resolve(name: string): Promise<ResolvedKey> {
    return findKey((await this.current(name)).catalog, name);
  }

  /** Forget everything (tests; a new document). Handlers stay registered. */
  reset(): void {
    this.loading = null;
    this.watching = false;
    this.reads = 0;
  }

  private current(name: string): Promise<Loaded> {
    if (typeof Excel === "undefined" || typeof Excel.run !== "function")
      return invalid("NO_WORKBOOK", { key: name });
    if (!this.loading) {
      const loading = this.load();
      this.loading = loading;
      // A failed read is not cached: the next call tries again.
      loading.catch(() => {
        if (this.loading === loading) this.loading = null;
      });
    }
    return this.loading;
  }

  private load(): Promise<Loaded> {
    return Excel.run(async (context) => {
      this.reads++;
      const read = await readKeysGrid(context);
      if (!this.watching) {
        this.watching = true;
        try {
          this.watch(context);
          await context.sync();
        } catch {
          // A host without these events (ExcelApi 1.9) still gets its keys, read once per session.
        }
      }
      const catalog = catalogOf(read.grid);
      return {
        catalog,
        sheetIds: new Set(read.sheetIds),
        fingerprint: catalogFingerprint(catalog),
      };
    });
  }

  private watch(context: Excel.RequestContext): void {
    const anyChange = async () => this.changed(null);
    context.workbook.worksheets.onChanged.add(async (event) =>
      this.changed(event.worksheetId),
    );
    context.workbook.worksheets.onAdded.add(anyChange);
    context.workbook.worksheets.onDeleted.add(anyChange);
    context.workbook.tables.onAdded.add(anyChange);
    context.workbook.tables.onDeleted.add(anyChange);
  }

  /** A change in the workbook: `worksheetId` null for structural changes (sheet or table added/deleted). */
  async changed(worksheetId: string | null): Promise<void> {
    const before = this.loading;
    if (!before) return;
    let old: Loaded;
    try {
      old = await before;
    } catch {
      return;
    }
    if (
      worksheetId !== null &&
      old.catalog.found &&
      !old.sheetIds.has(worksheetId)
    )
      return;
    // Another event already started the re-read.
    if (this.loading !== before) return;
    this.loading = null;
    try {
      const fresh = await this.current("");
      if (fresh.fingerprint === old.fingerprint) return;
      await Excel.run(async (context) => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      });
    } catch {
      // The next call reads again (a failed read is not cached) and reports what is wrong.
    }
  }
}

export const workbookKeys = new WorkbookKeys();
