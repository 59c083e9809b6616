import { PlanCell } from "../../src/sheets/plan";

/**
 * Evaluates the formulas the renderer writes (SUM, SUMIFS, + and -, references and ranges)
 * over a sheet's plan cells, so tests can check every formula gives its cached value.
 */
export function evaluateSheet(cells: PlanCell[][]): (row: number, col: number) => number | string | null {
  const cache = new Map<string, number | string | null>();
  const get = (row: number, col: number): number | string | null => {
    const key = `${row}:${col}`;
    if (cache.has(key)) return cache.get(key)!;
    const cell = cells[row]?.[col];
    let v: number | string | null = cell?.value ?? null;
    if (cell?.formula) v = evalFormula(cell.formula.slice(1), get);
    cache.set(key, v);
    return v;
  };
  return get;
}

/** Cells (as "row:col", 0-based) whose formula does not recalculate to the value cached with it. */
export function formulaMismatches(cells: PlanCell[][]): string[] {
  const get = evaluateSheet(cells);
  const wrong: string[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.formula && !(Math.abs((get(r, c) as number) - (cell.value as number)) < 1e-9)) wrong.push(`${r}:${c}`);
    }),
  );
  return wrong;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseRef(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  return [Number(m[2]) - 1, colIndex(m[1])];
}

function cellsOf(range: string): [number, number][] {
  const [a, b] = range.split(":");
  const [r1, c1] = parseRef(a);
  const [r2, c2] = b ? parseRef(b) : [r1, c1];
  const out: [number, number][] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push([r, c]);
  return out;
}

type Get = (row: number, col: number) => number | string | null;

function evalFormula(src: string, get: Get): number {
  let i = 0;
  const peek = () => src[i];
  const arg = (): { range?: string; text?: string; value?: number } => {
    if (peek() === '"') {
      let s = "";
      i++;
      while (i < src.length) {
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') {
          i++;
          break;
        } else s += src[i++];
      }
      return { text: s };
    }
    const m = /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?(?![A-Z(])/.exec(src.slice(i));
    if (m && !/^[A-Z]+\(/.test(src.slice(i))) {
      i += m[0].length;
      return { range: m[0] };
    }
    return { value: expr() };
  };
  const num = (v: number | string | null) => (typeof v === "number" ? v : 0);
  const term = (): number => {
    const fn = /^([A-Z]+)\(/.exec(src.slice(i));
    if (fn) {
      i += fn[0].length;
      const args: ReturnType<typeof arg>[] = [];
      while (peek() !== ")") {
        args.push(arg());
        if (peek() === ",") i++;
      }
      i++;
      if (fn[1] === "SUM") {
        return args.reduce((s, a) => s + (a.range ? cellsOf(a.range).reduce((t, [r, c]) => t + num(get(r, c)), 0) : (a.value ?? 0)), 0);
      }
      if (fn[1] === "SUMIFS") {
        const sumCells = cellsOf(args[0].range!);
        const critCells = cellsOf(args[1].range!);
        const crit = args[2].text!;
        return sumCells.reduce((t, [r, c], k) => {
          const v = get(critCells[k][0], critCells[k][1]);
          const text = v === null ? "" : String(v);
          const ok =
            crit === "<>"
              ? text !== ""
              : crit.startsWith("=")
                ? text.toLowerCase() ===
                  crit
                    .slice(1)
                    .replace(/~([~*?])/g, "$1")
                    .toLowerCase()
                : false;
          return ok ? t + num(get(r, c)) : t;
        }, 0);
      }
      throw new Error(`unknown function ${fn[1]}`);
    }
    const n = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (n) {
      i += n[0].length;
      return Number(n[0]);
    }
    const ref = /^\$?[A-Z]+\$?\d+/.exec(src.slice(i));
    if (ref) {
      i += ref[0].length;
      const [r, c] = parseRef(ref[0]);
      return num(get(r, c));
    }
    throw new Error(`cannot read formula at ${src.slice(i)}`);
  };
  function expr(): number {
    let v = term();
    while (peek() === "+" || peek() === "-") {
      const op = src[i++];
      const t = term();
      v = op === "+" ? v + t : v - t;
    }
    return v;
  }
  const v = expr();
  if (i !== src.length) throw new Error(`trailing text in formula: ${src.slice(i)}`);
  return v;
}
