import { floorDiv } from "./decimal";
import { sumColumns } from "./sums";
import { EXACT, Wholes, wholeAt, zeros } from "./wholes";
import { Key } from "./key";
import { SheetLayout, SheetRow } from "./layout";

/**
 * The exact value of every unit figure of a sheet, as floor + rem/D steps with one common
 * denominator D (the least common multiple of the sheet's key totals), so that any two figures
 * compare, add and cost exactly. All methods start from these numbers.
 */
export interface ExactCells {
  /** 1 where the row has a figure for the unit (a key unit, or any child with one). */
  present: Uint8Array;
  floor: Wholes;
  /** 0 ≤ rem < D. */
  rem: Wholes;
  /**
   * Sums only: per unit, how many whole steps the members' remainders add up to, i.e. this
   * figure's floor minus the members' floors.
   */
  carry?: Int32Array;
  /** Sum of the remainders over the units, divided by D, rounded down: how many figures round up at least (all of them, unless the national figure is rounded too). */
  ups: number;
  /**
   * Bounded sheets only (amounts restated by a price level): the national figure's exact value
   * as floor + rem/D, and for sums the carry of their members' remainders.
   */
  national?: Bounded;
  /**
   * Bounded sheets only: the figure under Øvrige modtagere (a row to another recipient: its
   * national figure; a source row: 0; a sum: its members'), rounded like a unit's column.
   */
  other?: Bounded;
}

/** A figure rounded on a bounded sheet besides the units': floor + rem/D, and for sums their members' carry. */
export interface Bounded {
  floor: bigint;
  rem: bigint;
  carry: number;
}

/** Node numbering: sheet rows 0..R-1, then one per channel subtotal, then the grand total. */
export interface ExactTable {
  units: number;
  D: bigint;
  /** Per node: its exact figures, or null when it has none (Øvrige, errors, labels). */
  cells: (ExactCells | null)[];
  /** Per node: the node its figures are summed into (a sum row, subtotal or the total), or -1. */
  up: number[];
  /** Per node: the nodes summed into it, in sheet order. */
  down: number[][];
  rowCount: number;
  /**
   * True when some national figure is not on the step (restated amounts): national figures are
   * rounded too, and so are rows to other recipients (figures `units`: national, `units` + 1:
   * Øvrige modtagere), which then have cells without units.
   */
  bounded: boolean;
  subtotalNode: (channel: number) => number;
  totalNode: number;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The sheet's common denominator: every key's total (D), times the finest restated scale (S). */
export interface Denominator {
  /** Steps are counted in 1/D: the keys' common total times S. */
  D: bigint;
  /** The keys' common total alone. */
  keyD: bigint;
  /** Restated amounts count 1/scale steps: one common scale (a power of ten) for the sheet. */
  S: bigint;
  /** Each key's weights scaled to the common total. */
  scaled: Map<Key, bigint[]>;
  /** Some restated amount (of a row by key or to another recipient) is off the step. */
  bounded: boolean;
}

function denominatorOf(sheet: SheetLayout): Denominator {
  let D = 1n;
  const keys: Key[] = [];
  let S = 1n;
  let bounded = false;
  for (const sr of sheet.rows) {
    if (sr.kind === "source" && sr.key && !keys.includes(sr.key)) {
      keys.push(sr.key);
      D = (D / gcd(D, sr.key.total)) * sr.key.total;
    }
    if ((sr.kind === "source" || sr.kind === "other") && sr.scale) {
      bounded = true;
      if (sr.scale > S) S = sr.scale;
    }
  }
  const scaled = new Map<Key, bigint[]>(
    keys.map((k) => [k, k.weights.map((w) => w * (D / k.total))]),
  );
  return { D: D * S, keyD: D, S, scaled, bounded };
}

const NONE = (): Bounded => ({ floor: 0n, rem: 0n, carry: 0 });

/** A restated row to another recipient: no unit figures, its national figure and the same under Øvrige modtagere. */
function otherCells(sr: SheetRow, n: number, d: Denominator): ExactCells {
  const nat = sr.steps * (d.S / (sr.scale ?? 1n)) * d.keyD;
  const floor = floorDiv(nat, d.D);
  const national = { floor, rem: nat - floor * d.D, carry: 0 };
  return {
    present: new Uint8Array(n),
    floor: zeros(n),
    rem: zeros(n),
    ups: 0,
    national,
    other: { ...national },
  };
}

/** A source row's exact cells: its steps times each key weight, over D, as floor and remainder. */
function sourceCells(
  sr: SheetRow,
  n: number,
  d: Denominator,
): ExactCells & { national: NonNullable<ExactCells["national"]> } {
  const { D, S } = d;
  const present = new Uint8Array(n);
  const w = d.scaled.get(sr.key!)!;
  const steps = sr.steps * (S / (sr.scale ?? 1n));
  for (let k = 0; k < w.length; k++) present[sr.keyUnits[k]] = 1;
  const { floor, rem } =
    shareInDoubles(steps, w, d, sr.keyUnits, n) ??
    shareInBigInt(steps, w, D, sr.keyUnits, n);
  const nat = steps * d.keyD;
  const natFloor = floorDiv(nat, D);
  const national = { floor: natFloor, rem: nat - natFloor * D, carry: 0 };
  return {
    present,
    floor,
    rem,
    ups: upsOf(rem, D),
    national,
    other: NONE(),
  };
}

/**
 * steps × w / D as floor and remainder in doubles, when every product and D are below 2^52 (so
 * that each is exact and so is floor × D): no BigInt per cell (20.000 rows × 98, issue 17).
 * Null when they are not.
 */
export function shareInDoubles(
  steps: bigint,
  w: readonly bigint[],
  d: Denominator,
  units: readonly number[],
  n: number,
): { floor: Wholes; rem: Wholes } | null {
  const LIMIT = 2 ** 52;
  const s = Number(steps);
  const D = Number(d.D);
  if (D >= LIMIT || Math.abs(s) >= LIMIT) return null;
  let largest = 0;
  for (const x of w)
    if (Math.abs(Number(x)) > largest) largest = Math.abs(Number(x));
  if (Math.abs(s) * largest >= LIMIT) return null;
  const floor = new Float64Array(n);
  const rem = new Float64Array(n);
  for (let k = 0; k < w.length; k++) {
    const num = s * Number(w[k]);
    const f = floorInDoubles(num, D);
    floor[units[k]] = f;
    rem[units[k]] = num - f * D;
  }
  return { floor, rem };
}

/** floor(num / D) for whole numbers whose products below stay exact: the quotient is rounded, so move it until 0 ≤ num − f·D < D. */
function floorInDoubles(num: number, D: number): number {
  let f = Math.floor(num / D);
  while (num - f * D < 0) f--;
  while (num - f * D >= D) f++;
  return f;
}

/** steps × w / D as floor and remainder, in BigInt. */
function shareInBigInt(
  steps: bigint,
  w: readonly bigint[],
  D: bigint,
  units: readonly number[],
  n: number,
): { floor: Wholes; rem: Wholes } {
  const floor: bigint[] = new Array(n).fill(0n);
  const rem: bigint[] = new Array(n).fill(0n);
  for (let k = 0; k < w.length; k++) {
    const num = steps * w[k];
    const f = floorDiv(num, D);
    floor[units[k]] = f;
    rem[units[k]] = num - f * D;
  }
  return { floor, rem };
}

/** Σ rem / D rounded down: how many of the figures round up at least. */
function upsOf(rem: Wholes, D: bigint): number {
  const n = rem.length;
  if (rem instanceof Float64Array && Number(D) * n < EXACT) {
    let sum = 0;
    for (let u = 0; u < n; u++) sum += rem[u];
    return floorInDoubles(sum, Number(D));
  }
  let sum = 0n;
  for (let u = 0; u < n; u++) sum += wholeAt(rem, u);
  return Number(sum / D);
}

/** Exact figures of a sheet: one BigInt multiply and divide per source cell, then sums up the tree. */
export function exactTable(sheet: SheetLayout): ExactTable {
  const n = sheet.units.length;
  const R = sheet.rows.length;
  const C = sheet.channels.length;
  const totalNode = R + C;
  const denominator = denominatorOf(sheet);
  const D = denominator.D;
  const bounded = denominator.bounded;

  const cells: (ExactCells | null)[] = new Array(totalNode + 1).fill(null);
  const up: number[] = new Array(totalNode + 1).fill(-1);
  const down: number[][] = Array.from({ length: totalNode + 1 }, () => []);
  const channelOf = new Map<number, number>();
  sheet.channels.forEach((ch, c) =>
    ch.members.forEach((m) => channelOf.set(m, c)),
  );

  for (let pos = 0; pos < R; pos++) {
    const sr = sheet.rows[pos];
    const other = bounded && sr.kind === "other";
    if (sr.kind !== "source" && sr.kind !== "sum" && !other) continue;
    if (other) cells[pos] = otherCells(sr, n, denominator);
    else if (sr.kind === "source") cells[pos] = sourceCells(sr, n, denominator);
    const parent = sr.parent === null ? null : sheet.rows[sr.parent];
    if (parent === null) up[pos] = R + channelOf.get(pos)!;
    else if (parent.kind === "sum") up[pos] = sr.parent!;
  }
  // Sum rows bottom-up (children come after parents; `down` is filled backwards, then reversed),
  // then subtotals and the total.
  for (let pos = R - 1; pos >= 0; pos--) {
    if (sheet.rows[pos].kind === "sum")
      cells[pos] = sumOf(down[pos], cells, n, D);
    if (up[pos] >= 0 && cells[pos] !== null) down[up[pos]].push(pos);
  }
  for (const d of down) d.reverse();
  for (let c = 0; c < C; c++) {
    const node = R + c;
    cells[node] = sumOf(down[node], cells, n, D, true);
    up[node] = totalNode;
    down[totalNode].push(node);
  }
  cells[totalNode] = sumOf(down[totalNode], cells, n, D, true);
  if (!bounded)
    for (const c of cells)
      if (c) {
        delete c.national;
        delete c.other;
      }
  return {
    units: n,
    D,
    cells,
    up,
    down,
    rowCount: R,
    bounded,
    subtotalNode: (c) => R + c,
    totalNode,
  };
}

function sumOf(
  parts: readonly number[],
  cells: (ExactCells | null)[],
  n: number,
  D: bigint,
  all = false,
): ExactCells {
  const present = new Uint8Array(n);
  const { floor, rem } = sumColumns(parts, cells, n, present);
  const national = boundedSum(
    parts.map((p) => cells[p]!.national),
    D,
  );
  const other = boundedSum(
    parts.map((p) => cells[p]!.other),
    D,
  );
  if (all) present.fill(1);
  const carries = carryRemainders(floor, rem, D);
  return {
    present,
    floor,
    rem,
    carry: carries,
    ups: upsOf(rem, D),
    national,
    other,
  };
}

/**
 * Per unit: moves whole steps of the summed remainders into the floor, so that 0 ≤ rem < D;
 * returns how many moved (the carry).
 */
function carryRemainders(floor: Wholes, rem: Wholes, D: bigint): Int32Array {
  const n = rem.length;
  const carries = new Int32Array(n);
  if (floor instanceof Float64Array && rem instanceof Float64Array) {
    // Sums in doubles are below 2^53 (sumColumns), and so are D and carry × D ≤ rem.
    const d = Number(D);
    for (let u = 0; u < n; u++) {
      if (rem[u] < d) continue;
      const carry = floorInDoubles(rem[u], d);
      floor[u] += carry;
      rem[u] -= carry * d;
      carries[u] = carry;
    }
    return carries;
  }
  const f = floor as bigint[];
  const r = rem as bigint[];
  for (let u = 0; u < n; u++) {
    if (r[u] < D) continue;
    const carry = r[u] / D;
    f[u] += carry;
    r[u] -= carry * D;
    carries[u] = Number(carry);
  }
  return carries;
}

/** The sum of members' bounded figures (absent: 0), with the carry of their remainders. */
function boundedSum(parts: (Bounded | undefined)[], D: bigint): Bounded {
  let floor = 0n;
  let rem = 0n;
  for (const b of parts) {
    floor += b?.floor ?? 0n;
    rem += b?.rem ?? 0n;
  }
  const carry = rem / D;
  return { floor: floor + carry, rem: rem - carry * D, carry: Number(carry) };
}
