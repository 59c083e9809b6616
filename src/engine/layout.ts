import { Dec, shownAmount, stepOf, toSteps } from "./decimal";
import { sameName } from "./names";
import { Finding, FindingCode, FindingPlace, finding } from "./findings";
import { Key, listKey } from "./key";
import { splitKey, subsetKey } from "./own-keys";
import {
  BrokenKey,
  Channel,
  Group,
  InitiativeRow,
  isStandardGroup,
  KeyEntry,
  RowStatus,
  TableModel,
} from "./table";

/**
 * What each row is on one period's sheet, before any rounding. The rules are written down in
 * docs/engine.md; the short form:
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
  /** source: the amount in steps (in 1/scale steps when `scale` is set). */
  steps: bigint;
  /**
   * source, restated by a price level: the amount need not be on the step; `steps` counts
   * 1/scale steps (scale a power of ten) and the row's national figure is rounded too. The same
   * for a row to another recipient (other) when restated: its national figure is rounded too.
   */
  scale?: bigint;
  /** source: the key it is split by, and the sheet unit position of each key unit. */
  key: Key | null;
  keyUnits: number[];
  /** Positions of the children shown on this sheet. */
  children: number[];
  /** sum: true when its children are linked to it (always, except for a heading over an error row). */
  formula: boolean;
  /** error: the code of the error finding that says why (null: the amount cell could not be read). */
  reason: FindingCode | null;
  /** error: true when no row above it that is allocated (or excluded) on its own covers its money, so the totals leave it out. */
  excluded: boolean;
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
  /** Rows (indexes into `TableModel.rows`) not allocated because of a broken key. */
  folded: { broken: BrokenKey; row: number }[];
}

type Resolution =
  | { kind: "allocate"; group: Group; key: Key }
  | { kind: "other" }
  /**
   * `folded`: not allocated because of a broken key, whose finding says so (no finding of its
   * own); `noKey`: no key covers the row's group in the period (one NO_KEY per group and period).
   */
  | { kind: "error"; folded?: BrokenKey; noKey?: Group };

type PlaceCell = "amount" | "name" | "key" | "recipient" | "passOn";

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
            : cell === "passOn"
              ? (r.source.passOnCell ?? r.source.nameCell)
              : r.source.nameCell;
    if (c) p.cell = c;
  }
  return p;
}

/** Findings about the row's `Nøgle` point at that cell, about its recipient at `Modtager`; others at its name. */
const KEY_CODES = new Set(["UNKNOWN_KEY", "AMBIGUOUS_KEY", "NO_KEY"]);
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
  /** True when amounts were restated by a price level: they are rounded with the rest, never NOT_ON_STEP. */
  bounded = false,
): PeriodLayout {
  const period = model.periods[periodIndex];
  const rows = model.rows;
  const findings: Finding[] = [];
  const folded: PeriodLayout["folded"] = [];
  const noKey: { group: Group; row: number }[] = [];
  const place = (r: InitiativeRow, cell: PlaceCell = "amount") =>
    rowPlace(r, model.periods, periodIndex, cell);

  const children: number[][] = rows.map(() => []);
  for (const r of rows) if (r.parent !== null) children[r.parent].push(r.id);
  // An unreadable amount is not a blank: the row is in error in this period (the parser's finding says why).
  // A row left out of the tree keeps its amount (shown, excluded), an unreadable one has none.
  const bad = rows.map(
    (r) => r.unreadable?.[periodIndex] === true || r.leftOut !== undefined,
  );
  const own = rows.map((r) =>
    r.unreadable?.[periodIndex] === true
      ? null
      : (r.amounts[periodIndex] ?? null),
  );
  /** The code of the first error finding per row (why it is not allocated). */
  const reason: (FindingCode | null)[] = rows.map((r) => r.leftOut ?? null);

  // Effective amount: the own amount, or (for a heading) the sum of its children's. An
  // unreadable row has none, but is shown (in error), and so is every row above it.
  const eff: (Dec | null)[] = rows.map(() => null);
  const shown = rows.map(() => false);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (own[i] !== null) eff[i] = own[i];
    else if (!bad[i]) {
      const kids = children[i].filter((c) => eff[c] !== null);
      if (kids.length > 0)
        eff[i] = kids.reduce((a, c) => a.plus(eff[c]!), new Dec(0));
    }
    shown[i] = eff[i] !== null || bad[i] || children[i].some((c) => shown[c]);
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
    // A sub-item that cannot be read explains the difference: its own finding says so.
    else if (!children[i].some((c) => bad[c])) {
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
    if (bad[i]) return { kind: "error" };
    const res = resolveKey(
      model.keys,
      r,
      period,
      (f) => {
        if (f.severity === "error") reason[i] ??= f.code;
        findings.push({ ...f, ...place(r, cellFor(f.code)) });
      },
      model.brokenKeys,
    );
    // Folded rows have no finding of their own: their reason is their cause's.
    if (res.kind === "error" && res.folded) {
      reason[i] ??= res.folded.cause.code;
      folded.push({ broken: res.folded, row: i });
    }
    if (res.kind === "error" && res.noKey) {
      reason[i] ??= "NO_KEY";
      noKey.push({ group: res.noKey, row: i });
    }
    if (res.kind === "allocate" && r.recipient.kind === "split") {
      const made = splitKey(
        res.key,
        r.recipient.fixed,
        r.recipient.basis?.[periodIndex] ?? own[i]!,
        decimals,
        r.recipient.label,
      );
      if ("error" in made) {
        reason[i] ??= made.error.code;
        findings.push({
          ...made.error,
          params: { ...made.error.params, initiative: r.name, period },
          ...place(r, "passOn"),
        });
        return { kind: "error" };
      }
      return { ...res, key: made.key };
    }
    if (
      res.kind === "allocate" &&
      !bounded &&
      toSteps(own[i]!, decimals) === null
    ) {
      reason[i] ??= "NOT_ON_STEP";
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
    if ((own[i] !== null && !linked[i]) || bad[i]) resolution[i] = resolve(i);

  // A linked parent over a row that could not be allocated is allocated on its own instead.
  const ok = rows.map(() => true);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (!shown[i]) continue;
    if (bad[i]) {
      ok[i] = false;
      continue;
    }
    const kids = children[i].filter((c) => shown[c]);
    if (own[i] === null) ok[i] = kids.every((c) => ok[c]);
    else if (linked[i]) {
      if (kids.every((c) => ok[c])) continue;
      linked[i] = false;
      resolution[i] = resolve(i);
      ok[i] = resolution[i]!.kind !== "error";
    } else ok[i] = resolution[i]!.kind !== "error";
  }

  folded.push(...noKeyFindings(noKey, rows, period, findings, place));

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
  // Without regions or municipalities (a second step over a region's hospitals), the first
  // group of own units the rows go to is the main sheet.
  const hasMunicipal = rows.some(
    (_, i) => own[i] !== null && groupOf(i) === "Kommuner",
  );
  const ownGroup =
    rows
      .map((_, i) => (own[i] !== null ? groupOf(i) : null))
      .find((g): g is Group => g !== null && !isStandardGroup(g)) ??
    model.keys.find(
      (e) =>
        !isStandardGroup(e.group) && (e.period === null || e.period === period),
    )?.group;
  const main: Group = hasRegional
    ? "Regioner"
    : hasMunicipal || ownGroup === undefined
      ? "Kommuner"
      : ownGroup;
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
    if (!shown[i]) continue;
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
    if (shown[i]) continue;
    const p = rows[i].parent;
    on[i].add(
      p === null ? sheetOfGroup(recipientGroup(rows[i])) : smallest(on[p]),
    );
  }

  if (!shown.some((x) => x)) return { sheets: [], findings, folded };
  const resolved: Resolved = {
    on,
    home,
    own,
    linked,
    resolution,
    children,
    decimals,
    reason,
    restated: bounded,
  };
  return {
    sheets: groups.map((group, s) =>
      buildSheet(model, periodIndex, group, s, resolved),
    ),
    findings,
    folded,
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
  reason: (FindingCode | null)[];
  /** Amounts restated by a price level: rows to other recipients carry their steps too (their national figure is rounded). */
  restated: boolean;
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

  // A sum over an error row keeps the others' sum but is not shown as a SUM formula; one with
  // nothing but errors below it has no figures. Children come after their parent, so one pass
  // from the bottom knows every child first (no recursion: sub-item chains can be deep).
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

  // An error row's money is left out of the totals unless a row above it takes the money as a
  // whole (allocated, shown under Øvrige or itself excluded): only headings and linked parents
  // pass their money down to their sub-items.
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

  const channels: ChannelMembers[] = [];
  for (let pos = 0; pos < layoutRows.length; pos++) {
    const sr = layoutRows[pos];
    if (sr.parent !== null || !hasFigures[pos]) continue;
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

/** The smallest of a few numbers (no spread: the set may be large). */
function smallest(values: Iterable<number>): number {
  let least = Infinity;
  for (const v of values) if (v < least) least = v;
  return least;
}

/**
 * The keys and broken keys that could serve a row in a period: those for exactly the period
 * win over period-less ones, broken and usable alike (a broken 2026 key is not replaced by an
 * every-period key).
 */
function candidates(
  keys: readonly KeyEntry[],
  broken: readonly BrokenKey[],
  period: string,
  matchKey: (e: KeyEntry) => boolean,
  matchBroken: (b: BrokenKey) => boolean,
): { keys: KeyEntry[]; broken: BrokenKey[] } {
  const pick = (p: string | null) => ({
    keys: keys.filter((e) => e.period === p && matchKey(e)),
    broken: broken.filter((b) => b.period === p && matchBroken(b)),
  });
  const exact = pick(period);
  return exact.keys.length + exact.broken.length > 0 ? exact : pick(null);
}

/**
 * Key resolution for one row allocated on its own (SPEC §1 `Nøgle`, `Modtager`). A row whose
 * key (named, or the one for its group) is broken is an error folded into that key's finding.
 */
export function resolveKey(
  keys: readonly KeyEntry[],
  row: InitiativeRow,
  period: string,
  report: (f: Finding) => void,
  broken: readonly BrokenKey[] = [],
): Resolution {
  const recipient = row.recipient;
  if (recipient.kind === "other") {
    // An unknown unit already has its error (what happened and what to do): no second, contradicting finding.
    if (!recipient.unknownUnit)
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
    const named = candidates(
      keys,
      broken,
      period,
      (e) => sameName(e.key.name, row.keyName!),
      (b) => b.name === null || sameName(b.name, row.keyName!),
    );
    if (named.broken.length > 0)
      return { kind: "error", folded: named.broken[0] };
    if (named.keys.length === 1)
      return narrowed(row, named.keys[0].group, named.keys[0].key, report);
    if (named.keys.length === 0)
      report(
        finding("error", "UNKNOWN_KEY", {
          key: row.keyName,
          initiative: row.name,
          period,
        }),
      );
    else report(ambiguousKey(recipient.group, period, named.keys));
    return { kind: "error" };
  }
  const fits = candidates(
    keys,
    broken,
    period,
    (e) => e.group === recipient.group,
    (b) => b.group === null || b.group === recipient.group,
  );
  if (fits.broken.length > 0) return { kind: "error", folded: fits.broken[0] };
  if (fits.keys.length === 1)
    return narrowed(row, recipient.group, fits.keys[0].key, report);
  if (fits.keys.length > 1) {
    report(ambiguousKey(recipient.group, period, fits.keys));
    return { kind: "error" };
  }
  if (recipient.group === "Kommuner") {
    report(
      finding("info", "NO_MUNICIPAL_KEY", { period, initiative: row.name }),
    );
    return { kind: "other" };
  }
  return { kind: "error", noKey: recipient.group };
}

/** A row for some of a group's units (`Kommuner i Region Nordjylland`) is split by its key restricted to them. */
function narrowed(
  row: InitiativeRow,
  group: Group,
  key: Key,
  report: (f: Finding) => void,
): Resolution {
  const recipient = row.recipient;
  if (recipient.kind !== "subset") return { kind: "allocate", group, key };
  const sub = subsetKey(key, recipient.units, recipient.label);
  if (sub) return { kind: "allocate", group, key: sub };
  report(
    finding("error", "SUBSET_NOT_IN_KEY", {
      initiative: row.name,
      recipient: recipient.label,
      key: key.name,
    }),
  );
  return { kind: "error" };
}

/** Names of rows a finding counts: the first few, then an ellipsis. */
const SHOWN_NAMES = 3;

/**
 * One NO_KEY per group and period for the rows no key covers (not one per row), pointing at
 * the first; returned as folded rows so each row can be traced to it.
 */
function noKeyFindings(
  noKey: readonly { group: Group; row: number }[],
  rows: readonly InitiativeRow[],
  period: string,
  findings: Finding[],
  place: (r: InitiativeRow, cell: PlaceCell) => FindingPlace,
): { broken: BrokenKey; row: number }[] {
  const out: { broken: BrokenKey; row: number }[] = [];
  for (const group of new Set(noKey.map((n) => n.group))) {
    const ids = [
      ...new Set(noKey.filter((n) => n.group === group).map((n) => n.row)),
    ];
    const names = ids.map((i) => `"${rows[i].name}"`);
    // About many rows: points at the first row's cells, but names no one initiative.
    const where = { ...place(rows[ids[0]], "key") };
    delete where.initiative;
    const cause = finding(
      "error",
      "NO_KEY",
      {
        group,
        period,
        count: ids.length,
        names:
          names.slice(0, SHOWN_NAMES).join(", ") +
          (names.length > SHOWN_NAMES ? ", …" : ""),
      },
      where,
    );
    findings.push(cause);
    const broken: BrokenKey = { name: null, group, period, cause };
    for (const row of ids) out.push({ broken, row });
  }
  return out;
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
