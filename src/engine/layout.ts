import { Dec, shownAmount, stepOf, toSteps } from "./decimal";
import { Finding, FindingCode, FindingPlace, finding } from "./findings";
import { Key } from "./key";
import { recipientGroup, resolveKey, Resolution } from "./key-resolution";
import { buildSheet, Resolved } from "./layout-sheet";
import { splitKey } from "./own-keys";
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

/** Lays out one period: resolves keys, finds linked parents and decides which sheet shows each row. */
export function layoutPeriod(
  model: TableModel,
  periodIndex: number,
  decimals: number,
  /** True when amounts were restated by a price level: they are rounded with the rest, never NOT_ON_STEP. */
  bounded = false,
): PeriodLayout {
  const rows = new PeriodRows(model, periodIndex, decimals, bounded);
  rows.reportNegativeAmounts();
  rows.linkParents();
  rows.resolveAll();
  rows.unlinkOverFailures();
  const { findings, folded } = rows;
  folded.push(
    ...noKeyFindings(rows.noKey, model.rows, rows.period, findings, rows.place),
  );
  const groups = rows.sheetGroups();
  if (!rows.shown.some((x) => x)) return { sheets: [], findings, folded };
  const resolved: Resolved = {
    ...rows.sheetsOfRows(groups),
    own: rows.own,
    linked: rows.linked,
    resolution: rows.resolution,
    children: rows.children,
    decimals,
    reason: rows.reason,
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

/** One period's rows before any sheet: their amounts, links to sub-items and keys, and the findings on the way. */
class PeriodRows {
  readonly period: string;
  readonly findings: Finding[] = [];
  readonly folded: PeriodLayout["folded"] = [];
  /** Rows no key covers, for one NO_KEY per group. */
  readonly noKey: { group: Group; row: number }[] = [];
  readonly children: number[][];
  /** In error in this period: an unreadable amount (the parser's finding says why) or left out of the tree. */
  private readonly bad: boolean[];
  /** The own amount in the period (none when unreadable; a row left out of the tree keeps its amount). */
  readonly own: (Dec | null)[];
  /** The code of the first error finding per row (why it is not allocated). */
  readonly reason: (FindingCode | null)[];
  /** The own amount, or (for a heading) the sum of its children's. */
  private readonly eff: (Dec | null)[];
  /** Shown in the period: it has an amount, is in error, or is above such a row. */
  readonly shown: boolean[];
  /** A parent whose sub-items add up to its own amount. */
  readonly linked: boolean[];
  /** Key resolution, for rows allocated on their own. */
  readonly resolution: (Resolution | null)[];
  private readonly rows: readonly InitiativeRow[];

  constructor(
    private readonly model: TableModel,
    private readonly periodIndex: number,
    private readonly decimals: number,
    private readonly bounded: boolean,
  ) {
    const rows = (this.rows = model.rows);
    this.period = model.periods[periodIndex];
    this.children = rows.map(() => []);
    for (const r of rows)
      if (r.parent !== null) this.children[r.parent].push(r.id);
    this.bad = rows.map(
      (r) => r.unreadable?.[periodIndex] === true || r.leftOut !== undefined,
    );
    this.own = rows.map((r) =>
      r.unreadable?.[periodIndex] === true
        ? null
        : (r.amounts[periodIndex] ?? null),
    );
    this.reason = rows.map((r) => r.leftOut ?? null);
    this.eff = rows.map(() => null);
    this.shown = rows.map(() => false);
    this.linked = rows.map(() => false);
    this.resolution = rows.map(() => null);
    this.effectiveAmounts();
  }

  readonly place = (r: InitiativeRow, cell: PlaceCell = "amount") =>
    rowPlace(r, this.model.periods, this.periodIndex, cell);

  /** Effective amounts and which rows are shown; an unreadable row has no amount but is shown (in error), as is every row above it. */
  private effectiveAmounts(): void {
    const { own, bad, eff, shown, children } = this;
    for (let i = this.rows.length - 1; i >= 0; i--) {
      if (own[i] !== null) eff[i] = own[i];
      else if (!bad[i]) {
        const kids = children[i].filter((c) => eff[c] !== null);
        if (kids.length > 0)
          eff[i] = kids.reduce((a, c) => a.plus(eff[c]!), new Dec(0));
      }
      shown[i] = eff[i] !== null || bad[i] || children[i].some((c) => shown[c]);
    }
  }

  reportNegativeAmounts(): void {
    this.rows.forEach((r, i) => {
      const own = this.own[i];
      if (own !== null && own.isNegative() && !own.isZero())
        this.findings.push(
          finding(
            "info",
            "NEGATIVE_AMOUNT",
            { initiative: r.name, amount: own.toString(), period: this.period },
            this.place(r),
          ),
        );
    });
  }

  /** A parent with its own amount is linked to its children when they add up to it. */
  linkParents(): void {
    const { own, eff, children } = this;
    for (let i = 0; i < this.rows.length; i++) {
      const kids = children[i].filter((c) => eff[c] !== null);
      if (own[i] === null || kids.length === 0) continue;
      const sum = kids.reduce((a, c) => a.plus(eff[c]!), new Dec(0));
      if (sum.eq(own[i]!)) this.linked[i] = true;
      // A sub-item that cannot be read explains the difference: its own finding says so.
      else if (!children[i].some((c) => this.bad[c]))
        this.findings.push(
          finding(
            "warning",
            "CHILDREN_SUM_MISMATCH",
            {
              initiative: this.rows[i].name,
              children: shownAmount(sum, this.decimals),
              parent: shownAmount(own[i]!, this.decimals),
              period: this.period,
            },
            this.place(this.rows[i]),
          ),
        );
    }
  }

  /** Resolves the key of every row allocated on its own (and of every row in error). */
  resolveAll(): void {
    for (let i = 0; i < this.rows.length; i++)
      if ((this.own[i] !== null && !this.linked[i]) || this.bad[i])
        this.resolution[i] = this.resolve(i);
  }

  /** A linked parent over a row that could not be allocated is allocated on its own instead. */
  unlinkOverFailures(): void {
    const { own, linked, resolution } = this;
    const ok = this.rows.map(() => true);
    for (let i = this.rows.length - 1; i >= 0; i--) {
      if (!this.shown[i]) continue;
      if (this.bad[i]) {
        ok[i] = false;
        continue;
      }
      const kids = this.children[i].filter((c) => this.shown[c]);
      if (own[i] === null) ok[i] = kids.every((c) => ok[c]);
      else if (linked[i]) {
        if (kids.every((c) => ok[c])) continue;
        linked[i] = false;
        resolution[i] = this.resolve(i);
        ok[i] = resolution[i]!.kind !== "error";
      } else ok[i] = resolution[i]!.kind !== "error";
    }
  }

  /** One row's resolution; every way it can fail leaves its reason and (unless folded) a finding. */
  private resolve(i: number): Resolution {
    const r = this.rows[i];
    if (this.bad[i]) return { kind: "error" };
    const res = resolveKey(
      this.model.keys,
      r,
      this.period,
      (f) => {
        if (f.severity === "error") this.reason[i] ??= f.code;
        this.findings.push({ ...f, ...this.place(r, cellFor(f.code)) });
      },
      this.model.brokenKeys,
    );
    if (res.kind === "error") this.noteUnresolved(i, res);
    if (res.kind !== "allocate") return res;
    if (r.recipient.kind === "split") return this.withFixedAmounts(i, res);
    if (!this.bounded && toSteps(this.own[i]!, this.decimals) === null)
      return this.notOnStep(i);
    return res;
  }

  /** Folded rows have no finding of their own: their reason is their cause's; rows no key covers wait for one NO_KEY. */
  private noteUnresolved(
    i: number,
    res: Extract<Resolution, { kind: "error" }>,
  ): void {
    if (res.folded) {
      this.reason[i] ??= res.folded.cause.code;
      this.folded.push({ broken: res.folded, row: i });
    }
    if (res.noKey) {
      this.reason[i] ??= "NO_KEY";
      this.noKey.push({ group: res.noKey, row: i });
    }
  }

  /** A row with fixed amounts for some units: the rest by the key (its basis in the period, else its amount). */
  private withFixedAmounts(
    i: number,
    res: Extract<Resolution, { kind: "allocate" }>,
  ): Resolution {
    const r = this.rows[i];
    if (r.recipient.kind !== "split") return res;
    const made = splitKey(
      res.key,
      r.recipient.fixed,
      r.recipient.basis?.[this.periodIndex] ?? this.own[i]!,
      this.decimals,
      r.recipient.label,
    );
    if (!("error" in made)) return { ...res, key: made.key };
    this.reason[i] ??= made.error.code;
    this.findings.push({
      ...made.error,
      params: { ...made.error.params, initiative: r.name, period: this.period },
      ...this.place(r, "passOn"),
    });
    return { kind: "error" };
  }

  private notOnStep(i: number): Resolution {
    const r = this.rows[i];
    this.reason[i] ??= "NOT_ON_STEP";
    this.findings.push(
      finding(
        "error",
        "NOT_ON_STEP",
        {
          amount: this.own[i]!.toString(),
          step: stepOf(this.decimals).toString(),
          initiative: r.name,
          period: this.period,
        },
        this.place(r),
      ),
    );
    return { kind: "error" };
  }

  /** The group a row with its own amount goes to. */
  private groupOf(i: number): Group | null {
    const res = this.resolution[i];
    return res?.kind === "allocate" ? res.group : recipientGroup(this.rows[i]);
  }

  /** Sheets: the main one first, then any other group allocated to. */
  sheetGroups(): Group[] {
    const groups: Group[] = [this.mainGroup()];
    for (const res of this.resolution) {
      if (res?.kind === "allocate" && !groups.includes(res.group))
        groups.push(res.group);
    }
    return groups;
  }

  /**
   * Regioner if anything is regional, else Kommuner; without regions or municipalities (a
   * second step over a region's hospitals), the first group of own units the rows go to.
   */
  private mainGroup(): Group {
    const { rows, own, period } = this;
    const current = (e: KeyEntry) => e.period === null || e.period === period;
    const hasRegional =
      this.model.keys.some((e) => e.group === "Regioner" && current(e)) ||
      rows.some((_, i) => own[i] !== null && this.groupOf(i) === "Regioner");
    if (hasRegional) return "Regioner";
    const hasMunicipal = rows.some(
      (_, i) => own[i] !== null && this.groupOf(i) === "Kommuner",
    );
    const ownGroup =
      rows
        .map((_, i) => (own[i] !== null ? this.groupOf(i) : null))
        .find((g): g is Group => g !== null && !isStandardGroup(g)) ??
      this.model.keys.find((e) => !isStandardGroup(e.group) && current(e))
        ?.group;
    return hasMunicipal || ownGroup === undefined ? "Kommuner" : ownGroup;
  }

  /** Sheets each row appears on: sources on their own, parents wherever their sub-items are, blanks with their parent. */
  sheetsOfRows(groups: readonly Group[]): {
    on: Set<number>[];
    home: number[];
  } {
    const rows = this.rows;
    const sheetOfGroup = (g: Group | null) =>
      g !== null && groups.includes(g) ? groups.indexOf(g) : 0;
    const on: Set<number>[] = rows.map(() => new Set<number>());
    const home: number[] = rows.map(() => -1);
    for (let i = rows.length - 1; i >= 0; i--) {
      if (!this.shown[i]) continue;
      const res = this.resolution[i];
      if (res) {
        home[i] =
          res.kind === "allocate"
            ? groups.indexOf(res.group)
            : res.kind === "other"
              ? 0
              : sheetOfGroup(recipientGroup(rows[i]));
        on[i].add(home[i]);
      }
      for (const c of this.children[i]) for (const s of on[c]) on[i].add(s);
    }
    for (let i = 0; i < rows.length; i++) {
      if (this.shown[i]) continue;
      const p = rows[i].parent;
      on[i].add(
        p === null ? sheetOfGroup(recipientGroup(rows[i])) : smallest(on[p]),
      );
    }
    return { on, home };
  }
}

/** The smallest of a few numbers (no spread: the set may be large). */
function smallest(values: Iterable<number>): number {
  let least = Infinity;
  for (const v of values) if (v < least) least = v;
  return least;
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
