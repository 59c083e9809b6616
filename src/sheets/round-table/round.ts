import { Dec, Finding, Lang, RoundedTable, roundTable } from "../../engine";
import { cellAddress } from "../grid";
import { RangeCells, readTable, TableReading } from "./read";

/** A range rounded so that its totals add up: what every host shows or writes. */
export interface RangeRounding {
  reading: TableReading;
  result: RoundedTable;
  /** The range's shape: labels as read, figures rounded (blank: null). */
  values: (string | number | Dec | null)[][];
  /** Figures that differ from plain ROUND of their exact value. */
  adjusted: {
    row: number;
    col: number;
    cell: string;
    exact: Dec;
    shown: Dec;
  }[];
  findings: Finding[];
}

/** Reads the range (./read.ts), rounds it (src/engine/round-table) and lists what moved against plain ROUND. */
export function roundRange(
  range: RangeCells,
  lang: Lang,
  decimals: number | null,
): RangeRounding {
  const reading = readTable(range, lang, decimals);
  const result = roundTable(reading.input);
  const values = reading.labels.map((row, r) =>
    row.map((label, c) => result.shown[r][c] ?? label),
  );
  const adjusted: RangeRounding["adjusted"] = [];
  result.shown.forEach((row, r) =>
    row.forEach((shown, c) => {
      const plain = result.plain[r][c];
      if (shown !== null && plain !== null && !shown.eq(plain))
        adjusted.push({
          row: r,
          col: c,
          cell: cellAddress(range.row + r, range.col + c),
          exact: result.exact[r][c]!,
          shown,
        });
    }),
  );
  return {
    reading,
    result,
    values,
    adjusted,
    findings: [...reading.findings, ...result.findings],
  };
}

/** A rounded figure as a decimal string with exactly `decimals` places (0,1 steps: "10.0"). */
export function decimalText(value: Dec, decimals: number): string {
  return decimals > 0 ? value.toFixed(decimals) : value.toFixed(0);
}

/**
 * `round --json` (SPEC §5): `values` and `exact` in the range's shape (numbers as decimal
 * strings, labels as their text, blanks null), `adjusted` the figures other than plain ROUND.
 */
export function roundJson(range: string, rounding: RangeRounding): object {
  const { result, reading } = rounding;
  const d = result.decimals;
  const label = (v: string | number | null) => (v === null ? null : String(v));
  return {
    range,
    decimals: d,
    values: reading.labels.map((row, r) =>
      row.map((l, c) =>
        result.shown[r][c] ? decimalText(result.shown[r][c]!, d) : label(l),
      ),
    ),
    exact: reading.labels.map((row, r) =>
      row.map((l, c) =>
        result.exact[r][c] ? result.exact[r][c]!.toString() : label(l),
      ),
    ),
    adjusted: rounding.adjusted.map((a) => ({
      cell: a.cell,
      exact: a.exact.toString(),
      shown: decimalText(a.shown, d),
    })),
    findings: rounding.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      message: f.message,
      ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
      ...(f.cell !== undefined ? { cell: f.cell } : {}),
    })),
  };
}
