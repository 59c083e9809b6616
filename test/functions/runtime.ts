/**
 * The global `CustomFunctions` of Office's custom functions runtime, as far as Fordel uses it:
 * Error and ErrorCode (values as in custom-functions-runtime) and associate. Shared by the jest
 * setup and the browser stub of the end-to-end test, so plain TypeScript without Node APIs.
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

/** `associate` receives the id of each function the add-in registers. */
export function customFunctionsRuntime(associate: (id: string) => void) {
  return {
    associate,
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
  };
}
