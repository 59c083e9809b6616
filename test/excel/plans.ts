/**
 * Hand-made write plans in the renderer's shape (mark row, header block, table, totals), for
 * testing and benchmarking the Office.js adapter without the parser and engine.
 */
import { cellAddress, ExistingSheet } from "../../src/sheets/grid";
import { markRow } from "../../src/sheets/marker";
import type { LogPlan, PlanCell, SheetPlan, WritePlan } from "../../src/sheets/plan";
import { fingerprintPlan } from "../../src/sheets/fingerprint";
import { SheetChooser } from "../../src/sheets/ownership";

export interface PlanShape {
  /** Wanted sheet name (clashes resolved against `existing` as the renderer does). */
  sheet?: string;
  rows: number;
  units: number;
  /** Initiative names, cycled; default "Initiativ 1", … */
  names?: string[];
  logSheet?: string;
  existing?: readonly ExistingSheet[];
  /** The period of the first sheet (its identity); default "2026". */
  period?: string;
  /** Period sheets ("Fordeling 2026", "Fordeling 2027", …); default 1. */
  periods?: number;
  /** Indent of each row, cycled (e.g. [0, 1] alternating parents and sub-items); default a sub-item every fourth row. */
  depths?: number[];
}

const TABLE_ROW = 6;
const AMOUNT = "#,##0.0";

function unitName(i: number, units: number): string {
  return units === 5 ? ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland"][i] : `Kommune ${i + 1}`;
}

/** A period sheet plan: rows × units, with sub-items (indent 1) under every fourth row. */
export function sheetPlan(shape: PlanShape, name: string, replaces?: string): SheetPlan {
  const units = Array.from({ length: shape.units }, (_, i) => unitName(i, shape.units));
  const lastUnitCol = 1 + shape.units;
  const control = lastUnitCol + 1;
  const [mark, version] = markRow();
  const cells: PlanCell[][] = [
    [{ value: mark }, { value: version }, { value: `Fordeling ${name}`, bold: true }],
    [{ value: "Nøgle" }, { value: "Test key" }],
    [{ value: "Enhed" }, ...units.map((u) => ({ value: u }))],
    [{ value: "Andel" }, ...units.map(() => ({ value: 1 / shape.units, format: "0.0000" }))],
    [{ value: "Trin" }, { value: 0.1, format: "0.0" }, { value: "Metode" }, { value: "reconciled" }],
    [],
    [{ value: "Initiativ", bold: true }, { value: "Nationalt", bold: true }, ...units.map((u) => ({ value: u, bold: true })), { value: "Kontrol", bold: true }],
  ];
  for (let i = 0; i < shape.rows; i++) {
    const r = TABLE_ROW + 1 + i;
    const names = shape.names ?? [];
    const nameText = names.length > 0 ? names[i % names.length] : `Initiativ ${i + 1}`;
    const national = Math.round(((i * 73) % 1000) + 10) / 10;
    const depth = shape.depths ? shape.depths[i % shape.depths.length] : i % 4 === 3 ? 1 : 0;
    const row: PlanCell[] = [
      { value: nameText, indent: depth },
      { value: national, format: AMOUNT },
    ];
    for (let j = 0; j < shape.units; j++) row.push({ value: Math.round((national * 10 * (j + 1)) / shape.units) / 10, format: AMOUNT });
    row.push({ formula: `=${cellAddress(r, 1)}-SUM(${cellAddress(r, 2)}:${cellAddress(r, lastUnitCol)})`, format: AMOUNT });
    cells.push(row);
  }
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + shape.rows;
  const total: PlanCell[] = [{ value: "I alt", bold: true }];
  for (let c = 1; c <= control; c++) {
    total.push({ formula: `=SUM(${cellAddress(first, c)}:${cellAddress(last, c)})`, format: AMOUNT, bold: true });
  }
  cells.push(total);
  return {
    name,
    replaces,
    cells,
    table: { name: `T_${name.replace(/[^A-Za-z0-9]+/g, "_")}`, row: TABLE_ROW, col: 0, rows: shape.rows + 1, cols: control + 1 },
    columnWidths: [36, 12, ...units.map(() => 12), 10],
  };
}

/** A whole plan, with names chosen against `existing` as the renderer does. */
export function makePlan(shape: PlanShape): WritePlan {
  const existing = shape.existing ?? [];
  const chooser = new SheetChooser(existing, "da");
  const first = chooser.period(shape.sheet ?? "Fordeling 2026", { period: shape.period ?? "2026" });
  const more = Array.from({ length: (shape.periods ?? 1) - 1 }, (_, i) => chooser.period(`Fordeling ${2027 + i}`, { period: String(2027 + i) }));
  const logName = chooser.log(shape.logSheet ?? "Fordeling log");
  const [mark, version] = markRow();
  const log: LogPlan = {
    sheet: logName.name,
    create: logName.create,
    ...(logName.replaces ? { replaces: logName.replaces } : {}),
    preamble: [[mark, version, "Fordel log"]],
    header: ["Tid", "Perioder", "Nøgler", "Trin", "Metode", "Fund", "Største afvigelse", "Ark"],
    row: ["2026-01-15 10:30", "2026", "Test key", 0.1, "reconciled", 0, 0.05, first.name],
  };
  const periods = [shape.period ?? "2026", ...more.map((_, i) => String(2027 + i))];
  const sheets = [first, ...more].map((c, i) => {
    const sheet = { ...sheetPlan(shape, c.name, c.replaces), period: periods[i] };
    return { ...sheet, fingerprint: fingerprintPlan(sheet.cells) };
  });
  return { sheets, log, findings: chooser.findings };
}

/** The plans whose requests the bench and the wire tests measure (illustrative figures, made up). */
export const BENCH_PLANS: Record<string, PlanShape> = {
  "1x2000x98": { rows: 2000, units: 98 },
  "4x2000x5_depths_0121": { periods: 4, rows: 2000, units: 5, depths: [0, 1, 2, 1] },
  "4x3000x5_alternating": { periods: 4, rows: 3000, units: 5, depths: [0, 1] },
  "4x2000x98_depths_0121": { periods: 4, rows: 2000, units: 98, depths: [0, 1, 2, 1] },
};
