import {
  allocateTable,
  collapseRepeats,
  Dec,
  finding,
  Finding,
  foldCauses,
  localize,
  MAX_DECIMALS,
  METHOD_NAMES,
} from "../engine";
import type { WorkbookGrid } from "./grid";
import { parseWorkbook } from "./parse";
import {
  GivenLevels,
  levelsFor,
  parseFactorSetting,
  PriceLevel,
  readPriceLevels,
} from "./price-level";
import type { FillAnalysis, FillSettings } from "./fill-types";
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
  const step = stepChoice(settings, parsed);
  const { decimals } = step;
  const priced = priceLevelsOf(grid, settings, parsed.model.periods);
  const levels = priced.levels;
  const method = levels.size > 0 ? "reconciled" : settings.method;
  const periods = priced.periods;
  const result = allocateTable(parsed.model, {
    decimals,
    method,
    periods,
    ...priced.options,
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
    { decimals, method, periods },
    settings.lang,
  );
  const combined = withSecondSteps(result, passed.steps, [
    ...engineFindings,
    ...passed.findings,
  ]);
  return {
    model: parsed.model,
    result: explainUnreadable(combined, parsed.findings),
    // Rows a broken key kept from being allocated are counted on the key's finding (one cause, one finding).
    findings: [
      ...foldCauses(parsed.findings, result.folded ?? [], settings.lang),
      ...priced.findings,
      ...engineFindings,
      ...passed.findings,
    ],
    ...(passed.steps.length > 0 ? { passOnSteps: passed.steps } : {}),
    priceLevel: levels.size > 0 ? levels : null,
    decimals,
    step,
    unitText: parsed.unitText,
    titleText: parsed.titleText ?? null,
    sources: parsed.sources,
    unusable: false,
  };
}

/**
 * The price levels: `--pl-factor` when given, else the workbook's `Prisniveau` table; per period
 * filled, its level (only those restated), the periods that lack one, and findings saying which.
 */
function priceLevelsOf(
  grid: WorkbookGrid,
  settings: FillSettings,
  periods: readonly string[],
): {
  levels: Map<string, PriceLevel>;
  /** The periods to fill: those asked for, less those without a factor while others have one. */
  periods: string[] | undefined;
  /** The engine's price factors (none when nothing is restated). */
  options: { priceFactor?: Record<string, Dec> };
  findings: Finding[];
} {
  const typed = settings.priceFactor ?? null;
  const given = typed !== null ? parseFactorSetting(typed) : null;
  // A setting that cannot be read (the hosts check it first) is said, never ignored.
  const read: { given: GivenLevels | null; findings: Finding[] } =
    typed === null
      ? readPriceLevels(grid, settings.lang)
      : {
          given,
          findings: given
            ? []
            : [
                finding(
                  "error",
                  "PRICE_LEVEL_NOT_READ",
                  { reason: `--pl-factor "${typed}"` },
                  {},
                  settings.lang,
                ),
              ],
        };
  if (!read.given)
    return {
      levels: new Map(),
      periods: settings.periods,
      options: {},
      findings: read.findings,
    };
  const per = levelsFor(read.given, periods, settings.periods, settings.lang);
  return {
    levels: per.levels,
    // Periods without a factor while others have one are not filled (PRICE_LEVEL_MISSING says so).
    periods:
      per.missing.length > 0
        ? (settings.periods ?? periods).filter((p) => !per.missing.includes(p))
        : settings.periods,
    options:
      per.levels.size > 0
        ? {
            priceFactor: Object.fromEntries(
              [...per.levels].map(([p, l]) => [p, l.factor]),
            ),
          }
        : {},
    findings: [
      ...read.findings,
      ...per.findings,
      ...restatedFindings(per, periods, settings),
    ],
  };
}

/** PRICE_LEVEL: once for all periods filled when they share one level, else once per period. */
function restatedFindings(
  per: { levels: Map<string, PriceLevel>; missing: string[] },
  periods: readonly string[],
  settings: FillSettings,
): Finding[] {
  const entries = [...per.levels];
  const filled = periods.filter(
    (p) => !settings.periods || settings.periods.includes(p),
  );
  const shared =
    entries.length > 0 &&
    per.missing.length === 0 &&
    entries.length === filled.length &&
    entries.every(([, l]) => l === entries[0][1]);
  const said = shared ? [["", entries[0][1]] as const] : entries;
  // A restatement is always reconciled: only then are the national figures rounded with the rest.
  const asked =
    settings.method === "reconciled"
      ? ""
      : METHOD_NAMES[settings.method][settings.lang];
  return said.map(([period, level]) =>
    finding(
      "info",
      "PRICE_LEVEL",
      {
        factor: level.factor.toString(),
        from: level.from ?? "",
        to: level.to ?? "",
        period,
        asked,
      },
      period ? { period } : {},
      settings.lang,
    ),
  );
}

/**
 * The step: the decimals chosen in the settings, else the amounts' finest (within the one range:
 * amounts finer than it are split at its finest step; NOT_ON_STEP names each such amount).
 */
function stepChoice(
  settings: FillSettings,
  parsed: ReturnType<typeof parseWorkbook>,
): StepChoice {
  const chosen = settings.decimals !== null && settings.decimals !== undefined;
  const decimals = chosen
    ? settings.decimals!
    : Math.min(parsed.defaultDecimals, MAX_DECIMALS);
  return chosen
    ? { decimals, reason: "setting", source: null }
    : { decimals, reason: "amounts", source: parsed.defaultDecimalsCell };
}

/** The first step's result with the second steps' periods after its own, and all the findings. */
function withSecondSteps(
  result: ReturnType<typeof allocateTable>,
  steps: ReturnType<typeof passOnSteps>["steps"],
  findings: ReturnType<typeof allocateTable>["findings"],
): ReturnType<typeof allocateTable> {
  return {
    ...result,
    periods: [...result.periods, ...steps.flatMap((s) => s.result.periods)],
    acrossPeriods: [
      ...result.acrossPeriods,
      ...steps.flatMap((s) => s.result.acrossPeriods),
    ],
    findings,
  };
}
