import { adjustedCells } from "./adjusted";
import { Method } from "./apportion";
import { Dec, formatSteps, fromSteps } from "./decimal";
import { ExactTable } from "./exact";
import { Finding, finding } from "./findings";
import { SheetLayout } from "./layout";
import { Figures, exactTotal } from "./rounding";
import { membersAddUp, membersSum, rowAddsUp, WorstDeviation } from "./sums";
import {
  AllocatedRow,
  ExcludedRow,
  InitiativeRow,
  PeriodAllocation,
  PeriodChecks,
  Subtotal,
  TableModel,
} from "./table";

/** Label of the grand total row. */
export const GRAND_TOTAL = "I alt";

/** A whole number of steps as a Decimal, without an intermediate multiplication. */
export function stepsToDec(steps: bigint, decimals: number): Dec {
  return decimals === 0
    ? new Dec(steps.toString())
    : new Dec(`${steps}e${-decimals}`);
}

/**
 * A row's `values` made from its `steps` when first read: a large table's figures are written
 * from their steps, and one Decimal per figure would cost more time and memory than the rest
 * of the row (issue 17). Reading `values`, spreading or serialising the row gives the Decimals.
 */
function lazyValues(
  row: AllocatedRow,
  steps: (bigint | null)[],
  decimals: number,
): void {
  let values: (Dec | null)[] | undefined;
  hiddenSteps(row, steps);
  Object.defineProperty(row, "values", {
    enumerable: true,
    configurable: true,
    get: () =>
      (values ??= steps.map((x) =>
        x === null ? null : stepsToDec(x, decimals),
      )),
    set: (v: (Dec | null)[]) => {
      values = v;
    },
  });
}

/**
 * `steps` as a property that is not enumerated: a copy (spread) or JSON of the result has the
 * Decimals only, and a copy whose values are changed can never carry stale steps.
 */
export function hiddenSteps<T extends object>(target: T, steps: unknown): T {
  return Object.defineProperty(target, "steps", {
    value: steps,
    enumerable: false,
    writable: false,
    configurable: true,
  });
}

interface Failures {
  rows: number;
  parents: number;
  columns: number;
  example: { unit: string; label: string; shown: bigint; sum: bigint } | null;
}

/** One sheet's layout, exact values and rounded figures: what every step below reads. */
interface SheetFigures {
  sheet: SheetLayout;
  exact: ExactTable;
  figures: Figures;
  decimals: number;
  /** The number of units. */
  n: number;
}

/** Per sheet row: its national amount and its Øvrige amount (null: none). */
interface RowAmounts {
  national: (Dec | null)[];
  other: (Dec | null)[];
}

/** Turns a sheet's figures into the result contract, with its checks and largest deviation. */
export function assembleSheet(
  model: TableModel,
  sheet: SheetLayout,
  exact: ExactTable,
  figures: Figures,
  decimals: number,
  method: Method,
): { allocation: PeriodAllocation; findings: Finding[] } {
  const x: SheetFigures = {
    sheet,
    exact,
    figures,
    decimals,
    n: sheet.units.length,
  };
  const failures: Failures = { rows: 0, parents: 0, columns: 0, example: null };
  const amounts = rowAmounts(x);
  const rows = allocatedRows(model, x, amounts, failures);
  const subtotals = sheet.channels.map((ch, c) =>
    subtotal(
      x,
      amounts,
      failures,
      exact.subtotalNode(c),
      ch.channel,
      ch.channel,
      ch.members,
    ),
  );
  const allMembers = sheet.channels
    .flatMap((ch) => ch.members)
    .sort((a, b) => a - b);
  const total = subtotal(
    x,
    amounts,
    failures,
    exact.totalNode,
    GRAND_TOTAL,
    null,
    allMembers,
  );
  const checks: PeriodChecks = {
    rowsAddUp: failures.rows === 0,
    childrenAddUp: failures.parents === 0,
    columnsAddUp: failures.columns === 0,
  };
  const findings: Finding[] = [];
  if (failures.rows + failures.parents + failures.columns > 0)
    findings.push(totalsFinding(method, failures, sheet, decimals));
  return {
    allocation: {
      period: sheet.period,
      group: sheet.group,
      units: sheet.units,
      key: sheet.key,
      decimals,
      method,
      rows,
      subtotals,
      total,
      maxDeviation: maxDeviation(exact, figures, decimals),
      adjusted: adjustedCells(exact, figures, decimals),
      checks,
      ...excludedRows(model, sheet),
    },
    findings,
  };
}

/** National and Øvrige amounts per row, children first: a sum's are its children's (errors left out). */
function rowAmounts({
  sheet,
  exact,
  figures,
  decimals,
  n,
}: SheetFigures): RowAmounts {
  const R = sheet.rows.length;
  const national: (Dec | null)[] = new Array(R).fill(null);
  const other: (Dec | null)[] = new Array(R).fill(null);
  // Restated amounts (a price level): a row's national figure is rounded with the rest, and so
  // is a row's to another recipient (its figure under Øvrige modtagere is the same).
  const bounded = (pos: number) =>
    exact.bounded &&
    (sheet.rows[pos].kind === "source" || sheet.rows[pos].kind === "other") &&
    figures[pos] !== null;
  for (let pos = R - 1; pos >= 0; pos--) {
    const sr = sheet.rows[pos];
    if (bounded(pos)) {
      national[pos] = stepsToDec(figures[pos]![n], decimals);
      if (sr.kind === "other")
        other[pos] = stepsToDec(figures[pos]![n + 1], decimals);
    } else if (sr.kind === "source" || sr.kind === "error")
      national[pos] = sr.own;
    else if (sr.kind === "other") national[pos] = other[pos] = sr.own;
    else if (sr.kind === "sum") {
      for (const c of sr.children) {
        if (sheet.rows[c].kind === "error") continue;
        if (national[c] !== null)
          national[pos] = (national[pos] ?? new Dec(0)).plus(national[c]!);
        if (other[c] !== null)
          other[pos] = (other[pos] ?? new Dec(0)).plus(other[c]!);
      }
    }
  }
  return { national, other };
}

/** The sheet's rows in the result contract; rows and parents that do not add up are counted. */
function allocatedRows(
  model: TableModel,
  x: SheetFigures,
  { national, other }: RowAmounts,
  failures: Failures,
): AllocatedRow[] {
  const { sheet, exact, figures, decimals, n } = x;
  const underError: boolean[] = new Array(sheet.rows.length).fill(false);
  return sheet.rows.map((sr, pos) => {
    if (sr.parent !== null)
      underError[pos] =
        underError[sr.parent] || sheet.rows[sr.parent].kind === "error";
    const cells = exact.cells[pos];
    const fig = figures[pos];
    const model_: InitiativeRow = model.rows[sr.row];
    const row: AllocatedRow = {
      row: sr.row,
      name: model_.name,
      parent: model_.parent,
      depth: sr.depth,
      channel: sr.channel,
      status: sr.status,
      national: national[pos],
      values: [],
      other: other[pos],
      sumOfChildren: checkRow(x, pos, failures),
      ...(sr.kind === "error" ? { reason: sr.reason } : {}),
      ...(underError[pos] ? { underError: true } : {}),
      ...(sr.kind === "other"
        ? {
            otherTo:
              model_.recipient.kind === "other" ? model_.recipient.label : null,
          }
        : {}),
    };
    lazyValues(
      row,
      cells && fig
        ? fig.slice(0, n).map((v, u) => (cells.present[u] ? v : null))
        : new Array(n).fill(null),
      decimals,
    );
    return row;
  });
}

/** Counts a row whose units miss its total and a sum whose cells miss its children's; true when it is shown as their SUM. */
function checkRow(
  { sheet, exact, figures, n }: SheetFigures,
  pos: number,
  failures: Failures,
): boolean {
  const sr = sheet.rows[pos];
  const cells = exact.cells[pos];
  const fig = figures[pos];
  if (!cells || !fig) return false;
  // Bounded: the units add up to the rounded national figure less Øvrige.
  const rowTotal = exact.bounded
    ? fig[n] - fig[n + 1]
    : exactTotal(cells, exact.D);
  if (!rowAddsUp(fig, n, rowTotal)) failures.rows++;
  if (sr.kind !== "sum") return false;
  let addsUp = true;
  for (let u = 0; u < n && addsUp; u++)
    addsUp = membersAddUp(figures, exact.down[pos], u, fig[u]);
  if (!addsUp) failures.parents++;
  return addsUp && sr.formula;
}

/** The rows left out of the totals, and their money. */
function excludedRows(
  model: TableModel,
  sheet: SheetLayout,
): { excluded: ExcludedRow[]; excludedTotal: Dec } {
  const excluded: ExcludedRow[] = [];
  let excludedTotal = new Dec(0);
  sheet.rows.forEach((sr, pos) => {
    if (!sr.excluded) return;
    const source = model.rows[sr.row].source;
    const cell = source?.amountCells[sheet.periodIndex];
    excluded.push({
      row: sr.row,
      position: pos,
      name: model.rows[sr.row].name,
      national: sr.own,
      code: sr.reason,
      ...(source ? { sheet: source.sheet } : {}),
      ...(cell ? { cell } : {}),
    });
    if (sr.own !== null) excludedTotal = excludedTotal.plus(sr.own);
  });
  return { excluded, excludedTotal };
}

/** A channel's subtotal (or the grand total) over its members; columns that miss their members' sum are counted. */
function subtotal(
  { sheet, exact, figures, decimals, n }: SheetFigures,
  { national, other }: RowAmounts,
  failures: Failures,
  node: number,
  label: string,
  channel: string | null,
  members: number[],
): Subtotal {
  const fig = figures[node]!;
  const below = exact.down[node];
  for (let u = 0; u < n; u++) {
    if (membersAddUp(figures, below, u, fig[u])) continue;
    failures.columns++;
    failures.example ??= {
      unit: sheet.units[u],
      label,
      shown: fig[u],
      sum: membersSum(figures, below, u),
    };
  }
  let nat = new Dec(0);
  let oth = new Dec(0);
  for (const m of members) {
    nat = nat.plus(national[m] ?? 0);
    oth = oth.plus(other[m] ?? 0);
  }
  return hiddenSteps(
    {
      label,
      channel,
      national: nat,
      values: fig.slice(0, n).map((v) => stepsToDec(v, decimals)),
      other: oth,
      members,
    },
    fig.slice(0, n),
  );
}

function totalsFinding(
  method: Method,
  f: Failures,
  sheet: SheetLayout,
  decimals: number,
): Finding {
  const params: Record<string, string | number> = {
    method,
    group: sheet.group,
    period: sheet.period,
    rows: f.rows,
    parents: f.parents,
    columns: f.columns,
    count: f.rows + f.parents + f.columns,
  };
  if (f.example) {
    params.unit = f.example.unit;
    params.label = f.example.label;
    params.shown = formatSteps(f.example.shown, decimals);
    params.sum = formatSteps(f.example.sum, decimals);
  }
  return finding("warning", "TOTALS_DO_NOT_ADD_UP", params, {
    period: sheet.period,
  });
}

/** Largest |shown − exact| over every figure shown (cells, parents, subtotals, totals). */
export function maxDeviation(
  exact: ExactTable,
  figures: Figures,
  decimals: number,
): Dec {
  const worst = new WorstDeviation(exact.D);
  exact.cells.forEach((cells, node) => {
    const fig = figures[node];
    if (!cells || !fig) return;
    for (let u = 0; u < exact.units; u++)
      if (cells.present[u]) worst.add(fig[u], cells.floor[u], cells.rem[u]);
    // Restated national figures are rounded too, and so are those under Øvrige modtagere.
    if (exact.bounded)
      [cells.national!, cells.other!].forEach((b, k) =>
        worst.add(fig[exact.units + k], b.floor, b.rem),
      );
  });
  return new Dec(worst.largest.toString())
    .div(new Dec(exact.D.toString()))
    .times(fromSteps(1n, decimals));
}
