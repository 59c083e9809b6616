/**
 * What the user points at by text (SPEC §1, §5 `--initiatives` / `--keys`): an Excel Table's
 * name, a sheet's name, or a range on a sheet (`'Ark1'!B3:H40`, `Ark1!B3:H40`, `B3:H40` on the
 * only sheet). Resolved against what the host read, so every host means the same by it.
 */
import { columnIndex } from "./columns";
import type { GridBlock, GridCell, WorkbookGrid } from "./grid";
import { sameName } from "../engine";

const EMPTY: GridCell = { value: null, text: "", indent: 0 };

/** `'Ark 1'!B3:H40` → sheet and 0-based corners; null when it is not a range. */
export function parseRange(text: string): {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
} | null {
  const m =
    /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(
      text.trim(),
    );
  if (!m) return null;
  const sheet =
    m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2]?.trim() ?? null);
  const [c1, r1] = [columnIndex(m[3]), Number(m[4]) - 1];
  const [c2, r2] = m[5] ? [columnIndex(m[5]), Number(m[6]) - 1] : [c1, r1];
  return {
    sheet,
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

/** The part of a sheet's used block inside the corners (empty cells where the block has none). */
function cut(
  block: GridBlock,
  top: number,
  left: number,
  bottom: number,
  right: number,
): GridBlock {
  const last = Math.min(bottom, block.row + block.cells.length - 1);
  const cells: GridCell[][] = [];
  for (let r = top; r <= last; r++) {
    const row = block.cells[r - block.row] ?? [];
    const end = Math.min(right, block.col + row.length - 1);
    const out: GridCell[] = [];
    for (let c = left; c <= end; c++) out.push(row[c - block.col] ?? EMPTY);
    cells.push(out);
  }
  return { sheet: block.sheet, row: top, col: left, cells };
}

/** The block the text points at, or null when it names nothing in the workbook. */
export function resolveWhere(
  grid: WorkbookGrid,
  where: string,
): GridBlock | null {
  const text = where.trim();
  const table = grid.tables.find(
    (t) => sameName(t.name, text) && t.cells.length > 0,
  );
  if (table) return table;
  const sheet = grid.sheets.find((s) => sameName(s.sheet, text));
  if (sheet) return sheet;
  const range = parseRange(text);
  if (!range) return null;
  const on =
    range.sheet === null
      ? grid.sheets.length === 1
        ? grid.sheets[0]
        : undefined
      : grid.sheets.find((s) => sameName(s.sheet, range.sheet!));
  return on ? cut(on, range.top, range.left, range.bottom, range.right) : null;
}
