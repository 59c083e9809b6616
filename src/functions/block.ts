import { BLOCK, Finding, TableModel } from "../engine";
import { allocateTable } from "../engine";
import type { Amount } from "./args";
import { Lru, numbersBytes, stringBytes } from "./cache";
import { checkOnStep, toNumber } from "./compute";
import { invalidFinding } from "./errors";
import type { ResolvedKey } from "./keys";

/** APPORTION blocks are larger (rows × units) than single apportionments: bounded by their size (64 MB) too. */
export const blockCache = new Lru<string, number[][]>(
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
export function apportionBlock(
  amounts: readonly Amount[],
  key: ResolvedKey,
  decimals: number,
): number[][] {
  const id = `${amounts.map((a) => a.text).join(";")}|${key.id}|${decimals}`;
  return blockCache.getOrCompute(id, () => {
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
    const column = new Map(period.units.map((u, i) => [u, i]));
    const byRow = new Map(period.rows.map((r) => [r.row, r]));
    return amounts.map((_, i) => {
      const row = byRow.get(i);
      return key.key.units.map((unit) => {
        const value = row?.values[column.get(unit) ?? -1];
        return value ? toNumber(value) : 0;
      });
    });
  });
}
