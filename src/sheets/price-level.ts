import { Dec, Finding, finding, Lang, nameKey } from "../engine";
import { cellAddress } from "./columns";
import type { GridBlock, GridCell, WorkbookGrid } from "./grid";
import { cellText, headerKey, keyColumnOf, periodOf } from "./headers";
import { readNumber } from "./numbers";

/**
 * Price levels (SPEC §2): the factor the amounts are restated by, from `--pl-factor 1,028` (every
 * period), `--pl-factor 2026=1,028` (one period; repeatable), or a table `Prisniveau` / `Price
 * levels` with the columns from level, to level and factor (`2025-pl`, `2026-pl`, `1,028`) and,
 * optionally, a period (`År` / `Year` / `Periode` / `Period`, read as the initiatives' period
 * headers are). Lines of one period chain when each starts where the one before ended
 * (2025-pl → 2026-pl → 2027-pl: the product); a line without a period is for every period that
 * has none of its own (as in the keys table). Anything else is an error finding.
 */
export interface PriceLevel {
  factor: Dec;
  from: string | null;
  to: string | null;
}

/** The levels given: one for every period without its own (`all`), and each period's own. */
export interface GivenLevels {
  all: PriceLevel | null;
  periods: {
    period: string;
    level: PriceLevel;
    sheet?: string;
    cell?: string;
  }[];
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

/** A period as written in a setting or a table cell, read like an initiatives' period header (`2026`, `Fra 2027 og frem`). */
function periodLabel(cell: GridCell): string {
  return periodOf(cell) ?? cellText(cell);
}

/**
 * The `--pl-factor` setting: `1,028` for every period, `2026=1,028` for one; several separated
 * by `;` (the command line joins repeated options so). Null when any part cannot be read, or a
 * period is named twice.
 */
export function parseFactorSetting(text: string): GivenLevels | null {
  const given: GivenLevels = { all: null, periods: [] };
  const seen = new Set<string>();
  for (const part of text.split(";").map((p) => p.trim())) {
    if (part === "") continue;
    const eq = part.lastIndexOf("=");
    const factor = parseFactor(eq < 0 ? part : part.slice(eq + 1));
    if (factor === null) return null;
    const level = { factor, from: null, to: null };
    if (eq < 0) {
      if (given.all) return null;
      given.all = level;
      continue;
    }
    const raw = part.slice(0, eq).trim();
    const period = periodLabel({ value: raw, text: raw, indent: 0 });
    if (period === "" || seen.has(headerKey(period))) return null;
    seen.add(headerKey(period));
    given.periods.push({ period, level });
  }
  return given.all || given.periods.length > 0 ? given : null;
}

function findBlock(grid: WorkbookGrid): GridBlock | null {
  const names = new Set(PRICE_LEVEL_TABLE_NAMES.map(nameKey));
  return (
    grid.tables.find((t) => names.has(nameKey(t.name))) ??
    grid.sheets.find((s) => names.has(nameKey(s.sheet))) ??
    null
  );
}

/** Columns of the price levels table (−1: absent), and its header row. */
interface LevelColumns {
  header: number;
  from: number;
  to: number;
  factor: number;
  period: number;
}

const textOf = (v: unknown) => (v === null || v === undefined ? "" : String(v));

function levelColumns(block: GridBlock): LevelColumns | null {
  const header = block.cells.findIndex((row) =>
    row.some((c) => FACTOR.has(nameKey(textOf(c.value)))),
  );
  if (header < 0) return null;
  const cells = block.cells[header];
  const cols = cells.map((c) => nameKey(textOf(c.value)));
  return {
    header,
    from: cols.findIndex((c) => FROM.has(c)),
    to: cols.findIndex((c) => TO.has(c)),
    factor: cols.findIndex((c) => FACTOR.has(c)),
    period: cells.findIndex((c) => keyColumnOf(textOf(c.value)) === "year"),
  };
}

/** A factor cell: its factor, null when it is not one, undefined when blank. */
function factorOf(cell: GridCell | undefined): Dec | null | undefined {
  if (!cell || cell.value === null || textOf(cell.value).trim() === "")
    return undefined;
  if (typeof cell.value === "string") return parseFactor(cell.value);
  const n = readNumber(cell);
  return n.kind === "number" && n.value.gt(0) ? n.value : null;
}

/** One period's lines so far: their product, the levels it goes between, and its first line. */
interface Chain {
  level: PriceLevel;
  period: string | null;
  row: number;
}

/** Adds a line to its period's chain (key "": every period); the reason when it does not follow the one before. */
function chainLine(
  chains: Map<string, Chain>,
  line: {
    period: string | null;
    from: string;
    to: string;
    factor: Dec;
    row: number;
  },
): string | null {
  const k = line.period === null ? "" : headerKey(line.period);
  const chain = chains.get(k);
  if (!chain) {
    chains.set(k, {
      level: {
        factor: line.factor,
        from: line.from || null,
        to: line.to || null,
      },
      period: line.period,
      row: line.row,
    });
    return null;
  }
  const to = chain.level.to;
  if (to !== null && line.from !== "" && nameKey(line.from) !== nameKey(to))
    return `${line.from} does not follow ${to}${line.period ? ` (${line.period})` : ""}`;
  chain.level = {
    factor: chain.level.factor.times(line.factor),
    from: chain.level.from ?? (line.from || null),
    to: line.to || to,
  };
  return null;
}

/** The price levels of the workbook's table, if it has one (with findings for what cannot be read). */
export function readPriceLevels(
  grid: WorkbookGrid,
  lang: Lang,
): { given: GivenLevels | null; findings: Finding[] } {
  const block = findBlock(grid);
  if (!block) return { given: null, findings: [] };
  const at = (row: number, col: number) =>
    cellAddress(block.row + row, block.col + col);
  const fail = (reason: string, cell?: string) => ({
    given: null,
    findings: [
      finding(
        "error",
        "PRICE_LEVEL_NOT_READ",
        { reason },
        { sheet: block.sheet, ...(cell ? { cell } : {}) },
        lang,
      ),
    ],
  });
  const cols = levelColumns(block);
  if (!cols) return fail("no Faktor / Factor column");
  // Lines per period (key: the period's matching form; "" = every period), in table order.
  const chains = new Map<string, Chain>();
  const textAt = (row: GridCell[], col: number) =>
    col >= 0 ? textOf(row[col]?.value).trim() : "";
  for (let r = cols.header + 1; r < block.cells.length; r++) {
    const row = block.cells[r];
    const factor = factorOf(row[cols.factor]);
    if (factor === undefined) continue;
    if (factor === null)
      return fail(
        `"${row[cols.factor].text}" is not a factor`,
        at(r, cols.factor),
      );
    const periodCell = cols.period >= 0 ? row[cols.period] : undefined;
    const period =
      periodCell && cellText(periodCell) !== ""
        ? periodLabel(periodCell)
        : null;
    const line = {
      period,
      from: textAt(row, cols.from),
      to: textAt(row, cols.to),
      factor,
      row: r,
    };
    const broken = chainLine(chains, line);
    if (broken) return fail(broken, at(r, cols.from));
  }
  // A table without a factor restates nothing (as a factor of 1).
  if (chains.size === 0) return { given: null, findings: [] };
  const given: GivenLevels = {
    all: chains.get("")?.level ?? null,
    periods: [],
  };
  for (const [k, c] of chains)
    if (k !== "")
      given.periods.push({
        period: c.period!,
        level: c.level,
        sheet: block.sheet,
        cell: at(c.row, cols.period),
      });
  return { given, findings: [] };
}

/**
 * Each period's level (only those restated: a factor of 1 restates nothing). `missing`: periods
 * to fill that have no level while others have one (an error: never guessed); a level for a
 * period the table does not have is a warning.
 */
export function levelsFor(
  given: GivenLevels,
  periods: readonly string[],
  wanted: readonly string[] | undefined,
  lang: Lang,
): { levels: Map<string, PriceLevel>; missing: string[]; findings: Finding[] } {
  const levels = new Map<string, PriceLevel>();
  const missing: string[] = [];
  const findings: Finding[] = [];
  const own = (p: string) =>
    given.periods.find((x) => headerKey(x.period) === headerKey(p));
  for (const p of periods) {
    if (wanted && !wanted.includes(p)) continue;
    const level = own(p)?.level ?? given.all;
    if (!level) missing.push(p);
    else if (!level.factor.eq(1)) levels.set(p, level);
  }
  if (missing.length > 0)
    findings.push(
      finding(
        "error",
        "PRICE_LEVEL_MISSING",
        {
          periods: missing.join(", "),
          given: given.periods.map((x) => x.period).join(", "),
        },
        {},
        lang,
      ),
    );
  for (const x of given.periods)
    if (!periods.some((p) => headerKey(p) === headerKey(x.period)))
      findings.push(
        finding(
          "warning",
          "PRICE_LEVEL_UNKNOWN_PERIOD",
          {
            period: x.period,
            factor: x.level.factor.toString(),
            periods: periods.join(", "),
          },
          {
            ...(x.sheet ? { sheet: x.sheet } : {}),
            ...(x.cell ? { cell: x.cell } : {}),
          },
          lang,
        ),
      );
  return { levels, missing, findings };
}

/** ` (2026-pl)`, or ` (pl × 1.028)` when the level has no name; "" without a level. */
export function levelText(level: PriceLevel | null | undefined): string {
  if (!level) return "";
  return level.to ? ` (${level.to})` : ` (pl × ${level.factor.toString()})`;
}

/**
 * For the log: `pl × 1.028 (2026-pl)` when every period has the same level, else each period's
 * (`2026: pl × 1.028; 2027: pl × 1.031`); null without any.
 */
export function levelsLogText(
  levels: ReadonlyMap<string, PriceLevel> | null | undefined,
  /** The periods filled: one text for all only when every one of them has that level. */
  periods: readonly string[],
): string | null {
  if (!levels || levels.size === 0) return null;
  const one = (l: PriceLevel) =>
    `pl × ${l.factor.toString()}${l.to ? ` (${l.to})` : ""}`;
  const texts = [...levels]
    .filter(([p]) => periods.includes(p))
    .map(([p, l]) => ({ p, t: one(l) }));
  if (texts.length === 0) return null;
  return texts.length === periods.length &&
    texts.every((x) => x.t === texts[0].t)
    ? texts[0].t
    : texts.map((x) => `${x.p}: ${x.t}`).join("; ");
}
