import { Finding, KeyEntry, Lang, TableModel } from "../engine";
import { INITIATIVE_TABLE_NAMES, KEY_TABLE_NAMES, WorkbookGrid } from "./grid";
import { headerKey } from "./headers";
import { parseInitiatives } from "./initiatives";
import { parseKeys } from "./keys";
import { locateTable, TableSource } from "./locate";
import { FindingList } from "./report";

export interface ParseOptions {
  /** Language of the findings' messages (default Danish). */
  lang?: Lang;
}

export interface ParsedWorkbook {
  /** null when the workbook is unusable: no initiatives table, or one without names or periods. */
  model: TableModel | null;
  findings: Finding[];
  /** The finest decimal place used by the input amounts (SPEC §2 default step). */
  defaultDecimals: number;
  /** Where each table was found (null: not found). */
  sources: { initiatives: TableSource | null; keys: TableSource | null };
}

/** A key's period written as the initiatives table writes it ("fra 2027" → "Fra 2027"), so the engine can match them. */
function samePeriodLabels(
  keys: KeyEntry[],
  periods: readonly string[],
): KeyEntry[] {
  return keys.map((k) => {
    if (k.period === null) return k;
    const same = periods.find((p) => headerKey(p) === headerKey(k.period!));
    return same === undefined ? k : { ...k, period: same };
  });
}

/** Grid → model and findings (SPEC §1). The one parser every host uses. */
export function parseWorkbook(
  grid: WorkbookGrid,
  options: ParseOptions = {},
): ParsedWorkbook {
  const out = new FindingList(options.lang ?? "da");
  const initiativesTable = locateTable(
    grid,
    INITIATIVE_TABLE_NAMES,
    grid.pickedInitiatives,
  );
  const keysTable = locateTable(grid, KEY_TABLE_NAMES, grid.pickedKeys);
  const sources = {
    initiatives: initiativesTable?.source ?? null,
    keys: keysTable?.source ?? null,
  };

  if (!initiativesTable) {
    out.add("error", "MISSING_TABLE", { table: INITIATIVE_TABLE_NAMES[0] }, {});
    return { model: null, findings: out.items, defaultDecimals: 0, sources };
  }
  const initiatives = parseInitiatives(initiativesTable, out);
  if (!initiatives.usable)
    return { model: null, findings: out.items, defaultDecimals: 0, sources };

  let keys: KeyEntry[] = [];
  if (keysTable)
    keys = samePeriodLabels(parseKeys(keysTable, out), initiatives.periods);
  else if (initiatives.rows.some((r) => r.recipient.kind === "group")) {
    out.add("error", "MISSING_TABLE", { table: KEY_TABLE_NAMES[0] }, {});
  }
  return {
    model: { periods: initiatives.periods, rows: initiatives.rows, keys },
    findings: out.items,
    defaultDecimals: initiatives.places,
    sources,
  };
}
