/**
 * Records which members of Office.js's classes the adapter uses – every property read or set and
 * every method called, by class (`Range.getCellProperties`, `RangeFormat.indentLevel`) – on a real
 * request context wrapped in proxies, and which of them the real library does not have. Setting a
 * property a class does not have would otherwise pass silently (a plain field on the object,
 * nothing sent to Excel).
 */
import { officeJs } from "./office";

export interface MemberLog {
  /** "Class.member", each once. */
  used: Set<string>;
  /** Used members the real class does not have. */
  missing: Set<string>;
}

type Target = Record<string | symbol, unknown>;

/** `context` wrapped so that what the adapter does with it is logged in `log`. */
export function recordMembers<T extends object>(context: T, log: MemberLog): T {
  const { OfficeExtension: OE } = officeJs();
  const real = new WeakMap<object, object>();
  const isOffice = (v: unknown): v is object =>
    typeof v === "object" &&
    v !== null &&
    (v instanceof (OE as unknown as { ClientObject: new () => object }).ClientObject ||
      v instanceof (OE as unknown as { ClientRequestContext: new () => object }).ClientRequestContext ||
      v instanceof (OE as unknown as { ClientResult: new () => object }).ClientResult ||
      v instanceof (OE as unknown as { EventHandlers: new () => object }).EventHandlers);
  const unwrap = (v: unknown): unknown => (typeof v === "object" && v !== null && real.has(v) ? real.get(v) : v);
  const note = (target: object, prop: string) => {
    const name = `${target.constructor.name}.${prop}`;
    log.used.add(name);
    if (!(prop in target)) log.missing.add(name);
  };
  const wrap = (v: unknown): unknown => {
    if (Array.isArray(v) && v.some(isOffice)) return v.map(wrap);
    if (!isOffice(v)) return v;
    const proxy = new Proxy(v as Target, {
      get(target, prop) {
        if (typeof prop !== "string") return Reflect.get(target, prop);
        note(target, prop);
        const value = Reflect.get(target, prop);
        if (typeof value === "function" && prop !== "constructor")
          return (...args: unknown[]) => wrap((value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap)));
        return wrap(value);
      },
      set(target, prop, value) {
        if (typeof prop === "string") note(target, prop);
        return Reflect.set(target, prop, unwrap(value));
      },
    });
    real.set(proxy, v);
    return proxy;
  };
  return wrap(context) as T;
}
