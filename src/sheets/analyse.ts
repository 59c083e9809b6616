import { allocateTable, foldCauses, localize } from "../engine";
import type { WorkbookGrid } from "./grid";
import { parseWorkbook } from "./parse";
import type { FillAnalysis, FillSettings } from "./settings";
import { explainUnreadable, StepChoice } from "./step";

/**
 * grid → model → engine: everything a check needs, nothing rendered (SPEC §1–§2). Findings of
 * the parser and the engine together, in the settings' language.
 */
export function analyseFill(
  grid: WorkbookGrid,
  settings: FillSettings,
): FillAnalysis {
  const parsed = parseWorkbook(grid, { lang: settings.lang });
  if (parsed.unusable || !parsed.model) {
    return {
      model: parsed.model,
      result: null,
      findings: parsed.findings,
      decimals: null,
      step: null,
      unitText: parsed.unitText,
      sources: parsed.sources,
      unusable: true,
    };
  }
  const chosen = settings.decimals !== null && settings.decimals !== undefined;
  const decimals = chosen ? settings.decimals! : parsed.defaultDecimals;
  const step: StepChoice = chosen
    ? { decimals, reason: "setting", source: null }
    : { decimals, reason: "amounts", source: parsed.defaultDecimalsCell };
  const result = allocateTable(parsed.model, {
    decimals,
    method: settings.method,
    periods: settings.periods,
  });
  const engineFindings = localize(result.findings, settings.lang);
  return {
    model: parsed.model,
    result: explainUnreadable(
      { ...result, findings: engineFindings },
      parsed.findings,
    ),
    // Rows a broken key kept from being allocated are counted on the key's finding (one cause, one finding).
    findings: [
      ...foldCauses(parsed.findings, result.folded ?? [], settings.lang),
      ...engineFindings,
    ],
    decimals,
    step,
    unitText: parsed.unitText,
    titleText: parsed.titleText ?? null,
    sources: parsed.sources,
    unusable: false,
  };
}
