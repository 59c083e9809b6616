/**
 * What the custom functions runtime provides as globals: CustomFunctions.Error and ErrorCode
 * (values as in Office's custom-functions-runtime). Import first in every functions test.
 */
export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const g = globalThis as unknown as { CustomFunctions: unknown; Office?: unknown };
g.CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

/** Office's display language, as the functions read it (undefined: no Office, Danish). */
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
