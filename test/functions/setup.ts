/**
 * What the custom functions runtime provides as globals (see ./runtime.ts), and helpers for the
 * functions tests. Import first in every functions test.
 */
import { CustomFunctionsError, customFunctionsRuntime } from "./runtime";

const g = globalThis as unknown as { CustomFunctions: unknown; Office?: unknown };
g.CustomFunctions = customFunctionsRuntime(() => undefined);

/** Office's display language, as the functions read it (undefined: no Office yet, Danish by the one rule). */
export function setDisplayLanguage(tag: string | undefined): void {
  g.Office = tag === undefined ? undefined : { context: { displayLanguage: tag } };
}

/** The #VALUE! error a call rejects with (fails the test when it resolves). */
export async function valueError(call: Promise<unknown> | (() => unknown)): Promise<CustomFunctionsError> {
  try {
    await (typeof call === "function" ? call() : call);
  } catch (error) {
    if (error instanceof CustomFunctionsError) {
      expect(error.code).toBe("#VALUE!");
      return error;
    }
    throw error;
  }
  throw new Error("expected a #VALUE! error, but the call succeeded");
}
