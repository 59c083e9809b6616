/**
 * A minimal fake of the Office.js subset the functions use to read the keys table, honest
 * about load/sync: calls only queue work; a property can be read only after it was loaded and
 * a sync ran (else PropertyNotLoaded); `isNullObject` is known only after the sync; a method
 * called on a null object fails the sync; event handlers and calculate take effect at the sync.
 */
type Value = string | number | boolean;

export interface FakeBlock {
  row: number;
  col: number;
  values: Value[][];
  /** Shown text; default String(value). */
  text?: string[][];
}

export interface FakeSheet {
  id: string;
  name: string;
  used: FakeBlock | null;
}

export interface FakeTable {
  name: string;
  sheetId: string;
  range: FakeBlock;
}

type Handler = (args: Record<string, unknown>) => Promise<unknown>;
export type EventName = "worksheets.onChanged" | "worksheets.onAdded" | "worksheets.onDeleted" | "tables.onAdded" | "tables.onDeleted";

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A proxy: `resolve` finds its data at sync time (null: a null object). */
class Proxy {
  private requested = new Set<string>();
  private loaded = new Map<string, unknown>();
  private synced = false;
  private isNull = false;

  constructor(
    protected readonly ctx: Context,
    private readonly resolve: () => Record<string, unknown> | null,
    private readonly nullable: boolean,
  ) {
    ctx.queue(() => this.sync());
  }

  load(props: string): this {
    for (const p of props.split(",")) this.requested.add(p.trim());
    return this;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new OfficeError("PropertyNotLoaded", "isNullObject before context.sync()");
    return this.isNull;
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw new OfficeError("PropertyNotLoaded", `'${name}' was not loaded and synced`);
    return this.loaded.get(name) as T;
  }

  /** The data for a child object's resolver: fails when this is a null object. */
  protected data(): Record<string, unknown> {
    const data = this.resolve();
    if (data === null) throw new OfficeError("InvalidOperation", "method called on a null object");
    return data;
  }

  private sync(): void {
    const data = this.resolve();
    if (data === null && !this.nullable) throw new OfficeError("ItemNotFound", "the requested resource does not exist");
    this.isNull = data === null;
    this.synced = true;
    if (data === null) return;
    for (const p of this.requested) {
      if (!(p in data)) throw new OfficeError("InvalidArgument", `fake cannot load '${p}'`);
      this.loaded.set(p, structuredClone(data[p]));
    }
  }
}

function rangeData(block: FakeBlock): Record<string, unknown> {
  return {
    values: block.values,
    text: block.text ?? block.values.map((row) => row.map((v) => String(v))),
    rowIndex: block.row,
    columnIndex: block.col,
  };
}

class Range extends Proxy {
  get values(): Value[][] {
    return this.prop("values");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
}

class Worksheet extends Proxy {
  get name(): string {
    return this.prop("name");
  }
  get id(): string {
    return this.prop("id");
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    if (valuesOnly !== true) throw new OfficeError("InvalidArgument", "fake reads used ranges by values only");
    return new Range(this.ctx, () => {
      const used = (this.data().state as FakeSheet).used;
      return used ? rangeData(used) : null;
    }, true);
  }
}

class Table extends Proxy {
  get name(): string {
    return this.prop("name");
  }
  getRange(): Range {
    return new Range(this.ctx, () => rangeData((this.data().state as FakeTable).range), false);
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, () => sheetData(this.ctx.book.sheetById((this.data().state as FakeTable).sheetId)), false);
  }
}

const sheetData = (sheet: FakeSheet | undefined) => (sheet ? { name: sheet.name, id: sheet.id, state: sheet } : null);

class Context {
  private pending: (() => void)[] = [];
  readonly workbook: unknown;

  constructor(readonly book: FakeKeysWorkbook) {
    const events = (name: EventName) =>
      book.eventsSupported ? { add: (handler: Handler) => this.queue(() => book.handlers[name].push(handler)) } : undefined;
    this.workbook = {
      tables: {
        getItemOrNullObject: (name: string) =>
          new Table(this, () => {
            const t = book.tables.find((x) => same(x.name, name));
            return t ? { name: t.name, state: t } : null;
          }, true),
        onAdded: events("tables.onAdded"),
        onDeleted: events("tables.onDeleted"),
      },
      worksheets: {
        getItemOrNullObject: (name: string) => new Worksheet(this, () => sheetData(book.sheets.find((s) => same(s.name, name))), true),
        onChanged: events("worksheets.onChanged"),
        onAdded: events("worksheets.onAdded"),
        onDeleted: events("worksheets.onDeleted"),
      },
      application: { calculate: (type: string) => this.queue(() => book.calculations.push(type)) },
    };
  }

  queue(work: () => void): void {
    this.pending.push(work);
  }

  async sync(): Promise<void> {
    this.book.syncs++;
    const work = this.pending;
    this.pending = [];
    await Promise.resolve();
    for (const w of work) w();
  }
}

/** The workbook state, and `install()` to put `Excel` on the global object. */
export class FakeKeysWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  readonly handlers: Record<EventName, Handler[]> = {
    "worksheets.onChanged": [],
    "worksheets.onAdded": [],
    "worksheets.onDeleted": [],
    "tables.onAdded": [],
    "tables.onDeleted": [],
  };
  readonly calculations: string[] = [];
  /** False: a host without the ExcelApi 1.9 collection events (the properties are undefined). */
  eventsSupported = true;
  runs = 0;
  syncs = 0;

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  install(): this {
    (globalThis as { Excel?: unknown }).Excel = {
      run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
        this.runs++;
        return batch(new Context(this));
      },
      CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    };
    return this;
  }

  static uninstall(): void {
    delete (globalThis as { Excel?: unknown }).Excel;
  }

  /** Fires an event at every registered handler, as Excel would after a change. */
  async fire(name: EventName, args: Record<string, unknown> = {}): Promise<void> {
    await Promise.all(this.handlers[name].map((h) => h({ type: name, ...args })));
  }
}
