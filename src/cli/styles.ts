/**
 * The cell styles Fordel's sheets need (number format, bold, indent), appended to the
 * workbook's own styles part: nothing in it is changed or reordered, so every existing cell
 * keeps its style index and look. Only the counts of the lists appended to change.
 */
import { escapeXml } from "./xml";

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

/** Appends styles to a styles part; `index()` gives the cellXfs index for a combination. */
export class StyleBook {
  private readonly prefix: string;
  private readonly baseXfs: number;
  private readonly baseFonts: number;
  private readonly formats = new Map<string, number>();
  private nextFormat: number;
  private readonly newFormats: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly byKey = new Map<string, number>();
  private boldFont: number | null = null;
  private readonly firstFont: string;

  constructor(private readonly xml: string) {
    this.prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    const p = this.prefix;
    const xfs = sectionRe(p, "cellXfs").exec(xml);
    this.baseXfs = xfs ? count(xfs[2] ?? "", p, "xf") : 0;
    const fonts = sectionRe(p, "fonts").exec(xml);
    this.baseFonts = fonts ? count(fonts[2] ?? "", p, "font") : 0;
    this.firstFont =
      new RegExp(`<${p}font\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}font>)`).exec(
        fonts?.[2] ?? "",
      )?.[1] ?? "";
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

  /** The style index for a cell; 0 (the workbook's default) when the cell needs nothing. */
  index(
    format: string | undefined,
    bold: boolean | undefined,
    indent: number | undefined,
  ): number {
    const ind = Math.max(0, Math.min(250, Math.floor(indent ?? 0)));
    if (!format && !bold && !ind) return 0;
    const key = `${format ?? ""}\u0000${bold ? 1 : 0}\u0000${ind}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const fmt = format ? this.formatId(format) : 0;
    if (bold && this.boldFont === null) this.boldFont = this.baseFonts;
    const font = bold ? this.boldFont! : 0;
    const align = ind ? `><${p}alignment indent="${ind}"/></${p}xf>` : "/>";
    this.newXfs.push(
      `<${p}xf numFmtId="${fmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${fmt ? ' applyNumberFormat="1"' : ""}${bold ? ' applyFont="1"' : ""}${ind ? ' applyAlignment="1"' : ""}${align}`,
    );
    const index = this.baseXfs + this.newXfs.length - 1;
    this.byKey.set(key, index);
    return index;
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
    if (this.boldFont !== null) {
      const inner = this.firstFont.replace(
        new RegExp(`<${p}b\\b[^>]*/>`, "g"),
        "",
      );
      append("fonts", "font", [`<${p}font><${p}b/>${inner}</${p}font>`]);
    }
    append("cellXfs", "xf", this.newXfs);
    return xml;
  }
}
