/**
 * A fingerprint of a sheet's content, so a re-fill can tell whether the user changed a sheet
 * Fordel wrote. Hosts fingerprint what they read back the same way the plan is fingerprinted:
 * each cell as its formula ("=SUM(B3:B5)") when it has one, else its value; empty cells and
 * trailing empty cells do not count. Not a security hash: it only has to notice edits.
 */
import type { PlanCell } from "./plan";

/** A cell as written or read back: a formula with its "=", a value, or null for empty. */
export type FingerprintCell = string | number | boolean | null | undefined;

/** What a plan cell puts in the sheet, in the form hosts read back. */
export function writtenContent(cell: PlanCell | undefined): FingerprintCell {
  if (!cell) return null;
  if (cell.formula) return cell.formula;
  return cell.value ?? null;
}

/**
 * FNV-1a (64 bit) over each non-empty cell's position and content, as 16 hex digits. Computed
 * in two 32-bit halves (the same numbers as with BigInt, ~50× faster: a 100.000-row sheet is
 * fingerprinted in a fraction of a second).
 */
export function fingerprintCells(
  rows: readonly (readonly FingerprintCell[])[],
): string {
  // h = hi·2³² + lo; the prime is 2⁴⁰ + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      lo = (lo ^ text.charCodeAt(i)) >>> 0;
      const low = lo * 0x1b3;
      const carry = Math.floor(low / 0x100000000);
      hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
      lo = low >>> 0;
    }
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined || cell === "") continue;
      feed(`${r},${c}:${typeof cell}:${String(cell)}\u0000`);
    }
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** The fingerprint of what a sheet plan writes. */
export function fingerprintPlan(
  cells: readonly (readonly PlanCell[])[],
): string {
  return fingerprintCells(cells.map((row) => row.map(writtenContent)));
}
