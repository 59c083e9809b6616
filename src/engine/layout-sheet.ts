import { Dec, toSteps } from "./decimal";
import { FindingCode } from "./findings";
import { Key } from "./key";
import { keysFor, Resolution } from "./key-resolution";
import type {
  ChannelMembers,
  SheetLayout,
  SheetRow,
  SheetRowKind,
} from "./layout";
import { Group, InitiativeRow, RowStatus, TableModel } from "./table";

/** What the period's layout decided about each model row, for laying out its sheets. */
export interface Resolved {
  on: Set<number>[];
  /** The sheet a row allocated on its own (or shown under Øvrige, or in error) is shown on; -1 for others. */
  home: number[];
  decimals: number;
  own: (Dec | null)[];
  linked: boolean[];
  resolution: (Resolution | null)[];
  children: number[][];
  reason: (FindingCode | null)[];
  /** Amounts restated by a price level: rows to other recipients carry their steps too (their national figure is rounded). */
  restated: boolean;
}

/** One sheet of a period: its units, its rows (with what each is on it) and its channels. */
export function buildSheet(
  model: TableModel,
  periodIndex: number,
  group: Group,
  sheet: number,
  x: Resolved,
): SheetLayout {
  const period = model.periods[periodIndex];
  const { units, index, key } = sheetUnits(model, period, group, sheet, x);
  const layoutRows = sheetRows(model.rows, sheet, x, index);
  const hasFigures = settleSums(layoutRows);
  markExcluded(layoutRows);
  return {
    period,
    periodIndex,
    group,
    units,
    key,
    rows: layoutRows,
    channels: channelMembers(layoutRows, hasFigures),
  };
}

/** The sheet's units: the group's key's, then any other key's allocated on it; and the key it names. */
function sheetUnits(
  model: TableModel,
  period: string,
  group: Group,
  sheet: number,
  x: Resolved,
): { units: string[]; index: Map<string, number>; key: Key | null } {
  const rows = model.rows;
  const groupKeys = keysFor(model.keys, period, (e) => e.group === group);
  const defaultKey = groupKeys.length === 1 ? groupKeys[0].key : null;
  const units: string[] = [];
  const index = new Map<string, number>();
  const addUnits = (names: readonly string[]) => {
    for (const u of names) {
      if (!index.has(u)) {
        index.set(u, units.length);
        units.push(u);
      }
    }
  };
  if (defaultKey) addUnits(defaultKey.units);
  let firstKey: Key | null = null;
  for (let i = 0; i < rows.length; i++) {
    const res = x.resolution[i];
    if (res?.kind === "allocate" && x.on[i].has(sheet)) {
      addUnits(res.key.units);
      if (!firstKey && rows[i].recipient.kind === "group") firstKey = res.key;
    }
  }
  return { units, index, key: defaultKey ?? firstKey };
}

/** The rows shown on the sheet, in model order, each with its parent's position and what it is here. */
function sheetRows(
  rows: readonly InitiativeRow[],
  sheet: number,
  x: Resolved,
  index: ReadonlyMap<string, number>,
): SheetRow[] {
  const layoutRows: SheetRow[] = [];
  const position = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    if (!x.on[i].has(sheet)) continue;
    const r = rows[i];
    const parent = r.parent === null ? null : (position.get(r.parent) ?? null);
    const res = x.resolution[i];
    const [kind, status] = rowKind(i, sheet, x);
    const key = kind === "source" ? (res as { key: Key }).key : null;
    const pos = layoutRows.length;
    position.set(i, pos);
    layoutRows.push({
      row: i,
      parent,
      depth: parent === null ? 0 : layoutRows[parent].depth + 1,
      channel: r.channel,
      kind,
      status,
      own: x.own[i],
      ...(kind === "source" || (kind === "other" && x.restated)
        ? scaledSteps(x.own[i]!, x.decimals)
        : { steps: 0n }),
      key,
      keyUnits: key ? key.units.map((u) => index.get(u)!) : [],
      children: [],
      formula: kind === "sum",
      reason: kind === "error" ? x.reason[i] : null,
      excluded: false,
    });
    if (parent !== null) layoutRows[parent].children.push(pos);
  }
  return layoutRows;
}

/** What a row is on this sheet: its own allocation (when it lives here), a sum of sub-items here, or a label. */
function rowKind(
  i: number,
  sheet: number,
  x: Resolved,
): [SheetRowKind, RowStatus] {
  const res = x.resolution[i];
  if (res !== null && x.home[i] === sheet) {
    if (res.kind === "allocate") return ["source", "allocated"];
    if (res.kind === "other") return ["other", "other"];
    return ["error", "error"];
  }
  if (
    res === null &&
    (x.linked[i] || x.own[i] === null) &&
    x.children[i].some((c) => x.on[c].has(sheet))
  )
    return ["sum", x.own[i] === null ? "blank" : "allocated"];
  return ["label", "blank"];
}

/**
 * A sum over an error row keeps the others' sum but is not shown as a SUM formula; one with
 * nothing but errors below it has no figures. Children come after their parent, so one pass
 * from the bottom knows every child first (no recursion: sub-item chains can be deep).
 * Returns, per position, whether the row has figures.
 */
function settleSums(layoutRows: SheetRow[]): boolean[] {
  const hasFigures = layoutRows.map(() => false);
  const anySource = layoutRows.map(() => false);
  for (let pos = layoutRows.length - 1; pos >= 0; pos--) {
    const sr = layoutRows[pos];
    if (sr.kind === "sum") {
      if (!sr.children.some((c) => hasFigures[c])) {
        sr.kind = "label";
        sr.formula = false;
      } else if (sr.children.some((c) => layoutRows[c].kind === "error"))
        sr.formula = false;
    }
    hasFigures[pos] =
      sr.kind === "source" ||
      sr.kind === "other" ||
      (sr.kind === "sum" && sr.children.some((c) => hasFigures[c]));
    anySource[pos] =
      sr.kind === "source" ||
      (sr.kind === "sum" && sr.children.some((c) => anySource[c]));
    // A linked parent is "allocated" when something below it is, else its money all goes to Øvrige.
    if (sr.kind === "sum" && sr.own !== null)
      sr.status = anySource[pos] ? "allocated" : "other";
  }
  return hasFigures;
}

/**
 * An error row's money is left out of the totals unless a row above it takes the money as a
 * whole (allocated, shown under Øvrige or itself excluded): only headings and linked parents
 * pass their money down to their sub-items.
 */
function markExcluded(layoutRows: SheetRow[]): void {
  const covered = layoutRows.map(() => false);
  layoutRows.forEach((sr, pos) => {
    if (sr.parent === null) return;
    const up = layoutRows[sr.parent];
    const passesDown =
      up.kind === "sum" || (up.kind === "label" && up.own === null);
    covered[pos] = covered[sr.parent] || !passesDown;
    if (sr.kind === "error") sr.excluded = !covered[pos];
  });
  layoutRows.forEach((sr) => {
    if (sr.kind === "error" && sr.parent === null) sr.excluded = true;
  });
}

/** The top-level rows with figures, by channel in order of first appearance. */
function channelMembers(
  layoutRows: readonly SheetRow[],
  hasFigures: readonly boolean[],
): ChannelMembers[] {
  const channels: ChannelMembers[] = [];
  for (let pos = 0; pos < layoutRows.length; pos++) {
    const sr = layoutRows[pos];
    if (sr.parent !== null || !hasFigures[pos]) continue;
    let ch = channels.find((c) => c.channel === sr.channel);
    if (!ch) channels.push((ch = { channel: sr.channel, members: [] }));
    ch.members.push(pos);
  }
  return channels;
}

/** An amount in steps; off the step (a restated amount), in 1/scale steps with its scale. */
function scaledSteps(
  amount: Dec,
  decimals: number,
): { steps: bigint; scale?: bigint } {
  const whole = toSteps(amount, decimals);
  if (whole !== null) return { steps: whole };
  const places = amount.decimalPlaces() - decimals;
  return {
    steps: toSteps(amount, decimals + places)!,
    scale: 10n ** BigInt(places),
  };
}
