import { Dec, finding, Finding, Lang, Role, TableInput } from "../../engine";
import { cellAddress, GridCell } from "../grid";
import { CellNumber, readNumber } from "../numbers";
import { roles } from "./roles";

/** A range as a host read it: cells (the range's full shape) and, where the host knows them, their formulas. */
export interface RangeCells {
  sheet: string;
  /** 0-based sheet position of the top-left cell. */
  row: number;
  col: number;
  cells: GridCell[][];
  /** Invariant (A1) formulas, "=SUM(B2:B6)", or null; undefined when the host cannot tell (a worksheet function). */
  formulas?: (string | null)[][];
}

export interface TableReading {
  input: TableInput;
  /** Per cell: its text where the range holds a label (headers, row names), else null. */
  labels: (string | number | null)[][];
  /** Decimals as shown by the finest figure (the default step). */
  places: number;
  findings: Finding[];
}

/** The range as read: each cell as a number, its formula, and where it is. */
interface RangeView {
  R: number;
  K: number;
  at: (r: number, c: number) => GridCell;
  read: CellNumber[][];
  formula: (r: number, c: number) => string | null;
  place: (r: number, c: number) => { sheet: string; cell: string };
}

/**
 * Reads a range the way a person reads a table: label rows (headers) and columns (names) hold
 * no figures; totals are rows or columns whose cells are SUM formulas over a block of the range,
 * or that are labelled I alt/Total/Sum (their parts: the rows since the previous total, or
 * every open row above when those add up to it), or – when nothing else is found – a last row
 * or column equal to the sum of the others within rounding. What was found is said in a
 * finding; nothing found means every cell is rounded on its own, and that is said too.
 */
export function readTable(
  range: RangeCells,
  lang: Lang,
  decimals: number | null,
): TableReading {
  const v = viewOf(range);
  const { R, K, formula, place } = v;
  const { rowLabel, colLabel, labelOfRow, labelOfCol } = labelLines(v);
  const findings: Finding[] = [];
  const { figures, places } = readFigures(
    v,
    rowLabel,
    colLabel,
    lang,
    findings,
  );
  const rows = roles({
    n: R,
    m: K,
    label: rowLabel,
    across: colLabel,
    get: (r, c) => figures[r][c],
    formulaAt: formula,
    origin: range.row,
    originAcross: range.col,
    labelOf: labelOfRow,
    places,
    turned: false,
  });
  const cols = roles({
    n: K,
    m: R,
    label: colLabel,
    across: rowLabel,
    get: (c, r) => figures[r][c],
    formulaAt: (c, r) => formula(r, c),
    origin: range.col,
    originAcross: range.row,
    labelOf: labelOfCol,
    places,
    turned: true,
  });
  const typed = figures.map((row, r) =>
    row.map((_, c) => formula(r, c) === null),
  );
  uncomputedSums(v, figures, rows.roles, cols.roles);
  const what = [...rows.said, ...cols.said].map((s) => s[lang]).join("; ");
  findings.push(
    finding(
      "info",
      "TABLE_TOTALS_READ",
      { what },
      {
        sheet: range.sheet,
        cell: `${place(0, 0).cell}:${place(R - 1, K - 1).cell}`,
      },
      lang,
    ),
  );
  return {
    input: {
      figures,
      rows: rows.roles,
      cols: cols.roles,
      decimals: decimals ?? places,
      typed,
      place,
      lang,
    },
    labels: labelsOf(v, rowLabel, colLabel),
    places,
    findings,
  };
}

function viewOf(range: RangeCells): RangeView {
  const { cells, sheet } = range;
  const R = cells.length;
  const K = Math.max(0, ...cells.map((row) => row.length));
  const at = (r: number, c: number): GridCell =>
    cells[r]?.[c] ?? { value: null, text: "", indent: 0 };
  return {
    R,
    K,
    at,
    read: Array.from({ length: R }, (_, r) =>
      Array.from({ length: K }, (_, c) => readNumber(at(r, c))),
    ),
    formula: (r, c) => range.formulas?.[r]?.[c] ?? null,
    place: (r, c) => ({
      sheet,
      cell: cellAddress(range.row + r, range.col + c),
    }),
  };
}

/** Label rows and columns (no figures), and the label that names each row and column. */
function labelLines(v: RangeView): {
  rowLabel: boolean[];
  colLabel: boolean[];
  labelOfRow: (r: number) => string;
  labelOfCol: (c: number) => string;
} {
  const { R, K, at } = v;
  const rowLabel = labelRows(v);
  const colLabel = Array.from({ length: K }, (_, c) => {
    for (let r = 0; r < R; r++)
      if (!rowLabel[r] && v.read[r][c].kind === "number") return false;
    return true;
  });
  const labelOfRow = (r: number) => {
    for (let c = 0; c < K; c++)
      if (colLabel[c] && at(r, c).text.trim()) return at(r, c).text.trim();
    return "";
  };
  const labelOfCol = (c: number) => {
    for (let r = R - 1; r >= 0; r--)
      if (rowLabel[r] && at(r, c).text.trim()) return at(r, c).text.trim();
    return "";
  };
  return { rowLabel, colLabel, labelOfRow, labelOfCol };
}

/** A recognised SUM whose value was never calculated: its value is the sum, not a finding. */
function uncomputedSums(
  { read, formula }: RangeView,
  figures: (Dec | null)[][],
  rows: readonly Role[],
  cols: readonly Role[],
): void {
  figures.forEach((row, r) =>
    row.forEach((x, c) => {
      const total = rows[r].kind === "total" || cols[c].kind === "total";
      if (
        x === null &&
        total &&
        read[r][c].kind === "bad" &&
        formula(r, c) !== null
      )
        row[c] = new Dec(0);
    }),
  );
}

/** Header rows: no figures, or only whole years above the first row of other figures. */
function labelRows({ R, read, formula }: RangeView): boolean[] {
  const isYear = (r: number, c: number) => {
    const x = read[r][c];
    return (
      x.kind === "number" &&
      x.value.isInteger() &&
      x.value.gte(1900) &&
      x.value.lte(2100) &&
      formula(r, c) === null
    );
  };
  const rowLabel = new Array<boolean>(R).fill(false);
  let seenFigures = false;
  for (let r = 0; r < R; r++) {
    const numbers = read[r]
      .map((x, c) => (x.kind === "number" ? c : -1))
      .filter((c) => c >= 0);
    const years = numbers.filter((c) => isYear(r, c));
    if (
      numbers.length === 0 ||
      (!seenFigures && years.length >= 2 && years.length === numbers.length)
    )
      rowLabel[r] = true;
    else seenFigures = true;
  }
  return rowLabel;
}

/** Figures, and the finest decimals shown; text in the figure area is a finding, never a zero. */
function readFigures(
  { read, formula, place }: RangeView,
  rowLabel: readonly boolean[],
  colLabel: readonly boolean[],
  lang: Lang,
  findings: Finding[],
): { figures: (Dec | null)[][]; places: number } {
  let places = 0;
  const figures: (Dec | null)[][] = read.map((row, r) =>
    row.map((x, c) => {
      if (rowLabel[r] || colLabel[c]) return null;
      if (x.kind === "number") {
        places = Math.max(places, x.places);
        return x.value;
      }
      if (x.kind === "bad" && !(x.uncomputed && formula(r, c)))
        findings.push(
          x.uncomputed
            ? finding("error", "UNCOMPUTED_FORMULA", {}, place(r, c), lang)
            : finding(
                "error",
                "BAD_NUMBER",
                { text: x.text },
                place(r, c),
                lang,
              ),
        );
      return null;
    }),
  );
  return { figures, places };
}

/** Per cell: its text (or number) where the range holds a label, else null. */
function labelsOf(
  { at, K }: RangeView,
  rowLabel: readonly boolean[],
  colLabel: readonly boolean[],
): (string | number | null)[][] {
  return rowLabel.map((isLabel, r) =>
    Array.from({ length: K }, (_, c) => {
      if (!isLabel && !colLabel[c]) return null;
      const x = at(r, c).value;
      return typeof x === "number"
        ? x
        : at(r, c).text === ""
          ? null
          : at(r, c).text;
    }),
  );
}
