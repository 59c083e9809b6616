/**
 * Property: however a table is laid out (title rows, sub-items as `Heraf …`, leading spaces,
 * Excel's indent or a `heraf` label, the user's own total rows), every amount typed in it is read
 * exactly once – as an initiative's amount – and the national total of the top-level rows is the
 * total the generator typed. Amounts are random (illustrative).
 */
import fc from "fast-check";
import { Dec } from "../../src/engine";
import { parseWorkbook } from "../../src/sheets/parse";
import { block, KEYS_2025, Raw, workbook } from "./grid-helpers";

type Style = "heraf" | "spaces" | "indent" | "label";
interface Item {
  amount: number; // tenths
  children: number[]; // tenths, summing to amount (or empty)
  style: Style;
}

const item = fc
  .record({
    parts: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 4 }),
    withChildren: fc.boolean(),
    style: fc.constantFrom<Style>("heraf", "spaces", "indent", "label"),
  })
  .map(({ parts, withChildren, style }): Item => {
    const amount = parts.reduce((a, b) => a + b, 0);
    return { amount, children: withChildren && parts.length > 1 ? parts : [], style };
  });

const tenths = (n: number) => new Dec(n).div(10).toFixed(1).replace(".", ",");

function sheetRows(items: Item[], titles: number, totals: "none" | "direct" | "after-blank"): Raw[][] {
  const rows: Raw[][] = [];
  for (let i = 0; i < titles; i++) rows.push([i === 0 ? "Udmøntning (illustrativ)" : "Mio. kr. (2025-pl)"]);
  if (titles > 0) rows.push([]);
  rows.push(["Initiativ", "2026"]);
  items.forEach((it, i) => {
    rows.push([`Initiativ ${i + 1}`, tenths(it.amount)]);
    if (it.style === "label" && it.children.length > 0) rows.push(["heraf", null]);
    it.children.forEach((c, j) => {
      const name = `Del ${i + 1}.${j + 1}`;
      const cell: Raw = it.style === "heraf" ? `Heraf ${name}` : it.style === "spaces" ? `   ${name}` : it.style === "indent" ? { v: name, indent: 1 } : name;
      rows.push([cell, tenths(c)]);
    });
  });
  const total = items.reduce((s, it) => s + it.amount, 0);
  if (totals !== "none") {
    if (totals === "after-blank") rows.push([]);
    rows.push(["I alt", tenths(total)]);
  }
  return rows;
}

describe("every typed amount is read exactly once, whatever the layout", () => {
  test("top-level sums equal the typed total; sub-items sit under their parent; totals are never rows", () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom<"none" | "direct" | "after-blank">("none", "direct", "after-blank"),
        (items, titles, totals) => {
          const sheet = block("Ark1", sheetRows(items, titles, totals));
          const r = parseWorkbook(workbook({ sheets: [sheet, block("Nøgler", KEYS_2025)] }));
          const rows = r.model!.rows;
          // Every typed amount once: the multiset of read amounts is the multiset typed.
          const typed = items
            .flatMap((it) => [it.amount, ...it.children])
            .map((n) => new Dec(n).div(10).toString())
            .sort();
          const read = rows.map((x) => x.amounts[0]!.toString()).sort();
          expect(read).toEqual(typed);
          // National total = the typed total; the user's I alt is checked and agrees.
          const top = rows.filter((x) => x.parent === null).reduce((s, x) => s.plus(x.amounts[0]!), new Dec(0));
          expect(top.toString()).toBe(new Dec(items.reduce((s, it) => s + it.amount, 0)).div(10).toString());
          expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
          // Each sub-item under its own parent.
          items.forEach((it, i) => {
            const parent = rows.find((x) => x.name === `Initiativ ${i + 1}`)!;
            expect(rows.filter((x) => x.parent === parent.id)).toHaveLength(it.children.length);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
