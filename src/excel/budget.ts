/* global Excel */
/**
 * Keeps each Office.js request under a size limit: callers say how many bytes an operation adds
 * (estimated from the JSON of what it queues) before queuing it, and the budget syncs first
 * when the operation would not fit. Excel on the web rejects requests over 5 MB; we stay under ~4 MB.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Bytes an operation adds besides its arguments (object path, action name, ids). */
export const OPERATION_OVERHEAD_BYTES = 200;

export class RequestBudget {
  private bytes = 0;
  private operations = 0;
  /** Estimated size of each request sent. */
  readonly requestBytes: number[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    readonly maxBytes: number = DEFAULT_MAX_REQUEST_BYTES,
    /** Queued at the start of every request (e.g. suspending calculation until the sync). */
    private readonly onNewRequest: () => void = () => {},
  ) {}

  get syncs(): number {
    return this.requestBytes.length;
  }

  /** Call before queuing an operation of `argumentBytes`; syncs first when it would not fit. */
  async fit(argumentBytes: number): Promise<void> {
    const bytes = argumentBytes + OPERATION_OVERHEAD_BYTES;
    if (this.operations > 0 && this.bytes + bytes > this.maxBytes)
      await this.flush();
    if (this.operations === 0) {
      this.onNewRequest();
      this.bytes += OPERATION_OVERHEAD_BYTES;
      this.operations++;
    }
    this.bytes += bytes;
    this.operations++;
  }

  /** Sends what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (this.operations === 0) return;
    const bytes = this.bytes;
    this.bytes = 0;
    this.operations = 0;
    this.requestBytes.push(bytes);
    await this.context.sync();
  }
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

/** Estimated request bytes of a JSON-able argument. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
