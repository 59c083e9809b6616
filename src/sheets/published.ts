import { FINDINGS_GROUP } from "./plan";
import {
  Dec,
  Finding,
  finding,
  Lang,
  nameKey,
  PublishedFigure,
  PublishedLine,
  PublishedSheet,
  Rational,
} from "../engine";
import type { GridBlock, GridCell, WorkbookGrid } from "./grid";
import { LABELS } from "./labels";
import { readNumber } from "./numbers";
import { CHANGES_GROUP } from "./render-changes";

/**
 * Reads Fordel's published allocation sheets back (SPEC §2, Revision): from the file given with
 * `--previous`, or in Excel from Fordel's own sheets. Never by position: the table is found by
 * its header words (`Initiativ` `Nationalt` …, Danish or English), units by their header names,
 * rows by their names, subtotals and the total by their labels, the key's shares by the
 * `Enhed`/`Andel` rows above. So a later layout still reads, and what cannot be read is said.
 */

const both = <K extends keyof (typeof LABELS)["da"]>(k: K) =>
  new Set([nameKey(String(LABELS.da[k])), nameKey(String(LABELS.en[k]))]);
const INITIATIVE = both("initiative");
const NATIONAL = both("national");
const UNIT = both("unit");
const SHARE = both("share");
const TOTAL = both("total");
/** Header columns after the units that are not units. */
const NOT_UNITS = new Set([
  ...both("other"),
  ...both("control"),
  ...both("channel"),
  ...both("status"),
]);

const text = (c: GridCell | undefined): string =>
  c === undefined || c.value === null ? "" : String(c.value).trim();

function asRational(d: Dec): Rational {
  const [num, den] = d.toFraction();
  return { num: BigInt(num.toFixed(0)), den: BigInt(den.toFixed(0)) };
}

/** A channel subtotal's channel, from its label in either language (`Blok i alt`, `Total Blok`). */
function subtotalChannel(label: string, channels: Set<string>): string | null {
  for (const lang of ["da", "en"] as const)
    for (const ch of channels)
      if (nameKey(LABELS[lang].channelTotal(ch)) === nameKey(label)) return ch;
  return null;
}

/**
 * The period and group from the title (`Kræftplan V – fordeling 2026, mio. kr. (2025-pl)`,
 * `Allocation 2026 – Municipalities`, `Fordeling 2026 – Hospitaler (fra Region Hovedstaden)`);
 * no group named: the regions.
 */
function fromTitle(block: GridBlock): { period: string; group: string } | null {
  // The title is the first cell written in the first rows (A1; A2 under the mark row of older
  // versions): never a cell further down, so a log row naming sheets is not taken for one.
  for (const row of block.cells.slice(0, 2)) {
    for (const cell of row.filter((c) => text(c) !== "").slice(0, 1)) {
      const m =
        /(?:^|–\s)(?:[Ff]ordeling|[Aa]llocation)\s+([^\s,]+)(?:\s+–\s+([^,(]+?))?(?:,\s[^–]*)?(?:\s+\([^–]*\))?$/.exec(
          text(cell),
        );
      if (!m) continue;
      if (!m[2]) return { period: m[1], group: "Regioner" };
      const label = nameKey(m[2]);
      for (const lang of ["da", "en"] as const)
        for (const [group, name] of Object.entries(LABELS[lang].groups))
          if (nameKey(name) === label) return { period: m[1], group };
      return { period: m[1], group: m[2].trim() };
    }
  }
  return null;
}

export interface PublishedRead {
  sheets: PublishedSheet[];
  findings: Finding[];
}

/**
 * Every allocation sheet of Fordel's in the grid, read back. `where` names the source in
 * findings ("published.xlsx"). Sheets that are Fordel's (or look like it) but cannot be read are
 * named in a REVISION_NOT_READ finding; other sheets are passed over.
 */
export function readPublished(
  grid: Pick<WorkbookGrid, "sheets" | "existing">,
  lang: Lang,
  where: string,
): PublishedRead {
  const sheets: PublishedSheet[] = [];
  const findings: Finding[] = [];
  for (const block of grid.sheets) {
    const existing = grid.existing.find((e) => e.name === block.sheet);
    // Fordel's change sheets and its findings sheet are not allocations.
    if (existing?.group?.endsWith(CHANGES_GROUP)) continue;
    if (existing?.group === FINDINGS_GROUP || existing?.period === "") continue;
    const title = fromTitle(block);
    const identity =
      existing?.period !== undefined
        ? {
            period: existing.period,
            group: existing.group ?? title?.group ?? "Regioner",
          }
        : title;
    if (!identity) continue;
    const name = where ? `${where}: ${block.sheet}` : block.sheet;
    const read = readSheet(block, identity, name);
    if (typeof read === "string")
      findings.push(
        finding(
          "warning",
          "REVISION_NOT_READ",
          { sheet: name, reason: read },
          { sheet: block.sheet },
          lang,
        ),
      );
    else sheets.push(read);
  }
  return { sheets, findings };
}

/** Where a published sheet's columns are: the Initiativ column, the unit columns and the Kanal column (-1: none). */
interface SheetColumns {
  header: number;
  at: number;
  units: { unit: string; col: number }[];
  channel: number;
}

/** One sheet, or why it cannot be read. */
function readSheet(
  block: GridBlock,
  identity: { period: string; group: string },
  name: string,
): PublishedSheet | string {
  const rows = block.cells;
  const found = findHeader(rows);
  if (!found)
    return "no header row with Initiativ and Nationalt / Initiative and National";
  const columns = { ...found, ...unitColumns(rows[found.header], found.at) };
  if (columns.units.length === 0) return "no unit columns";
  const sheet: PublishedSheet = {
    period: identity.period,
    group: identity.group,
    sheet: name,
    rows: [],
    subtotals: [],
    total: null,
  };
  readLines(rows, columns, sheet);
  if (sheet.rows.length === 0) return "no initiative rows";
  withExactValues(sheet.rows, keyShares(rows, found.header, found.at));
  return sheet;
}

/** The header row: the first with Initiativ followed by Nationalt (or in English). */
function findHeader(
  rows: readonly GridCell[][],
): { header: number; at: number } | null {
  for (let r = 0; r < rows.length; r++)
    for (let c = 0; c + 1 < rows[r].length; c++)
      if (
        INITIATIVE.has(nameKey(text(rows[r][c]))) &&
        NATIONAL.has(nameKey(text(rows[r][c + 1])))
      )
        return { header: r, at: c };
  return null;
}

/** The columns after Nationalt: units, except Kanal and other columns that are not units. */
function unitColumns(
  header: readonly GridCell[],
  at: number,
): { units: { unit: string; col: number }[]; channel: number } {
  const units: { unit: string; col: number }[] = [];
  let channel = -1;
  for (let c = at + 2; c < header.length; c++) {
    const h = text(header[c]);
    if (h === "") continue;
    if (both("channel").has(nameKey(h))) channel = c;
    if (NOT_UNITS.has(nameKey(h))) continue;
    units.push({ unit: h, col: c });
  }
  return { units, channel };
}

/** The key's shares, from the Enhed / Andel rows of the header block (units by name). */
function keyShares(
  rows: readonly GridCell[][],
  header: number,
  at: number,
): Map<string, Dec> {
  const shares = new Map<string, Dec>();
  const unitRow = rows
    .slice(0, header)
    .find((r) => UNIT.has(nameKey(text(r[at]))));
  const shareRow = rows
    .slice(0, header)
    .find((r) => SHARE.has(nameKey(text(r[at]))));
  if (unitRow && shareRow)
    unitRow.forEach((cell, c) => {
      const v = readNumber(shareRow[c]);
      if (c > at && text(cell) !== "" && v.kind === "number")
        shares.set(nameKey(text(cell)), v.value);
    });
  return shares;
}

/** The lines below the header, into rows, channel subtotals and the total (which ends the table). */
function readLines(
  rows: readonly GridCell[][],
  columns: SheetColumns,
  sheet: PublishedSheet,
): void {
  const { at, channel: channelCol } = columns;
  const channels = new Set<string>();
  for (let r = columns.header + 1; r < rows.length; r++) {
    const row = rows[r];
    const label = text(row[at]);
    if (label === "") continue;
    const line = lineOf(row, label, columns);
    if (TOTAL.has(nameKey(label))) {
      sheet.total = line;
      break;
    }
    const channel = subtotalChannel(label, channels);
    if (channel !== null) {
      sheet.subtotals.push({ ...line, name: channel });
      continue;
    }
    if (channelCol >= 0 && text(row[channelCol]) !== "")
      channels.add(text(row[channelCol]));
    sheet.rows.push(line);
  }
}

/** One line's national figure and unit figures as shown. */
function lineOf(
  row: readonly GridCell[],
  label: string,
  { at, units }: SheetColumns,
): PublishedLine {
  const national = figure(row[at + 1]);
  const values = new Map<string, PublishedFigure>();
  for (const { unit, col } of units) {
    const v = figure(row[col]);
    if (v !== null) values.set(unit, { shown: v, exact: null });
  }
  return {
    name: label,
    national: national === null ? null : { shown: national, exact: null },
    values,
  };
}

function figure(cell: GridCell | undefined): Dec | null {
  const v = readNumber(cell);
  return v.kind === "number" ? v.value : null;
}

/**
 * A row split by the key: its units' exact values then were national × share. Used only where
 * every figure of the row is that value rounded down or up (a row to named recipients is not
 * split by the key: its direction stays unknown). The shares were printed with limited
 * precision, so a change within 10⁻¹² of the amount counts as none.
 */
function withExactValues(
  rows: readonly PublishedLine[],
  shares: ReadonlyMap<string, Dec>,
): void {
  if (shares.size === 0) return;
  let places = 0;
  for (const line of rows)
    for (const v of line.values.values())
      places = Math.max(places, v.shown.decimalPlaces());
  const step = new Dec(10).pow(-places);
  for (const line of rows) {
    const national = line.national?.shown;
    if (!national) continue;
    const exact = new Map<string, Dec>();
    let fits = line.values.size > 0;
    for (const [unit, v] of line.values) {
      const share = shares.get(nameKey(unit));
      const e = share ? national.times(share) : null;
      if (!e || v.shown.minus(e).abs().gte(step)) fits = false;
      else exact.set(unit, e);
    }
    if (!fits) continue;
    const slack = asRational(national.abs().times("1e-12"));
    for (const [unit, v] of line.values) {
      v.exact = asRational(exact.get(unit)!);
      v.slack = slack;
    }
  }
}
