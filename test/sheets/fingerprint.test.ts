import fc from "fast-check";
import { fingerprintCells, FingerprintCell } from "../../src/sheets/fingerprint";

/** The definition: FNV-1a 64 with BigInt, as first written. */
function reference(rows: readonly (readonly FingerprintCell[])[]): string {
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
      feed(`${r},${c}:${typeof cell}:${String(cell)}\u0000`);
    }),
  );
  return h.toString(16).padStart(16, "0");
}

test("the 32-bit computation gives exactly the 64-bit FNV-1a of the definition", () => {
  const cell = fc.oneof(fc.constant(null), fc.string({ unit: "binary" }), fc.double(), fc.boolean(), fc.integer());
  fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }), (rows) => expect(fingerprintCells(rows)).toBe(reference(rows))), { numRuns: 300 });
  expect(fingerprintCells([])).toBe("cbf29ce484222325");
});

test("sparse rows: holes count as empty cells", () => {
  const sparse: FingerprintCell[][] = [];
  sparse[3] = [];
  sparse[3][5] = "x";
  expect(fingerprintCells(sparse)).toBe(reference([[], [], [], [null, null, null, null, null, "x"]]));
});
