/**
 * The cell notes Fordel writes, recognised by their text in either language: the title's note on
 * what the sheet is, and the exact value of a cell rounded against ROUND. Any other note on
 * Fordel's sheet is the user's (LibreOffice blanks notes' authors on saving, so the author cannot
 * tell), and makes the sheet changed, so it is kept.
 */
import { LABELS } from "./labels";

const MARK = "\u0000";

/** True when `text` is a note Fordel writes. */
export function isFordelNote(text: string): boolean {
  const t = text.trim();
  return Object.values(LABELS).some((L) => {
    if (t === L.generatedNote) return true;
    return [true, false].some((down) => {
      const [before, after] = L.adjustedNote(MARK, down).split(MARK);
      return (
        t.startsWith(before) &&
        t.endsWith(after) &&
        t.length > before.length + after.length
      );
    });
  });
}
