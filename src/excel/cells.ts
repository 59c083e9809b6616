import type { GridCell } from "../sheets/grid";
import type { PlanCell } from "../sheets/plan";

/** What one cell of a `formulas` 2-D array carries. */
export type CellInput = string | number | boolean;

/**
 * A plan cell as Excel input: a formula as is; a number as a number; text with a leading
 * apostrophe, so Excel keeps it text whatever it looks like ("=HYPERLINK(…)", "-0,8", "2026",
 * "TRUE"); the apostrophe is not part of the value. Nothing → "" (the sheets written are new).
 */
export function cellInput(cell: PlanCell | undefined): CellInput {
  if (!cell) return "";
  if (cell.formula !== undefined) {
    if (!cell.formula.startsWith("="))
      throw new Error(`Plan formula without "=": ${cell.formula}`);
    return cell.formula;
  }
  return valueInput(cell.value);
}

/** A plain value (a log row's entry) as Excel input, text kept text. */
export function valueInput(
  value: string | number | null | undefined,
): CellInput {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new Error(`Plan value is not a finite number: ${value}`);
    return value;
  }
  return `'${value}`;
}

/** One cell of a range read with `values`, `text` and the cell properties' indent. */
export function gridCell(
  value: unknown,
  text: unknown,
  indent: unknown,
): GridCell {
  const v =
    value === "" || value === undefined ? null : (value as GridCell["value"]);
  return {
    value: v,
    text: typeof text === "string" ? text : String(text ?? ""),
    indent: typeof indent === "number" ? indent : 0,
  };
}
