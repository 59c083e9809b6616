/**
 * Rounding a whole table so that its totals add up (issue 16): a 2.000 × 98 table of figures in
 * kroner shown in mio. kr. to one decimal (illustrative, generated), with a total column, a
 * subtotal row per 100 rows and a grand total row; and the same table read from a grid as
 * `FORDEL.ROUNDTABLE` and `fordel round` read it (labels, then the engine).
 */
import { Dec, Role, roundTable, TableInput } from "../src/engine";
import { roundRange } from "../src/sheets/round-table/round";
import type { GridCell } from "../src/sheets/grid";
import { medianMs, round } from "./timing";

function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

export function benchRoundTable(rows: number, columns: number, group = 100): TableInput {
  const next = random(7);
  const roles: Role[] = [];
  const tops: number[] = [];
  const figures: (Dec | null)[][] = [];
  for (let g = 0; g < rows; g += group) {
    const members: number[] = [];
    for (let i = g; i < Math.min(rows, g + group); i++) {
      members.push(roles.length);
      roles.push({ kind: "figures" });
      // Kroner shown in mio. kr.: six decimals.
      figures.push(Array.from({ length: columns }, () => new Dec(next(2_000_000_000)).div(1_000_000)));
    }
    tops.push(roles.length);
    roles.push({ kind: "total", of: members });
    figures.push(new Array(columns).fill(new Dec(0)));
  }
  roles.push({ kind: "total", of: tops });
  figures.push(new Array(columns).fill(new Dec(0)));
  const cols: Role[] = [
    ...Array.from({ length: columns }, () => ({ kind: "figures" }) as Role),
    { kind: "total", of: Array.from({ length: columns }, (_, i) => i) },
  ];
  figures.forEach((row) => row.push(new Dec(0)));
  // Totals hold their sums, as a sheet's SUM formulas would.
  const sum = (r: number, c: number): Dec => {
    const role = roles[r];
    if (role.kind === "total") return role.of.reduce((s, m) => s.plus(sum(m, c)), new Dec(0));
    if (c === columns) return figures[r].slice(0, columns).reduce((s: Dec, v) => s.plus(v!), new Dec(0));
    return figures[r][c]!;
  };
  figures.forEach((row, r) => row.forEach((_, c) => (roles[r].kind === "total" || c === columns) && (row[c] = sum(r, c))));
  return { figures, rows: roles, cols, decimals: 1 };
}

export async function run(): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const [rows, columns] of [
    [50, 5],
    [2000, 98],
  ]) {
    const input = benchRoundTable(rows, columns);
    let moved = 0;
    const ms = medianMs(
      () => {
        const r = roundTable(input);
        moved = 0;
        r.shown.forEach((row, i) => row.forEach((v, j) => v && !v.eq(r.plain[i][j]!) && moved++));
      },
      rows > 100 ? 3 : 9,
    );
    // The same table as a grid with labels, the way the function and the CLI read it.
    const cells: GridCell[][] = [
      [
        { value: null, text: "", indent: 0 },
        ...Array.from({ length: columns }, (_, j) => ({
          value: `K${j}`,
          text: `K${j}`,
          indent: 0,
        })),
        { value: "I alt", text: "I alt", indent: 0 },
      ],
      ...input.figures.map((row, i) => [
        {
          value: input.rows[i].kind === "total" ? "I alt" : `Række ${i}`,
          text: input.rows[i].kind === "total" ? "I alt" : `Række ${i}`,
          indent: 0,
        },
        ...row.map((v) => ({ value: v!.toNumber(), text: "", indent: 0 })),
      ]),
    ];
    const gridMs = medianMs(() => roundRange({ sheet: "Ark1", row: 0, col: 0, cells }, "da", 1), rows > 100 ? 3 : 9);
    out[`${rows}x${columns}`] = {
      cells: rows * columns,
      engineMs: round(ms),
      fromGridMs: round(gridMs),
      movedAgainstRound: moved,
    };
  }
  return out;
}
