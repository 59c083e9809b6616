import { Group, Key, makeKey, nameKey } from "../engine";
import { keyColumnOf } from "../sheets/headers";
import type { CellNumber } from "../sheets/numbers";
import { resolveUnit, Unit } from "../sheets/units";
import { numberIn } from "./args";
import { Lru, stringBytes } from "./cache";
import { invalid, invalidFinding } from "./errors";
import { listOf, uiLang } from "./messages";

/** A key ready for the functions: the engine's key, its content fingerprint and a unit index. */
export interface ResolvedKey {
  key: Key;
  /** Identifies the key's content (units and exact weights), not its name. */
  fingerprint: string;
  /** A short stand-in for the fingerprint in cache keys: equal fingerprints, equal ids. */
  id: number;
  group: Group;
  /** Canonical unit name → position in the key. */
  index: Map<string, number>;
  /** Normalised shares as numbers, filled on first KEYSHARE. */
  shares?: number[];
  /** Unit arguments already matched to a position (a sheet asks for the same five names). */
  unitArguments: Map<string, number>;
}

/**
 * Ids of key contents seen lately, bounded by bytes (a sheet can pass a million different key
 * ranges). Ids are never reused: a content seen again after being dropped gets a new id, so a
 * cached result can never be taken for another key's.
 */
const fingerprintIds = new Lru<string, number>(
  100_000,
  32_000_000,
  (fp) => stringBytes(fp) + 48,
);
let lastId = 0;

/** The key's content: two keys with the same units and weights apportion identically. */
export function fingerprintOf(key: Key): string {
  return `${key.units.join("\u001f")}\u001e${key.weights.join(",")}/${key.total}`;
}

export function resolvedKey(key: Key, group: Group): ResolvedKey {
  const fingerprint = fingerprintOf(key);
  let id = fingerprintIds.get(fingerprint);
  if (id === undefined) fingerprintIds.set(fingerprint, (id = ++lastId));
  return {
    key,
    fingerprint,
    id,
    group,
    index: new Map(key.units.map((u, i) => [u, i])),
    unitArguments: new Map(),
  };
}

/** How a `key` argument is meant: the name of a key in the workbook, or a (unit, share) range. */
export type KeyArgument =
  { kind: "name"; name: string } | { kind: "range"; rows: unknown[][] };

/** A single text cell (or a text typed in the formula) names a key; anything else is a range. */
export function keyArgument(arg: unknown): KeyArgument {
  if (typeof arg === "string") return nameOrMissing(arg);
  if (!Array.isArray(arg) || arg.length === 0) return invalid("KEY_MISSING");
  const rows = arg.map((row) => (Array.isArray(row) ? row : [row]));
  if (rows.length === 1 && rows[0].length === 1) {
    const only = rows[0][0];
    if (typeof only === "string") return nameOrMissing(only);
    return invalid("KEY_MISSING");
  }
  return { kind: "range", rows };
}

function nameOrMissing(text: string): KeyArgument {
  const name = text.trim();
  return name === "" ? invalid("KEY_MISSING") : { kind: "name", name };
}

/** Name a range key gets in engine messages. */
const rangeName = (): string => (uiLang() === "da" ? "område" : "range");

/**
 * A two-column (unit, share) range as a key. Units are matched as the parser matches them
 * (name, official code, common variants); shares may be shares, percentages or weights, as
 * numbers or Danish/English text, and are normalised by their sum. Empty rows are skipped, and
 * a first row of header words (Enhed | Andel) is allowed.
 */
export function keyFromRange(
  rows: readonly (readonly unknown[])[],
): ResolvedKey {
  const cols = rows.reduce((most, row) => Math.max(most, row.length), 0);
  if (cols !== 2) return invalid("KEY_SHAPE", { cols });
  const entries: { unit: string; value: string }[] = [];
  let firstUnit: Unit | null = null;
  let seenRow = false;
  for (const [i, row] of rows.entries()) {
    const cells = rangeRow(row);
    if (cells.unitText === "" && cells.share.kind === "blank") continue;
    const isFirstRow = !seenRow;
    seenRow = true;
    if (isFirstRow && isHeaderRow(cells)) continue;
    const { unit, value } = keyEntry(cells, i + 1);
    firstUnit ??= unit;
    if (unit.group !== firstUnit.group)
      return invalid("KEY_MIXED_GROUPS", {
        first: firstUnit.name,
        unit: unit.name,
        row: i + 1,
      });
    entries.push({ unit: unit.name, value });
  }
  const made = makeKey({ name: rangeName(), entries });
  const error = made.findings.find((f) => f.severity === "error");
  if (!made.key || error) return invalidFinding(error ?? made.findings[0]);
  return resolvedKey(made.key, firstUnit?.group ?? "Regioner");
}

/** One row of a key range: the unit as given and as trimmed text, the share as given and as read. */
interface RangeRow {
  unitCell: unknown;
  unitText: string;
  shareCell: unknown;
  share: CellNumber;
}

function rangeRow(row: readonly unknown[]): RangeRow {
  const [unitCell, shareCell] = row;
  const unitText =
    unitCell === null || unitCell === undefined ? "" : String(unitCell).trim();
  return { unitCell, unitText, shareCell, share: numberIn(shareCell) };
}

/** A first row of header words (Enhed | Andel) rather than a unit and its share. */
function isHeaderRow(r: RangeRow): boolean {
  return (
    r.share.kind !== "number" &&
    (keyColumnOf(r.unitText) === "unit" ||
      keyColumnOf(String(r.shareCell ?? "")) === "share")
  );
}

/** A row's unit and its share as exact text; a unit not known or a share that is no number stops the key. */
function keyEntry(r: RangeRow, row: number): { unit: Unit; value: string } {
  const unit = resolveUnit(
    typeof r.unitCell === "number" ? r.unitCell : r.unitText,
  );
  if (!unit) return invalid("KEY_UNIT_UNKNOWN", { unit: r.unitText, row });
  if (r.share.kind !== "number") {
    return invalid("KEY_SHARE_NOT_NUMBER", {
      unit: unit.name,
      row,
      text: r.share.kind === "bad" ? r.share.text.trim() : "",
    });
  }
  return { unit, value: r.share.value.toString() };
}

/** Range keys by their cell contents: a sheet of calls over one range builds its key once. */
const rangeKeys = new Lru<string, ResolvedKey>(
  1000,
  32_000_000,
  (cells, key) =>
    stringBytes(cells) +
    2 * stringBytes(key.fingerprint) +
    64 * key.key.units.length,
);

export function clearRangeKeys(): void {
  rangeKeys.clear();
}

export function cachedKeyFromRange(rows: unknown[][]): ResolvedKey {
  return rangeKeys.getOrCompute(JSON.stringify(rows), () => keyFromRange(rows));
}

/** A unit argument's position in the key: matched like the key's own units, else by its exact text. */
export function unitIndex(resolved: ResolvedKey, unitText: string): number {
  const known = resolved.unitArguments.get(unitText);
  if (known !== undefined) return known;
  const index = matchUnit(resolved, unitText);
  if (resolved.unitArguments.size < 1000)
    resolved.unitArguments.set(unitText, index);
  return index;
}

function matchUnit(resolved: ResolvedKey, unitText: string): number {
  const unit = resolveUnit(unitText);
  const byName = unit ? resolved.index.get(unit.name) : undefined;
  if (byName !== undefined) return byName;
  const plain = nameKey(unitText);
  const exact = resolved.key.units.findIndex((u) => nameKey(u) === plain);
  if (exact >= 0) return exact;
  return invalid("UNIT_NOT_IN_KEY", {
    unit: unitText,
    key: resolved.key.name,
    units: listOf(resolved.key.units),
  });
}
