import { shareDecimal, stepOf, toSteps } from "../engine";
import { apportion } from "../engine";
import type { Amount } from "./args";
import { Lru, numbersBytes, stringBytes } from "./cache";
import { invalid, invalidFinding } from "./errors";
import type { ResolvedKey } from "./keys";
import { shown, uiLang } from "./messages";
import { toNumber } from "./number";

/**
 * One entry per (amount, key content, decimals): 10.000 × up to 98 numbers is a few MB. A sheet
 * of REGIONSHARE calls over the same amounts and key computes each apportionment once.
 */
export const shareCache = new Lru<string, number[]>(
  10_000,
  32_000_000,
  (key, shares) => stringBytes(key) + numbersBytes(shares.length),
);

/** NOT_ON_STEP before the engine is asked (`row` > 0: the amount's row in APPORTION's column). */
export function checkOnStep(amount: Amount, decimals: number, row = 0): void {
  // No finer places than the step: on it without arithmetic (most amounts of a block).
  if (amount.value.decimalPlaces() <= decimals) return;
  if (toSteps(amount.value, decimals) === null) {
    const lang = uiLang();
    invalid("NOT_ON_STEP", {
      amount: shown(amount.value, lang),
      step: shown(stepOf(decimals), lang),
      decimals,
      row,
    });
  }
}

/**
 * Every unit's share of one amount, in key order: largest remainder, which is what `reconciled`
 * gives a single row (so the units add up, and the fill's one-row table has the same numbers).
 */
export function unitShares(
  amount: Amount,
  key: ResolvedKey,
  decimals: number,
): number[] {
  return shareCache.getOrCompute(`${amount.text}|${key.id}|${decimals}`, () => {
    checkOnStep(amount, decimals);
    const result = apportion(
      amount.value,
      key.key,
      decimals,
      "largest-remainder",
    );
    if (!result.ok) return invalidFinding(result.error);
    return result.values.map(toNumber);
  });
}

/** The unit shares of the key as numbers (exact decimals, converted at the edge). */
export function keyShares(key: ResolvedKey): number[] {
  key.shares ??= key.key.units.map((_, i) =>
    toNumber(shareDecimal(key.key, i)),
  );
  return key.shares;
}
