import { ChangeReason, Lang, PeriodAllocation, TableResult } from "../engine";
import { fingerprintPlan, fingerprintPlanRows } from "./fingerprint";
import { amountFormat } from "./labels";
import { markRow } from "./marker";
import type { ExistingSheet } from "./grid";
import type { SheetChooser } from "./ownership";
import type { PlanCell, SheetPlan } from "./plan";

/**
 * The change report (SPEC §3): per period and group revised against a published sheet, a sheet
 * `Ændringer <period>` / `Changes <period>` listing every figure that differs from the published
 * one – initiative, unit, published, new, exact new, and why – with a header saying how many
 * figures changed out of how many. Unchanged figures are not listed.
 */
const WORDS = {
  da: {
    sheet: "Ændringer",
    title: (period: string, group: string) => `Ændringer ${period} – ${group}`,
    summary: (changed: number, compared: number, sheet: string) =>
      `${changed} af ${compared} tal er ændret i forhold til ${sheet}.`,
    none: "Ingen tal er ændret.",
    header: [
      "Initiativ",
      "Enhed",
      "Offentliggjort",
      "Ny",
      "Eksakt ny",
      "Hvorfor",
    ],
    national: "Nationalt",
    against: " – mod den eksakte ændring (se fund)",
    reasons: {
      amount: "beløb ændret",
      "price-level": "prisniveau",
      key: "nøgle ændret",
      rounding: "afrunding",
    } as Record<ChangeReason, string>,
    groups: { Regioner: "Regioner", Kommuner: "Kommuner" } as Record<
      string,
      string
    >,
  },
  en: {
    sheet: "Changes",
    title: (period: string, group: string) => `Changes ${period} – ${group}`,
    summary: (changed: number, compared: number, sheet: string) =>
      `${changed} of ${compared} figures changed from ${sheet}.`,
    none: "No figure changed.",
    header: ["Initiative", "Unit", "Published", "New", "Exact new", "Why"],
    national: "National",
    against: " – against its exact change (see findings)",
    reasons: {
      amount: "amount changed",
      "price-level": "price level",
      key: "key changed",
      rounding: "rounding",
    } as Record<ChangeReason, string>,
    groups: { Regioner: "Regions", Kommuner: "Municipalities" } as Record<
      string,
      string
    >,
  },
};

/** The group a change sheet records (after the allocation's group), so it has its own identity. */
export const CHANGES_GROUP = " Ændringer";

const num = (d: { toString(): string }): number => Number(d.toString());

/** Change sheets for every revised period, written where the chooser lets Fordel write. */
export function renderChangeSheets(
  result: TableResult,
  chooser: SheetChooser,
  lang: Lang,
  existing: readonly ExistingSheet[],
): SheetPlan[] {
  const W = WORDS[lang];
  // Written when a figure changed, or to bring an earlier change sheet of the period up to date.
  const earlier = (p: PeriodAllocation) =>
    existing.some(
      (e) =>
        e.generated &&
        e.period === p.period &&
        e.group === `${p.group}${CHANGES_GROUP}`,
    );
  return result.periods
    .filter((p) => p.revision && (p.revision.changes.length > 0 || earlier(p)))
    .map((p): SheetPlan => {
      const group =
        p.group === "Regioner" ? "" : ` ${W.groups[p.group] ?? p.group}`;
      // Its own identity, so it never takes the place of the period's allocation sheet.
      const chosen = chooser.period(`${W.sheet} ${p.period}${group}`, {
        period: p.period,
        group: `${p.group}${CHANGES_GROUP}`,
      });
      const cells = changeCells(p, lang);
      return {
        name: chosen.name,
        period: p.period,
        group: `${p.group}${CHANGES_GROUP}`,
        ...(chosen.replaces ? { replaces: chosen.replaces } : {}),
        ...(chosen.repairs ? { repairs: true } : {}),
        fingerprint: fingerprintPlan(cells),
        rowFingerprints: fingerprintPlanRows(cells),
        cells,
        columnWidths: [40, 22, 14, 14, 24, 40],
      };
    });
}

/** The sheet's cells: mark, title, how many changed, then one line per changed figure. */
export function changeCells(p: PeriodAllocation, lang: Lang): PlanCell[][] {
  const W = WORDS[lang];
  const r = p.revision!;
  const fmt = amountFormat(p.decimals);
  const [mark, version] = markRow();
  const cells: PlanCell[][] = [
    [{ value: mark }, { value: version }],
    [{ value: W.title(p.period, W.groups[p.group] ?? p.group), bold: true }],
    [
      {
        value:
          r.changes.length === 0
            ? W.none
            : W.summary(r.changes.length, r.compared, r.sheet),
      },
    ],
    [],
    W.header.map((h) => ({ value: h, bold: true })),
  ];
  for (const c of r.changes)
    cells.push([
      { value: c.initiative },
      { value: c.unit ?? W.national },
      { value: num(c.published), format: fmt },
      { value: num(c.shown), format: fmt },
      // The exact value as text: no digit is lost to a spreadsheet's 15.
      { value: c.exact.toSignificantDigits(20).toString() },
      { value: W.reasons[c.reason] + (c.against ? W.against : "") },
    ]);
  return cells;
}
