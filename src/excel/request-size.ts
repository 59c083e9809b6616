/* global Excel */
/**
 * Keeps each Office.js request under a size limit: callers say what an operation adds before
 * queuing it – the bytes of its large argument (a 2-D array, an address) and how many new object
 * paths it creates – and the budget syncs first when it would not fit. Excel on the web rejects
 * requests over 5 MB; we stay under ~4 MB.
 *
 * The estimate is an upper bound of the body Office.js really sends (calibrated against
 * Microsoft's own library in test/excel/wire: the estimate is never below the real size): every
 * object path (`sheet.getRangeByIndexes(…)`, `.format`, `.font`) is an entry of the body's
 * ObjectPaths, an Instantiate action and an entry of an action's "L" list; every operation (set a
 * property, call a method) an action whose argument travels as its JSON. Ids are counted at
 * 7 digits (a request of under ten million actions), names at 25 characters, small arguments (a
 * range's four indexes) at 35 bytes; a larger argument is passed as `argumentBytes`.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Bytes of one object path (entry, Instantiate action, "L" entry) besides a large argument. */
export const OBJECT_PATH_BYTES = 250;
/** Bytes of one action (set property, method) besides a large argument. */
export const ACTION_BYTES = 140;
/** The body's envelope ({"Actions":[…],"ObjectPaths":{…}}). */
const REQUEST_BYTES = 40;
/** `context.workbook.worksheets.getItem(name)`: the workbook, its worksheets and the sheet (name apart). */
const SHEET_PATHS = 3;

export class RequestBudget {
  private bytes = 0;
  private operations = 0;
  /** The sheets looked up in the current request, by name: one object each per request. */
  private sheets = new Map<string, Excel.Worksheet>();
  /** Estimated size of each request sent. */
  readonly requestBytes: number[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    readonly maxBytes: number = DEFAULT_MAX_REQUEST_BYTES,
    /** Queued at the start of every request (e.g. suspending calculation until the sync). */
    private readonly onNewRequest: () => void = () => {},
    /** Object paths and argument bytes of what `onNewRequest` queues. */
    private readonly newRequestCost: OperationCost = { objectPaths: 3 },
  ) {}

  get syncs(): number {
    return this.requestBytes.length;
  }

  /**
   * Call before queuing one operation (or `actions` of them) that creates `objectPaths` new object paths (the sheet
   * lookup apart: `sheet()` counts that) and carries `argumentBytes` of large argument(s); syncs
   * first when it would not fit, leaving room for a sheet lookup.
   */
  async fit(
    argumentBytes: number,
    objectPaths = 1,
    actions = 1,
  ): Promise<void> {
    await this.fitCost({ argumentBytes, objectPaths, actions });
  }

  /** `fit` for an operation's cost (e.g. `bulkSetCost` of an array to set). */
  async fitCost(cost: OperationCost): Promise<void> {
    const bytes = operationBytes(cost);
    const room = operationBytes({
      objectPaths: SHEET_PATHS,
      argumentBytes: 100,
    });
    if (this.operations > 0 && this.bytes + bytes + room > this.maxBytes)
      await this.flush();
    if (this.operations === 0) {
      this.bytes = REQUEST_BYTES;
      this.onNewRequest();
      this.bytes += operationBytes(this.newRequestCost);
      this.operations++;
    }
    this.bytes += bytes;
    this.operations++;
  }

  /**
   * The sheet named `name` as one object for the whole current request (a later request looks
   * it up again: objects that methods such as `add` returned are not valid after a sync).
   */
  sheet(name: string): Excel.Worksheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, sheet);
      this.bytes += operationBytes({
        objectPaths: SHEET_PATHS,
        argumentBytes: jsonBytes(name),
      });
    }
    return sheet;
  }

  /** Forgets the current request's sheet objects (after a sheet was deleted or added by that name). */
  forgetSheets(): void {
    this.sheets.clear();
  }

  /** Sends what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (this.operations === 0) return;
    const bytes = this.bytes;
    this.bytes = 0;
    this.operations = 0;
    this.sheets.clear();
    this.requestBytes.push(bytes);
    await this.context.sync();
  }
}

export interface OperationCost {
  objectPaths: number;
  argumentBytes?: number;
  /** Actions besides the paths' own (default 1). */
  actions?: number;
}

/**
 * Office.js sends a 2-D array of more than 1.500 cells set on a range (`formulas`, `numberFormat`)
 * as chunks of about 1.500 cells, each on a range of its own (`getRow(i).getBoundingRect(getRow(j))`:
 * three object paths) after one `_ValidateArraySize` call (setRangePropertiesInBulk in Office.js).
 */
export const BULK_CHUNK_CELLS = 1500;

/** What setting a rows × cols array on one range costs: the range, the chunks, their JSON. */
export function bulkSetCost(
  values: readonly (readonly unknown[])[],
): OperationCost {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const argumentBytes = jsonBytes(values);
  if (rows * cols <= BULK_CHUNK_CELLS)
    return { objectPaths: 1, actions: 1, argumentBytes };
  const rowsPerChunk = Math.max(1, Math.round(BULK_CHUNK_CELLS / cols));
  const chunks = Math.ceil(rows / rowsPerChunk);
  return {
    objectPaths: 1 + 3 * chunks,
    actions: 1 + chunks,
    // Each chunk's array brackets.
    argumentBytes: argumentBytes + 2 * chunks,
  };
}

/** Upper bound of what an operation adds to a request body. */
export function operationBytes(cost: OperationCost): number {
  return (
    (cost.actions ?? 1) * ACTION_BYTES +
    cost.objectPaths * OBJECT_PATH_BYTES +
    (cost.argumentBytes ?? 0)
  );
}

/** UTF-8 length of a string (what it weighs in a request). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Request bytes of a JSON-able argument: Office.js sends arguments as their JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
