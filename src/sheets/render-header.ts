/**
 * The header block of a period sheet, at most four rows (SPEC §3): the title with period and
 * unit; one line with key, step, method, time, sources and the rows left out; the legend of the
 * cells rounded against ROUND and the key's shares above the unit columns – on municipal sheets
 * the shares, then each municipality's code right above its name (the legend joins the line above).
 */
import {
  deviationOnStep,
  Lang,
  PeriodAllocation,
  shareDecimal,
  stepOf,
} from "../engine";
import { groupTitle } from "./group-label";
import { SHARE_FORMAT } from "./labels";
import type { PlanCell, PlanMerge } from "./plan";
import { PeriodContext, TITLE_SIZE } from "./render-context";
import { numberText } from "./render-text";
import { stepReason } from "./step";
import { MUNICIPALITIES, REGIONS } from "./units-data";

/** `mio. kr. (2025-pl)` from `Mio. kr. (2025-pl)`: inside a title the unit reads in lower case ("DKK" stays). */
export function unitInTitle(unitText: string): string {
  const text = unitText.trim();
  return /^\p{Lu}[\p{Ll}.]/u.test(text)
    ? text[0].toLowerCase() + text.slice(1)
    : text;
}

/** The sheet's title: what, which period, which units (regions go unsaid), in which unit. */
export function sheetTitle(
  p: Pick<PeriodAllocation, "period" | "group" | "passOn">,
  ctx: Pick<PeriodContext, "L" | "title" | "unitText" | "level">,
): string {
  return (
    ctx.L.title(
      ctx.title,
      p.period,
      p.group === "Regioner" && !p.passOn ? null : groupTitle(ctx.L, p),
      ctx.unitText ? unitInTitle(ctx.unitText) : null,
    ) + ctx.level
  );
}

/** Key, step (and why), method, time, sources, deviation and the rows left out, on one line. */
export function infoLine(
  p: PeriodAllocation,
  ctx: PeriodContext,
  omitted: number,
): string {
  const { L, lang } = ctx;
  const step = numberText(stepOf(p.decimals), lang, Math.max(0, p.decimals));
  return [
    L.keyIs(p.key ? p.key.name : L.noKey),
    L.stepIs(step, ctx.step ? stepReason(ctx.step, lang, false) : null),
    L.methodIs(L.methods[p.method]),
    ctx.time,
    L.sourcesAre(ctx.sources.join(", ")),
    L.deviationIs(
      numberText(
        deviationOnStep(p.maxDeviation, p.decimals),
        lang,
        Math.max(0, p.decimals),
      ),
    ),
    ...(omitted > 0 ? [L.omitted(omitted, p.period)] : []),
  ].join(" · ");
}

/** A municipality's (or region's) official code as Danmarks Statistik prints it (`101`), or "". */
export function unitCode(unit: string): string {
  const found =
    MUNICIPALITIES.find((m) => m.name === unit) ??
    REGIONS.find((r) => r.name === unit);
  return found ? String(Number(found.code)) : "";
}

export interface HeaderBlock {
  cells: PlanCell[][];
  merges: PlanMerge[];
  heights: Record<number, number>;
}

/** Height in points of a wrapped line of text over `width` characters of columns. */
export function wrappedHeight(text: string, width: number): number {
  const lines = Math.max(1, Math.ceil(text.length / Math.max(1, width * 1.1)));
  return 15 * lines;
}

/**
 * The four rows above the table. `printedWidth` is the width in characters of the printed
 * columns, over which the long lines are merged and wrapped.
 */
export function headerBlock(
  p: PeriodAllocation,
  ctx: PeriodContext,
  layout: { firstUnit: number; printed: number; printedWidth: number },
  omitted: number,
): HeaderBlock {
  const { L } = ctx;
  const municipal = p.group === "Kommuner";
  const legend = L.legend(p.adjusted.length, ctx.notes);
  const info = infoLine(p, ctx, omitted) + (municipal ? ` · ${legend}` : "");
  const line = (text: string): PlanCell[] => [
    { value: text, style: { wrap: true, align: "left" } },
  ];
  const shares: PlanCell[] = [{ value: L.share, bold: true }, {}];
  const codes: PlanCell[] = [{ value: L.code, bold: true }, {}];
  p.units.forEach((unit) => {
    const index = p.key ? p.key.units.indexOf(unit) : -1;
    shares.push(
      index >= 0
        ? {
            value: Number(shareDecimal(p.key!, index).toString()),
            format: SHARE_FORMAT,
          }
        : {},
    );
    codes.push({ value: unitCode(unit) });
  });
  const cells: PlanCell[][] = [
    // What the sheet is, said where a reader hovers, not in a visible mark.
    [
      {
        value: sheetTitle(p, ctx),
        bold: true,
        style: { fontSize: TITLE_SIZE },
        ...(ctx.notes ? { note: L.generatedNote } : {}),
      },
    ],
    line(info),
    // Municipal sheets: the codes right above the names (`101` over `København`).
    municipal ? shares : line(legend),
    municipal ? codes : shares,
  ];
  const wide = (row: number): PlanMerge => ({
    row,
    col: 0,
    rows: 1,
    cols: Math.max(1, layout.printed),
  });
  const merges = [wide(1), ...(municipal ? [] : [wide(2)])];
  const heights: Record<number, number> = {
    1: wrappedHeight(info, layout.printedWidth),
  };
  if (!municipal) heights[2] = wrappedHeight(legend, layout.printedWidth);
  return { cells, merges, heights };
}

/** The step in words for a language (`0,1`), for lines outside the header. */
export function stepText(decimals: number, lang: Lang): string {
  return numberText(stepOf(decimals), lang, Math.max(0, decimals));
}
