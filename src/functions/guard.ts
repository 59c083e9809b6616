/* global CustomFunctions */
import { loadMessages } from "../engine";
import { invalid } from "./errors";
import { uiLang } from "./messages";
import { loadProblems } from "./problems-tables";

/** A result Excel can show: every number finite (never Infinity or NaN). */
function finite<T>(result: T): T {
  const check = (v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v))
      invalid("AMOUNT_TOO_LARGE", { row: 0, text: String(v) });
  };
  if (Array.isArray(result))
    for (const row of result)
      if (Array.isArray(row)) row.forEach(check);
      else check(row);
  else check(result);
  return result;
}

/**
 * Every function body runs through here: bad input is #VALUE! with its message already; any
 * other failure (a bug, a resource limit) becomes #VALUE! with a message too, never an
 * exception without one, and a number Excel cannot show is never returned.
 */
export async function guarded<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    // Problems and findings are shown in the UI language: its messages load first.
    await Promise.all([loadMessages(uiLang()), loadProblems(uiLang())]);
    return finite(await call());
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    const message = e instanceof Error ? e.message : String(e);
    return invalid("UNEXPECTED", { message: message.slice(0, 200) });
  }
}
