/** The one rule of which sheets Fordel may write (src/sheets/ownership.ts, src/sheets/guard.ts), as both hosts use it. */
import { checkPlan, UnsafePlanError } from "../../src/sheets/guard";
import type { ExistingSheet } from "../../src/sheets/grid";
import { roleOf, SheetChooser } from "../../src/sheets/ownership";
import { renderPlan } from "../../src/sheets/render";
import { handResult } from "./result-fixture";

const ours = (name: string, period?: string, more: Partial<ExistingSheet> = {}): ExistingSheet => ({
  name,
  generated: true,
  unchanged: true,
  ...(period ? { period, group: "Regioner" } : {}),
  ...more,
});
const base = { lang: "da" as const, time: "2025-11-23 10:00", sources: ["Initiativer", "Nøgler"] };

describe("roles", () => {
  test("user, ours, kept (changed or protected), repair (incomplete)", () => {
    expect(roleOf({ name: "a", generated: false })).toBe("user");
    expect(roleOf({ name: "a", generated: false, legacyMark: true })).toBe("user");
    expect(roleOf(ours("a"))).toBe("ours");
    expect(roleOf({ name: "a", generated: true })).toBe("ours");
    expect(roleOf(ours("a", "2026", { unchanged: false }))).toBe("kept");
    expect(roleOf(ours("a", "2026", { protected: true }))).toBe("kept");
    expect(roleOf(ours("a", "2026", { incomplete: true, unchanged: undefined }))).toBe("repair");
    expect(roleOf(ours("a", "2026", { incomplete: true, protected: true }))).toBe("kept");
  });
});

describe("choosing sheets", () => {
  test("by period and group, not by name (case ignored): renamed in place", () => {
    const chooser = new SheetChooser([ours("Fordeling Fra 2027", "Fra 2027"), ours("Mit navn", "2026")], "da");
    expect(chooser.period("Fordeling fra 2027", { period: "fra 2027", group: "regioner" })).toEqual({
      name: "Fordeling fra 2027",
      replaces: "Fordeling Fra 2027",
    });
    // A sheet the user renamed is still found, and gets Fordel's name back (its references follow the rename).
    expect(chooser.period("Fordeling 2026", { period: "2026", group: "Regioner" })).toEqual({ name: "Fordeling 2026", replaces: "Mit navn" });
    expect(chooser.findings).toEqual([]);
  });

  test("another group of the same period, or a sheet of another period under the wanted name, is not written into", () => {
    const chooser = new SheetChooser([ours("Fordeling 2026", "2027"), ours("Fordeling 2026 Kommuner", "2026", { group: "Kommuner" })], "da");
    expect(chooser.period("Fordeling 2026", { period: "2026", group: "Regioner" })).toEqual({ name: "Fordeling 2026 (2)" });
  });

  test("a changed sheet is kept with a finding; Fordel's own (2) beside it is written into next time", () => {
    const kept = ours("Fordeling 2026", "2026", { unchanged: false });
    const first = new SheetChooser([kept], "da");
    expect(first.period("Fordeling 2026", { period: "2026", group: "Regioner" })).toEqual({ name: "Fordeling 2026 (2)" });
    expect(first.findings.map((f) => [f.code, f.sheet, f.params.reason, f.params.written])).toEqual([
      ["SHEET_KEPT", "Fordeling 2026", "changed", "Fordeling 2026 (2)"],
    ]);
    const second = new SheetChooser([kept, ours("Fordeling 2026 (2)", "2026")], "en");
    expect(second.period("Fordeling 2026", { period: "2026", group: "Regioner" })).toEqual({
      name: "Fordeling 2026 (2)",
      replaces: "Fordeling 2026 (2)",
    });
    expect(second.findings[0].message).toMatch(/^Sheet "Fordeling 2026" was changed after Fordel wrote it/);
  });

  test("two of Fordel's sheets for one period (a kept sheet the user reverted): the first is written, the other is named as not updated", () => {
    const chooser = new SheetChooser([ours("Fordeling 2026", "2026"), ours("Fordeling 2026 (2)", "2026")], "da");
    expect(chooser.period("Fordeling 2026", { period: "2026", group: "Regioner" })).toEqual({ name: "Fordeling 2026", replaces: "Fordeling 2026" });
    expect(chooser.findings.map((f) => [f.code, f.sheet, f.params.reason])).toEqual([["SHEET_KEPT", "Fordeling 2026 (2)", "duplicate"]]);
  });

  test("a sheet with the visible mark but no record is the user's: written beside, with a finding", () => {
    const chooser = new SheetChooser(
      [
        { name: "Fordeling 2026", generated: false, legacyMark: true },
        { name: "Fordeling log", generated: false, legacyMark: true },
      ],
      "da",
    );
    expect(chooser.period("Fordeling 2026", { period: "2026" })).toEqual({ name: "Fordeling 2026 (2)" });
    expect(chooser.log("Fordeling log")).toEqual({ name: "Fordeling log (2)", create: true });
    expect(chooser.findings.map((f) => [f.code, f.sheet, f.params.reason])).toEqual([
      ["SHEET_KEPT", "Fordeling 2026", "legacy"],
      ["SHEET_KEPT", "Fordeling log", "legacy"],
    ]);
  });

  test("an incomplete sheet is repaired, with an info finding; an incomplete log is made again in place", () => {
    const chooser = new SheetChooser(
      [ours("Fordeling 2026", "2026", { incomplete: true, unchanged: undefined }), ours("Fordeling log", undefined, { incomplete: true })],
      "da",
    );
    expect(chooser.period("Fordeling 2026", { period: "2026", group: "Regioner" })).toEqual({
      name: "Fordeling 2026",
      replaces: "Fordeling 2026",
      repairs: true,
    });
    expect(chooser.log("Fordeling log")).toEqual({ name: "Fordeling log", create: true, replaces: "Fordeling log" });
    expect(chooser.findings.map((f) => [f.code, f.severity])).toEqual([["SHEET_REPAIRED", "info"]]);
  });

  test("a host that records no period (the visible mark of an .xlsx) still re-fills by name; a user's sheet never", () => {
    const chooser = new SheetChooser(
      [
        { name: "Fordeling 2026", generated: true },
        { name: "Fordeling log", generated: false },
      ],
      "da",
    );
    expect(chooser.period("Fordeling 2026", { period: "2026" })).toEqual({ name: "Fordeling 2026", replaces: "Fordeling 2026" });
    expect(chooser.log("Fordeling log")).toEqual({ name: "Fordeling log (2)", create: true });
  });
});

describe("the plan", () => {
  test("every sheet carries the fingerprint of what it writes; the chooser's findings come with the plan", () => {
    const plan = renderPlan(handResult(), { ...base, existing: [ours("Fordeling 2026", "2026", { unchanged: false })] });
    expect(plan.sheets[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.sheets[0].name).toBe("Fordeling 2026 (2)");
    expect(plan.findings!.map((f) => f.code)).toEqual(["SHEET_KEPT"]);
    expect(plan.writingNote).toMatch(/^UFÆRDIGT/);
  });

  test("the guard refuses writing into a kept, protected or user's sheet, and a table name that stays", () => {
    const plan = renderPlan(handResult(), { ...base, existing: [] });
    const into = (sheet: ExistingSheet) => () => checkPlan({ ...plan, sheets: [{ ...plan.sheets[0], replaces: sheet.name }] }, [sheet]);
    expect(into(ours("Fordeling 2026", "2026", { unchanged: false }))).toThrow(UnsafePlanError);
    expect(into(ours("Fordeling 2026", "2026", { protected: true }))).toThrow(UnsafePlanError);
    expect(into({ name: "Fordeling 2026", generated: false, legacyMark: true })).toThrow(UnsafePlanError);
    expect(into(ours("Fordeling 2026", "2026"))).not.toThrow();
    const table = plan.sheets[0].table!.name;
    expect(() => checkPlan(plan, [], { tables: [{ name: table, sheet: "Mine" }] })).toThrow(UnsafePlanError);
    expect(() => checkPlan({ ...plan, log: { ...plan.log, create: false } }, [ours("Fordeling log", undefined, { protected: true })])).toThrow(UnsafePlanError);
  });
});
