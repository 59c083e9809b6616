import { Dec, Role } from "../../engine";
import { columnLetters } from "../columns";
import { summedCells } from "./formulas";

/** `I alt`, `Total`, `Sum`, `Totalt`, `I alt Region Syd`, `Region Syd i alt`, `Sum of …`, `Subtotal`. */
const TOTAL_LABEL =
  /^(i ?alt|total|totalt|sum|subtotal|sub-total|samlet|hovedtotal|grand total)\b|\bi ?alt$|\btotal$/i;

type How = "formula" | "label" | "sum";

/**
 * One dimension of the range (rows; or columns, with `turned`): `get(i, j)` is the figure at
 * position i along it and j across.
 */
export interface Dimension {
  /** Positions along, and across. */
  n: number;
  m: number;
  /** Per position along / across: a label line (no figures). */
  label: boolean[];
  across: boolean[];
  get: (i: number, j: number) => Dec | null;
  formulaAt: (i: number, j: number) => string | null;
  /** The sheet position of the first line along, and across. */
  origin: number;
  originAcross: number;
  labelOf: (i: number) => string;
  /** Decimals of the finest figure: totals may differ from their parts' sum by half a step each. */
  places: number;
  turned: boolean;
}

/** What is found along a dimension so far: each line's role, how a total was found, and which lines a total has claimed. */
interface Found {
  roles: Role[];
  how: (How | null)[];
  claimed: boolean[];
}

/** The roles along one dimension, and what was found said in Danish and English. */
export function roles(d: Dimension): {
  roles: Role[];
  said: { da: string; en: string }[];
} {
  const found: Found = {
    roles: d.label.map((l) => (l ? { kind: "label" } : { kind: "figures" })),
    how: new Array(d.n).fill(null),
    claimed: new Array<boolean>(d.n).fill(false),
  };
  formulaTotals(d, found);
  labelTotals(d, found);
  if (!found.roles.some((r) => r.kind === "total")) sumTotal(d, found);
  return { roles: found.roles, said: said(d, found) };
}

/** Line t is the sum of `members` in every column across (within rounding), and has a figure somewhere. */
function addsUp(d: Dimension, t: number, members: number[]): boolean {
  const half = new Dec(10).pow(-d.places).div(2);
  let any = false;
  for (let j = 0; j < d.m; j++) {
    if (d.across[j] || d.get(t, j) === null) continue;
    const sum = members.reduce((s, i) => s.plus(d.get(i, j) ?? 0), new Dec(0));
    if (
      d
        .get(t, j)!
        .minus(sum)
        .abs()
        .gt(half.times(members.length + 1))
    )
      return false;
    any = true;
  }
  return any;
}

/** 1. SUM formulas over a block of this dimension (same position across as the cell). */
function formulaTotals(d: Dimension, found: Found): void {
  for (let t = 0; t < d.n; t++) {
    if (d.label[t]) continue;
    const votes = new Map<string, number[]>();
    for (let j = 0; j < d.m; j++) {
      const members = summedMembers(d, t, j);
      if (members && members.length > 0) votes.set(members.join(","), members);
    }
    if (votes.size === 0) continue;
    const members = [...votes.values()][0];
    if (members.some((i) => found.claimed[i])) continue;
    members.forEach((i) => (found.claimed[i] = true));
    found.roles[t] = { kind: "total", of: members };
    found.how[t] = "formula";
  }
}

/** The figure lines a SUM formula at (t, j) adds, when they all lie along this dimension in its column. */
function summedMembers(d: Dimension, t: number, j: number): number[] | null {
  const f = d.formulaAt(t, j);
  const summed = f ? summedCells(f) : null;
  if (!summed) return null;
  const along = summed.map(([r, c]) =>
    d.turned
      ? [c - d.origin, r - d.originAcross]
      : [r - d.origin, c - d.originAcross],
  );
  if (!along.every(([i, jj]) => jj === j && i >= 0 && i < d.n && i !== t))
    return null;
  return [...new Set(along.map(([i]) => i))]
    .filter((i) => !d.label[i])
    .sort((a, b) => a - b);
}

/** 2. Labels: the open lines since the previous total, or every open line when those add up to it. */
function labelTotals(d: Dimension, found: Found): void {
  const { roles: out, claimed } = found;
  const open: number[] = [];
  for (let t = 0; t < d.n; t++) {
    if (d.label[t]) continue;
    if (out[t].kind === "total" || !TOTAL_LABEL.test(d.labelOf(t))) {
      if (!claimed[t]) open.push(t);
      continue;
    }
    let last = -1;
    open.forEach((i, k) => out[i].kind === "total" && (last = k));
    const recent = open.slice(last + 1);
    const members =
      recent.length > 0 && (addsUp(d, t, recent) || !addsUp(d, t, open))
        ? recent
        : open.slice();
    if (members.length === 0) continue;
    members.forEach((i) => (claimed[i] = true));
    open.splice(0, open.length, ...open.filter((i) => !claimed[i]), t);
    out[t] = { kind: "total", of: members };
    found.how[t] = "label";
  }
}

/** 3. Nothing found: a last line equal to the sum of the others within rounding. */
function sumTotal(d: Dimension, found: Found): void {
  const figureRows = found.roles
    .map((r, i) => (r.kind === "figures" ? i : -1))
    .filter((i) => i >= 0);
  const last = figureRows[figureRows.length - 1];
  const others = figureRows.slice(0, -1);
  // Not a row of zeros (it would "add up" to anything that is zero too).
  const nonzero =
    last !== undefined &&
    Array.from({ length: d.m }, (_, j) => d.get(last, j)).some(
      (v) => v !== null && !v.isZero(),
    );
  if (others.length >= 2 && nonzero && addsUp(d, last, others)) {
    found.roles[last] = { kind: "total", of: others };
    found.how[last] = "sum";
  }
}

/** Each total found, said as "row 7 = 2–6 (SUM formula)". */
function said(d: Dimension, found: Found): { da: string; en: string }[] {
  const name = (i: number) =>
    d.turned ? columnLetters(d.origin + i) : String(d.origin + i + 1);
  const span = (list: number[]) => {
    const parts: string[] = [];
    for (let k = 0; k < list.length;) {
      let e = k;
      while (e + 1 < list.length && list[e + 1] === list[e] + 1) e++;
      parts.push(e > k ? `${name(list[k])}–${name(list[e])}` : name(list[k]));
      k = e + 1;
    }
    return parts.join(", ");
  };
  return found.roles.flatMap((r, t) => {
    if (r.kind !== "total") return [];
    const why = {
      formula: ["SUM-formel", "SUM formula"],
      label: [`"${d.labelOf(t)}"`, `"${d.labelOf(t)}"`],
      sum: ["summen af de øvrige", "the sum of the others"],
    }[found.how[t]!];
    return [
      {
        da: `${d.turned ? "kolonne" : "række"} ${name(t)} = ${span(r.of)} (${why[0]})`,
        en: `${d.turned ? "column" : "row"} ${name(t)} = ${span(r.of)} (${why[1]})`,
      },
    ];
  });
}
