import { Dec, fromSteps, toSteps } from "./decimal";
import { ExactCells, ExactTable } from "./exact";
import { Finding, finding } from "./findings";
import { SheetLayout } from "./layout";
import { nameKey } from "./names";
import { Rational } from "./rational";
import { RevisionTargets } from "./reconcile/revision";
import { exactTotal, Figures } from "./rounding";
import { TableModel } from "./table";
import { wholeAt } from "./wholes";

/**
 * Revision against a published distribution (SPEC §2, Revision): what was published, matched
 * to the new sheet by initiative and unit names (never by position: the output layout may
 * change), and the change report of the new figures against it.
 */

/** One published figure: what was shown, and its exact value then (for the direction of change), in amount units. */
export interface PublishedFigure {
  shown: Dec;
  /** Null when not known: the figure then only counts as changed or not, never for direction. */
  exact: Rational | null;
  /**
   * How far `exact` may be off (amount units), when it was read back from rounded shares: a
   * change no larger than this counts as none. Absent: `exact` is exact.
   */
  slack?: Rational;
}

/** One line of a published sheet: an initiative, a channel subtotal or the grand total. */
export interface PublishedLine {
  name: string;
  national: PublishedFigure | null;
  /** Per unit name. */
  values: Map<string, PublishedFigure>;
}

/** One published sheet (Fordel's own output) for a period and group of units. */
export interface PublishedSheet {
  period: string;
  group: string;
  /** Where it was read from, for findings (e.g. "Fordeling 2026" in published.xlsx). */
  sheet: string;
  rows: PublishedLine[];
  /** Per channel label (`Blok`, …). */
  subtotals: PublishedLine[];
  total: PublishedLine | null;
}

/** Why a figure differs from the published one. */
export type ChangeReason = "amount" | "price-level" | "key" | "rounding";

/** A figure that differs from the published one (SPEC §3, change report). */
export interface ChangedFigure {
  /** The initiative, the channel subtotal's label or `I alt`. */
  initiative: string;
  /** Position in `PeriodAllocation.rows`, or null for a subtotal or the total. */
  position: number | null;
  /** The unit's name, or null for the national figure. */
  unit: string | null;
  published: Dec;
  shown: Dec;
  /** The exact new value (to 60 significant digits). */
  exact: Dec;
  reason: ChangeReason;
  /** True when the figure moved against its exact change (a REVISION_AGAINST_CHANGE finding says why). */
  against: boolean;
}

/** The revision of one sheet: the figures changed, out of how many compared. */
export interface SheetRevision {
  /** The published sheet compared with. */
  sheet: string;
  compared: number;
  changes: ChangedFigure[];
}

const REASON_ORDER: ChangeReason[] = [
  "rounding",
  "key",
  "price-level",
  "amount",
];
const stronger = (a: ChangeReason, b: ChangeReason): ChangeReason =>
  REASON_ORDER.indexOf(a) >= REASON_ORDER.indexOf(b) ? a : b;

/** The new sheet matched against the published one: per node its published line, and the targets for the solver. */
export interface RevisionMatch {
  published: PublishedSheet;
  /** Per node of the exact table: its published line, or null. */
  lines: (PublishedLine | null)[];
  targets: RevisionTargets;
  /** Per node and figure: why it would differ (even when it does not). */
  reasons: (ChangeReason | null)[][];
  findings: Finding[];
}

/**
 * Matches the sheet's rows, subtotals and total with the published lines by name, and units by
 * name; computes each figure's published value in steps and the sign of its exact change. What
 * cannot be matched either way is named in one REVISION_UNMATCHED finding per kind.
 */
export function matchPublished(
  original: TableModel,
  sheet: SheetLayout,
  exact: ExactTable,
  published: PublishedSheet,
  decimals: number,
  factor: Dec | null,
): RevisionMatch {
  const { lines, used, newRows } = matchLines(
    original,
    sheet,
    exact,
    published,
  );
  const unitsSeen = new Set<string>();
  for (const line of [...published.rows, ...published.subtotals])
    for (const u of line.values.keys()) unitsSeen.add(u);
  const unitIndex = new Set(sheet.units.map(nameKey));
  const goneUnits = [...unitsSeen].filter((u) => !unitIndex.has(nameKey(u)));
  const publishedUnits = new Set([...unitsSeen].map(nameKey));
  const newUnits = sheet.units.filter((u) => !publishedUnits.has(nameKey(u)));
  const goneRows = published.rows
    .filter((l) => !used.has(l) && (l.national || l.values.size > 0))
    .map((l) => l.name);
  const { targets, reasons } = figureTargets(
    { original, sheet, exact, decimals, factor },
    lines,
  );
  const findings: Finding[] = [];
  const period = sheet.period;
  const unmatched = (what: string, names: string[]) => {
    if (names.length === 0) return;
    findings.push(
      finding(
        "warning",
        "REVISION_UNMATCHED",
        { sheet: published.sheet, period, what, names: names.join(", ") },
        { period },
      ),
    );
  };
  unmatched("new initiatives / nye initiativer", newRows);
  unmatched(
    "published initiatives not in the new table / offentliggjorte initiativer, der ikke er i den nye tabel",
    goneRows,
  );
  unmatched("new units / nye enheder", newUnits);
  unmatched(
    "published units not in the new key / offentliggjorte enheder, der ikke er i den nye nøgle",
    goneUnits,
  );
  return { published, lines, targets, reasons, findings };
}

/**
 * Per node of the exact table, its published line: rows by name (same names under different
 * parents taken in sheet order), subtotals by channel, the total; the lines used and the new rows.
 */
function matchLines(
  original: TableModel,
  sheet: SheetLayout,
  exact: ExactTable,
  published: PublishedSheet,
): {
  lines: (PublishedLine | null)[];
  used: Set<PublishedLine>;
  newRows: string[];
} {
  const lines: (PublishedLine | null)[] = new Array(exact.cells.length).fill(
    null,
  );
  const byName = new Map<string, PublishedLine[]>();
  for (const line of published.rows) {
    const k = nameKey(line.name);
    byName.set(k, [...(byName.get(k) ?? []), line]);
  }
  const used = new Set<PublishedLine>();
  const newRows: string[] = [];
  for (let pos = 0; pos < exact.rowCount; pos++) {
    if (!exact.cells[pos]) continue;
    const name = original.rows[sheet.rows[pos].row].name;
    // Same names under different parents: taken in sheet order.
    const line = byName.get(nameKey(name))?.find((l) => !used.has(l));
    if (!line) newRows.push(name);
    else {
      used.add(line);
      lines[pos] = line;
    }
  }
  sheet.channels.forEach((ch, c) => {
    lines[exact.subtotalNode(c)] =
      published.subtotals.find(
        (s) => nameKey(s.name) === nameKey(ch.channel),
      ) ?? null;
  });
  lines[exact.totalNode] = published.total;
  return { lines, used, newRows };
}

/** What the figures' targets are worked out from: the table, its sheet and exact values. */
interface TargetInput {
  original: TableModel;
  sheet: SheetLayout;
  exact: ExactTable;
  decimals: number;
  factor: Dec | null;
}

/**
 * Each figure's published value in steps, the sign of its exact change, and why it would
 * differ. Bottom-up (rows from the last, then subtotals, then the total), so that a sum's reason
 * is the strongest of its members'.
 */
function figureTargets(
  input: TargetInput,
  lines: (PublishedLine | null)[],
): { targets: RevisionTargets; reasons: (ChangeReason | null)[][] } {
  const { exact } = input;
  const nodes = exact.cells.length;
  const targets: RevisionTargets = {
    published: lines.map(() => []),
    direction: lines.map(() => []),
  };
  const reasons: (ChangeReason | null)[][] = lines.map(() => []);
  const order = [
    ...Array.from({ length: exact.rowCount }, (_, i) => exact.rowCount - 1 - i),
    ...Array.from(
      { length: nodes - exact.rowCount },
      (_, i) => exact.rowCount + i,
    ),
  ];
  for (const v of order)
    if (exact.cells[v]) nodeTargets(input, v, lines[v], targets, reasons);
  return { targets, reasons };
}

/** The targets and reasons of node `v`'s figures: every unit figure, and the national one. */
function nodeTargets(
  input: TargetInput,
  v: number,
  line: PublishedLine | null,
  targets: RevisionTargets,
  reasons: (ChangeReason | null)[][],
): void {
  const { sheet, exact, decimals } = input;
  const n = exact.units;
  const cells = exact.cells[v]!;
  // A row of its own: split by a key, or (restated) to another recipient.
  const isSource =
    v < exact.rowCount &&
    (sheet.rows[v].kind === "source" || sheet.rows[v].kind === "other");
  const rowReason = isSource ? sourceReason(input, v, line) : null;
  // Every unit figure, and the national one (rounded only on a bounded sheet, else exact).
  for (let u = 0; u < n + 1; u++) {
    const national = u === n;
    if (!national && !cells.present[u]) continue;
    const fig = line ? publishedFigure(line, sheet, u, national) : null;
    const [floor, rem] = figureExact(exact, cells, u);
    targets.published[v][u] = fig ? toSteps(fig.shown, decimals) : null;
    const dir = fig
      ? changeOf(fig, national, floor, rem, exact.D, decimals)
      : null;
    targets.direction[v][u] = dir;
    reasons[v][u] = !fig
      ? null
      : isSource
        ? (rowReason ?? (dir !== null && dir !== 0 ? "key" : "rounding"))
        : sumReason(exact, reasons, v, u);
  }
}

/** Sign of a figure's exact change from its published value; null when that is not known exactly. */
function changeOf(
  fig: NonNullable<PublishedLine["national"]>,
  national: boolean,
  floor: bigint,
  rem: bigint,
  D: bigint,
  decimals: number,
): number | null {
  const old = fig.exact ?? (national ? asRational(fig.shown) : null);
  return old
    ? direction(floor, rem, old, fig.exact ? fig.slack : undefined, D, decimals)
    : null;
}

/** A sum's reason: the strongest of its members' (the rounding alone when none). */
function sumReason(
  exact: ExactTable,
  reasons: (ChangeReason | null)[][],
  v: number,
  u: number,
): ChangeReason {
  let r: ChangeReason = "rounding";
  for (const c of exact.down[v]) {
    const cr = reasons[c]?.[u];
    if (cr) r = stronger(r, cr);
  }
  return r;
}

/** Reason of a row of its own: its amount, the price level, or null (its key or the rounding alone). */
function sourceReason(
  input: TargetInput,
  v: number,
  line: PublishedLine | null,
): ChangeReason | null {
  if (!line?.national) return null;
  const { original, sheet, factor } = input;
  const before = original.rows[sheet.rows[v].row].amounts[sheet.periodIndex];
  if (before === null || !before.eq(line.national.shown)) return "amount";
  if (factor && !factor.eq(1)) return "price-level";
  return null;
}

/** The published figure of unit `u` (by name, case ignored when not exact) or the national one. */
function publishedFigure(
  line: PublishedLine,
  sheet: SheetLayout,
  u: number,
  national: boolean,
): PublishedLine["national"] {
  if (national) return line.national;
  return (
    line.values.get(sheet.units[u]) ??
    [...line.values].find(
      ([k]) => nameKey(k) === nameKey(sheet.units[u]),
    )?.[1] ??
    null
  );
}

/** A value at the period's step: in steps, as a fraction. */
function scale(r: Rational, decimals: number): Rational {
  return decimals >= 0
    ? { num: r.num * 10n ** BigInt(decimals), den: r.den }
    : { num: r.num, den: r.den * 10n ** BigInt(-decimals) };
}

/** Sign of (new exact − old exact), both in steps; 0 within the old value's slack. */
function direction(
  floor: bigint,
  rem: bigint,
  old: Rational,
  slack: Rational | undefined,
  D: bigint,
  decimals: number,
): number {
  const o = scale(old, decimals);
  // d / (o.den · D) is the change in steps.
  const d = (floor * D + rem) * o.den - o.num * D;
  if (slack) {
    const s = scale(slack, decimals);
    const size = d < 0n ? -d : d;
    if (size * s.den <= s.num * o.den * D) return 0;
  }
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

function asRational(d: Dec): Rational {
  const [num, den] = d.toFraction();
  return { num: BigInt(num.toFixed(0)), den: BigInt(den.toFixed(0)) };
}

/** A figure's exact value as floor + rem/D steps (index `units`: the national figure). */
function figureExact(
  exact: ExactTable,
  cells: ExactCells,
  u: number,
): [bigint, bigint] {
  if (u < exact.units) return [wholeAt(cells.floor, u), wholeAt(cells.rem, u)];
  return cells.national
    ? [cells.national.floor, cells.national.rem]
    : [exactTotal(cells, exact.D), 0n];
}

/** Label of a node: its initiative, channel or `I alt`. */
function nodeLabel(
  original: TableModel,
  sheet: SheetLayout,
  exact: ExactTable,
  v: number,
): string {
  if (v < exact.rowCount) return original.rows[sheet.rows[v].row].name;
  if (v === exact.totalNode) return "I alt";
  return sheet.channels[v - exact.rowCount].channel;
}

/**
 * The change report of a sheet and its findings: every compared figure that differs from the
 * published one; REVISION_AGAINST_CHANGE for each that moved against its exact change;
 * REVISION_FORCED for a row whose amount and key did not change but whose figures did.
 */
export function reviseReport(
  original: TableModel,
  sheet: SheetLayout,
  exact: ExactTable,
  figures: Figures,
  match: RevisionMatch,
  decimals: number,
): { revision: SheetRevision; findings: Finding[] } {
  const revising: Revising = {
    sheet,
    exact,
    match,
    decimals,
    D: new Dec(exact.D.toString()),
    step: fromSteps(1n, decimals),
  };
  const changes: ChangedFigure[] = [];
  const findings: Finding[] = [];
  let compared = 0;
  exact.cells.forEach((cells, v) => {
    const fig = figures[v];
    if (!cells || !fig) return;
    const label = nodeLabel(original, sheet, exact, v);
    const node = reviseNode(revising, cells, fig, v, label);
    compared += node.compared;
    changes.push(...node.changes);
    findings.push(...node.findings);
  });
  return {
    revision: { sheet: match.published.sheet, compared, changes },
    findings,
  };
}

/** What revising one sheet needs at hand. */
interface Revising {
  sheet: SheetLayout;
  exact: ExactTable;
  match: RevisionMatch;
  decimals: number;
  /** The exact table's denominator, as a decimal. */
  D: Dec;
  /** One step of the period, in amount units. */
  step: Dec;
}

/** One node's figures (its units, then the national figure) against the published ones. */
function reviseNode(
  revising: Revising,
  cells: ExactCells,
  fig: bigint[],
  v: number,
  label: string,
): { compared: number; changes: ChangedFigure[]; findings: Finding[] } {
  const { sheet, exact, match } = revising;
  const changes: ChangedFigure[] = [];
  const findings: Finding[] = [];
  const forced: string[] = [];
  let compared = 0;
  for (let u = 0; u <= exact.units; u++) {
    const national = u === exact.units;
    if (!national && !cells.present[u]) continue;
    const published = match.targets.published[v][u];
    if (published === null || published === undefined) continue;
    compared++;
    const value =
      national && !exact.bounded ? exactTotal(cells, exact.D) : fig[u];
    if (value === published) continue;
    const change = changedFigure(
      revising,
      cells,
      v,
      u,
      label,
      value,
      published,
    );
    changes.push(change);
    if (change.against)
      findings.push(
        againstFinding(change, sheet.period, match.targets.direction[v][u]),
      );
    if (
      change.reason === "rounding" &&
      v < exact.rowCount &&
      sheet.rows[v].kind === "source"
    )
      forced.push(change.unit ?? "Nationalt");
  }
  if (forced.length > 0)
    findings.push(forcedFinding(label, sheet.period, forced));
  return { compared, changes, findings };
}

/** A figure shown otherwise than published: its exact value now, why it changed, and whether against its change. */
function changedFigure(
  revising: Revising,
  cells: ExactCells,
  v: number,
  u: number,
  label: string,
  value: bigint,
  published: bigint,
): ChangedFigure {
  const { sheet, exact, match, decimals } = revising;
  const [floor, rem] = figureExact(exact, cells, u);
  const dir = match.targets.direction[v][u];
  return {
    initiative: label,
    position: v < exact.rowCount ? v : null,
    unit: u === exact.units ? null : sheet.units[u],
    published: fromSteps(published, decimals),
    shown: fromSteps(value, decimals),
    exact: new Dec((floor * exact.D + rem).toString())
      .div(revising.D)
      .times(revising.step),
    reason: match.reasons[v][u] ?? "rounding",
    against:
      (dir === -1 && value > published) || (dir === 1 && value < published),
  };
}

/** REVISION_AGAINST_CHANGE: a figure moved against the direction of its exact change. */
function againstFinding(
  change: ChangedFigure,
  period: string,
  dir: number | null,
): Finding {
  return finding(
    "warning",
    "REVISION_AGAINST_CHANGE",
    {
      initiative: change.initiative,
      unit: change.unit ?? "Nationalt",
      period,
      direction: dir === -1 ? "down" : "up",
      exact: change.exact.toSignificantDigits(12).toString(),
      published: change.published.toString(),
      shown: change.shown.toString(),
    },
    { period, initiative: change.initiative },
  );
}

/** REVISION_FORCED: a row whose amount and key did not change, but whose figures did. */
function forcedFinding(
  label: string,
  period: string,
  units: string[],
): Finding {
  return finding(
    "info",
    "REVISION_FORCED",
    { initiative: label, period, count: units.length, units: units.join(", ") },
    { period, initiative: label },
  );
}
