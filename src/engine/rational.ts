/** An exact value num/den (den > 0), used for exact shares such as 350.0 × 0.1547. */
export interface Rational {
  num: bigint;
  den: bigint;
}
