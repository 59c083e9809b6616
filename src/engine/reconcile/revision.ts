/**
 * Revision costs (SPEC §2, Revision). Among all roundings that keep every guarantee, prefer in
 * this order: (1) no figure against the direction of its own exact change, (2) the fewest
 * figures changed from the published ones, (3) the least total deviation; then the tie rule.
 * The three are one exact integer cost per arc, c1·W1 + c2·W2 + c3, with weights so large that
 * no amount of a later criterion can outweigh one unit of an earlier one: W2 exceeds the sum of
 * every |c3|, W1 the sum of every |c2·W2 + c3|. Lexicographic order by plain addition.
 */
export interface RevisionTargets {
  /** Per node and figure (units, then the national figure at index `units`): the published figure in steps, or null. */
  published: (bigint | null)[][];
  /** Per node and figure: the sign of its exact change since publication (−1 fell, 0 same, 1 rose), or null when unknown. */
  direction: (number | null)[][];
}

/** The revision's own cost of showing `value` for a figure: [against its change, changed]. */
export function revisionCost(
  value: bigint,
  published: bigint | null,
  direction: number | null,
): [number, number] {
  if (published === null) return [0, 0];
  const against =
    direction === null || direction === 0
      ? 0
      : direction < 0
        ? value > published
          ? 1
          : 0
        : value < published
          ? 1
          : 0;
  return [against, value === published ? 0 : 1];
}

/** One arc's revision parts (cost of floor + 1 minus cost of floor). */
export function arcParts(
  floor: bigint,
  published: bigint | null,
  direction: number | null,
): [number, number] {
  const [a0, c0] = revisionCost(floor, published, direction);
  const [a1, c1] = revisionCost(floor + 1n, published, direction);
  return [a1 - a0, c1 - c0];
}

/**
 * Combines the parts of every arc into one cost: `parts[a]` = [c1, c2], `base[a]` = c3 (the
 * deviation cost). Exact BigInt; the caller picks number arithmetic when it fits.
 */
export function lexicographicCosts(
  parts: readonly [number, number][],
  base: readonly bigint[],
): bigint[] {
  let sum3 = 0n;
  for (const c of base) sum3 += c < 0n ? -c : c;
  const W2 = sum3 + 1n;
  let sum2 = 0n;
  for (let a = 0; a < base.length; a++) {
    const c = BigInt(parts[a][1]) * W2 + base[a];
    sum2 += c < 0n ? -c : c;
  }
  const W1 = sum2 + 1n;
  return base.map(
    (c, a) => BigInt(parts[a][0]) * W1 + BigInt(parts[a][1]) * W2 + c,
  );
}
