import { Dec, Finding, finding, Lang, nameKey } from "../engine";
import type { GridBlock, WorkbookGrid } from "./grid";
import { readNumber } from "./numbers";

/**
 * Price level (SPEC §2): a factor every amount is restated by, from `--pl-factor 1,028` or from a
 * table `Prisniveau` / `Price levels` with the columns from level, to level and factor
 * (`2025-pl`, `2026-pl`, `1,028`). Several lines chain when each starts where the one before
 * ended (2025-pl → 2026-pl → 2027-pl: the product); anything else is an error finding.
 */
export interface PriceLevel {
  factor: Dec;
  from: string | null;
  to: string | null;
}

export const PRICE_LEVEL_TABLE_NAMES = ["Prisniveau", "Price levels"];

const FROM = new Set(["fra", "from", "fra niveau", "from level", "fra pl"]);
const TO = new Set(["til", "to", "til niveau", "to level", "til pl"]);
const FACTOR = new Set(["faktor", "factor", "pl-faktor", "pl factor"]);

/**
 * A factor as typed: `1,028` and `1.028` are both 1.028 (a factor is near 1, so a lone
 * separator is always the decimal one); null when it is not a positive number.
 */
export function parseFactor(text: string): Dec | null {
  const t = text.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const d = new Dec(t);
  return d.isZero() ? null : d;
}

function findBlock(grid: WorkbookGrid): GridBlock | null {
  const names = new Set(PRICE_LEVEL_TABLE_NAMES.map(nameKey));
  return (
    grid.tables.find((t) => names.has(nameKey(t.name))) ??
    grid.sheets.find((s) => names.has(nameKey(s.sheet))) ??
    null
  );
}

/** The price level of the workbook's table, if it has one (with findings for what cannot be read). */
export function readPriceLevel(
  grid: WorkbookGrid,
  lang: Lang,
): { level: PriceLevel | null; findings: Finding[] } {
  const block = findBlock(grid);
  if (!block) return { level: null, findings: [] };
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const fail = (reason: string) => ({
    level: null,
    findings: [
      finding(
        "error",
        "PRICE_LEVEL_NOT_READ",
        { reason },
        { sheet: block.sheet },
        lang,
      ),
    ],
  });
  const header = block.cells.findIndex((row) =>
    row.some((c) => FACTOR.has(nameKey(text(c.value)))),
  );
  if (header < 0) return fail("no Faktor / Factor column");
  const cols = block.cells[header].map((c) => nameKey(text(c.value)));
  const fromCol = cols.findIndex((c) => FROM.has(c));
  const toCol = cols.findIndex((c) => TO.has(c));
  const factorCol = cols.findIndex((c) => FACTOR.has(c));
  let factor = new Dec(1);
  let from: string | null = null;
  let to: string | null = null;
  for (const row of block.cells.slice(header + 1)) {
    const cell = row[factorCol];
    if (!cell || cell.value === null || text(cell.value).trim() === "")
      continue;
    const n = readNumber(cell);
    const f =
      typeof cell.value === "string"
        ? parseFactor(cell.value)
        : n.kind === "number"
          ? n.value
          : null;
    if (f === null || f.lte(0)) return fail(`"${cell.text}" is not a factor`);
    const a = fromCol >= 0 ? text(row[fromCol]?.value).trim() : "";
    const b = toCol >= 0 ? text(row[toCol]?.value).trim() : "";
    if (to !== null && a !== "" && nameKey(a) !== nameKey(to))
      return fail(`${a} does not follow ${to}`);
    from ??= a || null;
    to = b || to;
    factor = factor.times(f);
  }
  return { level: { factor, from, to }, findings: [] };
}
