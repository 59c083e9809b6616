import {
  allocateTable,
  collapseRepeats,
  finding,
  Finding,
  foldCauses,
  localize,
  formatAmount,
  Lang,
  MAX_DECIMALS,
  METHOD_NAMES,
  TableResult,
  toSteps,
} from "../engine";
import type { WorkbookGrid } from "./grid";
import { parseWorkbook } from "./parse";
import { parseFactor, PriceLevel, readPriceLevel } from "./price-level";
import type { FillAnalysis, FillSettings } from "./settings";
import { settingsFindings } from "./settings-check";
import { explainUnreadable, StepChoice } from "./step";
import { passOnSteps } from "./pass-on";

/**
 * grid → model → engine: everything a check needs, nothing rendered (SPEC §1–§2). Findings of
 * the parser and the engine together, in the settings' language.
 */
export function analyseFill(
  grid: WorkbookGrid,
  settings: FillSettings,
): FillAnalysis {
  const parsed = parseWorkbook(grid, { lang: settings.lang });
  // Nothing to fill: what was read, with why not.
  const unusable = (findings: FillAnalysis["findings"]): FillAnalysis => ({
    model: parsed.model,
    result: null,
    findings,
    decimals: null,
    step: null,
    unitText: parsed.unitText,
    sources: parsed.sources,
    unusable: true,
  });
  if (parsed.unusable || !parsed.model) return unusable(parsed.findings);
  // Settings that do not fit the table stop the fill before anything is computed (CLI, pane and ribbon alike).
  const refused = settingsFindings(
    settings,
    parsed.model.periods,
    settings.lang,
  );
  if (refused.length > 0) return unusable([...parsed.findings, ...refused]);
  const chosen = settings.decimals !== null && settings.decimals !== undefined;
  // Amounts finer than the one range are split at its finest step; NOT_ON_STEP names each such amount.
  const decimals = chosen
    ? settings.decimals!
    : Math.min(parsed.defaultDecimals, MAX_DECIMALS);
  const step: StepChoice = chosen
    ? { decimals, reason: "setting", source: null }
    : { decimals, reason: "amounts", source: parsed.defaultDecimalsCell };
  const priced = priceLevelOf(grid, settings);
  const level = priced.level;
  const method = level ? "reconciled" : settings.method;
  const result = allocateTable(parsed.model, {
    decimals,
    method,
    periods: settings.periods,
    ...(level ? { priceFactor: level.factor } : {}),
    ...(settings.previous && settings.revision !== false
      ? { previous: settings.previous }
      : {}),
  });
  // One cause, one finding: rows with the same cause are listed in one finding (engine/collapse.ts).
  const engineFindings = collapseRepeats(
    localize(result.findings, settings.lang),
    settings.lang,
  );
  // Second steps (SPEC §1 pass on): their sheets follow the first step's.
  const passed = passOnSteps(
    parsed.model,
    result,
    settings.passOn ?? [],
    { decimals, method, periods: settings.periods },
    settings.lang,
  );
  const combined = {
    ...result,
    periods: [
      ...result.periods,
      ...passed.steps.flatMap((s) => s.result.periods),
    ],
    acrossPeriods: [
      ...result.acrossPeriods,
      ...passed.steps.flatMap((s) => s.result.acrossPeriods),
    ],
    findings: [...engineFindings, ...passed.findings],
  };
  return {
    model: parsed.model,
    result: explainUnreadable(combined, parsed.findings),
    // Rows a broken key kept from being allocated are counted on the key's finding (one cause, one finding).
    findings: [
      ...foldCauses(parsed.findings, result.folded ?? [], settings.lang),
      ...priced.findings,
      ...(level ? unroundedOther(result, settings.lang) : []),
      ...engineFindings,
      ...passed.findings,
    ],
    ...(passed.steps.length > 0 ? { passOnSteps: passed.steps } : {}),
    priceLevel: level,
    decimals,
    step,
    unitText: parsed.unitText,
    titleText: parsed.titleText ?? null,
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
          // A restatement is always reconciled: only then are the national figures rounded with the rest.
          asked:
            settings.method === "reconciled"
              ? ""
              : METHOD_NAMES[settings.method][settings.lang],
        },
        {},
        settings.lang,
      ),
    ],
  };
}

/**
 * Rows to other recipients stay outside the rounding (issue 15, open): restated, their amounts
 * are off the step. Said per period, never left to be noticed.
 */
function unroundedOther(result: TableResult, lang: Lang): Finding[] {
  return result.periods.flatMap((p) => {
    const rows = p.rows.filter(
      (r) =>
        r.status === "other" &&
        r.national !== null &&
        toSteps(r.national, p.decimals) === null,
    );
    if (rows.length === 0) return [];
    const names = rows
      .map((r) => {
        const name = lang === "da" ? `„${r.name}“` : `"${r.name}"`;
        return `${name} ${formatAmount(r.national!, p.decimals, lang)}`;
      })
      .join(", ");
    return [
      finding(
        "warning",
        "PRICE_LEVEL_OTHER_NOT_ROUNDED",
        { rows: names, period: p.period },
        { period: p.period },
        lang,
      ),
    ];
  });
}
