import {
  allocateTable,
  finding,
  Finding,
  foldCauses,
  localize,
} from "../engine";
import type { WorkbookGrid } from "./grid";
import { parseWorkbook } from "./parse";
import { parseFactor, PriceLevel, readPriceLevel } from "./price-level";
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
  const priced = priceLevelOf(grid, settings);
  const level = priced.level;
  const result = allocateTable(parsed.model, {
    decimals,
    method: settings.method,
    periods: settings.periods,
    ...(level ? { priceFactor: level.factor } : {}),
    ...(settings.previous && settings.revision !== false
      ? { previous: settings.previous }
      : {}),
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
      ...priced.findings,
      ...engineFindings,
    ],
    priceLevel: level,
    decimals,
    step,
    unitText: parsed.unitText,
    sources: parsed.sources,
    unusable: false,
  };
}

/** The price level: `--pl-factor` when given, else the workbook's `Prisniveau` table; the log and findings say which. */
function priceLevelOf(
  grid: WorkbookGrid,
  settings: FillSettings,
): { level: PriceLevel | null; findings: Finding[] } {
  const typed = settings.priceFactor ?? null;
  const read =
    typed !== null
      ? {
          level: { factor: parseFactor(typed)!, from: null, to: null },
          findings: [],
        }
      : readPriceLevel(grid, settings.lang);
  const level = read.level && !read.level.factor.eq(1) ? read.level : null;
  if (!level) return { level: null, findings: read.findings };
  return {
    level,
    findings: [
      ...read.findings,
      finding(
        "info",
        "PRICE_LEVEL",
        {
          factor: level.factor.toString(),
          from: level.from ?? "",
          to: level.to ?? "",
        },
        {},
        settings.lang,
      ),
    ],
  };
}
