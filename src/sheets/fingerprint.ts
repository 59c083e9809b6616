/**
 * A fingerprint of a sheet's content, so a re-fill can tell whether the user changed a sheet
 * Fordel wrote. Hosts fingerprint what they read back the same way the plan is fingerprinted:
 * each cell as its formula ("=SUM(B3:B5)") when it has one, else its value; empty cells and
 * trailing empty cells do not count; a number counts by its 15 significant digits (Excel keeps no
 * more, and a program that saves the file may round there). Not a security hash: it only has to
 * notice edits.
 */
import type { PlanCell } from "./plan";

/** A cell as written or read back: a formula with its "=", a value, or null for empty. */
export type FingerprintCell = string | number | boolean | null | undefined;

/** A cell's content as fingerprinted: numbers at 15 significant digits ("0.1 + 0.2" reads as 0.3). */
function contentText(cell: string | number | boolean): string {
  if (typeof cell !== "number") return String(cell);
  // At most 15 significant digits already (most amounts): toPrecision(15) would give it back.
  const plain = String(cell);
  return plain.length <= 15 && plain.indexOf("e") < 0
    ? plain
    : String(Number(cell.toPrecision(15)));
}

/** What a plan cell puts in the sheet, in the form hosts read back. */
export function writtenContent(cell: PlanCell | undefined): FingerprintCell {
  if (!cell) return null;
  if (cell.formula) return cell.formula;
  return cell.value ?? null;
}

/**
 * FNV-1a (64 bit) over each non-empty cell's position and content, as 16 hex digits. Computed
 * in two 32-bit halves (the same numbers as with BigInt, ~50× faster: a 100.000-row sheet is
 * fingerprinted in a fraction of a second). `origin` is the 0-based sheet row and column of
 * `rows[0][0]` (a used range read back need not start at A1), so the same cells give the same
 * fingerprint wherever the block read starts.
 */
export function fingerprintCells(
  rows: readonly (readonly FingerprintCell[])[],
  origin: { row: number; col: number } = { row: 0, col: 0 },
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
      feed(
        `${origin.row + r},${origin.col + c}:${typeof cell}:${contentText(cell)}\u0000`,
      );
    }
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** The fingerprint of what a sheet plan writes. */
export function fingerprintPlan(
  cells: readonly (readonly PlanCell[])[],
): string {
  return fingerprintSheet(cells, writtenContent, false).fingerprint;
}

/**
 * `fingerprintCells` and `fingerprintRows` of a sheet's cells from A1 in one pass, each cell's
 * content (`content`: what reads back) taken once: the same numbers as the two functions give,
 * without an array of the contents (a 20.000-row sheet has two million cells). `withRows`:
 * also the row fingerprints (else `rowFingerprints` is empty).
 */
export function fingerprintSheet<T>(
  rows: readonly (readonly (T | undefined)[] | undefined)[],
  content: (cell: T | undefined) => FingerprintCell,
  withRows = true,
): { fingerprint: string; rowFingerprints: string[] } {
  // [hi, lo] of the sheet's 64-bit hash, and the row's 32-bit hash.
  const state = new Uint32Array([0xcbf29ce4, 0x84222325, 0]);
  const rowFingerprints: string[] = [];
  const columns: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    state[2] = 0x811c9dc5;
    let any = false;
    const rowText = `${r},`;
    if (row)
      for (let c = 0; c < row.length; c++) {
        const cell = content(row[c]);
        if (cell === null || cell === undefined || cell === "") continue;
        any = true;
        // The sheet's text of a cell is `${r},` and then the row's: `${c}:${type}:${content}\0`.
        feedSheet(state, rowText);
        feedBoth(state, (columns[c] ??= `${c}:`), withRows);
        feedBoth(state, TYPE_TAGS[typeof cell], withRows);
        feedBoth(state, contentText(cell), withRows);
        feedBoth(state, "\u0000", withRows);
      }
    if (withRows)
      rowFingerprints.push(any ? state[2].toString(16).padStart(8, "0") : "");
  }
  while (
    rowFingerprints.length > 0 &&
    rowFingerprints[rowFingerprints.length - 1] === ""
  )
    rowFingerprints.pop();
  return {
    fingerprint:
      state[0].toString(16).padStart(8, "0") +
      state[1].toString(16).padStart(8, "0"),
    rowFingerprints,
  };
}

const TYPE_TAGS: Record<string, string> = {
  number: "number:",
  string: "string:",
  boolean: "boolean:",
};

/**
 * FNV-1a 64 over `text` into state[0..1] (hi, lo): h·(2⁴⁰ + 0x1b3) = h·0x1b3 + (lo << 40), in
 * 32-bit integer steps (the same numbers as `fingerprintCells`).
 */
function feedSheet(state: Uint32Array, text: string): void {
  let hi = state[0];
  let lo = state[1];
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const carry =
      ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = Math.imul(lo, 0x1b3) >>> 0;
  }
  state[0] = hi;
  state[1] = lo;
}

/** `feedSheet`, and FNV-1a 32 of the row into state[2] when `withRow`. */
function feedBoth(state: Uint32Array, text: string, withRow: boolean): void {
  feedSheet(state, text);
  if (!withRow) return;
  let h = state[2];
  for (let i = 0; i < text.length; i++)
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  state[2] = h;
}

/**
 * A short fingerprint per sheet row (FNV-1a, 32 bit, 8 hex digits; "" for an empty row), from
 * row 0 to the last row of `rows`: kept with the record, so a re-fill can say which rows the user
 * changed (`changedRows`), not only that the sheet changed.
 */
export function fingerprintRows(
  rows: readonly (readonly FingerprintCell[])[],
  origin: { row: number; col: number } = { row: 0, col: 0 },
): string[] {
  const out: string[] = Array.from({ length: origin.row }, () => "");
  for (const row of Array.from(rows, (r) => r ?? [])) {
    let h = 0x811c9dc5;
    let any = false;
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === "") return;
      any = true;
      const text = `${origin.col + c}:${typeof cell}:${contentText(cell)}\u0000`;
      for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    });
    out.push(any ? (h >>> 0).toString(16).padStart(8, "0") : "");
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/** The rows planned for the sheet, fingerprinted as `fingerprintRows` reads them back. */
export function fingerprintPlanRows(
  cells: readonly (readonly PlanCell[])[],
): string[] {
  return fingerprintSheet(cells, writtenContent).rowFingerprints;
}

/** 0-based first and last row whose fingerprints differ, or null when none does. */
export function changedRows(
  recorded: readonly string[],
  current: readonly string[],
): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let r = 0; r < Math.max(recorded.length, current.length); r++) {
    if ((recorded[r] ?? "") === (current[r] ?? "")) continue;
    if (first < 0) first = r;
    last = r;
  }
  return first < 0 ? null : { first, last };
}
