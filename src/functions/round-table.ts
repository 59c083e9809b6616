import type { GridCell } from "../sheets/grid";
import { roundRange } from "../sheets/round-table/round";
import { toDecimals } from "./args";
import { invalid, invalidFinding } from "./errors";
import { uiLang } from "./messages";

/**
 * `=FORDEL.ROUNDTABLE(range, [decimals])`: the range rounded so that its totals add up, in the
 * range's shape (labels as they are, blanks as ""). A function sees values, not formulas: its
 * totals are the rows and columns labelled I alt/Total/Sum, or a last row or column equal to
 * the sum of the others (src/sheets/round-table/read.ts) – the same numbers `fordel round`
 * gives for the same table. A cell that is neither a number nor a label is #VALUE! with why.
 */
export function roundTableCall(
  range: unknown,
  decimals: unknown,
): (number | string)[][] {
  if (
    !Array.isArray(range) ||
    range.length === 0 ||
    !range.every(Array.isArray)
  )
    return invalid("AMOUNTS_SHAPE", {});
  const cells: GridCell[][] = (range as unknown[][]).map((row) =>
    row.map((v) =>
      typeof v === "number" || typeof v === "boolean"
        ? { value: v, text: "", indent: 0 }
        : {
            value: v === null || v === undefined ? null : String(v),
            text: v === null || v === undefined ? "" : String(v),
            indent: 0,
          },
    ),
  );
  const lang = uiLang();
  const wanted =
    decimals === null || decimals === undefined || decimals === ""
      ? null
      : toDecimals(decimals, 0);
  const rounding = roundRange(
    { sheet: "", row: 0, col: 0, cells },
    lang,
    wanted,
  );
  const error = rounding.findings.find((f) => f.severity === "error");
  if (error) return invalidFinding(error);
  return rounding.values.map((row) =>
    row.map((v) =>
      v === null
        ? ""
        : typeof v === "string" || typeof v === "number"
          ? v
          : Number(v.toString()),
    ),
  );
}
