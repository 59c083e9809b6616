import type { Role } from "./types";

/**
 * One dimension of a table as a tree: each row (or column) is figures, a total of members, or
 * a label. `parent[i]` is the total i belongs to (−1: a top-level row), `depth` the most totals
 * nested (0: no totals, 1: totals of figure rows only).
 */
export interface Axis {
  roles: Role[];
  parent: Int32Array;
  /** Per index: its figure rows (itself for a figure row; all figure rows under a total). */
  leaves: number[][];
  depth: number;
}

export function axisOf(roles: Role[]): Axis {
  const n = roles.length;
  const parent = new Int32Array(n).fill(-1);
  roles.forEach((role, t) => {
    if (role.kind !== "total") return;
    for (const m of role.of) {
      if (m === t || m < 0 || m >= n || roles[m].kind === "label")
        throw new Error(`round-table: total ${t} has a bad member ${m}`);
      if (parent[m] >= 0)
        throw new Error(`round-table: ${m} is a member of two totals`);
      parent[m] = t;
    }
  });
  const leaves: number[][] = new Array(n);
  const levels = new Int32Array(n).fill(-1);
  const visit = (i: number, path: Set<number>): void => {
    if (levels[i] >= 0) return;
    const role = roles[i];
    if (role.kind !== "total") {
      leaves[i] = role.kind === "figures" ? [i] : [];
      levels[i] = 0;
      return;
    }
    if (path.has(i)) throw new Error(`round-table: total ${i} contains itself`);
    path.add(i);
    let depth = 0;
    leaves[i] = [];
    for (const m of role.of) {
      visit(m, path);
      leaves[i].push(...leaves[m]);
      depth = Math.max(depth, levels[m]);
    }
    path.delete(i);
    levels[i] = depth + 1;
  };
  for (let i = 0; i < n; i++) visit(i, new Set());
  let depth = 0;
  for (let i = 0; i < n; i++) depth = Math.max(depth, levels[i]);
  return { roles, parent, leaves, depth };
}

/**
 * The same dimension with its totals flattened to one level: every top-level total sums its
 * figure rows directly, and the totals inside it are left out (they are shown as the sum of
 * their parts and checked afterwards). Used when both dimensions have subtotals.
 */
export function flattened(axis: Axis): { axis: Axis; dropped: number[] } {
  const dropped: number[] = [];
  const roles: Role[] = axis.roles.map((role, i) => {
    if (role.kind !== "total") return role;
    if (axis.parent[i] >= 0) {
      dropped.push(i);
      return { kind: "label" };
    }
    return { kind: "total", of: axis.leaves[i].slice() };
  });
  return { axis: axisOf(roles), dropped };
}
