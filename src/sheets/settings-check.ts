/**
 * The one check of fill settings against the table (issue 17): the periods asked for (saved in
 * the document, ticked in the task pane, `--period` on the command line) must exist in the table,
 * at least one must be asked for, and the decimals must be in the one range. The command line,
 * the task pane and the ribbon all get these findings from here; any of them stops the whole
 * fill, because a fill of other periods than the user asked for would be silently wrong.
 */
import {
  decimalsInRange,
  finding,
  Finding,
  Lang,
  MAX_DECIMALS,
  MIN_DECIMALS,
} from "../engine";
import type { FillSettings } from "./fill-types";

/** Error findings for settings that do not fit a table with these periods; [] when they fit. */
export function settingsFindings(
  settings: Pick<FillSettings, "periods" | "decimals">,
  tablePeriods: readonly string[],
  lang: Lang,
): Finding[] {
  const findings: Finding[] = [];
  const known = tablePeriods.join(", ");
  const { periods, decimals } = settings;
  if (periods !== undefined && periods !== null) {
    const missing = periods.filter((p) => !tablePeriods.includes(p));
    if (missing.length > 0)
      findings.push(
        finding(
          "error",
          "PERIOD_NOT_IN_TABLE",
          {
            periods: missing.join(", "),
            count: missing.length,
            known,
          },
          { period: missing[0] },
          lang,
        ),
      );
    else if (periods.length === 0)
      findings.push(finding("error", "NO_PERIOD_CHOSEN", { known }, {}, lang));
  }
  if (decimals !== null && decimals !== undefined && !decimalsInRange(decimals))
    findings.push(
      finding(
        "error",
        "DECIMALS_OUT_OF_RANGE",
        { decimals, min: MIN_DECIMALS, max: MAX_DECIMALS },
        {},
        lang,
      ),
    );
  return findings;
}
