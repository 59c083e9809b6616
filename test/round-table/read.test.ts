/** How a range is read as a table (src/sheets/round-table/read.ts): what is a label, what is a total, and that it is said. */
import { Role } from "../../src/engine";
import type { GridCell } from "../../src/sheets/grid";
import { readTable } from "../../src/sheets/round-table/read";

const cell = (v: string | number | null): GridCell => ({
  value: v,
  text: v === null ? "" : typeof v === "number" ? "" : v,
  indent: 0,
});
const grid = (rows: (string | number | null)[][]) => rows.map((r) => r.map(cell));
const kinds = (roles: Role[]) => roles.map((r) => (r.kind === "total" ? `T(${r.of.join(",")})` : r.kind[0]));

describe("reading a range as a table (illustrative figures)", () => {
  test("a header of years, a name column, subtotals labelled i alt and a grand total I alt over them", () => {
    const reading = readTable(
      {
        sheet: "Ark1",
        row: 0,
        col: 0,
        cells: grid([
          ["Mio. kr.", 2026, 2027],
          ["Drift", 10.25, 11.5],
          ["Anlæg", 5.25, 6],
          ["Region Syd i alt", 15.5, 17.5],
          ["Løn", 1.125, 2],
          ["Øvrigt", 3, 4],
          ["Region Nord i alt", 4.125, 6],
          ["I alt", 19.625, 23.5],
        ]),
      },
      "da",
      1,
    );
    expect(kinds(reading.input.rows)).toEqual(["l", "f", "f", "T(1,2)", "f", "f", "T(4,5)", "T(3,6)"]);
    expect(kinds(reading.input.cols)).toEqual(["l", "f", "f"]);
    const said = reading.findings.find((f) => f.code === "TABLE_TOTALS_READ")!;
    expect(said.message).toMatch(/række 4 = 2–3 \("Region Syd i alt"\); række 7 = 5–6 \("Region Nord i alt"\); række 8 = 4, 7 \("I alt"\)/);
  });

  test("a last row and column equal to the sum of the others within rounding are totals; said so", () => {
    const reading = readTable(
      {
        sheet: "Ark1",
        row: 2,
        col: 1,
        cells: grid([
          [1.1, 2.2, 3.3],
          [4.4, 5.5, 9.9],
          [5.5, 7.7, 13.1],
        ]),
      },
      "en",
      0,
    );
    expect(kinds(reading.input.rows)).toEqual(["f", "f", "T(0,1)"]);
    expect(kinds(reading.input.cols)).toEqual(["f", "f", "T(0,1)"]);
    expect(reading.findings.find((f) => f.code === "TABLE_TOTALS_READ")!.message).toMatch(
      /row 5 = 3–4 \(the sum of the others\); column D = B–C \(the sum of the others\)/,
    );
  });

  test("SUM formulas over a block of the range are totals, wherever they stand (here above their rows)", () => {
    const reading = readTable(
      {
        sheet: "Ark1",
        row: 0,
        col: 0,
        cells: grid([
          ["Gruppe", 3, 30],
          ["a", 1, 10],
          ["b", 2, 20],
        ]),
        formulas: [
          [null, "=SUM(B2:B3)", "=SUM(C2:C3)"],
          [null, null, null],
          [null, null, null],
        ],
      },
      "da",
      0,
    );
    expect(kinds(reading.input.rows)).toEqual(["T(1,2)", "f", "f"]);
    expect(reading.input.typed![0][1]).toBe(false);
  });

  test("nothing recognised: cells only, and the finding says so; text among the figures is an error, never a zero", () => {
    const reading = readTable(
      {
        sheet: "Ark1",
        row: 0,
        col: 0,
        cells: grid([
          [1.5, 2.5],
          [3.5, "syv"],
        ]),
      },
      "en",
      0,
    );
    expect(kinds(reading.input.rows)).toEqual(["f", "f"]);
    expect(reading.findings.map((f) => f.code)).toEqual(["BAD_NUMBER", "TABLE_TOTALS_READ"]);
    expect(reading.findings[1].message).toMatch(/No totals found in the range, so each cell was rounded on its own/);
  });
});
