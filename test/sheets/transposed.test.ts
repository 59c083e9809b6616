/**
 * Municipal sheets (issue 13): the municipality codes above the unit names, and the transposed
 * layout (units as rows, initiatives as columns) for sheets with 98 units – its formulas
 * recalculate to the values written, and every unit's row adds up. Illustrative figures and a
 * made-up municipal key (raw weights).
 */
import { METHODS } from "../../src/engine";
import { planFill } from "../../src/sheets/fill";
import { TABLE_HEADER_ROW } from "../../src/sheets/render";
import { unitsOf } from "../../src/sheets/units";
import { formulaMismatches } from "./formula-eval";
import { KEYS_2025, Raw, table, workbook } from "./grid-helpers";

const municipalKey: Raw[][] = unitsOf("Kommuner").map((u, i) => ["Kommuner 2026", 2026, u.code, 1000 + ((i * 7919) % 5000)]);
const initiatives: Raw[][] = [
  ["Initiativ", "Overordnet", "Modtager", "2026"],
  ["Rygestop", null, "Kommuner", "10,0"],
  ["Børn", null, "Kommuner", "16,3"],
  ["Heraf tidlig indsats", "Børn", null, "6,1"],
  ["Uden beløb", null, "Kommuner", null],
];
const grid = () => workbook({ tables: [table("Initiativer", "Budget", initiatives), table("Nøgler", "Nøgler", [...KEYS_2025, ...municipalKey])] });
const NOW = new Date(2025, 10, 23, 10, 0);

test("a municipal sheet carries each municipality's code in the row above the names, the shares above that", () => {
  const sheet = planFill(grid(), { decimals: 1, method: "reconciled", lang: "da" }, NOW).plan!.sheets.find((s) => s.group === "Kommuner")!;
  expect(sheet.name).toBe("Fordeling 2026 Kommuner");
  const names = sheet.cells[TABLE_HEADER_ROW].map((c) => c?.value);
  const codes = sheet.cells[TABLE_HEADER_ROW - 1].map((c) => c?.value);
  expect(codes[0]).toBe("Kode");
  expect(codes[names.indexOf("København")]).toBe("101");
  expect(codes[names.indexOf("Aarhus")]).toBe("751");
  expect(sheet.cells[TABLE_HEADER_ROW - 2][0].value).toBe("Andel");
  expect(sheet.cells[0][0].value).toBe("Fordeling 2026 – Kommuner");
});

test.each(METHODS)("the transposed layout: units as rows with code and share, initiatives as columns; formulas give their values (%s)", (method) => {
  const outcome = planFill(grid(), { decimals: 1, method, lang: "da", layout: "transposed" }, NOW);
  const sheet = outcome.plan!.sheets.find((s) => s.group === "Kommuner")!;
  const header = sheet.cells[TABLE_HEADER_ROW].map((c) => c?.value);
  expect(header.slice(0, 3)).toEqual(["Enhed", "Kode", "Andel"]);
  // The row without an amount is left out; the sub-item is marked as one.
  expect(header.slice(3)).toEqual(["Rygestop", "Børn", "– Heraf tidlig indsats", "I alt"]);
  const rows = sheet.cells.slice(TABLE_HEADER_ROW + 1);
  expect(rows[0][0].value).toBe("Nationalt");
  expect(new Set(rows.slice(1, 99).map((r) => r[0].value))).toEqual(new Set(unitsOf("Kommuner").map((u) => u.name)));
  expect(rows.filter((r) => typeof r[1]?.value === "string" && /^\d+$/.test(String(r[1].value)))).toHaveLength(98);
  expect(formulaMismatches(sheet.cells)).toEqual([]);
  // The national I alt is the top-level amounts: 10,0 + 16,3 (the sub-item is in Børn).
  expect(rows[0][6]).toMatchObject({ value: 26.3 });
  const control = rows[rows.length - 1];
  expect(control[0].value).toBe("Kontrol");
  if (method !== "nearest") for (const c of [3, 4, 5]) expect(control[c].value).toBe(0);
  // Kontrol is not printed.
  expect(sheet.page!.printArea!.rows).toBe(sheet.cells.length - 1);
  expect(sheet.freeze).toEqual({ rows: TABLE_HEADER_ROW + 1, cols: 1 });
});
