/**
 * The one home of column letters (issue 17): `A` is column 0, `Z` 25, `AA` 26, in every host and
 * in the sheets layer alike.
 */

/** Column letters of a 0-based column (0 → `A`, 26 → `AA`). */
export function columnLetters(col: number): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const r = (c - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return letters;
}

/** 0-based column of letters, either case (`A` → 0, `aa` → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "A1"-style address of a 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
