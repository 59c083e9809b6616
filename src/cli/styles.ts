/**
 * The cell styles Fordel's sheets need (number format, font, fill, border, alignment), appended to the
 * workbook's own styles part: nothing in it is changed or reordered, so every existing cell
 * keeps its style index and look. Only the counts of the lists appended to change.
 */
import type { CellStyle, PlanFont } from "../sheets/plan";
import { escapeXml } from "./xml";

const NO_STYLE: CellStyle = Object.freeze({});

/** The font of a cell Fordel styles when its sheet names none. */
const DEFAULT_FONT: PlanFont = { name: "Calibri", size: 11 };

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const BUILTIN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

function sectionRe(p: string, name: string): RegExp {
  return new RegExp(
    `<${p}${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}${name}>)`,
  );
}

function count(items: string, p: string, element: string): number {
  return (items.match(new RegExp(`<${p}${element}\\b`, "g")) ?? []).length;
}

/** A cell's indent as Excel takes it: a whole number of levels from 0 to 250. */
function indentOf(cell: CellLook): number {
  return Math.max(0, Math.min(250, Math.floor(cell.indent ?? 0)));
}

/** A cell that needs nothing of its own: it keeps the workbook's default style (index 0). */
function isPlain(
  format: string | undefined,
  bold: boolean | undefined,
  ind: number,
  style: CellStyle,
): boolean {
  const hasFont = bold || style.fontSize || style.fontColor;
  return (
    !format &&
    !hasFont &&
    !ind &&
    !style.fill &&
    !style.topBorder &&
    !style.wrap &&
    !style.align
  );
}

/** The alignment element of a look, or "" when it has none. */
function alignmentXml(p: string, ind: number, style: CellStyle): string {
  // An indent shows only with left alignment (Excel and LibreOffice ignore it otherwise).
  const horizontal = ind || style.align === "left" ? "left" : style.align;
  if (!ind && !horizontal && !style.wrap) return "";
  return `<${p}alignment${horizontal ? ` horizontal="${horizontal}"` : ""}${style.wrap ? ' wrapText="1"' : ""}${ind ? ` indent="${ind}"` : ""}/>`;
}

/** Everything a cell's style is made of (see PlanCell and CellStyle in src/sheets/plan.ts). */
export interface CellLook {
  format?: string;
  bold?: boolean;
  indent?: number;
  style?: CellStyle;
}

/** Appends styles to a styles part; `index()` gives the cellXfs index for a combination. */
export class StyleBook {
  private readonly prefix: string;
  private readonly baseXfs: number;
  private readonly baseFonts: number;
  private readonly baseFills: number;
  private readonly baseBorders: number;
  private readonly formats = new Map<string, number>();
  private nextFormat: number;
  private readonly newFormats: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newBorders: string[] = [];
  private readonly byKey = new Map<string, number>();
  /** Style object → font object → format → indent and bold → index. */
  private readonly byStyle = new WeakMap<
    CellStyle,
    WeakMap<PlanFont, Map<string, Map<number, number>>>
  >();
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private topBorderId: number | null = null;

  constructor(private readonly xml: string) {
    this.prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    const p = this.prefix;
    const xfs = sectionRe(p, "cellXfs").exec(xml);
    this.baseXfs = xfs ? count(xfs[2] ?? "", p, "xf") : 0;
    const fonts = sectionRe(p, "fonts").exec(xml);
    this.baseFonts = fonts ? count(fonts[2] ?? "", p, "font") : 0;
    const fills = sectionRe(p, "fills").exec(xml);
    this.baseFills = fills ? count(fills[2] ?? "", p, "fill") : 0;
    const borders = sectionRe(p, "borders").exec(xml);
    this.baseBorders = borders ? count(borders[2] ?? "", p, "border") : 0;
    let maxId = 163;
    const numFmts = sectionRe(p, "numFmts").exec(xml);
    for (const m of (numFmts?.[2] ?? "").matchAll(
      /numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"|formatCode="([^"]*)"[^>]*?numFmtId="(\d+)"/g,
    )) {
      const id = Number(m[1] ?? m[4]);
      maxId = Math.max(maxId, id);
      if (!this.formats.has(m[2] ?? m[3])) this.formats.set(m[2] ?? m[3], id);
    }
    this.nextFormat = maxId + 1;
  }

  private formatId(code: string): number {
    if (code in BUILTIN) return BUILTIN[code];
    const escaped = escapeXml(code);
    let id = this.formats.get(escaped);
    if (id === undefined) {
      id = this.nextFormat++;
      this.formats.set(escaped, id);
      this.newFormats.push(
        `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escaped}"/>`,
      );
    }
    return id;
  }

  /** A font with its name and size always said (a font without them shows as the reader's default). */
  private fontId(
    font: PlanFont,
    bold: boolean,
    size?: number,
    color?: string,
  ): number {
    const key = `${font.name}\u0000${size ?? font.size}\u0000${bold ? 1 : 0}\u0000${color ?? ""}`;
    let id = this.fontIds.get(key);
    if (id === undefined) {
      const p = this.prefix;
      id = this.baseFonts + this.newFonts.length;
      this.newFonts.push(
        `<${p}font>${bold ? `<${p}b/>` : ""}<${p}sz val="${size ?? font.size}"/>${color ? `<${p}color rgb="FF${color}"/>` : `<${p}color theme="1"/>`}<${p}name val="${escapeXml(font.name)}"/><${p}family val="2"/></${p}font>`,
      );
      this.fontIds.set(key, id);
    }
    return id;
  }

  private fillId(rgb: string): number {
    let id = this.fillIds.get(rgb);
    if (id === undefined) {
      const p = this.prefix;
      id = this.baseFills + this.newFills.length;
      this.newFills.push(
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
      );
      this.fillIds.set(rgb, id);
    }
    return id;
  }

  private borderId(): number {
    if (this.topBorderId === null) {
      const p = this.prefix;
      this.topBorderId = this.baseBorders + this.newBorders.length;
      this.newBorders.push(
        `<${p}border><${p}left/><${p}right/><${p}top style="thin"><${p}color auto="1"/></${p}top><${p}bottom/><${p}diagonal/></${p}border>`,
      );
    }
    return this.topBorderId;
  }

  /**
   * The style index for a cell; 0 (the workbook's default) when the cell needs nothing. `font` is
   * the sheet's font: every cell with a style of Fordel's gets it by name and size.
   */
  index(cell: CellLook, font: PlanFont = DEFAULT_FONT): number {
    const { format, bold, style = NO_STYLE } = cell;
    const ind = indentOf(cell);
    if (isPlain(format, bold, ind, style)) return 0;
    // Looked up by the style object first: plans share one object per look, and a key of its
    // contents per cell cost more than writing the cell (issue 17).
    const looks = this.looksOf(style, font, format ?? "");
    const quick = ind * 2 + (bold ? 1 : 0);
    const seen = looks.get(quick);
    if (seen !== undefined) return seen;
    const key = JSON.stringify([format ?? "", bold ? 1 : 0, ind, style, font]);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.appendXf(format, Boolean(bold), ind, style, font);
      this.byKey.set(key, index);
    }
    looks.set(quick, index);
    return index;
  }

  /** Appends the cellXfs entry of a look not seen before; its index. */
  private appendXf(
    format: string | undefined,
    bold: boolean,
    ind: number,
    style: CellStyle,
    font: PlanFont,
  ): number {
    const p = this.prefix;
    const fmt = format ? this.formatId(format) : 0;
    const fontId = this.fontId(font, bold, style.fontSize, style.fontColor);
    const fill = style.fill ? this.fillId(style.fill) : 0;
    const border = style.topBorder ? this.borderId() : 0;
    const alignment = alignmentXml(p, ind, style);
    this.newXfs.push(
      `<${p}xf numFmtId="${fmt}" fontId="${fontId}" fillId="${fill}" borderId="${border}" xfId="0"${fmt ? ' applyNumberFormat="1"' : ""} applyFont="1"${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""}${alignment ? ` applyAlignment="1">${alignment}</${p}xf>` : "/>"}`,
    );
    return this.baseXfs + this.newXfs.length - 1;
  }

  /** The indexes known for a style object, font object and format, by indent and bold. */
  private looksOf(
    style: CellStyle,
    font: PlanFont,
    format: string,
  ): Map<number, number> {
    let byFont = this.byStyle.get(style);
    if (!byFont) this.byStyle.set(style, (byFont = new WeakMap()));
    let byFormat = byFont.get(font);
    if (!byFormat) byFont.set(font, (byFormat = new Map()));
    let looks = byFormat.get(format);
    if (!looks) byFormat.set(format, (looks = new Map()));
    return looks;
  }

  /** The styles part with the new entries appended; null when nothing was added. */
  result(): string | null {
    if (this.newXfs.length === 0) return null;
    const p = this.prefix;
    let xml = this.xml;
    const append = (name: string, element: string, items: string[]) => {
      if (items.length === 0) return;
      const m = sectionRe(p, name).exec(xml);
      if (!m) return;
      const n = count(m[2] ?? "", p, element) + items.length;
      const start = m[1].replace(/\s*count="\d*"/, "").replace(/\/$/, "");
      const replacement = `<${p}${name}${start} count="${n}">${m[2] ?? ""}${items.join("")}</${p}${name}>`;
      xml =
        xml.slice(0, m.index) + replacement + xml.slice(m.index + m[0].length);
    };
    if (this.newFormats.length > 0) {
      if (sectionRe(p, "numFmts").test(xml))
        append("numFmts", "numFmt", this.newFormats);
      else
        xml = xml.replace(
          new RegExp(`(<${p}styleSheet\\b[^>]*>)`),
          `$1<${p}numFmts count="${this.newFormats.length}">${this.newFormats.join("")}</${p}numFmts>`,
        );
    }
    append("fonts", "font", this.newFonts);
    append("fills", "fill", this.newFills);
    append("borders", "border", this.newBorders);
    append("cellXfs", "xf", this.newXfs);
    return xml;
  }
}
