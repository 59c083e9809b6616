/* What each worksheet function does, without the JSDoc shell: coerce the arguments, resolve
 * the key, then compute (cached) with the engine. Any bad input throws CustomFunctions.Error. */
import { defaultDecimals, toAmount, toAmountColumn, toDecimals, toUnitText } from "./args";
import { apportionBlock, blockCache } from "./block";
import { keyShares, shareCache, unitShares } from "./compute";
import { cachedKeyFromRange, clearRangeKeys, keyArgument, ResolvedKey, unitIndex } from "./keys";
import { workbookKeys } from "./workbook";

/** Forgets every cached key and result (tests, benchmarks); the workbook's keys are kept. */
export function clearCaches(): void {
  shareCache.clear();
  blockCache.clear();
  clearRangeKeys();
}

/** A range argument is resolved at once; a key name waits for the workbook's keys table (read once, cached). */
export function resolveKey(arg: unknown): ResolvedKey | Promise<ResolvedKey> {
  const parsed = keyArgument(arg);
  return parsed.kind === "range" ? cachedKeyFromRange(parsed.rows) : workbookKeys.resolve(parsed.name);
}

export async function regionShareCall(amount: unknown, unit: unknown, key: unknown, decimals: unknown): Promise<number> {
  const value = toAmount(amount);
  const unitText = toUnitText(unit);
  const places = toDecimals(decimals, defaultDecimals([value]));
  const resolved = await resolveKey(key);
  return unitShares(value, resolved, places)[unitIndex(resolved, unitText)];
}

/** A column: one row per unit, in key order, beside a vertical key range. */
export async function sharesCall(amount: unknown, key: unknown, decimals: unknown): Promise<number[][]> {
  const value = toAmount(amount);
  const places = toDecimals(decimals, defaultDecimals([value]));
  const resolved = await resolveKey(key);
  return unitShares(value, resolved, places).map((share) => [share]);
}

export async function apportionCall(amounts: unknown, key: unknown, decimals: unknown): Promise<number[][]> {
  const values = toAmountColumn(amounts);
  const places = toDecimals(decimals, defaultDecimals(values));
  const resolved = await resolveKey(key);
  return apportionBlock(values, resolved, places);
}

export async function keyShareCall(unit: unknown, key: unknown): Promise<number> {
  const unitText = toUnitText(unit);
  const resolved = await resolveKey(key);
  return keyShares(resolved)[unitIndex(resolved, unitText)];
}
