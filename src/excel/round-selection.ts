/* global Excel */
import { finding, Finding, hasErrors, Lang } from "../engine";
import { cellAddress, GridCell } from "../sheets/grid";
import { amountFormat } from "../sheets/labels";
import { renderRound } from "../sheets/round-table/render";
import { RangeRounding, roundRange } from "../sheets/round-table/round";
import { quoteSheet } from "../sheets/step";
import { gridCell } from "./cells";
import { readWorkbook, RangeRef } from "./read";
import { writePlan } from "./write";

export interface RoundSelectionResult {
  rounding: RangeRounding;
  /** The range as a reference, 'Ark1'!B2:F7. */
  range: string;
  /** True when the selection holds no formulas other than its totals (and nothing is wrong): it may be rounded in place. */
  mayWriteInPlace: boolean;
  /** The sheets written (the rounded table; in place: the range's figures as they were). */
  sheets: string[];
  findings: Finding[];
}

/**
 * "Round selection" (issue 16): reads the range with its formulas, rounds it so that its totals
 * add up (src/sheets/round-table), and writes – by default – a new sheet with the rounded table
 * through the same writer and ownership rule as a fill (the range itself untouched). In place
 * (after the user confirmed) it writes the rounded figures as values and the step's number
 * format into the range's figure cells only – its SUM totals stay formulas and add the rounded
 * figures – and first keeps the figures as they were on a sheet of their own, so nothing the
 * user made is lost. In place is refused when the range holds other formulas or errors.
 */
export async function roundSelection(
  context: Excel.RequestContext,
  ref: RangeRef,
  options: { lang: Lang; decimals: number | null; inPlace: boolean; now: Date },
): Promise<RoundSelectionResult> {
  const selection = await readSelection(context, ref);
  const { address, target, formulas } = selection;
  const rounding = roundRange(
    {
      sheet: ref.sheet,
      row: target.rowIndex,
      col: target.columnIndex,
      cells: selection.cells,
      formulas,
    },
    options.lang,
    options.decimals,
  );
  const { rows, cols } = rounding.reading.input;
  const isTotal = (r: number, c: number) =>
    rows[r].kind === "total" || cols[c].kind === "total";
  const otherFormulas = formulas.some((row, r) =>
    row.some((f, c) => f !== null && !isTotal(r, c)),
  );
  const mayWriteInPlace = !otherFormulas && !hasErrors(rounding.findings);
  const range = `${quoteSheet(ref.sheet)}!${address}`;
  const findings = [...rounding.findings];
  const result: RoundSelectionResult = {
    rounding,
    range,
    mayWriteInPlace,
    sheets: [],
    findings,
  };
  if (options.inPlace && !mayWriteInPlace) {
    findings.push(
      finding(
        "error",
        "TABLE_IN_PLACE_REFUSED",
        {},
        { sheet: ref.sheet, cell: ref.address },
        options.lang,
      ),
    );
    return result;
  }
  const read = await readWorkbook(context);
  if (read.structureProtected) {
    findings.push(
      finding("error", "WORKBOOK_PROTECTED", { sheets: "—" }, {}, options.lang),
    );
    return result;
  }
  const plan = renderRound(rounding, {
    range,
    lang: options.lang,
    existing: read.grid.existing,
    time: options.now,
    original: options.inPlace,
  });
  await writePlan(context, plan, {
    ...read.grid,
    ownership: read.ownership,
    definedNames: read.definedNames,
  });
  result.sheets = plan.sheets.map((s) => s.name);
  findings.push(...(plan.findings ?? []));
  if (!options.inPlace) return result;
  writeInPlace(selection, rounding);
  await context.sync();
  return result;
}

/** The selection as read: its address, the range, its cells, its formulas and number formats. */
interface Selection {
  address: string;
  target: Excel.Range;
  cells: GridCell[][];
  formulas: (string | null)[][];
  formats: string[][];
}

/** Reads the part of the selection within the sheet's used cells (a whole column stays small). */
async function readSelection(
  context: Excel.RequestContext,
  ref: RangeRef,
): Promise<Selection> {
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  const asked = sheet.getRange(ref.address);
  const used = sheet.getUsedRange(true);
  asked.load("rowIndex, columnIndex, rowCount, columnCount");
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  const top = Math.max(asked.rowIndex, used.rowIndex);
  const left = Math.max(asked.columnIndex, used.columnIndex);
  const bottom =
    Math.min(asked.rowIndex + asked.rowCount, used.rowIndex + used.rowCount) -
    1;
  const right =
    Math.min(
      asked.columnIndex + asked.columnCount,
      used.columnIndex + used.columnCount,
    ) - 1;
  const address = `${cellAddress(top, left)}:${cellAddress(Math.max(top, bottom), Math.max(left, right))}`;
  const target = sheet.getRange(address);
  target.load("values, text, formulas, numberFormat, rowIndex, columnIndex");
  await context.sync();
  const values = target.values as unknown[][];
  const text = target.text as unknown[][];
  return {
    address,
    target,
    cells: values.map((row, r) =>
      row.map((v, c) => gridCell(v, text[r]?.[c], 0)),
    ),
    formulas: (target.formulas as unknown[][]).map((row) =>
      row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
    ),
    formats: target.numberFormat as string[][],
  };
}

/**
 * The rounded figures into the figure cells (and typed totals), row by row over the columns
 * that hold figures; SUM totals are written back as the formulas they are, other cells as they were.
 */
function writeInPlace(
  { target, formulas, formats }: Selection,
  rounding: RangeRounding,
): void {
  const { rows, cols } = rounding.reading.input;
  const d = rounding.result.decimals;
  const raw = target.formulas as unknown[][];
  const figureCols = cols
    .map((role, c) => (role.kind === "label" ? -1 : c))
    .filter((c) => c >= 0);
  if (figureCols.length === 0) return;
  const [first, last] = [figureCols[0], figureCols[figureCols.length - 1]];
  rows.forEach((role, r) => {
    if (role.kind === "label") return;
    const span = target.getCell(r, first).getResizedRange(0, last - first);
    const shown = rounding.result.shown[r];
    const row = raw[r].slice(first, last + 1).map((v, k) => {
      const x = shown[first + k];
      return formulas[r][first + k] !== null || x === null
        ? v
        : Number(x.toString());
    });
    span.formulas = [row] as (string | number)[][] as string[][];
    span.numberFormat = [
      row.map((_, k) =>
        shown[first + k] === null ? formats[r][first + k] : amountFormat(d),
      ),
    ];
  });
}
