import { Dec, finding, Finding, Lang, Role, TableInput } from "../../engine";
import { cellAddress, GridCell } from "../grid";
import { columnLetters } from "../columns";
import { readNumber } from "../numbers";
import { summedCells } from "./formulas";

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

/** `I alt`, `Total`, `Sum`, `Totalt`, `I alt Region Syd`, `Region Syd i alt`, `Sum of …`, `Subtotal`. */
const TOTAL_LABEL =
  /^(i ?alt|total|totalt|sum|subtotal|sub-total|samlet|hovedtotal|grand total)\b|\bi ?alt$|\btotal$/i;

type How = "formula" | "label" | "sum";

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
  const { cells, sheet } = range;
  const R = cells.length;
  const K = Math.max(0, ...cells.map((row) => row.length));
  const at = (r: number, c: number): GridCell =>
    cells[r]?.[c] ?? { value: null, text: "", indent: 0 };
  const address = (r: number, c: number) =>
    cellAddress(range.row + r, range.col + c);
  const place = (r: number, c: number) => ({ sheet, cell: address(r, c) });
  const findings: Finding[] = [];
  const read = Array.from({ length: R }, (_, r) =>
    Array.from({ length: K }, (_, c) => readNumber(at(r, c))),
  );
  const formula = (r: number, c: number) => range.formulas?.[r]?.[c] ?? null;

  // Header rows: no figures, or only whole years above the first row of other figures.
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
  const colLabel = Array.from({ length: K }, (_, c) => {
    for (let r = 0; r < R; r++)
      if (!rowLabel[r] && read[r][c].kind === "number") return false;
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

  // Figures; text in the figure area is a finding, never a zero.
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

  const rows = roles(
    R,
    K,
    rowLabel,
    colLabel,
    (r, c) => figures[r][c],
    (r, c) => formula(r, c),
    range.row,
    range.col,
    labelOfRow,
    places,
    false,
  );
  const cols = roles(
    K,
    R,
    colLabel,
    rowLabel,
    (c, r) => figures[r][c],
    (c, r) => formula(r, c),
    range.col,
    range.row,
    labelOfCol,
    places,
    true,
  );

  // A recognised SUM whose value was never calculated: its value is the sum, not a finding.
  const typed = figures.map((row, r) =>
    row.map((_, c) => formula(r, c) === null),
  );
  figures.forEach((row, r) =>
    row.forEach((v, c) => {
      const total =
        rows.roles[r].kind === "total" || cols.roles[c].kind === "total";
      if (
        v === null &&
        total &&
        read[r][c].kind === "bad" &&
        formula(r, c) !== null
      )
        row[c] = new Dec(0);
    }),
  );
  const what = [...rows.said, ...cols.said].map((s) => s[lang]).join("; ");
  findings.push(
    finding(
      "info",
      "TABLE_TOTALS_READ",
      { what },
      { sheet, cell: `${address(0, 0)}:${address(R - 1, K - 1)}` },
      lang,
    ),
  );

  const labels = cells.map((row, r) =>
    Array.from({ length: K }, (_, c) => {
      if (!rowLabel[r] && !colLabel[c]) return null;
      const v = at(r, c).value;
      return typeof v === "number"
        ? v
        : at(r, c).text === ""
          ? null
          : at(r, c).text;
    }),
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
    labels,
    places,
    findings,
  };
}

/**
 * The roles along one dimension (rows; or columns, with `turned`): `get(i, j)` is the figure at
 * position i along it and j across.
 */
function roles(
  n: number,
  m: number,
  label: boolean[],
  across: boolean[],
  get: (i: number, j: number) => Dec | null,
  formulaAt: (i: number, j: number) => string | null,
  origin: number,
  originAcross: number,
  labelOf: (i: number) => string,
  places: number,
  turned: boolean,
): { roles: Role[]; said: { da: string; en: string }[] } {
  const out: Role[] = label.map((l) =>
    l ? { kind: "label" } : { kind: "figures" },
  );
  const how: (How | null)[] = new Array(n).fill(null);
  const claimed = new Array<boolean>(n).fill(false);
  const half = new Dec(10).pow(-places).div(2);
  const addsUp = (t: number, members: number[]) => {
    let any = false;
    for (let j = 0; j < m; j++) {
      if (across[j] || get(t, j) === null) continue;
      const sum = members.reduce((s, i) => s.plus(get(i, j) ?? 0), new Dec(0));
      if (
        get(t, j)!
          .minus(sum)
          .abs()
          .gt(half.times(members.length + 1))
      )
        return false;
      any = true;
    }
    return any;
  };
  // 1. SUM formulas over a block of this dimension (same position across as the cell).
  for (let t = 0; t < n; t++) {
    if (label[t]) continue;
    const votes = new Map<string, number[]>();
    for (let j = 0; j < m; j++) {
      const f = formulaAt(t, j);
      const summed = f ? summedCells(f) : null;
      if (!summed) continue;
      const along = summed.map(([r, c]) =>
        turned
          ? [c - origin, r - originAcross]
          : [r - origin, c - originAcross],
      );
      if (!along.every(([i, jj]) => jj === j && i >= 0 && i < n && i !== t))
        continue;
      const members = [...new Set(along.map(([i]) => i))]
        .filter((i) => !label[i])
        .sort((a, b) => a - b);
      if (members.length > 0) votes.set(members.join(","), members);
    }
    if (votes.size === 0) continue;
    const members = [...votes.values()][0];
    if (members.some((i) => claimed[i])) continue;
    members.forEach((i) => (claimed[i] = true));
    out[t] = { kind: "total", of: members };
    how[t] = "formula";
  }
  // 2. Labels: the open rows since the previous total, or every open row when those add up to it.
  const open: number[] = [];
  for (let t = 0; t < n; t++) {
    if (label[t]) continue;
    if (out[t].kind === "total" || !TOTAL_LABEL.test(labelOf(t))) {
      if (!claimed[t]) open.push(t);
      continue;
    }
    let last = -1;
    open.forEach((i, k) => out[i].kind === "total" && (last = k));
    const recent = open.slice(last + 1);
    const members =
      recent.length > 0 && (addsUp(t, recent) || !addsUp(t, open))
        ? recent
        : open.slice();
    if (members.length === 0) continue;
    members.forEach((i) => (claimed[i] = true));
    open.splice(0, open.length, ...open.filter((i) => !claimed[i]), t);
    out[t] = { kind: "total", of: members };
    how[t] = "label";
  }
  // 3. Nothing found: a last row equal to the sum of the others within rounding.
  if (!out.some((r) => r.kind === "total")) {
    const figureRows = out
      .map((r, i) => (r.kind === "figures" ? i : -1))
      .filter((i) => i >= 0);
    const last = figureRows[figureRows.length - 1];
    const others = figureRows.slice(0, -1);
    // Not a row of zeros (it would "add up" to anything that is zero too).
    const nonzero =
      last !== undefined &&
      Array.from({ length: m }, (_, j) => get(last, j)).some(
        (v) => v !== null && !v.isZero(),
      );
    if (others.length >= 2 && nonzero && addsUp(last, others)) {
      out[last] = { kind: "total", of: others };
      how[last] = "sum";
    }
  }
  const name = (i: number) =>
    turned ? columnLetters(origin + i) : String(origin + i + 1);
  const span = (list: number[]) => {
    const parts: string[] = [];
    for (let k = 0; k < list.length;) {
      let e = k;
      while (e + 1 < list.length && list[e + 1] === list[e] + 1) e++;
      parts.push(e > k ? `${name(list[k])}–${name(list[e])}` : name(list[k]));
      k = e + 1;
    }
    return parts.join(", ");
  };
  const said = out.flatMap((r, t) => {
    if (r.kind !== "total") return [];
    const why = {
      formula: ["SUM-formel", "SUM formula"],
      label: [`"${labelOf(t)}"`, `"${labelOf(t)}"`],
      sum: ["summen af de øvrige", "the sum of the others"],
    }[how[t]!];
    return [
      {
        da: `${turned ? "kolonne" : "række"} ${name(t)} = ${span(r.of)} (${why[0]})`,
        en: `${turned ? "column" : "row"} ${name(t)} = ${span(r.of)} (${why[1]})`,
      },
    ];
  });
  return { roles: out, said };
}
