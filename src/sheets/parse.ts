import {
  BrokenKey,
  Finding,
  InitiativeRow,
  KeyEntry,
  Lang,
  TableModel,
  quoted,
} from "../engine";
import {
  cellAddress,
  GridBlock,
  INITIATIVE_TABLE_NAMES,
  KEY_TABLE_NAMES,
  WorkbookGrid,
} from "./grid";
import { headerKey } from "./headers";
import {
  INITIATIVES_TABLE,
  InitiativesResult,
  parseInitiatives,
  StepSource,
} from "./initiatives";
import { KEYS_TABLE } from "./key-header";
import { ReadKeys, readKeys } from "./keys";
import {
  FoundTable,
  locateTable,
  TableKind,
  TableSource,
  TableSources,
} from "./locate";
import { resolveWhere } from "./where";
import { FindingList } from "./report";
import { ownUnitsOf } from "./own-units";

export interface ParseOptions {
  /** Language of the findings' messages (default Danish). */
  lang?: Lang;
}

export interface ParsedWorkbook {
  /** null when there is no initiatives table, or one without names or periods. */
  model: TableModel | null;
  /**
   * True when nothing can be filled (SPEC §5 exit code 2): no model, or no keys table although
   * some row with an amount goes to Regioner or Kommuner by key (MISSING_TABLE says which).
   */
  unusable: boolean;
  findings: Finding[];
  /** The finest decimal place used by the input amounts (SPEC §2 default step). */
  defaultDecimals: number;
  /** The amount cell that decided `defaultDecimals` (null when there are no amounts). */
  defaultDecimalsCell: StepSource | null;
  /** The table's unit as written above its header (`Mio. kr. (2025-pl)`), null when none was found. */
  unitText: string | null;
  /** The table's title above it (`Kræftplan V`), null when none. */
  titleText?: string | null;
  sources: TableSources;
}

/** A row that is split by a key: it has an amount and goes to a group of units, not to named ones. */
const needsKey = (row: InitiativeRow) =>
  row.recipient.kind === "group" && row.amounts.some((a) => a !== null);

/** A key's period written as the initiatives table writes it ("fra 2027" → "Fra 2027"), so the engine can match them. */
function samePeriodLabels<K extends { period: string | null }>(
  keys: K[],
  periods: readonly string[],
): K[] {
  return keys.map((k) => {
    if (k.period === null) return k;
    const same = periods.find((p) => headerKey(p) === headerKey(k.period!));
    return same === undefined ? k : { ...k, period: same };
  });
}

/** Where a table was found, for messages: `Ark1!B3:H40 (tabel Tabel1)`. */
function placeOf(source: TableSource, lang: Lang): string {
  const kind =
    source.kind === "table"
      ? lang === "da"
        ? "tabel"
        : "table"
      : lang === "da"
        ? "ark"
        : "sheet";
  return `${kind} ${quoted(source.name, lang)} (${source.sheet}!${source.range})`;
}

/**
 * One input table located (SPEC §1): the user's pointer first (a picked range, or `where` text),
 * else by name, else by its header row. Finding or choosing by header is said in a finding.
 */
function locateInput(
  grid: WorkbookGrid,
  kind: TableKind,
  other: TableKind,
  picked: GridBlock | undefined,
  where: string | undefined,
  option: string,
  out: FindingList,
): { table: FoundTable | null; pointerBroken: boolean } {
  let pointed = picked;
  if (!pointed && where !== undefined) {
    pointed = resolveWhere(grid, where) ?? undefined;
    if (!pointed) {
      out.add("error", "TABLE_NOT_FOUND", { where }, {});
      return { table: null, pointerBroken: true };
    }
  }
  const located = locateTable(grid, kind, pointed, [other]);
  const table = located.table;
  const name = kind.names[0];
  if (table?.source.byHeader)
    out.add(
      "info",
      "TABLE_FOUND",
      { table: name, found: placeOf(table.source, out.lang) },
      { sheet: table.sheet, cell: cellAddress(table.headerRow, table.col) },
    );
  if (located.ambiguous.length > 1)
    out.add(
      "error",
      "AMBIGUOUS_TABLE",
      {
        table: name,
        candidates: located.ambiguous
          .map((s) => placeOf(s, out.lang))
          .join("; "),
        option,
      },
      { sheet: located.ambiguous[0].sheet },
    );
  return { table, pointerBroken: false };
}

/** Grid → model and findings (SPEC §1). The one parser every host uses. */
export function parseWorkbook(
  grid: WorkbookGrid,
  options: ParseOptions = {},
): ParsedWorkbook {
  const out = new FindingList(options.lang ?? "da");
  const { table: initiativesTable, pointerBroken: initiativesBroken } =
    locateInput(
      grid,
      INITIATIVES_TABLE,
      KEYS_TABLE,
      grid.pickedInitiatives,
      grid.where?.initiatives,
      "--initiatives",
      out,
    );
  const { table: keysTable, pointerBroken: keysBroken } = locateInput(
    grid,
    KEYS_TABLE,
    INITIATIVES_TABLE,
    grid.pickedKeys,
    grid.where?.keys,
    "--keys",
    out,
  );
  const sources: TableSources = {
    initiatives: initiativesTable?.source ?? null,
    keys: keysTable?.source ?? null,
  };
  reportRowsNotRead([initiativesTable, keysTable], out);
  const withoutModel = (): ParsedWorkbook => ({
    model: null,
    unusable: true,
    findings: out.items,
    defaultDecimals: 0,
    defaultDecimalsCell: null,
    unitText: null,
    sources,
  });

  if (!initiativesTable) {
    // A broken pointer or an ambiguous table has said so already.
    if (!initiativesBroken && !out.items.some(isAmbiguousTable))
      out.add(
        "error",
        "MISSING_TABLE",
        { table: INITIATIVE_TABLE_NAMES[0] },
        {},
      );
    return withoutModel();
  }
  // The keys are read first, so `Modtager` can name own units and groups (SPEC §1); their
  // findings still come after the initiatives'.
  const keyOut = new FindingList(out.lang);
  const read = keysTable ? readKeys(keysTable, keyOut) : null;
  const initiatives = parseInitiatives(
    initiativesTable,
    out,
    read ? ownUnitsOf(read.keys, read.broken) : undefined,
  );
  if (!initiatives.usable) return withoutModel();

  const { keys, brokenKeys, keysMissing } = modelKeys(
    read,
    keyOut,
    initiatives,
    keysBroken,
    out,
  );
  return {
    model: {
      periods: initiatives.periods,
      rows: initiatives.rows,
      keys,
      brokenKeys,
    },
    unusable: keysMissing,
    findings: out.items,
    defaultDecimals: initiatives.places,
    defaultDecimalsCell: initiatives.placesCell,
    unitText: initiatives.unitText,
    titleText: initiatives.titleText ?? null,
    sources,
  };
}

const isAmbiguousTable = (f: Finding) => f.code === "AMBIGUOUS_TABLE";

/** Rows below a table's end that hold something: named, never dropped in silence. */
function reportRowsNotRead(
  tables: readonly (FoundTable | null)[],
  out: FindingList,
): void {
  for (const table of tables) {
    if (!table || table.notRead.length === 0) continue;
    const [first, last] = [
      table.notRead[0],
      table.notRead[table.notRead.length - 1],
    ];
    out.add(
      "warning",
      "ROWS_NOT_READ",
      {
        table: table.source.name,
        first: first + 1,
        last: last + 1,
        end: table.source.range,
      },
      { sheet: table.sheet, cell: cellAddress(first, table.col) },
    );
  }
}

/**
 * The model's keys (with the initiatives' period labels), their findings after the
 * initiatives'; without a keys table, MISSING_TABLE when a row needs a key (unless a broken
 * pointer or an ambiguous table said so already), and the model is unusable.
 */
function modelKeys(
  read: ReadKeys | null,
  keyOut: FindingList,
  initiatives: InitiativesResult,
  keysBroken: boolean,
  out: FindingList,
): { keys: KeyEntry[]; brokenKeys: BrokenKey[]; keysMissing: boolean } {
  if (read) {
    out.items.push(...keyOut.items);
    return {
      keys: samePeriodLabels(read.keys, initiatives.periods),
      brokenKeys: samePeriodLabels(read.broken, initiatives.periods),
      keysMissing: false,
    };
  }
  if (!keysBroken && !initiatives.rows.some(needsKey))
    return { keys: [], brokenKeys: [], keysMissing: false };
  if (!keysBroken && !out.items.some(isAmbiguousTable))
    out.add("error", "MISSING_TABLE", { table: KEY_TABLE_NAMES[0] }, {});
  return { keys: [], brokenKeys: [], keysMissing: true };
}
