import type { Figures } from "./rounding";
import { EXACT, Wholes, wholeAt } from "./wholes";

/**
 * Σ of `count` whole numbers read by `at`, in doubles; null when a term or a partial sum could
 * reach 2^53 (the caller then sums in BigInt). The checks sum every unit column of every
 * subtotal (20.000 rows × 98: 2 M additions, 50 MB of short-lived BigInts, issue 17).
 */
function sumInDoubles(count: number, at: (i: number) => bigint): number | null {
  let sum = 0;
  let largest = 0;
  for (let i = 0; i < count; i++) {
    const x = Number(at(i));
    sum += x;
    if (Math.abs(x) > largest) largest = Math.abs(x);
  }
  return largest * count < EXACT ? sum : null;
}

/** Whether a sum in doubles (or null: too large for them) equals `total`, else `exact()` does. */
function equals(
  sum: number | null,
  total: bigint,
  exact: () => bigint,
): boolean {
  return sum !== null && Math.abs(Number(total)) < EXACT
    ? sum === Number(total)
    : exact() === total;
}

/** Whether a row's figures in steps add up to `total`, exactly. */
export function rowAddsUp(
  fig: readonly bigint[],
  n: number,
  total: bigint,
): boolean {
  return equals(
    sumInDoubles(n, (u) => fig[u]),
    total,
    () => fig.slice(0, n).reduce((a, b) => a + b, 0n),
  );
}

/** Whether the members' figures for unit u add up to `total`, exactly. */
export function membersAddUp(
  figures: Figures,
  members: readonly number[],
  u: number,
  total: bigint,
): boolean {
  return equals(
    sumInDoubles(members.length, (i) => figures[members[i]]![u]),
    total,
    () => membersSum(figures, members, u),
  );
}

/** The members' figures for unit u, summed exactly. */
export function membersSum(
  figures: Figures,
  members: readonly number[],
  u: number,
): bigint {
  let sum = 0n;
  for (const m of members) sum += figures[m]![u];
  return sum;
}

/**
 * The largest |figure − exact| in 1/D steps over figures shown as floor or floor + 1 step (or
 * anything else, exactly but slower): compared without a BigInt per figure (maxDeviation reads
 * every figure of the sheet).
 */
export class WorstDeviation {
  /** The largest deviation so far, × D. */
  largest = 0n;
  /** D − largest: a figure rounded up deviates more exactly when its rem is below this. */
  private upLimit: bigint;
  constructor(private readonly D: bigint) {
    this.upLimit = D;
  }
  add(shown: bigint, floor: bigint | number, rem: bigint | number): void {
    const s = Number(shown);
    const f = Number(floor);
    if (Math.abs(s) < EXACT / 2 && Math.abs(f) < EXACT / 2) {
      if (s === f) {
        if (rem > this.largest) this.set(BigInt(rem));
        return;
      }
      if (s === f + 1) {
        if (rem < this.upLimit) this.set(this.D - BigInt(rem));
        return;
      }
    }
    let d = (shown - BigInt(floor)) * this.D - BigInt(rem);
    if (d < 0n) d = -d;
    if (d > this.largest) this.set(d);
  }
  private set(d: bigint): void {
    this.largest = d;
    this.upLimit = this.D - d;
  }
}

/**
 * Per unit, Σ floor and Σ rem of the parts' exact cells (marking `present` where any part has
 * a figure): in doubles while every term and partial sum stays below 2^53, else in BigInt. A
 * subtotal sums every row under it per unit (20.000 rows × 98: 4 M BigInt additions).
 */
export function sumColumns(
  parts: readonly number[],
  cells: readonly ({
    present: Uint8Array;
    floor: Wholes;
    rem: Wholes;
  } | null)[],
  n: number,
  present: Uint8Array,
): { floor: Wholes; rem: Wholes } {
  const floor = new Float64Array(n);
  const rem = new Float64Array(n);
  let largest = 0;
  for (const p of parts) {
    const c = cells[p]!;
    for (let u = 0; u < n; u++) {
      if (!c.present[u]) continue;
      present[u] = 1;
      const f = Number(c.floor[u]);
      const r = Number(c.rem[u]);
      floor[u] += f;
      rem[u] += r;
      if (Math.abs(f) > largest) largest = Math.abs(f);
      if (r > largest) largest = r;
    }
  }
  // Half the limit: carrying the remainders adds below one more sum of this size (exact.ts).
  if (largest * parts.length < EXACT / 2) return { floor, rem };
  const exactFloor: bigint[] = new Array(n).fill(0n);
  const exactRem: bigint[] = new Array(n).fill(0n);
  for (const p of parts) {
    const c = cells[p]!;
    for (let u = 0; u < n; u++) {
      if (!c.present[u]) continue;
      exactFloor[u] += wholeAt(c.floor, u);
      exactRem[u] += wholeAt(c.rem, u);
    }
  }
  return { floor: exactFloor, rem: exactRem };
}

/** Σ floor and Σ rem over the units a cell row has (as sumColumns, across instead of down). */
export function sumAcross(cells: {
  present: Uint8Array;
  floor: Wholes;
  rem: Wholes;
}): {
  floor: bigint;
  rem: bigint;
} {
  const n = cells.present.length;
  let floor = 0;
  let rem = 0;
  let largest = 0;
  for (let u = 0; u < n; u++) {
    if (!cells.present[u]) continue;
    const f = Number(cells.floor[u]);
    const r = Number(cells.rem[u]);
    floor += f;
    rem += r;
    if (Math.abs(f) > largest) largest = Math.abs(f);
    if (r > largest) largest = r;
  }
  if (largest * n < EXACT) return { floor: BigInt(floor), rem: BigInt(rem) };
  let exactFloor = 0n;
  let exactRem = 0n;
  for (let u = 0; u < n; u++) {
    if (!cells.present[u]) continue;
    exactFloor += wholeAt(cells.floor, u);
    exactRem += wholeAt(cells.rem, u);
  }
  return { floor: exactFloor, rem: exactRem };
}
