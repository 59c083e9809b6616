/**
 * The Office.js adapter on Microsoft's own client library (test/excel/wire): the request bodies
 * Office.js really builds for the adapter's writes – their exact size against Excel on the web's
 * limit and against the adapter's own estimate (src/excel/request-size.ts) – and whole fills through it
 * on the fake workbook. Plans and figures are made up (illustrative).
 */
import { DEFAULT_MAX_REQUEST_BYTES } from "../../src/excel/request-size";
import { fillWorkbook } from "../../src/excel/fill";
import { readWorkbook } from "../../src/excel/read";
import { areaAddresses, MAX_AREAS_ADDRESS, writePlan } from "../../src/excel/write";
import { DEFAULT_SETTINGS, FillSettings } from "../../src/sheets/fill-types";
import { FakeExcel } from "./fake";
import { inputWorkbook } from "./inputs";
import { BENCH_PLANS, makePlan, PlanShape } from "./plans";
import { answerFromFake } from "./wire/answer";
import { Library, WireContext } from "./wire/office";

const NOW = new Date(2026, 0, 15, 10, 30);
const SETTINGS: FillSettings = { ...DEFAULT_SETTINGS, decimals: 1 };
const NOTHING = { existing: [], tables: [] };

/** A plan written through Office.js into an empty fake workbook (the writer reads back the new sheets' ids). */
async function measure(shape: PlanShape, maxRequestBytes?: number) {
  const wire = new WireContext(answerFromFake(new FakeExcel()));
  const report = await writePlan(wire.context, makePlan(shape), NOTHING, { maxRequestBytes });
  return { wire, report };
}

describe("write requests as Office.js builds them", () => {
  test.each(Object.entries(BENCH_PLANS))("%s: every request under 4 MB, the estimate never below the real size", async (_, shape) => {
    const { wire, report } = await measure(shape);
    expect(wire.syncs).toBe(report.syncs);
    const real = wire.requests.map((r) => r.bytes);
    expect(Math.max(...real)).toBeLessThan(DEFAULT_MAX_REQUEST_BYTES);
    report.requestBytes.forEach((estimate, i) => expect({ i, estimate, below: estimate < real[i] }).toEqual({ i, estimate, below: false }));
    // Tight too where it matters: a loose estimate would split large plans that fit in one request
    // (the small first request, which adds the sheets and records them, may be estimated loosely).
    report.requestBytes.forEach((estimate, i) => real[i] > 100_000 && expect(estimate).toBeLessThan(real[i] * 1.05));
  });

  test("a desktop-sized plan (1 period × 2.000 × 98) is one request after the one that adds the sheets; 4 periods × 3.000 × 5 too", async () => {
    expect((await measure(BENCH_PLANS["1x2000x98"])).wire.syncs).toBe(2);
    expect((await measure(BENCH_PLANS["4x3000x5_alternating"])).wire.syncs).toBe(2);
  });

  test.each([
    ["200 KB", 200_000],
    ["1 MB", 1_000_000],
  ])("a budget of %s: every real request fits it, whatever the plan", async (_, max) => {
    for (const shape of [
      { rows: 300, units: 98, periods: 2, depths: [0, 1, 2, 1] },
      { rows: 6000, units: 5, depths: [0, 1] },
    ]) {
      const { wire, report } = await measure(shape, max);
      expect(wire.syncs).toBeGreaterThan(1);
      for (const r of wire.requests) expect(r.bytes).toBeLessThanOrEqual(max);
      report.requestBytes.forEach((estimate, i) => expect(estimate).toBeGreaterThanOrEqual(wire.requests[i].bytes));
    }
  });

  test("one worksheet lookup per sheet and request; bold and indent are one operation per level and sheet", async () => {
    const { wire } = await measure({ rows: 400, units: 5, depths: [0, 1, 2, 1] });
    // The content's request (the first adds the sheets and reads back their ids).
    const body = wire.requests[1].body;
    const paths = Object.values(body.ObjectPaths);
    const lookups = paths.filter((p) => p.ObjectPathType === 5 && (body.ObjectPaths[p.ParentObjectPathId!]?.Name ?? "") === "Worksheets");
    // The period sheet and the log sheet.
    expect(lookups.map((p) => p.ArgumentInfo!.Arguments![0])).toEqual(["Fordeling 2026", "Fordeling log"]);
    const setters = (name: string) => body.Actions.filter((a) => a.ActionType === 4 && a.Name === name);
    expect(setters("IndentLevel").map((a) => a.ArgumentInfo!.Arguments![0])).toEqual([1, 2]);
    // Title, header row and total row of the period sheet; the log's header row.
    expect(setters("Bold")).toHaveLength(2);
  });

  test("Excel on Windows and Mac get the same bodies from their Office.js as Excel on the web", async () => {
    const sizes = async (library: Library) => {
      const wire = new WireContext(answerFromFake(new FakeExcel()), undefined, library);
      await writePlan(wire.context, makePlan({ rows: 1200, units: 98, periods: 2, depths: [0, 1, 2, 1] }), NOTHING);
      return wire.requests.map((r) => r.text);
    };
    const web = await sizes("web");
    expect(await sizes("windows")).toEqual(web);
    expect(await sizes("mac")).toEqual(web);
  });

  test("the request limit of the wire layer is real: a request over it is rejected", async () => {
    const wire = new WireContext(answerFromFake(new FakeExcel()), 100_000);
    const plan = makePlan({ rows: 3000, units: 5 });
    await expect(writePlan(wire.context, plan, NOTHING, { maxRequestBytes: 10_000_000 })).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("multi-area formats", () => {
  test("one address per format level while it fits MAX_AREAS_ADDRESS; longer lists split, every area once", () => {
    const runs = Array.from({ length: 1500 }, (_, i) => ({ row: 7 + 2 * i, col: 0, rows: 1, cols: 1, value: 1 }));
    const addresses = areaAddresses(runs);
    expect(addresses.length).toBeGreaterThan(1);
    for (const a of addresses) expect(a.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    expect(addresses.join(",").split(",")).toEqual(runs.map((r) => `A${r.row + 1}`));
    expect(
      areaAddresses([
        { row: 6, col: 0, rows: 1, cols: 8, value: 1 },
        { row: 20, col: 0, rows: 3, cols: 1, value: 1 },
      ]),
    ).toEqual(["A7:H7,A21:A23"]);
  });

  test("4 periods × 3.000 × 5 alternating: a few indent operations per sheet, not one per sub-item", async () => {
    const { wire } = await measure(BENCH_PLANS["4x3000x5_alternating"]);
    const indents = wire.requests.flatMap((r) => r.body.Actions.filter((a) => a.ActionType === 4 && a.Name === "IndentLevel"));
    // 1.500 sub-items a sheet, in addresses of at most 4.000 characters.
    expect(indents.length).toBeLessThanOrEqual(4 * 3);
  });
});

describe("whole fills through Office.js on the fake workbook", () => {
  const viaWire = (fake: FakeExcel) => new WireContext(answerFromFake(fake));

  test("reading through Office.js gives the grid reading the fake directly gives", async () => {
    const fake = inputWorkbook({ rows: 40, group: "Regioner" });
    fake.state
      .seed("Noter", "B2", [
        ["Post", "Beløb"],
        [{ value: "heraf", indent: 1 }, 1],
        ["I alt", 1],
      ])
      .seedTable("Noter", "Tabel1", "B2:C4", { showTotals: true });
    fake.state.definedNames.push("Satser");
    const wire = await readWorkbook(viaWire(fake).context);
    const direct = await readWorkbook(fake.newContext() as unknown as Excel.RequestContext);
    expect(wire).toEqual(direct);
    expect(wire.grid.tables.map((t) => [t.name, t.totalRow])).toEqual([
      ["Initiativer", undefined],
      ["Nøgler", undefined],
      ["Tabel1", true],
    ]);
    expect(wire.grid.tables[2].cells[1][0].indent).toBe(1);
    expect(wire.definedNames).toEqual(["Satser"]);
  });

  test("a fill and a re-fill write what a fill on the fake writes; the re-fill clears filters and converts the old table", async () => {
    const viaOffice = inputWorkbook({ rows: 120, group: "Kommuner" });
    const direct = inputWorkbook({ rows: 120, group: "Kommuner" });
    for (let n = 0; n < 2; n++) {
      const wire = viaWire(viaOffice);
      const a = await fillWorkbook(wire.context, SETTINGS, NOW);
      const b = await fillWorkbook(direct.newContext() as unknown as Excel.RequestContext, SETTINGS, NOW);
      expect(a.written).toBe(true);
      expect(a.syncs).toBe(b.syncs);
      expect(wire.syncs).toBe(a.syncs);
      // The writes (the last requests) of a re-fill too: the estimate never below the real size.
      const writes = wire.requests.slice(-a.requestBytes.length);
      a.requestBytes.forEach((estimate, i) => expect(estimate).toBeGreaterThanOrEqual(writes[i].bytes));
      const actions = wire.requests.flatMap((r) => [...r.body.Actions.map((x) => x.Name), ...Object.values(r.body.ObjectPaths).map((p) => p.Name)]);
      if (n === 1) expect(actions).toEqual(expect.arrayContaining(["ClearFilters", "ConvertToRange", "RowHidden"]));
    }
    const cells = (fake: FakeExcel) => fake.state.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort() }));
    expect(cells(viaOffice)).toEqual(cells(direct));
    expect(viaOffice.state.tables.map((t) => t.name)).toEqual(direct.state.tables.map((t) => t.name));
  });

  test("a re-fill split by a small budget: every request fits it, the workbook as one request leaves it", async () => {
    const split = inputWorkbook({ rows: 300, group: "Kommuner" });
    const whole = inputWorkbook({ rows: 300, group: "Kommuner" });
    for (let n = 0; n < 2; n++) {
      const wire = viaWire(split);
      const a = await fillWorkbook(wire.context, SETTINGS, NOW, { maxRequestBytes: 100_000 });
      await fillWorkbook(viaWire(whole).context, SETTINGS, NOW);
      expect(a.requestBytes.length).toBeGreaterThan(3);
      const writes = wire.requests.slice(-a.requestBytes.length);
      writes.forEach((w, i) => {
        expect(w.bytes).toBeLessThanOrEqual(100_000);
        expect(a.requestBytes[i]).toBeGreaterThanOrEqual(w.bytes);
      });
    }
    const cells = (fake: FakeExcel) => fake.state.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort() }));
    expect(cells(split)).toEqual(cells(whole));
  });

  test("a generated table whose name a defined name has gets the next free name", async () => {
    const wire = new WireContext(answerFromFake(new FakeExcel()));
    const plan = makePlan({ rows: 5, units: 5 });
    const name = plan.sheets[0].table!.name;
    const report = await writePlan(wire.context, plan, { ...NOTHING, definedNames: [name.toUpperCase()] });
    expect(report.renamedTables).toEqual({ [name]: `${name}_2` });
    const named = wire.requests.flatMap((r) => r.body.Actions).filter((a) => a.ActionType === 4 && a.Name === "Name");
    expect(named.map((a) => a.ArgumentInfo!.Arguments![0])).toEqual([`${name}_2`]);
  });
});
