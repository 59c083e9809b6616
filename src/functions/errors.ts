/* global CustomFunctions */
import { Finding, messageFor } from "../engine";
import { FunctionProblem, problemMessage, uiLang } from "./messages";

/**
 * Bad input becomes #VALUE! with a message that says what to fix (shown when the user
 * hovers the error). CustomFunctions is the runtime's global; tests define a stub.
 */
export function invalid(
  problem: FunctionProblem,
  params: Record<string, string | number> = {},
): never {
  throw new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    problemMessage(problem, params, uiLang()),
  );
}

/** An engine finding (key or amount error) as #VALUE!, in the UI language. */
export function invalidFinding(finding: Finding): never {
  return invalid("ENGINE", {
    message: messageFor(finding.code, finding.params, uiLang()),
  });
}
