import { Dec, fromSteps } from "./decimal";
import { ExactTable } from "./exact";
import { Figures } from "./rounding";
import { isFloorPlus, roundsUp, wholeAt } from "./wholes";

/**
 * A figure shown other than Excel's ROUND of its exact value would show it: the cells a region
 * checks against the ministry's note, so the sheet and the JSON name every one of them.
 */
export interface AdjustedCell {
  /** Position in `PeriodAllocation.rows`. */
  position: number;
  /** Index in `PeriodAllocation.units`. */
  unit: number;
  /** The exact share (to 60 significant digits). */
  exact: Dec;
  shown: Dec;
  /** What plain ROUND would show. */
  round: Dec;
  /**
   * The exact share in steps as a fraction, and the figure shown in steps: the same numbers
   * without a Decimal (renderers of large tables use these; absent in results made by hand).
   */
  exactSteps?: { numerator: bigint; denominator: bigint };
  shownSteps?: bigint;
}

/**
 * Steps of ROUND(exact): halves away from zero, as Excel rounds. Exact = floor + rem/D steps,
 * 0 ≤ rem < D, so a half goes up for figures ≥ 0 and down (to floor) for negative ones.
 */
export function roundSteps(floor: bigint, rem: bigint, D: bigint): bigint {
  return roundsUp(floor, rem, D) ? floor + 1n : floor;
}

/** Every row figure (sheet rows, not subtotals) that differs from plain ROUND, in sheet order. */
export function adjustedCells(
  exact: ExactTable,
  figures: Figures,
  decimals: number,
): AdjustedCell[] {
  const found: AdjustedCell[] = [];
  const D = exact.D;
  for (let pos = 0; pos < exact.rowCount; pos++) {
    const cells = exact.cells[pos];
    const fig = figures[pos];
    if (!cells || !fig) continue;
    for (let u = 0; u < exact.units; u++) {
      if (!cells.present[u]) continue;
      const up = roundsUp(cells.floor[u], cells.rem[u], D) ? 1 : 0;
      if (isFloorPlus(fig[u], cells.floor[u], up)) continue;
      const floor = wholeAt(cells.floor, u);
      found.push(
        adjustedCell(
          pos,
          u,
          { numerator: floor * D + wholeAt(cells.rem, u), denominator: D },
          fig[u],
          floor + BigInt(up),
          decimals,
        ),
      );
    }
  }
  return found;
}

/**
 * An adjusted cell whose Decimals are made when first read (a large table has tens of
 * thousands, and the sheet's notes are written from the steps: issue 17). Getters on the
 * prototype, not per cell: defining them per cell cost 2 µs each (25 ms at 2.000 × 98).
 */
class LazyAdjustedCell implements AdjustedCell {
  #exact?: Dec;
  #shown?: Dec;
  #round?: Dec;
  constructor(
    readonly position: number,
    readonly unit: number,
    readonly exactSteps: { numerator: bigint; denominator: bigint },
    readonly shownSteps: bigint,
    private readonly roundedSteps: bigint,
    private readonly decimals: number,
  ) {}
  get exact(): Dec {
    return (this.#exact ??= new Dec(this.exactSteps.numerator.toString())
      .div(new Dec(this.exactSteps.denominator.toString()))
      .times(fromSteps(1n, this.decimals)));
  }
  get shown(): Dec {
    return (this.#shown ??= fromSteps(this.shownSteps, this.decimals));
  }
  get round(): Dec {
    return (this.#round ??= fromSteps(this.roundedSteps, this.decimals));
  }
  /** Copies and JSON of the cell have its Decimals only, as a cell made by hand. */
  toJSON(): Omit<AdjustedCell, "exactSteps" | "shownSteps"> {
    return {
      position: this.position,
      unit: this.unit,
      exact: this.exact,
      shown: this.shown,
      round: this.round,
    };
  }
}

function adjustedCell(
  position: number,
  unit: number,
  exactSteps: { numerator: bigint; denominator: bigint },
  shownSteps: bigint,
  roundSteps: bigint,
  decimals: number,
): AdjustedCell {
  return new LazyAdjustedCell(
    position,
    unit,
    exactSteps,
    shownSteps,
    roundSteps,
    decimals,
  );
}
