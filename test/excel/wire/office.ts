/**
 * Microsoft's own Office.js client for Excel on the web (`@microsoft/office-js`,
 * dist/excel-web-16.00.debug.js), loaded in jsdom without network, with a request executor that
 * records every request body exactly as Office.js hands it to Excel (`JSON.stringify` of the
 * message body, as RichApiMessageUtility builds it) and answers it: by default every action
 * is acknowledged with no result (enough for writes, which read nothing back); `answer` may
 * give results (./answer.ts answers from the in-repo fake workbook).
 * The library is loaded once per process (~0.2 s) and shared: each WireContext is a new
 * `Excel.RequestContext` of it. The Windows and Mac clients can be loaded too.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { JSDOM } from "jsdom";

const DIST = join(__dirname, "..", "..", "..", "node_modules", "@microsoft", "office-js", "dist");
/** Excel on the web's client (the default), and the desktop ones, which build the same bodies. */
export const LIBRARIES = {
  web: "excel-web-16.00.debug.js",
  windows: "excel-win32-16.01.debug.js",
  mac: "excel-mac-16.00.debug.js",
} as const;
export type Library = keyof typeof LIBRARIES;

/** What the loaded library puts on its window. */
export interface OfficeJsWindow {
  Excel: typeof Excel & { RequestContext: new () => Excel.RequestContext };
  OfficeExtension: typeof OfficeExtension;
}

const loaded = new Map<Library, OfficeJsWindow>();

/** The real Office.js `Excel` and `OfficeExtension` namespaces (of Excel on the web's client unless said). */
export function officeJs(library: Library = "web"): OfficeJsWindow {
  const known = loaded.get(library);
  if (known) return known;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(readFileSync(join(DIST, LIBRARIES[library]), "utf8"));
  const w = dom.window as unknown as OfficeJsWindow;
  if (typeof w.Excel?.RequestContext !== "function") throw new Error("Office.js did not load");
  loaded.set(library, w);
  return w;
}

/** The message body Office.js sends (the parts used here). */
export interface WireBody {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireAction {
  Id: number;
  /** 1 Instantiate, 2 Query, 3 Method, 4 SetProperty, 5 Trace, 7 QueryAsJson. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface WireObjectPath {
  Id: number;
  /** 1 GlobalObject, 2 NewObject, 3 Method, 4 Property, 5 Indexer, 6 ReferenceId, 7 NullObject. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

/** One request as sent. */
export interface WireRequest {
  /** The body exactly as Office.js serialises it. */
  text: string;
  /** Its UTF-8 size: what Excel's payload limit counts. */
  bytes: number;
  /** Actions in it (instantiations of object paths included). */
  actions: number;
  /** Actions that are not instantiations: set property, method, query. */
  operations: number;
  body: WireBody;
}

/** Results for a request's actions, by action id (value undefined = no result). */
export type WireAnswer = (body: WireBody) => Promise<{ ActionId: number; Value: unknown }[]>;

const UTF8 = new TextEncoder();

/** Excel on the web's request limit (as the fake has it). */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

function failure(code: string, message: string) {
  return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
}

export const WIRE_ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, queryAsJson: 7 } as const;

export function describeRequest(text: string): WireRequest {
  const body = JSON.parse(text) as WireBody;
  return {
    text,
    bytes: UTF8.encode(text).length,
    actions: body.Actions.length,
    operations: body.Actions.filter((a) => a.ActionType !== WIRE_ACTION.instantiate).length,
    body,
  };
}

/** A real Excel.RequestContext whose requests are recorded and answered here. */
export class WireContext {
  readonly context: Excel.RequestContext;
  readonly requests: WireRequest[] = [];
  /** UTF-8 size of each answer's body (what Excel would send back: loaded values, text, indents). */
  readonly responseBytes: number[] = [];

  /**
   * `answer` gives results (default: none, every action acknowledged); a request over
   * `limitBytes` (default 5 MB, Excel on the web's limit) is rejected whole, unanswered.
   */
  constructor(answer?: WireAnswer, limitBytes = REQUEST_LIMIT_BYTES, library: Library = "web") {
    const { Excel: RealExcel } = officeJs(library);
    this.context = new RealExcel.RequestContext();
    const requests = this.requests;
    const responses = this.responseBytes;
    (this.context as unknown as { _requestExecutor: unknown })._requestExecutor = {
      async executeAsync(_customData: unknown, _flags: number, message: { Body: unknown }) {
        const request = describeRequest(JSON.stringify(message.Body));
        requests.push(request);
        if (request.bytes > limitBytes)
          return failure("RequestPayloadSizeLimitExceeded", `The request payload (${request.bytes} bytes) exceeds the size limit.`);
        try {
          const results = answer ? await answer(request.body) : [];
          const body = { Results: results };
          responses.push(UTF8.encode(JSON.stringify(body)).length);
          return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: body };
        } catch (e) {
          return failure((e as { code?: string }).code ?? "GeneralException", String((e as Error).message));
        }
      },
    };
  }

  get syncs(): number {
    return this.requests.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }
}
