import { ExactTable } from "../exact";
import { SheetLayout } from "../layout";
import { Figures } from "../rounding";
import { membersAddUp } from "../sums";
import {
  BIGINT_COSTS,
  CostOps,
  CostOverflow,
  FLOAT_COSTS,
  NUMBER_COSTS,
} from "./cost";
import { FlowSolver } from "./flow";
import { buildNetwork, SheetNetwork, startFlow } from "./network";
import { startAtHubPrices } from "./hubs";
import { RevisionTargets } from "./revision";
import { preferInTieOrder } from "./ties";

export type { RevisionTargets } from "./revision";

/**
 * Reconciled rounding of a whole sheet (SPEC §2): every figure its exact value rounded down or
 * up, rows adding up to their amounts, parents to their children, unit subtotals and totals to
 * their members, with the least total absolute deviation over every figure shown, and ties
 * broken by the rule in ties.ts. Bounded sheets round their national figures too (entry
 * `units` of each node's figures) and those under Øvrige modtagere (entry `units` + 1). With
 * `revision`: first the fewest figures against their exact change, then the fewest changed
 * from the published ones, then the least deviation.
 */
export function reconcileSheet(
  sheet: SheetLayout,
  exact: ExactTable,
  arithmetic: "auto" | "bigint" = "auto",
  revision?: RevisionTargets,
): Figures {
  if (arithmetic === "bigint")
    return solve(
      sheet,
      exact,
      BIGINT_COSTS,
      (net) => startAt(net, BIGINT_COSTS),
      revision,
    );
  try {
    return solve(
      sheet,
      exact,
      NUMBER_COSTS,
      (net) => startAtHubPrices(net).solver,
      revision,
    );
  } catch (error) {
    // Costs too large for exact number arithmetic: the same in BigInt (slower, as exact), with
    // starting prices estimated in floating point (a heuristic only: any prices give the same result).
    if (error instanceof CostOverflow)
      return solve(
        sheet,
        exact,
        BIGINT_COSTS,
        (net) => startAt(net, BIGINT_COSTS, approximatePrices(net)),
        revision,
      );
    throw error;
  }
}

function solve<C>(
  sheet: SheetLayout,
  exact: ExactTable,
  ops: CostOps<C>,
  start: (net: SheetNetwork<C>) => FlowSolver<C>,
  revision?: RevisionTargets,
): Figures {
  const net = buildNetwork(sheet, exact, ops, revision);
  const solver = start(net);
  solver.balanceLocal();
  if (!solver.balanceHubs())
    throw new Error("reconciled rounding: no feasible flow (this is a bug)");
  preferInTieOrder(net, ops);
  return figuresOf(exact, net);
}

/** The solver at a starting flow at `price` (or none). */
function startAt<C>(
  net: SheetNetwork<C>,
  ops: CostOps<C>,
  price?: C[],
): FlowSolver<C> {
  startFlow(net, ops, price);
  return new FlowSolver(net.graph, ops, net.hub);
}

/** Floor + flow per figure; parents, subtotals and totals are checked to be their members' sums. */
function figuresOf<C>(exact: ExactTable, net: SheetNetwork<C>): Figures {
  const n = exact.units;
  const width = exact.bounded ? n + 2 : n;
  // Which figures take floor + 1 first, then one BigInt per figure.
  const up = new Uint8Array(exact.cells.length * width);
  const { flow } = net.graph;
  for (let a = 0; a < flow.length; a++)
    if (flow[a]) up[net.arcNode[a] * width + net.arcUnit[a]] = 1;
  const figures: Figures = exact.cells.map((cells, v) => {
    if (!cells) return null;
    const at = v * width;
    const fig: bigint[] = new Array(width);
    for (let u = 0; u < n; u++) fig[u] = plus(cells.floor[u], up[at + u]);
    if (exact.bounded) {
      fig[n] = cells.national!.floor + BigInt(up[at + n]);
      fig[n + 1] = cells.other!.floor + BigInt(up[at + n + 1]);
    }
    return fig;
  });
  exact.down.forEach((below, v) => {
    if (below.length === 0) return;
    const own = figures[v]!;
    const unboxed = [v, ...below].every(
      (m) => exact.cells[m]!.floor instanceof Float64Array,
    );
    for (let u = 0; u < own.length; u++) {
      const holds =
        unboxed && u < n
          ? sumHolds(exact, up, width, v, below, u)
          : membersAddUp(figures, below, u, own[u]);
      if (!holds)
        throw new Error(
          `reconciled rounding: node ${v} unit ${u} is not the sum of its members (this is a bug)`,
        );
    }
  });
  return figures;
}

/**
 * Whether node v's figure for unit u (floor + up) is its members', from the unboxed floors: exact,
 * as a sum's floors add up below 2^52 (sumColumns). Reading the BigInt figures instead cost a
 * cache miss each at 20.000 rows.
 */
function sumHolds(
  exact: ExactTable,
  up: Uint8Array,
  width: number,
  v: number,
  below: readonly number[],
  u: number,
): boolean {
  let sum = 0;
  for (const m of below)
    sum += (exact.cells[m]!.floor[u] as number) + up[m * width + u];
  return sum === (exact.cells[v]!.floor[u] as number) + up[v * width + u];
}

/** floor + up (0 or 1) as a BigInt. */
function plus(floor: bigint | number, up: number): bigint {
  return typeof floor === "number"
    ? BigInt(floor + up)
    : up
      ? floor + 1n
      : floor;
}

/**
 * Starting prices for BigInt costs, estimated on their floating-point images (any prices are
 * correct; good ones are fast). Two feedback rounds (revisions: most of the time is at the hubs),
 * their searches in floating point there too.
 */
function approximatePrices(net: SheetNetwork<bigint>): bigint[] {
  const approx: SheetNetwork<number> = {
    ...net,
    graph: {
      ...net.graph,
      cost: Float64Array.from({ length: net.graph.arcCount }, (_, a) =>
        Number(net.graph.cost[a]),
      ),
      potential: Float64Array.from({ length: net.graph.nodeCount }, (_, v) =>
        Number(net.graph.potential[v]),
      ),
    },
  };
  return startAtHubPrices(approx, FLOAT_COSTS, 2).price.map((x) =>
    Number.isFinite(x) ? BigInt(Math.round(x)) : 0n,
  );
}
