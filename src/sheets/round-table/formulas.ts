import { columnIndex } from "../columns";

/**
 * The cells a total's formula adds: `=SUM(B2:B6)`, `=SUM(B2:B4,B6)`, `=B2+B3+B4`, `=SUBTOTAL(9,B2:B6)`
 * (any sheet prefix of the range's own sheet, `$` ignored), as 0-based [row, col] on the sheet;
 * null for any other formula (it is not read as a total).
 */
export function summedCells(formula: string): [number, number][] | null {
  const body = formula
    .trim()
    .replace(/^=/, "")
    .replace(/\$/g, "")
    .replace(/\s+/g, "");
  const inner =
    /^SUM\((.*)\)$/i.exec(body)?.[1] ??
    /^SUBTOTAL\((?:9|109)[,;](.*)\)$/i.exec(body)?.[1];
  const parts = inner !== undefined ? inner.split(/[,;]/) : body.split("+");
  const cells: [number, number][] = [];
  for (const part of parts) {
    const m =
      /^(?:(?:'[^']+'|[^!'(),]+)!)?([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/i.exec(
        part,
      );
    if (!m) return null;
    const [c1, r1] = [columnIndex(m[1]), Number(m[2]) - 1];
    const [c2, r2] = m[3] ? [columnIndex(m[3]), Number(m[4]) - 1] : [c1, r1];
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > 1_000_000) return null;
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++)
        cells.push([r, c]);
  }
  // A lone reference (=B2) copies a cell; it is not a total.
  if (inner === undefined && parts.length < 2) return null;
  return cells.length > 0 ? cells : null;
}
