import { allocateTable, foldCauses, localize } from "../engine";
import type { WorkbookGrid } from "./grid";
import { parseWorkbook } from "./parse";
import type { FillAnalysis, FillSettings } from "./settings";

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
      sources: parsed.sources,
      unusable: true,
    };
  }
  const decimals = settings.decimals ?? parsed.defaultDecimals;
  const result = allocateTable(parsed.model, {
    decimals,
    method: settings.method,
    periods: settings.periods,
  });
  const engineFindings = localize(result.findings, settings.lang);
  return {
    model: parsed.model,
    result: { ...result, findings: engineFindings },
    // Rows a broken key kept from being allocated are counted on the key's finding (one cause, one finding).
    findings: [
      ...foldCauses(parsed.findings, result.folded ?? [], settings.lang),
      ...engineFindings,
    ],
    decimals,
    sources: parsed.sources,
    unusable: false,
  };
}
