import { Dec, shownAmount, stepOf, toSteps } from "./decimal";
import { sameName } from "./names";
import { Finding, FindingPlace, finding } from "./findings";
import { Key, listKey } from "./key";
import {
  Channel,
  Group,
  InitiativeRow,
  KeyEntry,
  RowStatus,
  TableModel,
} from "./table";

/**
 * What each row is on one period's sheet, before any rounding. The rules are written down in
 * notes/engine-rules.md; the short form:
 * - source: allocated on its own by a key (a leaf, or a parent whose sub-items do not add up);
 * - other: shown under Øvrige modtagere; error: not allocated (a finding says why);
 * - sum: a heading, or a parent whose sub-items add up to it: its figures are its children's sums;
 * - label: no figures on this sheet (blank in the period, or a parent allocated on another sheet).
 */
export type SheetRowKind = "source" | "other" | "error" | "sum" | "label";

export interface SheetRow {
  /** Index into `TableModel.rows`. */
  row: number;
  /** Position of the parent in `SheetLayout.rows`, or null at top level. */
  parent: number | null;
  depth: number;
  channel: Channel;
  kind: SheetRowKind;
  status: RowStatus;
  /** The row's own amount in the period (null for headings and blanks). */
  own: Dec | null;
  /** source: the amount in steps. */
  steps: bigint;
  /** source: the key it is split by, and the sheet unit position of each key unit. */
  key: Key | null;
  keyUnits: number[];
  /** Positions of the children shown on this sheet. */
  children: number[];
  /** sum: true when its children are linked to it (always, except for a heading over an error row). */
  formula: boolean;
}

export interface ChannelMembers {
  channel: Channel;
  /** Positions in `SheetLayout.rows` of the channel's top-level rows with figures. */
  members: number[];
}

export interface SheetLayout {
  period: string;
  periodIndex: number;
  group: Group;
  units: string[];
  key: Key | null;
  rows: SheetRow[];
  channels: ChannelMembers[];
}

export interface PeriodLayout {
  sheets: SheetLayout[];
  findings: Finding[];
}

type Resolution =
  | { kind: "allocate"; group: Group; key: Key }
  | { kind: "other" }
  | { kind: "error" };

type PlaceCell = "amount" | "name" | "key" | "recipient";

/** Where a finding about a row in a period points: its amount cell (or name or key cell). */
export function rowPlace(
  r: InitiativeRow,
  periods: readonly string[],
  periodIndex: number,
  cell: PlaceCell = "amount",
): FindingPlace {
  const p: FindingPlace = { period: periods[periodIndex], initiative: r.name };
  if (r.source) {
    p.sheet = r.source.sheet;
    const c =
      cell === "amount"
        ? r.source.amountCells[periodIndex]
        : cell === "key"
          ? (r.source.keyCell ?? r.source.nameCell)
          : cell === "recipient"
            ? (r.source.recipientCell ?? r.source.nameCell)
            : r.source.nameCell;
    if (c) p.cell = c;
  }
  return p;
}

/** Findings about the row's `Nøgle` point at that cell, about its recipient at `Modtager`; others at its name. */
const KEY_CODES = new Set(["UNKNOWN_KEY", "AMBIGUOUS_KEY"]);
const RECIPIENT_CODES = new Set(["OTHER_RECIPIENT", "NO_MUNICIPAL_KEY"]);
const cellFor = (code: string): PlaceCell =>
  KEY_CODES.has(code)
    ? "key"
    : RECIPIENT_CODES.has(code)
      ? "recipient"
      : "name";

/** The row's group of units (null for recipients that are not units). */
export function recipientGroup(row: InitiativeRow): Group | null {
  return row.recipient.kind === "other" ? null : row.recipient.group;
}

/** The keys covering a group in a period: exact period entries win over period-less ones. */
export function keysFor(
  keys: readonly KeyEntry[],
  period: string,
  match: (e: KeyEntry) => boolean,
): KeyEntry[] {
  const exact = keys.filter((e) => e.period === period && match(e));
  return exact.length > 0
    ? exact
    : keys.filter((e) => e.period === null && match(e));
}

/** Lays out one period: resolves keys, finds linked parents and decides which sheet shows each row. */
export function layoutPeriod(
  model: TableModel,
  periodIndex: number,
  decimals: number,
): PeriodLayout {
  const period = model.periods[periodIndex];
  const rows = model.rows;
  const findings: Finding[] = [];
  const place = (r: InitiativeRow, cell: PlaceCell = "amount") =>
    rowPlace(r, model.periods, periodIndex, cell);

  const children: number[][] = rows.map(() => []);
  for (const r of rows) if (r.parent !== null) children[r.parent].push(r.id);
  const own = rows.map((r) => r.amounts[periodIndex] ?? null);

  // Effective amount: the own amount, or (for a heading) the sum of its children's.
  const eff: (Dec | null)[] = rows.map(() => null);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (own[i] !== null) eff[i] = own[i];
    else {
      const kids = children[i].filter((c) => eff[c] !== null);
      if (kids.length > 0)
        eff[i] = kids.reduce((a, c) => a.plus(eff[c]!), new Dec(0));
    }
  }

  for (let i = 0; i < rows.length; i++) {
    if (own[i] !== null && own[i]!.isNegative() && !own[i]!.isZero()) {
      findings.push(
        finding(
          "info",
          "NEGATIVE_AMOUNT",
          { initiative: rows[i].name, amount: own[i]!.toString(), period },
          place(rows[i]),
        ),
      );
    }
  }

  // A parent with its own amount is linked to its children when they add up to it.
  const linked = rows.map(() => false);
  for (let i = 0; i < rows.length; i++) {
    const kids = children[i].filter((c) => eff[c] !== null);
    if (own[i] === null || kids.length === 0) continue;
    const sum = kids.reduce((a, c) => a.plus(eff[c]!), new Dec(0));
    if (sum.eq(own[i]!)) linked[i] = true;
    else {
      findings.push(
        finding(
          "warning",
          "CHILDREN_SUM_MISMATCH",
          {
            initiative: rows[i].name,
            children: shownAmount(sum, decimals),
            parent: shownAmount(own[i]!, decimals),
            period,
          },
          place(rows[i]),
        ),
      );
    }
  }

  // Key resolution, for rows allocated on their own.
  const resolution: (Resolution | null)[] = rows.map(() => null);
  const resolve = (i: number): Resolution => {
    const r = rows[i];
    const res = resolveKey(model.keys, r, period, (f) =>
      findings.push({ ...f, ...place(r, cellFor(f.code)) }),
    );
    if (res.kind === "allocate" && toSteps(own[i]!, decimals) === null) {
      findings.push(
        finding(
          "error",
          "NOT_ON_STEP",
          {
            amount: own[i]!.toString(),
            step: stepOf(decimals).toString(),
            initiative: r.name,
            period,
          },
          place(r),
        ),
      );
      return { kind: "error" };
    }
    return res;
  };
  for (let i = 0; i < rows.length; i++)
    if (own[i] !== null && !linked[i]) resolution[i] = resolve(i);

  // A linked parent over a row that could not be allocated is allocated on its own instead.
  const ok = rows.map(() => true);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (eff[i] === null) continue;
    const kids = children[i].filter((c) => eff[c] !== null);
    if (own[i] === null) ok[i] = kids.every((c) => ok[c]);
    else if (linked[i]) {
      if (kids.every((c) => ok[c])) continue;
      linked[i] = false;
      resolution[i] = resolve(i);
      ok[i] = resolution[i]!.kind !== "error";
    } else ok[i] = resolution[i]!.kind !== "error";
  }

  // Sheets: the main one (Regioner if anything regional, else Kommuner), plus any other group allocated to.
  const groupOf = (i: number): Group | null => {
    const res = resolution[i];
    return res?.kind === "allocate" ? res.group : recipientGroup(rows[i]);
  };
  const hasRegional =
    model.keys.some(
      (e) =>
        e.group === "Regioner" && (e.period === null || e.period === period),
    ) || rows.some((_, i) => own[i] !== null && groupOf(i) === "Regioner");
  const main: Group = hasRegional ? "Regioner" : "Kommuner";
  const groups: Group[] = [main];
  for (const res of resolution) {
    if (res?.kind === "allocate" && !groups.includes(res.group))
      groups.push(res.group);
  }
  const sheetOfGroup = (g: Group | null) =>
    g !== null && groups.includes(g) ? groups.indexOf(g) : 0;

  // Sheets each row appears on: sources on their own, parents wherever their sub-items are.
  const on: Set<number>[] = rows.map(() => new Set<number>());
  const home: number[] = rows.map(() => -1);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (eff[i] === null) continue;
    const res = resolution[i];
    if (res) {
      home[i] =
        res.kind === "allocate"
          ? groups.indexOf(res.group)
          : res.kind === "other"
            ? 0
            : sheetOfGroup(recipientGroup(rows[i]));
      on[i].add(home[i]);
    }
    for (const c of children[i]) for (const s of on[c]) on[i].add(s);
  }
  for (let i = 0; i < rows.length; i++) {
    if (eff[i] !== null) continue;
    const p = rows[i].parent;
    on[i].add(
      p === null ? sheetOfGroup(recipientGroup(rows[i])) : smallest(on[p]),
    );
  }

  if (!rows.some((_, i) => eff[i] !== null)) return { sheets: [], findings };
  const resolved: Resolved = {
    on,
    home,
    own,
    linked,
    resolution,
    children,
    decimals,
  };
  return {
    sheets: groups.map((group, s) =>
      buildSheet(model, periodIndex, group, s, resolved),
    ),
    findings,
  };
}

interface Resolved {
  on: Set<number>[];
  /** The sheet a row allocated on its own (or shown under Øvrige, or in error) is shown on; -1 for others. */
  home: number[];
  decimals: number;
  own: (Dec | null)[];
  linked: boolean[];
  resolution: (Resolution | null)[];
  children: number[][];
}

function buildSheet(
  model: TableModel,
  periodIndex: number,
  group: Group,
  sheet: number,
  x: Resolved,
): SheetLayout {
  const period = model.periods[periodIndex];
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

  const layoutRows: SheetRow[] = [];
  const position = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    if (!x.on[i].has(sheet)) continue;
    const r = rows[i];
    const parent = r.parent === null ? null : (position.get(r.parent) ?? null);
    const res = x.resolution[i];
    const ownHere = res !== null && x.home[i] === sheet;
    let kind: SheetRowKind;
    let status: RowStatus;
    if (ownHere && res!.kind === "allocate")
      [kind, status] = ["source", "allocated"];
    else if (ownHere && res!.kind === "other")
      [kind, status] = ["other", "other"];
    else if (ownHere && res!.kind === "error")
      [kind, status] = ["error", "error"];
    else if (
      res === null &&
      (x.linked[i] || x.own[i] === null) &&
      x.children[i].some((c) => x.on[c].has(sheet))
    ) {
      [kind, status] = ["sum", x.own[i] === null ? "blank" : "allocated"];
    } else [kind, status] = ["label", "blank"];
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
      steps: kind === "source" ? toSteps(x.own[i]!, x.decimals)! : 0n,
      key,
      keyUnits: key ? key.units.map((u) => index.get(u)!) : [],
      children: [],
      formula: kind === "sum",
    });
    if (parent !== null) layoutRows[parent].children.push(pos);
  }

  // A sum over an error row keeps the others' sum but is not shown as a SUM formula; one with
  // nothing but errors below it has no figures.
  const hasFigures = (pos: number): boolean => {
    const k = layoutRows[pos].kind;
    return (
      k === "source" ||
      k === "other" ||
      (k === "sum" && layoutRows[pos].children.some(hasFigures))
    );
  };
  for (let pos = layoutRows.length - 1; pos >= 0; pos--) {
    const sr = layoutRows[pos];
    if (sr.kind !== "sum") continue;
    if (!sr.children.some(hasFigures)) {
      sr.kind = "label";
      sr.formula = false;
    } else if (sr.children.some((c) => layoutRows[c].kind === "error"))
      sr.formula = false;
  }
  for (const sr of layoutRows)
    if (sr.kind === "sum" && sr.own !== null)
      sr.status = sumStatus(layoutRows, sr);

  const channels: ChannelMembers[] = [];
  for (let pos = 0; pos < layoutRows.length; pos++) {
    const sr = layoutRows[pos];
    if (sr.parent !== null || !hasFigures(pos)) continue;
    let ch = channels.find((c) => c.channel === sr.channel);
    if (!ch) channels.push((ch = { channel: sr.channel, members: [] }));
    ch.members.push(pos);
  }
  return {
    period,
    periodIndex,
    group,
    units,
    key: defaultKey ?? firstKey,
    rows: layoutRows,
    channels,
  };
}

/** A linked parent is "allocated" when something below it is, else its money all goes to Øvrige. */
function sumStatus(rows: SheetRow[], sr: SheetRow): RowStatus {
  // An explicit stack, not recursion: a chain of 20.000 sub-items must not overflow the call stack.
  const stack = [...sr.children];
  while (stack.length > 0) {
    const row = rows[stack.pop()!];
    if (row.kind === "source") return "allocated";
    if (row.kind === "sum") for (const c of row.children) stack.push(c);
  }
  return "other";
}

/** The smallest of a few numbers (no spread: the set may be large). */
function smallest(values: Iterable<number>): number {
  let least = Infinity;
  for (const v of values) if (v < least) least = v;
  return least;
}

/** Key resolution for one row allocated on its own (SPEC §1 `Nøgle`, `Modtager`). */
export function resolveKey(
  keys: readonly KeyEntry[],
  row: InitiativeRow,
  period: string,
  report: (f: Finding) => void,
): Resolution {
  const recipient = row.recipient;
  if (recipient.kind === "other") {
    report(
      finding("info", "OTHER_RECIPIENT", {
        initiative: row.name,
        recipient: recipient.label,
      }),
    );
    return { kind: "other" };
  }
  if (recipient.kind === "units") {
    const made = listKey(
      recipient.units.map((u) => u.unit).join("; "),
      recipient.units,
    );
    for (const f of made.findings) if (f.severity === "error") report(f);
    return made.key
      ? { kind: "allocate", group: recipient.group, key: made.key }
      : { kind: "error" };
  }
  if (row.keyName !== null && row.keyName.trim() !== "") {
    const named = keysFor(keys, period, (e) =>
      sameName(e.key.name, row.keyName!),
    );
    if (named.length === 1)
      return { kind: "allocate", group: named[0].group, key: named[0].key };
    if (named.length === 0)
      report(
        finding("error", "UNKNOWN_KEY", {
          key: row.keyName,
          initiative: row.name,
          period,
        }),
      );
    else report(ambiguousKey(recipient.group, period, named));
    return { kind: "error" };
  }
  const fits = keysFor(keys, period, (e) => e.group === recipient.group);
  if (fits.length === 1)
    return { kind: "allocate", group: recipient.group, key: fits[0].key };
  if (fits.length > 1) {
    report(ambiguousKey(recipient.group, period, fits));
    return { kind: "error" };
  }
  if (recipient.group === "Kommuner") {
    report(
      finding("info", "NO_MUNICIPAL_KEY", { period, initiative: row.name }),
    );
    return { kind: "other" };
  }
  report(
    finding("error", "UNKNOWN_KEY", {
      key: recipient.group,
      initiative: row.name,
      period,
    }),
  );
  return { kind: "error" };
}

/** More than one key fits a row (by its `Nøgle` or its group): the user must say which. */
function ambiguousKey(
  group: Group,
  period: string,
  fits: readonly KeyEntry[],
): Finding {
  return finding("error", "AMBIGUOUS_KEY", {
    group,
    period,
    keys: fits.map((e) => e.key.name).join(", "),
  });
}
