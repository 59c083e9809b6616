import { cellAddress } from "./columns";

/** Excel's limit on a function's arguments. */
const MAX_ARGS = 255;

/** `C12` or `C12:C14` references for 0-based rows of one column, consecutive rows joined into ranges. */
export function rowRefs(col: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const refs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    refs.push(
      i === j
        ? cellAddress(sorted[i], col)
        : `${cellAddress(sorted[i], col)}:${cellAddress(sorted[j], col)}`,
    );
    i = j + 1;
  }
  return refs;
}

/** `SUM(...)` of references, nested when there are more than Excel's 255 arguments (no leading "="). */
export function sumOf(refs: readonly string[]): string {
  if (refs.length === 0) return "0";
  if (refs.length <= MAX_ARGS) return `SUM(${refs.join(",")})`;
  const chunks: string[] = [];
  for (let i = 0; i < refs.length; i += MAX_ARGS)
    chunks.push(sumOf(refs.slice(i, i + MAX_ARGS)));
  return sumOf(chunks);
}

/** A text criterion for SUMIFS that matches exactly this text (wildcards escaped, quotes doubled). */
export function exactCriterion(text: string): string {
  return `"=${text.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"`;
}

/** Whether SUMIFS with `exactCriterion(text)` counts a cell holding `cell`: the same text, case ignored (as Excel and LibreOffice compare). */
export function meetsExactCriterion(cell: string, text: string): boolean {
  return cell.toLowerCase() === text.toLowerCase();
}
