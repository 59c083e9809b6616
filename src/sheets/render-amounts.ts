/**
 * A period's figures as whole numbers at one scale (units of 10^-scale), so the renderer adds
 * and compares them exactly without a Decimal per figure (issue 17: one Decimal per figure was
 * most of the renderer's time and a fifth of the CLI's memory). The scale is the step's decimals,
 * or more where an amount shown has more (a national amount off the step is shown with all its
 * decimals).
 */
import type { Dec, PeriodAllocation } from "../engine";
import { amountFormat } from "./labels";

export class PeriodFigures {
  /** Decimal places of the whole numbers: an amount is `whole / 10^scale`. */
  readonly scale: number;
  /** The number format of the step (`#,##0.0`). */
  readonly format: string;
  private readonly decimals: number;
  /** 10^(scale − decimals): steps → whole numbers at the scale. */
  private readonly up: bigint;
  private readonly divisor: number;
  private readonly formats = new Map<number, string>();

  constructor(p: PeriodAllocation) {
    this.decimals = p.decimals;
    let scale = Math.max(0, p.decimals);
    const see = (d: Dec | null | undefined) => {
      if (d) scale = Math.max(scale, d.decimalPlaces());
    };
    for (const r of p.rows) {
      see(r.national);
      see(r.other);
      if (!r.steps) r.values.forEach(see);
    }
    for (const s of [...p.subtotals, p.total]) {
      see(s.national);
      see(s.other);
      if (!s.steps) s.values.forEach(see);
    }
    see(p.excludedTotal);
    this.scale = scale;
    this.up = 10n ** BigInt(scale - p.decimals);
    this.divisor = 10 ** scale;
    this.format = amountFormat(p.decimals);
  }

  /** A Decimal of the period (no more decimals than the scale) as a whole number at the scale. */
  of(d: Dec): bigint {
    return BigInt(d.toFixed(this.scale).replace(".", ""));
  }

  /** A whole number of steps at the scale. */
  fromSteps(steps: bigint): bigint {
    return this.up === 1n ? steps : steps * this.up;
  }

  /** A row's unit figures at the scale (from its steps when the engine gave them), null = blank. */
  unitFigures(
    values: readonly (Dec | null)[] | undefined,
    steps: readonly (bigint | null)[] | undefined,
    units: number,
  ): (bigint | null)[] {
    const out: (bigint | null)[] = new Array(units);
    for (let u = 0; u < units; u++) {
      if (steps) {
        const s = steps[u];
        out[u] = s === null || s === undefined ? null : this.fromSteps(s);
      } else {
        const v = values?.[u];
        out[u] = v ? this.of(v) : null;
      }
    }
    return out;
  }

  /** The number a cell holds: the double nearest the exact amount, as Number(decimal text) gives. */
  number(v: bigint): number {
    const n = Number(v);
    // Both exact doubles: one division is correctly rounded, as parsing the decimal text is.
    if (Number.isSafeInteger(n) && this.scale <= 22)
      return this.scale === 0 ? n : n / this.divisor;
    return Number(this.text(v));
  }

  /** The number format that shows the amount: the step's, or all of its decimals when it has more. */
  formatOf(v: bigint): string {
    if (this.scale <= Math.max(0, this.decimals)) return this.format;
    let places = this.scale;
    for (let x = v; places > 0 && x % 10n === 0n; x /= 10n) places--;
    if (v === 0n || places <= Math.max(0, this.decimals)) return this.format;
    let format = this.formats.get(places);
    if (format === undefined)
      this.formats.set(places, (format = amountFormat(places)));
    return format;
  }

  /** The amount as plain decimal text ("-12.5"). */
  private text(v: bigint): string {
    if (this.scale === 0) return v.toString();
    const digits = (v < 0n ? -v : v).toString().padStart(this.scale + 1, "0");
    const cut = digits.length - this.scale;
    return `${v < 0n ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}`;
  }
}
