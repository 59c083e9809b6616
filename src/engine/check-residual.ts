import { gcd } from "./check-rational";
import { floorDiv } from "./decimal";
import { Rational } from "./rational";

/** A figure's revision data: the published value in steps and its exact value then (steps), when known. */
export interface Revised {
  published: bigint | null;
  old: Rational | null;
  /** A change no larger than this (steps) counts as none. */
  slack: Rational | null;
}

/** One figure with a fraction: currently at floor (may go up, `from` → `to`) or at ceiling (`up`: may go down, back). */
export interface ResidualArc {
  from: number;
  to: number;
  exact: Rational;
  up: boolean;
  rev: Revised | null;
}

interface Edge {
  from: number;
  to: number;
  cost: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

/**
 * True when the residual graph has a negative cycle, i.e. some figures can be rounded the other
 * way at a lower cost (Bellman–Ford from a virtual source at distance 0 to every node).
 */
export function hasNegativeCycle(
  arcs: readonly ResidualArc[],
  nodes: number,
): boolean {
  const edges = residualEdges(arcs);
  const dist: bigint[] = new Array(nodes).fill(0n);
  for (let pass = 0; pass <= nodes; pass++) {
    let changed = false;
    for (const e of edges) {
      const d = dist[e.from] + e.cost;
      if (d < dist[e.to]) {
        dist[e.to] = d;
        changed = true;
      }
    }
    if (!changed) return false;
  }
  return true;
}

/**
 * Each arc's cost of moving its figure, on one integer scale: lexicographic – against its exact
 * change, changed from the published figure, deviation – with weights computed from the arcs.
 */
function residualEdges(arcs: readonly ResidualArc[]): Edge[] {
  // Costs on one denominator: (1 − 2f) = (den − 2·(num − floor·den)) / den.
  let L = 1n;
  for (const a of arcs) L = (L / gcd(L, a.exact.den)) * a.exact.den;
  const parts = arcs.map((a) => {
    const lo = floorDiv(a.exact.num, a.exact.den);
    const deviation =
      ((a.exact.den - 2n * (a.exact.num - lo * a.exact.den)) * L) / a.exact.den;
    // Revision: cost of floor + 1 minus cost of floor, for "against" and "changed".
    const [a0, c0] = revisionCost(a, lo);
    const [a1, c1] = revisionCost(a, lo + 1n);
    return { against: a1 - a0, changed: c1 - c0, deviation };
  });
  let W2 = 1n;
  for (const c of parts) W2 += abs(c.deviation);
  let W1 = 1n;
  for (const c of parts) W1 += abs(c.changed * W2 + c.deviation);
  return arcs.map((a, k) => {
    const c = parts[k];
    const cost = c.against * W1 + c.changed * W2 + c.deviation;
    return a.up
      ? { from: a.to, to: a.from, cost: -cost }
      : { from: a.from, to: a.to, cost };
  });
}

/** [against its exact change, changed from the published figure] when the figure shows v steps. */
function revisionCost(a: ResidualArc, v: bigint): [bigint, bigint] {
  if (!a.rev || a.rev.published === null) return [0n, 0n];
  const pub = a.rev.published;
  let against = 0n;
  if (a.rev.old) {
    // The change is d / (old.den · exact.den) steps; within the slack it is none.
    let d = a.exact.num * a.rev.old.den - a.rev.old.num * a.exact.den;
    const sl = a.rev.slack;
    if (sl && abs(d) * sl.den <= sl.num * a.rev.old.den * a.exact.den) d = 0n;
    if ((d < 0n && v > pub) || (d > 0n && v < pub)) against = 1n;
  }
  return [against, v === pub ? 0n : 1n];
}
