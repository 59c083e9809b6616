/**
 * The "heraf" tree of the initiatives table (SPEC §1, `Overordnet`): from the `Overordnet` column
 * when there is one, else from the layout – the indent of the name cell (Excel's indent or leading
 * spaces), names starting with `Heraf`, and `heraf` label rows. Where the layout leaves the
 * reading open, a finding says which reading was taken.
 */
import type { Dec, FindingCode } from "../engine";
import { nameKey } from "../engine";
import type { FindingList } from "./report";

/** What the tree needs of one initiative row, in sheet order. */
export interface TreeRow {
  name: string;
  nameCell: string;
  /** Indent of the name cell: Excel's indent level × 4 plus leading spaces. */
  indent: number;
  /** The name starts with `Heraf`/`heraf:`/`Heraf til`/`Of which`. */
  heraf: boolean;
  /** A `heraf` label row stands right above this row. */
  labelAbove: boolean;
  /** A blank row, a total row or a label row ends a guessed group before this row. */
  breakAbove: boolean;
  parentName: string;
  amounts: (Dec | null)[];
}

/** Names starting with `Heraf`, `heraf:`, `Heraf til`, `Of which` (the label row itself is `isHerafLabel`). */
export function startsWithHeraf(name: string): boolean {
  return /^(heraf|of which)\b[\s:–-]*\S/i.test(name.trim());
}

/** A row whose parent cannot be placed: shown at top level, not allocated (a finding says why). */
export const LEFT_OUT = -2;

/** Parent per row (-1: top level; LEFT_OUT, reported) from the `Overordnet` column. */
export function parentsByName(
  rows: readonly TreeRow[],
  sheet: string,
  out: FindingList,
  /** Filled with the code of the finding that left each row out. */
  leftOut: Map<number, FindingCode> = new Map(),
): number[] {
  const byName = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = nameKey(r.name);
    const list = byName.get(k);
    if (list) list.push(i);
    else byName.set(k, [i]);
  });
  const parents = rows.map((r, i) => {
    if (r.parentName === "") return -1;
    const candidates = (byName.get(nameKey(r.parentName)) ?? []).filter(
      (j) => j !== i,
    );
    const before = candidates.filter((j) => j < i);
    return before.length > 0
      ? before[before.length - 1]
      : candidates.length > 0
        ? candidates[0]
        : -3;
  });
  // -3: unknown parent; a row on a cycle (A under B under A) has no top. Walked iteratively: a
  // chain may be thousands of rows long.
  const state = new Int8Array(rows.length); // 0 unknown, 1 reaches the top, 2 left out
  const onCycle = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    if (state[i] !== 0) continue;
    const path: number[] = [];
    const position = new Map<number, number>();
    let p = i;
    let outcome: 1 | 2 = 1;
    for (;;) {
      if (p === -1 || state[p] === 1) break;
      if (p === -3 || state[p] === 2) {
        outcome = 2;
        break;
      }
      const seen = position.get(p);
      if (seen !== undefined) {
        for (const q of path.slice(seen)) onCycle.add(q);
        outcome = 2;
        break;
      }
      position.set(p, path.length);
      path.push(p);
      p = parents[p];
    }
    for (const q of path) state[q] = outcome;
  }
  rows.forEach((r, i) => {
    if (state[i] !== 2) return;
    const place = { sheet, cell: r.nameCell, initiative: r.name };
    const params = { parent: r.parentName, initiative: r.name };
    const code: FindingCode =
      parents[i] === -3
        ? "UNKNOWN_PARENT"
        : onCycle.has(i)
          ? "PARENT_CYCLE"
          : "PARENT_LEFT_OUT";
    out.add("error", code, params, place);
    leftOut.set(i, code);
  });
  return parents.map((p, i) => (state[i] === 2 ? LEFT_OUT : p));
}

const sumInto = (sums: (Dec | null)[], amounts: readonly (Dec | null)[]) =>
  amounts.forEach((a, k) => {
    if (a !== null) sums[k] = sums[k] === null ? a : sums[k]!.plus(a);
  });

/** Whether sub-item sums have reached the parent's amounts: all reached ("equal"), one passed ("passed"), or not yet. */
function reached(
  parent: readonly (Dec | null)[],
  sums: readonly (Dec | null)[],
): "equal" | "passed" | null {
  let all = true;
  let any = false;
  let passed = false;
  parent.forEach((a, k) => {
    if (a === null || a.isZero()) return;
    any = true;
    const s = sums[k]?.abs() ?? null;
    if (s === null || s.lt(a.abs())) all = false;
    if (s !== null && s.gt(a.abs())) passed = true;
  });
  if (!any) return null;
  if (passed) return "passed";
  return all ? "equal" : null;
}

/** Rows read as sub-items of the row above a `heraf` label (a guess, reported when closed). */
interface GuessedGroup {
  /** The row above the label. */
  anchor: number;
  /** The level its members get: half a level below the anchor. */
  level: number;
  members: number[];
  /** The members' amounts added up, per period. */
  sums: (Dec | null)[];
}

/** A row right under a `heraf` label, not a `Heraf …` row, indented no deeper than the row above the label. */
function opensGroup(rows: readonly TreeRow[], i: number): boolean {
  const r = rows[i];
  return r.labelAbove && i > 0 && r.indent <= rows[i - 1].indent && !r.heraf;
}

function guessedGroup(
  rows: readonly TreeRow[],
  levels: readonly number[],
  anchor: number,
): GuessedGroup {
  return {
    anchor,
    level: levels[anchor] + 0.5,
    members: [],
    sums: rows[anchor].amounts.map(() => null),
  };
}

/** A `Heraf …` row's level: half a level below the nearest plain row above it with no more indent. */
function herafLevel(
  rows: readonly TreeRow[],
  levels: readonly number[],
  i: number,
): number {
  const r = rows[i];
  let anchor = i - 1;
  while (anchor >= 0 && (rows[anchor].heraf || rows[anchor].indent > r.indent))
    anchor--;
  return anchor >= 0 ? levels[anchor] + 0.5 : r.indent;
}

/**
 * Parent per row from the layout. Rows are levels on a stack: a row's parent is the nearest row
 * above with a lower level. A plain row's level is its indent; a `Heraf …` row sits half a level
 * below the nearest plain row above it with no more indent. Rows under a `heraf` label that are
 * not indented deeper than the row above the label are a guess: they are read as its sub-items
 * until they add up to its amount (or pass it), or a blank, total or label row comes – and a
 * finding says which rows were read so.
 */
export function parentsByLayout(
  rows: readonly TreeRow[],
  sheet: string,
  out: FindingList,
): number[] {
  const levels: number[] = [];
  const parents: number[] = [];
  const stack: number[] = [];
  let group: GuessedGroup | null = null;
  const closeGroup = (how: "equal" | "passed" | "open") => {
    if (!group || group.members.length === 0) {
      group = null;
      return;
    }
    const a = rows[group.anchor];
    const first = rows[group.members[0]];
    const last = rows[group.members[group.members.length - 1]];
    out.add(
      how === "passed" ? "warning" : "info",
      how === "passed" ? "HERAF_UNCLEAR" : "HERAF_READ",
      {
        parent: a.name,
        first: first.nameCell,
        last: last.nameCell,
        count: group.members.length,
        how,
      },
      { sheet, cell: first.nameCell, initiative: a.name },
    );
    group = null;
  };
  rows.forEach((r, i) => {
    if (group && (r.breakAbove || r.labelAbove)) closeGroup("open");
    if (opensGroup(rows, i)) group = guessedGroup(rows, levels, i - 1);
    let level: number;
    if (group && !r.heraf && r.indent <= rows[group.anchor].indent) {
      level = group.level;
      group.members.push(i);
      sumInto(group.sums, r.amounts);
    } else level = r.heraf ? herafLevel(rows, levels, i) : r.indent;
    while (stack.length > 0 && levels[stack[stack.length - 1]] >= level)
      stack.pop();
    parents.push(stack.length > 0 ? stack[stack.length - 1] : -1);
    levels.push(level);
    stack.push(i);
    if (group && group.members[group.members.length - 1] === i) {
      const how = reached(rows[group.anchor].amounts, group.sums);
      if (how) closeGroup(how);
    }
  });
  closeGroup("open");
  return parents;
}
