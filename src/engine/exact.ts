import { floorDiv } from "./decimal";
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
  floor: bigint[];
  /** 0 ≤ rem < D. */
  rem: bigint[];
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
  national?: { floor: bigint; rem: bigint; carry: number };
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
  /** True when some national figure is not on the step (restated amounts): national figures are rounded too. */
  bounded: boolean;
  subtotalNode: (channel: number) => number;
  totalNode: number;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The sheet's common denominator: every key's total (D), times the finest restated scale (S). */
interface Denominator {
  /** Steps are counted in 1/D: the keys' common total times S. */
  D: bigint;
  /** The keys' common total alone. */
  keyD: bigint;
  /** Restated amounts count 1/scale steps: one common scale (a power of ten) for the sheet. */
  S: bigint;
  /** Each key's weights scaled to the common total. */
  scaled: Map<Key, bigint[]>;
}

function denominatorOf(sheet: SheetLayout): Denominator {
  let D = 1n;
  const keys: Key[] = [];
  let S = 1n;
  for (const sr of sheet.rows) {
    if (sr.kind === "source" && sr.key && !keys.includes(sr.key)) {
      keys.push(sr.key);
      D = (D / gcd(D, sr.key.total)) * sr.key.total;
    }
    if (sr.kind === "source" && sr.scale && sr.scale > S) S = sr.scale;
  }
  const scaled = new Map<Key, bigint[]>(
    keys.map((k) => [k, k.weights.map((w) => w * (D / k.total))]),
  );
  return { D: D * S, keyD: D, S, scaled };
}

/** A source row's exact cells: its steps times each key weight, over D, as floor and remainder. */
function sourceCells(
  sr: SheetRow,
  n: number,
  d: Denominator,
): ExactCells & { national: NonNullable<ExactCells["national"]> } {
  const { D, S } = d;
  const present = new Uint8Array(n);
  const floor: bigint[] = new Array(n).fill(0n);
  const rem: bigint[] = new Array(n).fill(0n);
  const w = d.scaled.get(sr.key!)!;
  const steps = sr.steps * (S / (sr.scale ?? 1n));
  for (let k = 0; k < w.length; k++) {
    const u = sr.keyUnits[k];
    const num = steps * w[k];
    const f = floorDiv(num, D);
    present[u] = 1;
    floor[u] = f;
    rem[u] = num - f * D;
  }
  let rems = 0n;
  for (let u = 0; u < n; u++) rems += rem[u];
  const nat = steps * d.keyD;
  const natFloor = floorDiv(nat, D);
  const national = { floor: natFloor, rem: nat - natFloor * D, carry: 0 };
  return { present, floor, rem, ups: Number(rems / D), national };
}

/** Exact figures of a sheet: one BigInt multiply and divide per source cell, then sums up the tree. */
export function exactTable(sheet: SheetLayout): ExactTable {
  const n = sheet.units.length;
  const R = sheet.rows.length;
  const C = sheet.channels.length;
  const totalNode = R + C;
  const denominator = denominatorOf(sheet);
  const D = denominator.D;
  let bounded = false;

  const cells: (ExactCells | null)[] = new Array(totalNode + 1).fill(null);
  const up: number[] = new Array(totalNode + 1).fill(-1);
  const down: number[][] = Array.from({ length: totalNode + 1 }, () => []);
  const channelOf = new Map<number, number>();
  sheet.channels.forEach((ch, c) =>
    ch.members.forEach((m) => channelOf.set(m, c)),
  );

  for (let pos = 0; pos < R; pos++) {
    const sr = sheet.rows[pos];
    if (sr.kind !== "source" && sr.kind !== "sum") continue;
    if (sr.kind === "source") {
      const made = sourceCells(sr, n, denominator);
      if (made.national.rem !== 0n) bounded = true;
      cells[pos] = made;
    }
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
  if (!bounded) for (const c of cells) if (c) delete c.national;
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
  const floor: bigint[] = new Array(n).fill(0n);
  const rem: bigint[] = new Array(n).fill(0n);
  for (const p of parts) {
    const c = cells[p]!;
    for (let u = 0; u < n; u++) {
      if (!c.present[u]) continue;
      present[u] = 1;
      floor[u] += c.floor[u];
      rem[u] += c.rem[u];
    }
  }
  let natFloor = 0n;
  let natRem = 0n;
  for (const p of parts) {
    natFloor += cells[p]!.national?.floor ?? 0n;
    natRem += cells[p]!.national?.rem ?? 0n;
  }
  const natCarry = natRem / D;
  const national = {
    floor: natFloor + natCarry,
    rem: natRem - natCarry * D,
    carry: Number(natCarry),
  };
  const carries = new Int32Array(n);
  let rems = 0n;
  for (let u = 0; u < n; u++) {
    if (all) present[u] = 1;
    if (rem[u] >= D) {
      const carry = rem[u] / D;
      floor[u] += carry;
      rem[u] -= carry * D;
      carries[u] = Number(carry);
    }
    rems += rem[u];
  }
  return {
    present,
    floor,
    rem,
    carry: carries,
    ups: Number(rems / D),
    national,
  };
}
