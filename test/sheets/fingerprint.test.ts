/** Fingerprints of what Fordel writes and what a host reads back (src/sheets/fingerprint.ts). */
import fc from "fast-check";
import { changedRows, fingerprintCells, FingerprintCell, fingerprintPlan, fingerprintRows } from "../../src/sheets/fingerprint";

/** FNV-1a 64 as specified, with BigInt: the reference the fast version must equal. */
function reference(rows: unknown[][]): string {
  let h = 0xcbf29ce484222325n;
  const feed = (t: string) => {
    for (let i = 0; i < t.length; i++) h = ((h ^ BigInt(t.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  };
  const text = (c: unknown) => (typeof c === "number" ? String(Number(c.toPrecision(15))) : String(c));
  rows.forEach((row, r) => row.forEach((c, j) => c !== null && c !== undefined && c !== "" && feed(`${r},${j}:${typeof c}:${text(c)}\u0000`)));
  return h.toString(16).padStart(16, "0");
}

describe("fingerprints", () => {
  test("FNV-1a 64 exactly, for any text (Danish letters, astral characters, long cells)", () => {
    const samples: unknown[][][] = [
      [],
      [["Fordel", "fordel:1", "Lavet af Fordel – æøå"]],
      [[1.5, "=SUM(B8:B17)", null, true], [], ["x".repeat(500), "𝔉", "\uffff"]],
    ];
    for (let k = 0; k < 100; k++) samples.push([[k * 7.31, `Initiativ ${k}`, -k / 3]]);
    for (const rows of samples) expect(fingerprintCells(rows as never)).toBe(reference(rows));
  });

  test("the same cells read back from a used range that does not start at A1 give the plan's fingerprint", () => {
    const plan = [[{ value: "Fordel" }, { value: "fordel:1" }], [], [{}, { formula: "=B1", value: 3 }, { value: 2.5 }]];
    expect(fingerprintCells([["=B1", 2.5]], { row: 2, col: 1 })).toBe(fingerprintCells([[null, "=B1", 2.5]], { row: 2, col: 0 }));
    expect(fingerprintCells([["Fordel", "fordel:1"], [], ["", "=B1", 2.5]])).toBe(fingerprintPlan(plan));
    expect(fingerprintCells([["Fordel", "fordel:1"], [], ["", "=B1", 2.6]])).not.toBe(fingerprintPlan(plan));
  });

  test("a number counts by its 15 significant digits: a host that keeps no more does not make the sheet look changed", () => {
    expect(fingerprintCells([[0.1 + 0.2, 0.31163456789012345]])).toBe(fingerprintCells([[0.3, 0.311634567890123]]));
    expect(fingerprintCells([[0.3]])).not.toBe(fingerprintCells([[0.30000000000001]]));
    expect(fingerprintRows([[0.1 + 0.2]])).toEqual(fingerprintRows([[0.3]]));
  });

  test("row fingerprints say which rows changed", () => {
    const written = fingerprintRows([["a", 1], ["b", 2], [], ["c", 3]]);
    expect(written).toHaveLength(4);
    expect(written[2]).toBe("");
    expect(changedRows(written, fingerprintRows([["a", 1], ["b", 2], [], ["c", 3]]))).toBeNull();
    expect(changedRows(written, fingerprintRows([["a", 1], ["b", 9], [], ["c", 3], [], ["note"]]))).toEqual({ first: 1, last: 5 });
    expect(changedRows(written, fingerprintRows([["c", 3]], { row: 3, col: 0 }))).toEqual({ first: 0, last: 1 });
  });

  /** The definition: FNV-1a 64 with BigInt, as first written (numbers at 15 significant digits). */
  function definition(rows: readonly (readonly FingerprintCell[])[]): string {
    let h = 0xcbf29ce484222325n;
    const feed = (text: string) => {
      for (let i = 0; i < text.length; i++) {
        h ^= BigInt(text.charCodeAt(i));
        h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
      }
    };
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined || cell === "") return;
        const text = typeof cell === "number" ? String(Number(cell.toPrecision(15))) : String(cell);
        feed(`${r},${c}:${typeof cell}:${text}\u0000`);
      }),
    );
    return h.toString(16).padStart(16, "0");
  }

  test("the 32-bit computation gives exactly the 64-bit FNV-1a of the definition", () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ unit: "binary" }), fc.double(), fc.boolean(), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), (rows) => expect(fingerprintCells(rows)).toBe(definition(rows))),
      { numRuns: 300 },
    );
    expect(fingerprintCells([])).toBe("cbf29ce484222325");
  });

  test("sparse rows: holes count as empty cells", () => {
    const sparse: FingerprintCell[][] = [];
    sparse[3] = [];
    sparse[3][5] = "x";
    expect(fingerprintCells(sparse)).toBe(definition([[], [], [], [null, null, null, null, null, "x"]]));
  });
});
