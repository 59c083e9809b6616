/**
 * Cells sharing a format, as rectangles and as multi-area addresses (`getRanges`), so a format
 * is one operation per block of cells, not per cell.
 */
import { cellAddress } from "../sheets/grid";
import type { PlanCell } from "../sheets/plan";

/**
 * Longest address of a multi-area range (`getRanges`). Excel refuses some long ones: office-js
 * #5198 saw an 8.207-character address fail and shorter ones work; we stay at half of 8.192.
 */
export const MAX_AREAS_ADDRESS = 4000;

/** The runs as multi-area addresses ("A8,A10:A11,C8:H8"), each at most MAX_AREAS_ADDRESS long. */
export function areaAddresses(runs: readonly Run[]): string[] {
  const addresses: string[] = [];
  let current = "";
  for (const r of runs) {
    const first = cellAddress(r.row, r.col);
    const area =
      r.rows === 1 && r.cols === 1
        ? first
        : `${first}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
    if (current && current.length + 1 + area.length > MAX_AREAS_ADDRESS) {
      addresses.push(current);
      current = "";
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) addresses.push(current);
  return addresses;
}

export interface Run {
  row: number;
  col: number;
  rows: number;
  cols: number;
  value: number;
}

/**
 * Rectangles of cells sharing a non-zero value of `key` (bold, indent): runs along each row,
 * merged with the same run in the rows below, so a format is one operation per block, not per cell.
 */
export function formatRuns(
  cells: readonly (readonly PlanCell[])[],
  key: (c: PlanCell) => number,
): Run[] {
  const done: Run[] = [];
  let open = new Map<string, Run>();
  cells.forEach((row, i) => {
    const next = new Map<string, Run>();
    let j = 0;
    while (j < row.length) {
      const v = row[j] ? key(row[j]) : 0;
      if (!v) {
        j++;
        continue;
      }
      let k = j + 1;
      while (k < row.length && row[k] && key(row[k]) === v) k++;
      const id = `${j}:${k}:${v}`;
      const above = open.get(id);
      if (above) {
        above.rows++;
        open.delete(id);
        next.set(id, above);
      } else next.set(id, { row: i, col: j, rows: 1, cols: k - j, value: v });
      j = k;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}
