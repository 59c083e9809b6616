/**
 * Input workbooks for whole fills on the fake: an Initiativer table and a Nøgler table, for the
 * five regions (the 2025 key) or the 98 municipalities (population-like weights).
 */
import { MUNICIPALITIES, REGIONS } from "../../src/sheets/units-data";
import { FakeExcel, SeedCell } from "./fake";

export interface InputShape {
  rows: number;
  group: "Regioner" | "Kommuner";
  /** Initiative names, cycled; default "Initiativ 1", … */
  names?: string[];
}

/** Deterministic amounts with one decimal (mio. kr.). */
const amount = (i: number) => Math.round(((i * 7919) % 100000) + 10) / 10;

export function seedInput(fake: FakeExcel, shape: InputShape): FakeExcel {
  const rows: SeedCell[][] = [["Initiativ", "Modtager", "2026"]];
  for (let i = 0; i < shape.rows; i++) {
    const name = shape.names?.length ? shape.names[i % shape.names.length] : `Initiativ ${i + 1}`;
    rows.push([name, shape.group, { value: amount(i), numberFormat: "#,##0.0" }]);
  }
  fake.state.seed("Initiativer", "A1", rows).seedTable("Initiativer", "Initiativer", `A1:C${rows.length}`);
  const keys: SeedCell[][] = [["Nøgle", "Enhed", "Andel"]];
  if (shape.group === "Regioner") for (const r of REGIONS) keys.push(["Bloktilskudsnøgle 2025", r.name, Number(r.key2025)]);
  else MUNICIPALITIES.forEach((m, i) => keys.push(["Kommunenøgle", m.name, 1000 + ((i * 7907) % 50000)]));
  fake.state.seed("Nøgler", "A1", keys).seedTable("Nøgler", "Nøgler", `A1:C${keys.length}`);
  return fake;
}

export const inputWorkbook = (shape: InputShape) => seedInput(new FakeExcel({ locale: "da-DK" }), shape);
