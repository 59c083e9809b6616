/* What each worksheet function does, without the JSDoc shell: coerce the arguments, resolve
 * the key, then compute (cached) with the engine. Bad input throws CustomFunctions.Error. A key
 * range is resolved synchronously; only a key name waits for the workbook. */
import {
  defaultDecimals,
  toAmount,
  toAmountColumn,
  toDecimals,
  toUnitText,
} from "./args";
import { apportionRange, apportionCache } from "./apportion";
import { keyShares, shareCache, unitShares } from "./compute";
import {
  cachedKeyFromRange,
  clearRangeKeys,
  keyArgument,
  ResolvedKey,
  unitIndex,
} from "./keys";
import { workbookKeys } from "./workbook";

/** Forgets every cached key and result (tests, benchmarks); the workbook's keys are kept. */
export function clearCaches(): void {
  shareCache.clear();
  apportionCache.clear();
  clearRangeKeys();
}

/** A range argument is resolved at once; a key name waits for the workbook's keys table (read once, cached). */
export function resolveKey(arg: unknown): ResolvedKey | Promise<ResolvedKey> {
  const parsed = keyArgument(arg);
  return parsed.kind === "range"
    ? cachedKeyFromRange(parsed.rows)
    : workbookKeys.resolve(parsed.name);
}

/** `then(key)` now for a range, after the workbook read for a name (no extra promise per call). */
function withKey<T>(
  arg: unknown,
  then: (key: ResolvedKey) => T,
): T | Promise<T> {
  const resolved = resolveKey(arg);
  return resolved instanceof Promise ? resolved.then(then) : then(resolved);
}

export function regionShareCall(
  amount: unknown,
  unit: unknown,
  key: unknown,
  decimals: unknown,
): number | Promise<number> {
  const value = toAmount(amount);
  const unitText = toUnitText(unit);
  const places = toDecimals(decimals, defaultDecimals([value]));
  return withKey(
    key,
    (resolved) =>
      unitShares(value, resolved, places)[unitIndex(resolved, unitText)],
  );
}

/** A column: one row per unit, in key order, beside a vertical key range. */
export function sharesCall(
  amount: unknown,
  key: unknown,
  decimals: unknown,
): number[][] | Promise<number[][]> {
  const value = toAmount(amount);
  const places = toDecimals(decimals, defaultDecimals([value]));
  return withKey(key, (resolved) =>
    unitShares(value, resolved, places).map((share) => [share]),
  );
}

export function apportionCall(
  amounts: unknown,
  key: unknown,
  decimals: unknown,
): number[][] | Promise<number[][]> {
  const values = toAmountColumn(amounts);
  const places = toDecimals(decimals, defaultDecimals(values));
  return withKey(key, (resolved) => apportionRange(values, resolved, places));
}

export function keyShareCall(
  unit: unknown,
  key: unknown,
): number | Promise<number> {
  const unitText = toUnitText(unit);
  return withKey(
    key,
    (resolved) => keyShares(resolved)[unitIndex(resolved, unitText)],
  );
}
