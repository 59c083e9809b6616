/* Fordel's worksheet functions (namespace FORDEL, set in the manifest). Metadata (functions.json)
 * is generated from these JSDoc comments at build time; ids come from the @customfunction tags.
 * The bodies stay thin: argument coercion, keys, caching and the engine live in ./calls.ts. */
import {
  apportionCall,
  keyShareCall,
  regionShareCall,
  sharesCall,
} from "./calls";
import { guarded } from "./guard";

/**
 * One unit's share of an amount: the same number the unit gets when the amount is split over the whole key, so the units add up.
 * @customfunction REGIONSHARE
 * @param {any} amount The national amount, e.g. 350,0 or "1.570.129".
 * @param {any} unit The unit: a region's or municipality's name or official code, as in the key.
 * @param {any[][]} key A two-column range (unit, share) or the name of a key in the workbook's keys table.
 * @param {any} [decimals] Round to this many decimals as in ROUND (1 = 0,1; 0 = whole; -3 = thousands). Default: the decimals of the amount.
 * @returns {Promise<number>} The unit's share, rounded down or up so that all units add up to the amount.
 */
export async function regionShare(
  amount: any,
  unit: any,
  key: any[][],
  decimals?: any,
): Promise<number> {
  return guarded(() => regionShareCall(amount, unit, key, decimals));
}

/**
 * Every unit's share of an amount, spilled down a column in key order (the units add up to the amount).
 * @customfunction SHARES
 * @param {any} amount The national amount, e.g. 350,0 or "1.570.129".
 * @param {any[][]} key A two-column range (unit, share) or the name of a key in the workbook's keys table.
 * @param {any} [decimals] Round to this many decimals as in ROUND (1 = 0,1; 0 = whole; -3 = thousands). Default: the decimals of the amount.
 * @returns {Promise<number[][]>} One row per unit, in key order.
 */
export async function shares(
  amount: any,
  key: any[][],
  decimals?: any,
): Promise<number[][]> {
  return guarded(() => sharesCall(amount, key, decimals));
}

/**
 * A column of amounts split over a key: a spilled matrix, one row per amount and one column per unit, reconciled so that every row and every unit's column total add up.
 * @customfunction APPORTION
 * @param {any[][]} amounts A column of national amounts.
 * @param {any[][]} key A two-column range (unit, share) or the name of a key in the workbook's keys table.
 * @param {any} [decimals] Round to this many decimals as in ROUND (1 = 0,1; 0 = whole; -3 = thousands). Default: the finest decimals among the amounts.
 * @returns {Promise<number[][]>} Amounts down, units across in key order.
 */
export async function apportion(
  amounts: any[][],
  key: any[][],
  decimals?: any,
): Promise<number[][]> {
  return guarded(() => apportionCall(amounts, key, decimals));
}

/**
 * A unit's share of the key, normalised so that the key sums to 1 (e.g. 0,3116).
 * @customfunction KEYSHARE
 * @param {any} unit The unit: a region's or municipality's name or official code, as in the key.
 * @param {any[][]} key A two-column range (unit, share) or the name of a key in the workbook's keys table.
 * @returns {Promise<number>} The unit's normalised share.
 */
export async function keyShare(unit: any, key: any[][]): Promise<number> {
  return guarded(() => keyShareCall(unit, key));
}

/**
 * A table rounded so that its totals add up: every figure its exact value rounded down or up, every total (I alt/Total/Sum rows and columns, or a last row or column that is the sum of the others) the sum of its shown parts, with the least total deviation. Spilled in the range's shape.
 * @customfunction ROUNDTABLE
 * @param {any[][]} range The table, with its label row and column if you like.
 * @param {any} [decimals] Round to this many decimals as in ROUND (1 = 0,1; 0 = whole; -3 = thousands). Default: the decimals the figures show.
 * @returns {Promise<any[][]>} The rounded table, totals included.
 */
export async function roundTable(
  range: any[][],
  decimals?: any,
): Promise<any[][]> {
  // Loaded on the first call: the shared page opens without the table rounding's code.
  return guarded(async () =>
    (await import("./round-table")).roundTableCall(range, decimals),
  );
}
