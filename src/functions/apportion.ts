import { BLOCK, Finding, PeriodAllocation, TableModel } from "../engine";
import { allocateTable } from "../engine";
import type { Amount } from "./args";
import { Lru, numbersBytes, stringBytes } from "./cache";
import { checkOnStep } from "./compute";
import { invalidFinding } from "./errors";
import type { ResolvedKey } from "./keys";
import { stepsToNumber, toNumber } from "./number";

/** APPORTION answers are larger (rows × units) than single apportionments: bounded by their size (64 MB) too. */
export const apportionCache = new Lru<string, number[][]>(
  500,
  64_000_000,
  (key, block) =>
    stringBytes(key) +
    block.reduce((n, row) => n + numbersBytes(row.length), 32),
);

/** The period and row names of the one-period table APPORTION builds. */
export const APPORTION_PERIOD = "FORDEL.APPORTION";

/** A flat one-period table: one top-level block-grant row per amount, all to the key's group. */
export function apportionModel(
  amounts: readonly Amount[],
  key: ResolvedKey,
): TableModel {
  return {
    periods: [APPORTION_PERIOD],
    rows: amounts.map((amount, i) => ({
      id: i,
      name: String(i + 1),
      parent: null,
      channel: BLOCK,
      recipient: { kind: "group", group: key.group },
      keyName: key.key.name,
      amounts: [amount.value],
    })),
    keys: [{ key: key.key, group: key.group, period: null }],
  };
}

/**
 * A column of amounts over a key, reconciled as the fill does it: the engine's allocateTable
 * with method `reconciled` on a one-period table, so every row adds up to its amount and every
 * unit's column adds up to its correctly rounded total. Rows: amounts; columns: units in key order.
 */
export function apportionRange(
  amounts: readonly Amount[],
  key: ResolvedKey,
  decimals: number,
): number[][] {
  const id = `${amounts.map((a) => a.text).join(";")}|${key.id}|${decimals}`;
  return apportionCache.getOrCompute(id, () => {
    amounts.forEach((amount, i) => checkOnStep(amount, decimals, i + 1));
    const result = allocateTable(apportionModel(amounts, key), {
      decimals,
      method: "reconciled",
    });
    const error = result.findings.find((f: Finding) => f.severity === "error");
    if (error) return invalidFinding(error);
    const period = result.periods.find(
      (p) => p.period === APPORTION_PERIOD && p.group === key.group,
    );
    if (!period)
      throw new Error("allocateTable returned no period for FORDEL.APPORTION");
    return spill(period, amounts.length, key.key.units);
  });
}

/** A row's figures as whole steps, where the engine's result carries them (issue 17: no Decimal per figure). */
type StepsOf = { steps?: readonly (bigint | null)[] };

/**
 * The period's figures as the spilled matrix: row i is amount i, columns the key's units in key
 * order. The columns are matched to the period's units once for the block, not per cell; a row
 * or unit the period lacks (an amount of 0) is 0. Figures are converted from their steps when
 * the row has them, else from their Decimals: the same numbers either way.
 */
function spill(
  period: PeriodAllocation,
  rows: number,
  units: readonly string[],
): number[][] {
  const columns = units.map((unit) => period.units.indexOf(unit));
  const { decimals } = period;
  const matrix: number[][] = new Array(rows);
  for (const row of period.rows) {
    if (row.row < 0 || row.row >= rows) continue;
    const steps = (row as StepsOf).steps;
    matrix[row.row] = steps
      ? columns.map((c) => {
          const x = c < 0 ? null : steps[c];
          return x === null || x === undefined ? 0 : stepsToNumber(x, decimals);
        })
      : columns.map((c) => {
          const value = c < 0 ? null : row.values[c];
          return value ? toNumber(value) : 0;
        });
  }
  for (let i = 0; i < rows; i++) matrix[i] ??= new Array(units.length).fill(0);
  return matrix;
}
